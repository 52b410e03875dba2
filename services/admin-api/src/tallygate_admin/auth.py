"""Who is calling: the admin bearer token for scripts, or a browser session (an HttpOnly,
SameSite=Strict cookie naming a session in NATS KV, plus a CSRF token for every write).
Plain classes; the FastAPI side is in deps.py and routers/auth.py."""

from __future__ import annotations

import contextlib
import secrets
import time
from collections import deque
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from nats.js import JetStreamContext
from nats.js.errors import KeyNotFoundError
from nats.js.kv import KeyValue

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
    def __init__(self) -> None:
        self._kv: KeyValue | None = None

    async def start(self, js: JetStreamContext) -> None:
        self._kv = await js.key_value(SESSIONS_BUCKET)

    async def create(self, user: User) -> tuple[str, Session]:
        assert self._kv is not None
        sid = secrets.token_urlsafe(32)
        session = Session(
            user_id=user.id,
            csrf_token=secrets.token_urlsafe(32),
            expires_at=datetime.now(UTC) + timedelta(seconds=SESSION_TTL_S),
        )
        await self._kv.put(sid, session.model_dump_json().encode())
        return sid, session

    async def get(self, sid: str) -> Session | None:
        assert self._kv is not None
        if not sid or len(sid) > 100:
            return None
        try:
            entry = await self._kv.get(sid)
        except (KeyNotFoundError, ValueError):
            return None
        if not entry.value:
            return None
        session = Session.model_validate_json(entry.value)
        return session if session.expires_at > datetime.now(UTC) else None

    async def end(self, sid: str) -> None:
        assert self._kv is not None
        with contextlib.suppress(KeyNotFoundError, ValueError):
            await self._kv.delete(sid)


class LoginThrottle:
    """At most `attempts` failed logins per (client, username) in `window_s`."""

    def __init__(self, attempts: int = 5, window_s: float = 300.0) -> None:
        self.attempts = attempts
        self.window_s = window_s
        self._failures: dict[tuple[str, str], deque[float]] = {}

    def retry_after(self, client: str, username: str) -> int | None:
        failures = self._failures.get((client, username))
        now = time.monotonic()
        while failures and failures[0] < now - self.window_s:
            failures.popleft()
        if failures and len(failures) >= self.attempts:
            return int(failures[0] + self.window_s - now) + 1
        return None

    def failed(self, client: str, username: str) -> None:
        self._failures.setdefault((client, username), deque()).append(time.monotonic())

    def succeeded(self, client: str, username: str) -> None:
        self._failures.pop((client, username), None)
