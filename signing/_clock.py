"""The time used for `timestamp`, with an optional offset to Binance's clock."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

__all__ = ["Clock", "to_datetime"]

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
        self.offset_ms = offset_ms
        self._now_ns = now_ns

    def local_ms(self) -> float:
        return self._now_ns() / 1e6

    def timestamp_ms(self) -> int:
        """The current server time estimate in whole milliseconds."""
        return self._now_ns() // 1_000_000 + round(self.offset_ms)

    def timestamp_us(self) -> int:
        """The current server time estimate in whole microseconds."""
        return self._now_ns() // 1_000 + round(self.offset_ms * 1000)

    def learn_offset(self, sent_ms: float, server_ms: float, received_ms: float) -> None:
        """Set the offset from one round trip, assuming the server read its clock halfway through."""
        self.offset_ms = server_ms - (sent_ms + received_ms) / 2.0

    def __repr__(self) -> str:
        return f"Clock(offset_ms={self.offset_ms:.1f})"
