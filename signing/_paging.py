"""Walking a paged operation to the end: the generated `iter_*` methods hand over a `Paging` plan.

Each paged operation's spec carries `x-binance-paging` (spec/README.md, "Paging"); the generator
turns it into a `Paging` and an `iter_<operation>` method on `Spot` and `AsyncSpot`
(binance_spot_client/_paging.py). What happens between pages lives here, once, for both:

* `PageWalk` decides, without I/O, the arguments of each request and which items of each
  answer to hand out, so that items come in order with no gap and no duplicate at page edges;
* `iterate_pages` and `aiterate_pages` carry the walk out: before each page they wait on the
  client's local rate-limit guard (a 429's Retry-After), and a page refused with a 429 is
  asked again after the wait, but only for an operation that is safe to repeat (a read):
  anything else is never sent twice.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Literal, TypeVar

from ._calls import CallOptions, Endpoint
from ._errors import ParameterError, RateLimitError, ResponseValidationError
from ._times import TimeLike, epoch_time
from ._types import Unset

__all__ = ["PageWalk", "Paging", "TimeLike", "aiterate_pages", "iterate_pages", "to_milliseconds"]

T = TypeVar("T")


def to_milliseconds(name: str, value: TimeLike) -> int:
    """`value` as milliseconds since the epoch (see `TimeLike`), or a ParameterError naming `name`."""
    if isinstance(value, bool) or not isinstance(value, int | datetime | date | str):
        raise ParameterError(name, f"expected milliseconds, an aware datetime or ISO-8601 text, not {value!r}")
    milliseconds = epoch_time(name, value, microseconds=False)
    assert isinstance(milliseconds, int)
    return milliseconds


@dataclass(frozen=True, slots=True)
class Paging:
    """How one operation pages, from its `x-binance-paging` (names are the Python argument and field names).

    `by` is the method: "time" (the next page starts a millisecond after the last item's
    `item_time`), "id" (the next page starts at the last item's `item_id` plus one, sent as
    `cursor`), "page" (page numbers in `cursor`, from 1) or "offset" (an item offset in `cursor`).
    `max_span_ms` is the longest `start`..`end` window one call accepts; longer ranges are cut
    into windows walked in turn. `items` names the answer's field holding the list, when the
    answer is an object.
    """

    by: Literal["time", "id", "page", "offset"]
    limit: str
    page_size: int
    start: str = ""
    end: str = ""
    max_span_ms: int | None = None
    cursor: str = ""
    item_id: str = ""
    item_time: str = ""
    items: str = ""


class PageWalk:
    """The requests of one walk and the items each answer contributes, without I/O.

    `request()` gives the arguments of the next page (None when the walk is over) and
    `take(answer)` the items of that answer to hand out, in ascending order.
    """

    def __init__(
        self,
        paging: Paging,
        arguments: Mapping[str, object],
        start: TimeLike | None,
        end: TimeLike | None,
        page_size: int | None,
        now_ms: int,
    ) -> None:
        self.paging = paging
        self.arguments: dict[str, object] = dict(arguments)
        if page_size is not None and not 1 <= page_size <= paging.page_size:
            raise ParameterError("page_size", f"must be between 1 and {paging.page_size}")
        self.size: int = page_size or paging.page_size
        self.start: int | None = None if start is None else to_milliseconds(paging.start, start)
        self.end: int | None = None if end is None else to_milliseconds(paging.end, end)
        if paging.max_span_ms is not None and self.start is not None and self.end is None:
            self.end = now_ms  # windows need an end: up to now
        if self.start is not None and self.end is not None and self.start > self.end:
            raise ParameterError(paging.start, "is after the end of the range")
        if paging.by == "time" and self.start is None:
            raise ParameterError(paging.start, "is required: pages follow on from it")
        if paging.by == "id" and self.start is None and arguments.get(paging.cursor) is None:
            # Without either, Binance answers with the latest items: there is no range to walk.
            either = f"or {paging.start} " if paging.start else ""
            raise ParameterError(paging.cursor, f"give it {either}to say where the walk starts")
        self.window_start: int | None = self.start
        # id: the next id to ask for (None while the first item is being looked for by time);
        # page and offset: the page number or item offset within the window.
        self.cursor: int | None = {"page": 1, "offset": 0}.get(paging.by)
        if paging.by == "id":
            given = self.arguments.pop(paging.cursor, None)
            self.cursor = given if isinstance(given, int) else None
        self.done: bool = False
        self._held: list[Any] = []  # a window's items, for methods whose pages are not in time order

    @property
    def window_end(self) -> int | None:
        """The end of the window being walked: the range's end, or less when one call spans less."""
        span = self.paging.max_span_ms
        if span is None or self.window_start is None:
            return self.end
        last = self.window_start + span - 1
        return last if self.end is None else min(last, self.end)

    def request(self) -> dict[str, object] | None:
        if self.done:
            return None
        paging = self.paging
        arguments = {**self.arguments, paging.limit: self.size}
        if paging.by == "id" and self.cursor is not None:
            arguments[paging.cursor] = self.cursor  # ids alone: Binance refuses them with times
            return arguments
        if paging.by == "time" and self.cursor is not None:
            arguments[paging.start] = self.cursor
        elif self.window_start is not None:
            arguments[paging.start] = self.window_start
        if self.window_end is not None and paging.end:
            arguments[paging.end] = self.window_end
        if paging.by in ("page", "offset"):
            arguments[paging.cursor] = self.cursor
        return arguments

    def take(self, answer: object) -> list[Any]:
        page = self._items_of(answer)
        paging = self.paging
        full = len(page) >= self.size
        past_end = bool(page) and self.end is not None and bool(paging.item_time) and self._time(page[-1]) > self.end
        if paging.by == "time":
            items = [item for item in page if self._in_range(item)]
            if items:
                self.cursor = self._time(items[-1]) + 1
            if not full or past_end:
                self._next_window()
            return items
        if paging.by == "id":
            located = self.cursor is not None
            items = [item for item in page if self._in_range(item)]
            if page:
                self.cursor = int(getattr(page[-1], paging.item_id)) + 1
            if past_end:
                self.done = True
            elif not full and (located or not page):
                # An empty first window says nothing about later ones; a short page of ids is the end.
                if located:
                    self.done = True
                else:
                    self.cursor = None
                    self._next_window()
            return items
        # page and offset: collected per window, handed out in time order when the window is walked.
        self._held.extend(page)
        assert self.cursor is not None
        self.cursor += 1 if paging.by == "page" else len(page)
        if full:
            return []
        held, self._held = self._held, []
        if paging.item_time:
            held = [item for item in held if self._in_range(item)]
            held.sort(key=self._time)
        self.cursor = 1 if paging.by == "page" else 0
        self._next_window()
        return held

    def _next_window(self) -> None:
        window_end = self.window_end
        if self.paging.max_span_ms is None or window_end is None or self.end is None or window_end >= self.end:
            self.done = True
            return
        self.window_start = window_end + 1
        if self.paging.by == "time":
            self.cursor = None

    def _items_of(self, answer: object) -> list[Any]:
        if self.paging.items:
            answer = getattr(answer, self.paging.items)
        if isinstance(answer, Unset) or answer is None:
            return []
        if not isinstance(answer, Sequence):
            raise ResponseValidationError("paging", [f"a page is a list, not {type(answer).__name__}"], answer)
        return list(answer)

    def _time(self, item: Any) -> int:
        # Some /sapi records carry their time as UTC text ("2024-01-02 03:04:05").
        value = getattr(item, self.paging.item_time)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        try:
            moment = datetime.fromisoformat(value.strip()) if isinstance(value, str) else None
        except ValueError:
            moment = None
        if moment is None:
            raise ResponseValidationError("paging", [f"{self.paging.item_time} {value!r} is not a time"], item)
        return int((moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp() * 1000)

    def _in_range(self, item: Any) -> bool:
        if not self.paging.item_time:
            return True
        moment = self._time(item)
        return (self.start is None or moment >= self.start) and (self.end is None or moment <= self.end)


def _guard_wait(client: Any) -> float:
    """Seconds the client's local rate-limit guard asks for before the next call (0 to go ahead).

    A wait longer than the retry policy's `max_rate_limit_wait` is not waited for: the call goes
    ahead and the guard refuses it with its typed error.
    """
    wait: float = client.rate_limit_wait()
    return wait if 0 < wait <= client.retry.max_rate_limit_wait else 0.0


def _may_ask_again(client: Any, endpoint: Endpoint[Any], refusal: RateLimitError, refusals: int) -> bool:
    """Whether a page refused with a 429 may be asked again once the guard's wait is over: only a read
    (never an order call), only for a wait the retry policy accepts, at most `attempts` times."""
    return (
        endpoint.operation.safe_to_repeat
        and refusal.retry_after is not None
        and refusal.retry_after <= client.retry.max_rate_limit_wait
        and refusals < client.retry.attempts
    )


def iterate_pages(client: Any, endpoint: Endpoint[Any], walk: PageWalk, options: CallOptions) -> Iterator[Any]:
    """Every item of a walk, calling a `SpotClient` page by page (see the module's description)."""
    while (arguments := walk.request()) is not None:
        refusals = 0
        while True:
            if wait := _guard_wait(client):
                time.sleep(wait)
            try:
                answer = client.call(endpoint, arguments, options)
            except RateLimitError as refusal:
                if not _may_ask_again(client, endpoint, refusal, refusals):
                    raise
                refusals += 1
                continue
            break
        yield from walk.take(answer)


async def aiterate_pages(
    client: Any, endpoint: Endpoint[Any], walk: PageWalk, options: CallOptions
) -> AsyncIterator[Any]:
    """`iterate_pages` on an `AsyncSpotClient`."""
    while (arguments := walk.request()) is not None:
        refusals = 0
        while True:
            if wait := _guard_wait(client):
                import asyncio  # only async iterators use it; see signing/_client.py

                await asyncio.sleep(wait)
            try:
                answer = await client.call(endpoint, arguments, options)
            except RateLimitError as refusal:
                if not _may_ask_again(client, endpoint, refusal, refusals):
                    raise
                refusals += 1
                continue
            break
        for item in walk.take(answer):
            yield item
