"""admin-api: the FastAPI app, its lifespan, and a start/stop wrapper for embedded mode."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any

import uvicorn
from fastapi import FastAPI
from nats.js.errors import KeyValueError

from tallygate_shared.broker import nats_broker
from tallygate_shared.clickhouse import AsyncClickHouse, connect, migrate
from tallygate_shared.config import (
    ACCOUNTS_BUCKET,
    COUNTERS_BUCKET,
    HEALTH_BUCKET,
    KEYS_BUCKET,
    PRICES_BUCKET,
    SETTINGS_BUCKET,
    USERS_BUCKET,
    Account,
    ApiKey,
    RuntimeSettings,
    User,
)
from tallygate_shared.nats import BucketMirror, ensure_jetstream
from tallygate_shared.nats import close as nats_close
from tallygate_shared.nats import connect as nats_connect
from tallygate_shared.pricing import PriceRecord

from . import errors
from .audit import Auditor
from .auth import LoginThrottle, Sessions, hash_password
from .credentials import AccountSealer
from .live import counters_meta
from .queries import DashboardQueries
from .routers import accounts, auth, dashboard, keys, prices, sql, ui, users
from .routers import settings as settings_router
from .services import AdminServices
from .settings import AdminSettings
from .sql import open_analyst_sql
from .store import RecordStore, new_id
from .tail import LiveTail, add_tail_subscriber

log = logging.getLogger(__name__)


async def open_services(settings: AdminSettings) -> AdminServices:
    s = settings
    writer = connect(s.clickhouse_url)
    dashboards = AsyncClickHouse(writer, "dashboards")
    await dashboards.run(migrate, writer, s.clickhouse_database)
    # Analyst SQL gets clients of its own, created read-only with its limits fixed on them
    # (docs/security.md, "Analyst SQL").
    analyst_sql = open_analyst_sql(s)
    accounts_store: RecordStore[Account] = RecordStore(ACCOUNTS_BUCKET, Account)
    keys_store: RecordStore[ApiKey] = RecordStore(KEYS_BUCKET, ApiKey)
    users_store: RecordStore[User] = RecordStore(USERS_BUCKET, User)
    prices_store: RecordStore[PriceRecord] = RecordStore(PRICES_BUCKET, PriceRecord)
    settings_store: RecordStore[RuntimeSettings] = RecordStore(SETTINGS_BUCKET, RuntimeSettings)
    stores: tuple[RecordStore[Any], ...] = (
        accounts_store,
        keys_store,
        users_store,
        prices_store,
        settings_store,
    )

    health_mirror = BucketMirror(HEALTH_BUCKET)
    counters_mirror = BucketMirror(COUNTERS_BUCKET)
    mirrors = (health_mirror, counters_mirror)

    async def rewatch() -> None:  # KV watchers stall after a NATS server restart: start them again
        for mirror in (*(store.mirror for store in stores), *mirrors):
            await mirror.start(nc.jetstream())

    nc = await nats_connect(
        s.nats_url, "admin-api", on_reconnect=rewatch, user=s.nats_user, password=s.nats_password
    )
    js = nc.jetstream()
    await ensure_jetstream(js)
    for store in stores:
        await store.start(js)
    box = s.credential_box()
    assert box is not None  # AdminSettings requires the key
    sealer = AccountSealer(box, s.key_secret.get_secret_value().encode())
    await sealer.reseal_all(accounts_store)
    for mirror in mirrors:
        await mirror.start(js)
    sessions = Sessions(s.session_idle_s, s.session_absolute_s)
    await sessions.start(js)
    tail = LiveTail()
    broker = nats_broker(s.nats_url, "admin-api", user=s.nats_user, password=s.nats_password)
    add_tail_subscriber(broker, tail)
    await broker.start()
    tail.on_close(broker.stop)
    await ensure_first_admin(users_store, s)
    return AdminServices(
        settings=s,
        nc=nc,
        accounts=accounts_store,
        sealer=sealer,
        keys=keys_store,
        users=users_store,
        sessions=sessions,
        throttle=LoginThrottle(s.login_failures_per_username, s.login_failures_per_address),
        tail=tail,
        audit=Auditor(js),
        prices=prices_store,
        runtime_settings=settings_store,
        health=health_mirror,
        counters=counters_mirror,
        # Days follow the zone the aggregator's rollups are cut in, which follows the Settings page.
        dashboards=DashboardQueries(
            dashboards, s.clickhouse_database, lambda: rollup_zone(counters_mirror, s)
        ),
        sql=analyst_sql,
        clients=(dashboards,),
    )


def rollup_zone(counters: BucketMirror, settings: AdminSettings) -> str:
    meta = counters_meta(counters)
    return meta.timezone if meta is not None else settings.timezone


async def ensure_first_admin(users: RecordStore[User], settings: AdminSettings) -> None:
    """With no user at all and TALLYGATE_ADMIN_PASSWORD set, make the `admin` user."""
    password = settings.admin_password.get_secret_value()
    if users.list() or not password:
        return
    admin = User(
        id=new_id("usr"), username="admin", password_hash=hash_password(password), role="admin",
        created_at=datetime.now(UTC),
    )  # fmt: skip
    with contextlib.suppress(KeyValueError):  # another replica made it first
        await users.create(admin.id, admin)
        log.info("created the first admin user 'admin'")


async def close_services(svc: AdminServices) -> None:
    for store in (svc.accounts, svc.keys, svc.users, svc.prices, svc.runtime_settings):
        await store.stop()
    for mirror in (svc.health, svc.counters):
        await mirror.stop()
    await svc.tail.close()
    await nats_close(svc.nc)
    await svc.sql.aclose()
    for client in svc.clients:
        client.close()


def create_app(settings: AdminSettings) -> FastAPI:
    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.services = await open_services(settings)
        try:
            yield
        finally:
            await close_services(app.state.services)

    app = FastAPI(
        title="Tallygate admin API",
        version="0.1.0",
        description="The contract of the admin API; docs/api.md explains its conventions.",
        lifespan=lifespan,
    )
    errors.install(app)
    for module in (auth, dashboard, accounts, keys, users, prices, settings_router, sql):
        app.include_router(module.router, responses=errors.ERROR_RESPONSES)

    @app.get("/healthz", include_in_schema=False)
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    app.include_router(ui.router)  # last: its catch-all must not shadow /api or /healthz
    return app


class _Server(uvicorn.Server):
    """Signals belong to the process's runner (which stops every service), not to uvicorn."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


class AdminService:
    """admin-api as a start/stop service (uvicorn in this event loop), for embedded mode."""

    def __init__(self, settings: AdminSettings) -> None:
        self.settings = settings
        self._server = _Server(
            uvicorn.Config(
                create_app(settings),
                host=settings.admin_host,
                port=settings.admin_port,
                lifespan="on",
                access_log=False,
                log_level="warning",
            )
        )
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self._task = asyncio.create_task(self._server.serve())
        while not self._server.started:
            if self._task.done():
                self._task.result()
                raise RuntimeError("admin-api stopped during start")
            await asyncio.sleep(0.02)

    async def stop(self) -> None:
        self._server.should_exit = True
        if self._task is not None:
            await self._task
