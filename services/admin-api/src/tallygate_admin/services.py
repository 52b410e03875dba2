"""What admin-api holds for its lifetime: NATS, the record stores, the ClickHouse clients."""

from __future__ import annotations

from dataclasses import dataclass

from nats.aio.client import Client as NATS

from tallygate_shared.clickhouse import AsyncClickHouse
from tallygate_shared.config import Account, ApiKey, RuntimeSettings, User
from tallygate_shared.nats import BucketMirror
from tallygate_shared.pricing import PriceRecord

from .audit import Auditor
from .auth import LoginThrottle, Sessions
from .credentials import AccountSealer
from .queries import DashboardQueries
from .settings import AdminSettings
from .sql import AnalystSQL
from .store import RecordStore
from .tail import LiveTail


@dataclass
class AdminServices:
    settings: AdminSettings
    nc: NATS
    accounts: RecordStore[Account]
    sealer: AccountSealer
    keys: RecordStore[ApiKey]
    users: RecordStore[User]
    sessions: Sessions
    throttle: LoginThrottle
    tail: LiveTail
    audit: Auditor
    prices: RecordStore[PriceRecord]
    runtime_settings: RecordStore[RuntimeSettings]
    health: BucketMirror
    counters: BucketMirror
    dashboards: DashboardQueries
    sql: AnalystSQL
    clients: tuple[AsyncClickHouse, ...]
