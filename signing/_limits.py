"""Binance's rate-limit headers, read into a snapshot after every response."""

from __future__ import annotations

import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["RateLimits", "UnreadLimits"]

# X-MBX-USED-WEIGHT-1M, X-MBX-ORDER-COUNT-10S, X-SAPI-USED-IP-WEIGHT-1M …: the suffix is
# intervalNum followed by the interval letter (S, M, H, D).
_HEADER = re.compile(r"^x-(?:mbx|sapi)-(used-weight|used-ip-weight|used-uid-weight|order-count)-(\d+[smhd])$")


@dataclass(frozen=True, slots=True)
class RateLimits:
    """Weight and order counts Binance reported, keyed by interval such as "1M" or "10S"."""

    used_weight: Mapping[str, int] = field(default_factory=dict)
    order_count: Mapping[str, int] = field(default_factory=dict)
    received_at: float = 0.0
    """time.time() when the response carrying these headers arrived."""

    @classmethod
    def from_headers(cls, headers: Mapping[str, str], received_at: float | None = None) -> RateLimits:
        weight: dict[str, int] = {}
        orders: dict[str, int] = {}
        for name, value in headers.items():
            match = _HEADER.match(name.lower())
            if match is None or not value.strip().isdigit():
                continue
            kind, interval = match.groups()
            (orders if kind == "order-count" else weight)[interval.upper()] = int(value)
        return cls(weight, orders, time.time() if received_at is None else received_at)


class UnreadLimits:
    """One response's headers, read into `RateLimits` only when asked for.

    Most calls never look at the counters, and reading every header against the pattern cost
    a few percent of a small signed call.
    """

    __slots__ = ("_headers", "_read", "_received_at")

    def __init__(self, headers: Mapping[str, str], received_at: float | None = None) -> None:
        self._headers = headers
        self._received_at = time.time() if received_at is None else received_at
        self._read: RateLimits | None = None

    @property
    def limits(self) -> RateLimits:
        if self._read is None:  # two threads may both read it: they get equal snapshots
            self._read = RateLimits.from_headers(self._headers, self._received_at)
        return self._read
