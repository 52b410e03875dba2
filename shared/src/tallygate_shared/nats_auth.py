"""Who may do what on NATS: one user per service, allowed only the subjects and buckets it needs,
and the nats-server `authorization` block that enforces it (docs/security.md).

`tallygate up` writes that block with the passwords it keeps in secrets.json; server mode ships
it as `infra/nats/auth.conf`, with the passwords taken from the NATS container's environment:

    python -m tallygate_shared.nats_auth conf > infra/nats/auth.conf   # after changing USERS
    python -m tallygate_shared.nats_auth setup     # as the `setup` user: streams and buckets
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from dataclasses import dataclass

from .config import (
    ACCOUNTS_BUCKET,
    COUNTERS_BUCKET,
    HEALTH_BUCKET,
    KEYS_BUCKET,
    PRICES_BUCKET,
    SESSIONS_BUCKET,
    SETTINGS_BUCKET,
    USERS_BUCKET,
)
from .events import (
    AUDIT_DURABLE,
    AUDIT_STREAM,
    AUDIT_SUBJECT,
    INGEST_DURABLE,
    USAGE_STREAM,
    USAGE_SUBJECT_PREFIX,
)
from .jobs import JOBS_BUCKET
from .nats import close, connect, ensure_jetstream, inbox_prefix, jetstream_names
from .settings import NatsClientSettings

GATEWAY_USER = "gateway"
INGEST_USER = "usage-ingest"
AGGREGATOR_USER = "aggregator"
ADMIN_USER = "admin-api"
SETUP_USER = "setup"  # creates the streams and buckets, before any service starts
OPS_USER = "ops"  # an operator's own: everything (the `nats` CLI, backups)

JS_API = "$JS.API"


@dataclass(frozen=True)
class NatsUser:
    name: str
    # Where its password comes from in server mode (and, for the data process, in embedded
    # mode): e.g. TALLYGATE_GATEWAY_NATS_PASSWORD.
    password_env: str
    publish: tuple[str, ...]
    subscribe: tuple[str, ...]


def _info(stream: str) -> list[str]:
    return [f"{JS_API}.STREAM.INFO.{stream}"]


def kv_watch(bucket: str) -> list[str]:
    """Publish rights to follow a bucket (`BucketMirror`): an ordered push consumer on the
    bucket's stream, delivered to the user's inbox, answering the server's flow control."""
    stream = f"KV_{bucket}"
    return [
        *_info(stream),
        f"{JS_API}.CONSUMER.CREATE.{stream}",
        f"{JS_API}.CONSUMER.CREATE.{stream}.>",
        f"{JS_API}.CONSUMER.INFO.{stream}.*",
        f"$JS.FC.{stream}.>",
    ]


def kv_get(bucket: str) -> list[str]:
    """Publish rights to read single keys (`KeyValue.get`)."""
    stream = f"KV_{bucket}"
    return [
        *_info(stream),
        f"{JS_API}.DIRECT.GET.{stream}",
        f"{JS_API}.DIRECT.GET.{stream}.>",
        f"{JS_API}.STREAM.MSG.GET.{stream}",
    ]


def kv_write(bucket: str) -> list[str]:
    """Publish rights to put, create, update and delete keys (a JetStream publish to `$KV.…`)."""
    return [*_info(f"KV_{bucket}"), f"$KV.{bucket}.>"]


def pull_consumer(stream: str, durable: str) -> list[str]:
    """Publish rights to create, fetch from and ack one durable pull consumer, and no other."""
    return [
        *_info(stream),
        f"{JS_API}.CONSUMER.INFO.{stream}.{durable}",
        f"{JS_API}.CONSUMER.CREATE.{stream}.{durable}",
        f"{JS_API}.CONSUMER.CREATE.{stream}.{durable}.>",
        f"{JS_API}.CONSUMER.DURABLE.CREATE.{stream}.{durable}",
        f"{JS_API}.CONSUMER.MSG.NEXT.{stream}.{durable}",
        f"$JS.ACK.{stream}.{durable}.>",
    ]


def _service(name: str, env: str, publish: list[str], subscribe: list[str] | None = None) -> NatsUser:
    # Every service checks that the streams and buckets exist (STREAM.NAMES tells names only)
    # and gets its answers in an inbox of its own: a shared `_INBOX.>` would let one service
    # read the KV values and replies delivered to another.
    common = [f"{JS_API}.STREAM.NAMES"]
    allowed = list(dict.fromkeys([*common, *publish]))  # once each, in order
    inbox = f"{inbox_prefix(name)}.>"
    return NatsUser(name, env, tuple(allowed), (inbox, *(subscribe or [])))


