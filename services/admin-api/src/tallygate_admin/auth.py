"""Who is calling: the admin bearer token for scripts, or a browser session (an HttpOnly,
SameSite=Strict cookie naming a session in NATS KV, plus a CSRF token for every write).
Plain classes; the FastAPI side is in deps.py and routers/auth.py."""

from __future__ import annotations

import contextlib
import re
import secrets
import time
from collections import deque
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from nats.js import JetStreamContext
from nats.js.errors import KeyNotFoundError, KeyWrongLastSequenceError
from nats.js.kv import KeyValue
from pydantic import ValidationError

from tallygate_shared.config import SESSION_TTL_S, SESSIONS_BUCKET, Role, Session, User

COOKIE = "tallygate_session"
_hasher = PasswordHasher()  # argon2id with the library's current defaults
_DUMMY_HASH = _hasher.hash("not a password")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(user: User | None, password: str) -> bool:
    """Constant work whether or not the user exists, so timing tells nothing."""
    try:
        return _hasher.verify(user.password_hash if user else _DUMMY_HASH, password) and user is not None
    except (VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True, slots=True)
class Principal:
    user_id: str | None  # None: the admin bearer token
    username: str
    role: Role
    session: Session | None = None

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def scope_user(self) -> str | None:
        """The user whose data this caller may see, or None for everything."""
        return None if self.is_admin else self.user_id


TOKEN_PRINCIPAL = Principal(user_id=None, username="admin-token", role="admin")


class Sessions:
    """Browser sessions in NATS KV under `<user id>.<random>` (the cookie's value), so every
    session of a user can be found and ended at once. A session ends after `idle_s` without a
    request and `absolute_s` after login, whichever comes first; its last-seen time is written
    at most once a `touch_s`, so the idle limit holds to within that."""

    def __init__(self, idle_s: float, absolute_s: float, touch_s: float = 60.0) -> None:
        self.idle_s = idle_s
        self.absolute_s = min(absolute_s, SESSION_TTL_S)  # the bucket forgets entries after that
        self.touch_s = min(touch_s, idle_s / 4)
        self._kv: KeyValue | None = None

    async def start(self, js: JetStreamContext) -> None:
        self._kv = await js.key_value(SESSIONS_BUCKET)

    async def create(self, user: User) -> tuple[str, Session]:
        assert self._kv is not None
        sid = f"{user.id}.{secrets.token_urlsafe(32)}"
        now = datetime.now(UTC)
        session = Session(
            user_id=user.id,
            csrf_token=secrets.token_urlsafe(32),
            created_at=now,
            last_seen_at=now,
            expires_at=now + timedelta(seconds=self.absolute_s),
        )
        await self._kv.put(sid, session.model_dump_json().encode())
        return sid, session

    async def get(self, sid: str) -> Session | None:
        """The live session named by a cookie, its idle time renewed; None if there is none."""
        assert self._kv is not None
        if not _SID.fullmatch(sid):
            return None
        try:
            entry = await self._kv.get(sid)
        except (KeyNotFoundError, ValueError):
            return None
        if not entry.value:
            return None
        try:
            session = Session.model_validate_json(entry.value)
        except ValidationError:  # made by an older version: log in again
            return None
        now = datetime.now(UTC)
        if session.user_id != sid.partition(".")[0]:
            return None
        if now >= session.expires_at or now - session.last_seen_at >= timedelta(seconds=self.idle_s):
            await self.end(sid)
            return None
        if now - session.last_seen_at >= timedelta(seconds=self.touch_s):
            session = session.model_copy(update={"last_seen_at": now})
            with contextlib.suppress(KeyWrongLastSequenceError):  # a parallel request renewed it
                await self._kv.update(sid, session.model_dump_json().encode(), last=entry.revision)
        return session

    async def end(self, sid: str) -> None:
        assert self._kv is not None
        if _SID.fullmatch(sid):
            with contextlib.suppress(KeyNotFoundError, ValueError):
                await self._kv.delete(sid)

    async def end_all(self, user_id: str, keep: str | None = None) -> int:
        """End every session of a user (but `keep`); returns how many ended."""
        assert self._kv is not None
        watcher = await self._kv.watch(f"{user_id}.*", ignore_deletes=True, meta_only=True)
        sids = []
        try:
            async for entry in watcher:
                if entry is None:
                    break
                sids.append(entry.key)
        finally:
            await watcher.stop()  # type: ignore[no-untyped-call]
        ended = 0
        for sid in sids:
            if sid != keep:
                await self.end(sid)
                ended += 1
        return ended


_SID = re.compile(r"[A-Za-z0-9_-]{1,64}\.[A-Za-z0-9_-]{43}")


class LoginThrottle:
    """Failed logins are limited per username (whoever tries it) and per client address
    (whichever usernames it tries), each over a sliding window: guessing one password from
    many addresses and many passwords from one address both stop. A locked username locks
    out its owner too for the window, the price of stopping a distributed guess."""

    def __init__(
        self, per_username: int = 5, per_address: int = 20, window_s: float = 300.0, max_tracked: int = 10_000
    ) -> None:
        self.limits = {"user": per_username, "addr": per_address}
        self.window_s = window_s
        self.max_tracked = max_tracked
        self._failures: dict[tuple[str, str], deque[float]] = {}

    def retry_after(self, client: str, username: str) -> int | None:
        """Seconds until a login for `username` from `client` may be tried, or None: now."""
        now = time.monotonic()
        waits = []
        for kind, name in (("user", username), ("addr", client)):
            failures = self._failures.get((kind, name))
            if not failures:
                continue
            while failures and failures[0] < now - self.window_s:
                failures.popleft()
            if len(failures) >= self.limits[kind]:
                waits.append(int(failures[-self.limits[kind]] + self.window_s - now) + 1)
        return max(waits) if waits else None

    def failed(self, client: str, username: str) -> None:
        now = time.monotonic()
        if len(self._failures) >= self.max_tracked:  # bounded memory under a spray of usernames
            horizon = now - self.window_s
            for name in [n for n, f in self._failures.items() if not f or f[-1] < horizon]:
                del self._failures[name]
        for name in (("user", username), ("addr", client)):
            self._failures.setdefault(name, deque(maxlen=100)).append(now)

    def succeeded(self, client: str, username: str) -> None:
        """A right password clears the username's failures (not the address's)."""
        self._failures.pop(("user", username), None)
