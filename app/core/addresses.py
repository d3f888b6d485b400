"""Whether a host stays on this computer: plain http (webhooks, stores, the console) and a control API
without TLS are allowed only there."""

from __future__ import annotations

import functools
import ipaddress


@functools.lru_cache(maxsize=256)
def is_loopback(host: str) -> bool:
    """`localhost`, 127.0.0.0/8 or ::1 (bracketed or not); a name that resolves there does not count."""
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