def _users() -> tuple[NatsUser, ...]:
    usage = USAGE_SUBJECT_PREFIX + ">"
    gateway = _service(
        GATEWAY_USER,
        "TALLYGATE_GATEWAY_NATS_PASSWORD",
        [
            *(s for b in (ACCOUNTS_BUCKET, KEYS_BUCKET, PRICES_BUCKET, COUNTERS_BUCKET, USERS_BUCKET,
                          SETTINGS_BUCKET)
              for s in kv_watch(b)),
            *kv_write(HEALTH_BUCKET),
            # Jobs are bound to their account here, read by every gateway, ended by one.
            *kv_watch(JOBS_BUCKET),
            *kv_get(JOBS_BUCKET),
            *kv_write(JOBS_BUCKET),
            usage,
        ],
    )  # fmt: skip
    ingest = _service(
        INGEST_USER,
        "TALLYGATE_INGEST_NATS_PASSWORD",
        [*pull_consumer(USAGE_STREAM, INGEST_DURABLE), *pull_consumer(AUDIT_STREAM, AUDIT_DURABLE)],
    )
    # The aggregator follows the Settings page's timezone: it reads the settings bucket.
    aggregator = _service(
        AGGREGATOR_USER,
        "TALLYGATE_AGGREGATOR_NATS_PASSWORD",
        [*kv_write(COUNTERS_BUCKET), *kv_watch(SETTINGS_BUCKET)],
    )
    admin_writes = (
        ACCOUNTS_BUCKET,
        KEYS_BUCKET,
        USERS_BUCKET,
        PRICES_BUCKET,
        SETTINGS_BUCKET,
        SESSIONS_BUCKET,
    )
    admin = _service(
        ADMIN_USER,
        "TALLYGATE_ADMIN_NATS_PASSWORD",
        [
            *(s for b in admin_writes for s in (*kv_write(b), *kv_watch(b), *kv_get(b))),
            *kv_watch(HEALTH_BUCKET),
            *kv_watch(COUNTERS_BUCKET),
            AUDIT_SUBJECT,
        ],
        # The live tail of the request log: core subscription to the usage subjects.
        subscribe=[usage],
    )
    setup = _service(
        SETUP_USER,
        "TALLYGATE_SETUP_NATS_PASSWORD",
        [f"{JS_API}.STREAM.{verb}.{name}" for name in jetstream_names() for verb in ("INFO", "CREATE")],
    )
    ops = NatsUser(OPS_USER, "TALLYGATE_OPS_NATS_PASSWORD", (">",), (">",))
    return (gateway, ingest, aggregator, admin, setup, ops)


USERS: tuple[NatsUser, ...] = _users()


def nats_user(name: str) -> NatsUser:
    return next(user for user in USERS if user.name == name)


def authorization_block(passwords: dict[str, str] | None = None) -> str:
    """The nats-server `authorization` block for USERS. With `passwords` (user -> password)
    they are written in; without, each is a reference to its `password_env` variable, which
    nats-server reads from its environment at start. Only these users can connect: there is
    no anonymous user, so a connection without credentials is refused."""
    lines = [
        "# Generated from tallygate_shared/nats_auth.py: one user per service, each allowed only",
        "# what it needs; anything not allowed is refused (docs/security.md).",
        "authorization {",
        "  users = [",
    ]
    for user in USERS:
        password = json.dumps(passwords[user.name]) if passwords is not None else f"${user.password_env}"
        lines += [
            f"    {{user: {json.dumps(user.name)}, password: {password}, permissions: {{",
            f"      publish: {{allow: {_list(user.publish)}}}",
            f"      subscribe: {{allow: {_list(user.subscribe)}}}",
            "    }}",
        ]
    lines += ["  ]", "}", ""]
    return "\n".join(lines)


def _list(subjects: tuple[str, ...]) -> str:
    if len(subjects) == 1:
        return f"[{json.dumps(subjects[0])}]"
    return "[\n" + "".join(f"        {json.dumps(s)}\n" for s in subjects) + "      ]"


async def setup_jetstream(settings: NatsClientSettings) -> None:
    """Create the streams and buckets that are missing, as a user allowed to (SETUP_USER)."""
    nc = await connect(settings.nats_url, "setup", user=settings.nats_user, password=settings.nats_password)
    try:
        await ensure_jetstream(nc.jetstream())
    finally:
        await close(nc)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tallygate_shared.nats_auth", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("conf", help="print the authorization block with passwords from the environment")
    sub.add_parser("setup", help="create the streams and buckets (TALLYGATE_NATS_URL/_USER/_PASSWORD)")
    args = parser.parse_args(argv)
    if args.command == "conf":
        sys.stdout.write(authorization_block())
    else:
        asyncio.run(setup_jetstream(NatsClientSettings()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
