"""Which client address a request is recorded with: the peer's, or behind trusted proxies the
last X-Forwarded-For hop that is not one of them."""

from __future__ import annotations

from typing import Any

import pytest

from tallygate_gateway.asgi import ClientAddress
from tallygate_gateway.settings import GatewaySettings

SECRET = "unit-test-secret-of-32-characters"


def scope(peer: str | None, *forwarded: str) -> dict[str, Any]:
    return {
        "client": (peer, 50123) if peer is not None else None,
        "headers": [(b"host", b"gw")] + [(b"x-forwarded-for", f.encode()) for f in forwarded],
    }


@pytest.mark.parametrize(
    ("trusted", "request_scope", "recorded"),
    [
        ([], scope("10.0.0.5", "203.0.113.7"), "10.0.0.5"),  # nobody trusted: headers ignored
        (["10.0.0.0/8"], scope("10.0.0.5", "203.0.113.7"), "203.0.113.7"),
        (["10.0.0.0/8"], scope("10.0.0.5"), "10.0.0.5"),  # a trusted peer that forwards nothing
        (["10.0.0.0/8"], scope("198.51.100.9", "203.0.113.7"), "198.51.100.9"),  # spoofed: peer not trusted
        # the client's own claim (left) is passed over: the last untrusted hop is who reached us
        (["10.0.0.0/8"], scope("10.0.0.5", "1.2.3.4, 203.0.113.7, 10.9.9.9"), "203.0.113.7"),
        (["10.0.0.0/8"], scope("10.0.0.5", "1.2.3.4", "203.0.113.7"), "203.0.113.7"),  # two headers, in order
        (["10.0.0.0/8", "192.0.2.7"], scope("192.0.2.7", "203.0.113.7, 10.1.1.1"), "203.0.113.7"),
        (["10.0.0.0/8"], scope("10.0.0.5", "10.1.1.1, 10.2.2.2"), "10.1.1.1"),  # all trusted: the first
        (["10.0.0.0/8"], scope("10.0.0.5", "unknown, 10.2.2.2"), "unknown"),  # not an address: not ours
        (["::1"], scope("::1", "2001:db8::7"), "2001:db8::7"),
        (["127.0.0.1"], scope(None, "203.0.113.7"), ""),  # no peer at all
    ],
)
def test_recorded_address(trusted: list[str], request_scope: dict[str, Any], recorded: str) -> None:
    assert ClientAddress(trusted).of(request_scope) == recorded


def test_the_setting_is_a_comma_separated_list_checked_at_start() -> None:
    settings = GatewaySettings(key_secret=SECRET, trusted_proxies="10.0.0.0/8, 192.0.2.7")
    assert (
        ClientAddress(settings.trusted_proxies.split(",")).of(scope("192.0.2.7", "203.0.113.7"))
        == "203.0.113.7"
    )
    with pytest.raises(ValueError, match="does not appear to be an IPv4 or IPv6"):
        GatewaySettings(key_secret=SECRET, trusted_proxies="10.0.0.0/8, balancer.internal")
