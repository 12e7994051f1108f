"""The time used for `timestamp`, with an optional offset to Binance's clock."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

__all__ = ["MAX_CLOCK_OFFSET_MS", "Clock", "to_datetime"]

MAX_CLOCK_OFFSET_MS = 10 * 60_000
"""The largest offset to Binance's clock a resync accepts, in milliseconds (10 minutes).

A host kept by NTP is within milliseconds of Binance, and one without drifts by seconds a
day; the offset is there to absorb that. An answer that puts the local clock further off
than this is more likely wrong (a caching proxy, a fake server, a time in the wrong unit)
than the host's clock, so it is refused with a warning and the previous offset is kept:
a host that really is that far off needs its clock fixed.
"""

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def to_datetime(value: int, *, microseconds: bool = False) -> datetime:
    """A Binance time (UTC milliseconds, or microseconds under `X-MBX-TIME-UNIT: MICROSECOND`) as an aware datetime.

    Exact to the microsecond: the value is never passed through a float.
    """
    if microseconds:
        return _EPOCH + timedelta(microseconds=value)
    return _EPOCH + timedelta(milliseconds=value)


class Clock:
    """Local time plus an offset learned from the server (server - local), in milliseconds.

    Time is read in integer nanoseconds so that timestamps never lose a millisecond
    to float rounding.
    """

    __slots__ = ("_now_ns", "offset_ms")

    def __init__(self, offset_ms: float = 0.0, now_ns: Callable[[], int] = time.time_ns) -> None:
        self.offset_ms: float = offset_ms
        self._now_ns = now_ns

    def local_ms(self) -> float:
        return self._now_ns() / 1e6

    def timestamp_ms(self) -> int:
        """The current server time estimate in whole milliseconds."""
        return self._now_ns() // 1_000_000 + round(self.offset_ms)

    def timestamp_us(self) -> int:
        """The current server time estimate in whole microseconds."""
        return self._now_ns() // 1_000 + round(self.offset_ms * 1000)

    @staticmethod
    def midpoint_offset(sent_ms: float, server_ms: float, received_ms: float) -> float:
        """The offset one round trip shows, assuming the server read its clock halfway through."""
        return server_ms - (sent_ms + received_ms) / 2.0

    def learn_offset(self, sent_ms: float, server_ms: float, received_ms: float) -> None:
        """Set the offset from one round trip, assuming the server read its clock halfway through."""
        self.offset_ms = self.midpoint_offset(sent_ms, server_ms, received_ms)

    def __repr__(self) -> str:
        return f"Clock(offset_ms={self.offset_ms:.1f})"
