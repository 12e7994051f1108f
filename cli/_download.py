"""Klines over a time window longer than one answer, fetched page by page.

One function, on purpose: when the spec's paging iterators (`client.iter_klines`) are on main,
it becomes a call to that iterator.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

__all__ = ["KLINES_PAGE", "klines_between"]

KLINES_PAGE = 1000
"""The most bars Binance returns in one klines answer."""


def klines_between(
    fetch: Callable[..., list[Any]],
    symbol: str,
    interval: str,
    start_ms: int,
    end_ms: int,
    **arguments: Any,
) -> Iterator[list[Any]]:
    """Pages of bars opening from `start_ms` to `end_ms` (milliseconds, inclusive), oldest first.

    `fetch` is the client's `klines` (or `ui_klines`). Each page starts one millisecond after the
    last bar's open time, so a bar at a page edge comes once; an empty page ends the window.
    """
    since = start_ms
    while since <= end_ms:
        page = fetch(symbol, interval, start_time=since, end_time=end_ms, limit=KLINES_PAGE, **arguments)
        if not page:
            return
        yield page
        since = page[-1].open_time + 1
