"""An account's outbound proxy URL: what it may be, and how it is shown (its password masked,
as every credential is: docs/security.md). The gateway connects through it (docs/operators.md,
"Outbound proxies")."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit

SCHEMES = ("http", "https", "socks5", "socks5h")
MASK = "***"


@dataclass(frozen=True, slots=True)
class OutboundProxy:
    scheme: str  # http, https or socks5 (socks5h is socks5: the server resolves names either way)
    host: str
    port: int
    username: str = ""
    password: str = ""

    @classmethod
    def parse(cls, url: str) -> OutboundProxy:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        try:
            port = parts.port
        except ValueError as exc:
            raise ValueError("the proxy's port is not a number from 1 to 65535") from exc
        if scheme not in SCHEMES or not parts.hostname:
            raise ValueError("a proxy is an http://, https:// or socks5:// URL with a host")
        if parts.path not in ("", "/") or parts.query or parts.fragment:
            raise ValueError("a proxy URL has no path, query or fragment")
        default = {"http": 8080, "https": 443}.get(scheme, 1080)
        return cls(
            "socks5" if scheme == "socks5h" else scheme,
            parts.hostname,
            port or default,
            unquote(parts.username or ""),
            unquote(parts.password or ""),
        )


def check_proxy(url: str) -> str:
    """The URL as given, when it parses; "" is no proxy."""
    if url:
        OutboundProxy.parse(url)
    return url


def masked_proxy(url: str) -> str:
    """The URL with its password as ***, for every answer and log line."""
    if not url:
        return url
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rpartition("@")[2]
    return parts._replace(netloc=f"{quote(unquote(parts.username or ''), safe='')}:{MASK}@{host}").geturl()
