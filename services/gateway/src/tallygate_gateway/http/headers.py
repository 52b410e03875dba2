"""Header checks the server and the client share: a name is an RFC 9110 token, and a value holds
no control character but tab, so no line break can smuggle in a header of its own."""

from __future__ import annotations

import re
from collections.abc import Iterable

BAD_NAME = re.compile(b'[\x00-\x1f\x7f()<>@,;:\\[\\]={} \t\\\\"]')
BAD_VALUE = re.compile(b"[\x00-\x08\x0a-\x1f\x7f]")
# Names are a small vocabulary: a checker remembers this many good ones and checks others anew.
MAX_CHECKED_NAMES = 256


def valid_name(name: bytes) -> bool:
    return bool(name) and BAD_NAME.search(name) is None


def valid_values(values: Iterable[bytes]) -> bool:
    """One search over all the values: a character no value may hold is in their join too."""
    return BAD_VALUE.search(b"".join(values)) is None
