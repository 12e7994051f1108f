"""PageWalk without I/O: the requests of each paging method and the items each answer contributes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest

from binance_spot_client.signing import PageWalk, Paging, ParameterError, ResponseValidationError, to_milliseconds

DAY = 86_400_000
JAN_1 = 1_704_067_200_000  # 2024-01-01 00:00:00 UTC


@dataclass
class Record:
    id: int
    time: Any


@dataclass
class Rows:
    rows: list[Record]


def test_to_milliseconds_reads_each_form_and_names_the_argument_it_refuses() -> None:
    assert to_milliseconds("start", JAN_1) == JAN_1
    assert to_milliseconds("start", "2024-01-01") == JAN_1
    assert to_milliseconds("start", "2024-01-01T01:00:00+01:00") == JAN_1
    assert to_milliseconds("start", "2024-01-01 00:00:00.250Z") == JAN_1 + 250
    with pytest.raises(ParameterError, match=r"^start: '2024-01-01 00:00' has no time zone"):
        to_milliseconds("start", "2024-01-01 00:00")  # a time of day needs its zone; a date alone is UTC
    assert to_milliseconds("start", datetime(2024, 1, 1, 8, tzinfo=timezone(timedelta(hours=8)))) == JAN_1
    assert to_milliseconds("start", date(2024, 1, 1)) == JAN_1
    with pytest.raises(ParameterError, match=r"^start: datetime\.datetime\(2024, 1, 1, 0, 0\) has no time zone"):
        to_milliseconds("start", datetime(2024, 1, 1))
    with pytest.raises(ParameterError, match=r"^end: 'yesterday' is not an ISO-8601 time"):
        to_milliseconds("end", "yesterday")
    with pytest.raises(ParameterError, match=r"^end: expected milliseconds, an aware datetime or ISO-8601 .*True"):
        to_milliseconds("end", True)


def test_an_offset_walk_cuts_the_range_into_windows_and_sorts_each_by_time() -> None:
    plan = Paging("offset", limit="limit", page_size=2, start="start_time", end="end_time", max_span_ms=90 * DAY,
                  cursor="offset", item_time="time")  # fmt: skip
    walk = PageWalk(plan, {"coin": "BTC"}, JAN_1, JAN_1 + 100 * DAY - 1, None, 0)
    first_window = {"coin": "BTC", "limit": 2, "start_time": JAN_1, "end_time": JAN_1 + 90 * DAY - 1}
    assert walk.request() == {**first_window, "offset": 0}
    # Binance lists records newest first; a window's items come out oldest first once it is walked.
    assert walk.take([Record(3, JAN_1 + 30 * DAY), Record(2, JAN_1 + 20 * DAY)]) == []
    assert walk.request() == {**first_window, "offset": 2}
    assert [r.id for r in walk.take([Record(1, "2024-01-02 00:00:00")])] == [1, 2, 3]
    assert walk.request() == {"coin": "BTC", "limit": 2, "start_time": JAN_1 + 90 * DAY,
                              "end_time": JAN_1 + 100 * DAY - 1, "offset": 0}  # fmt: skip
    assert walk.take([]) == []
    assert walk.request() is None


def test_a_page_walk_numbers_pages_from_one_and_reads_the_list_field() -> None:
    plan = Paging("page", limit="size", page_size=2, cursor="current", items="rows")
    walk = PageWalk(plan, {}, None, None, None, 0)
    assert walk.request() == {"size": 2, "current": 1}
    assert walk.take(Rows([Record(1, 0), Record(2, 0)])) == []
    assert walk.request() == {"size": 2, "current": 2}
    assert [r.id for r in walk.take(Rows([Record(3, 0)]))] == [1, 2, 3]
    assert walk.request() is None


def test_an_id_walk_stops_at_the_first_item_past_the_end() -> None:
    plan = Paging("id", limit="limit", page_size=2, start="start_time", end="end_time", cursor="from_id",
                  item_id="id", item_time="time")  # fmt: skip
    walk = PageWalk(plan, {"symbol": "BTCUSDT", "from_id": None}, JAN_1, JAN_1 + 10, None, 0)
    # The id to start from is the walk's to send: none at first, where a time finds the first item.
    assert walk.request() == {"symbol": "BTCUSDT", "limit": 2, "start_time": JAN_1, "end_time": JAN_1 + 10}
    assert [r.id for r in walk.take([Record(7, JAN_1 + 1), Record(8, JAN_1 + 5)])] == [7, 8]
    assert walk.request() == {"symbol": "BTCUSDT", "from_id": 9, "limit": 2}
    assert [r.id for r in walk.take([Record(9, JAN_1 + 10), Record(10, JAN_1 + 11)])] == [9]
    assert walk.request() is None


def test_page_size_and_range_are_checked_before_anything_is_sent() -> None:
    plan = Paging("time", limit="limit", page_size=1000, start="start_time", end="end_time", item_time="time")
    with pytest.raises(ParameterError, match=r"^page_size: must be between 1 and 1000"):
        PageWalk(plan, {}, JAN_1, None, 1001, 0)
    with pytest.raises(ParameterError, match=r"^start_time: is after the end of the range"):
        PageWalk(plan, {}, "2024-01-02", "2024-01-01", None, 0)
    assert PageWalk(plan, {}, datetime(2024, 1, 1, tzinfo=UTC), None, None, 0).request() == {
        "limit": 1000,
        "start_time": JAN_1,
    }


def test_an_answer_that_is_not_a_page_is_a_typed_error() -> None:
    plan = Paging("offset", limit="limit", page_size=2, cursor="offset", item_time="time")
    walk = PageWalk(plan, {}, None, None, None, 0)
    with pytest.raises(ResponseValidationError, match="paging: a page is a list, not dict"):
        walk.take({"rows": []})
    with pytest.raises(ResponseValidationError, match="paging: time 'soon' is not a time"):
        walk.take([Record(1, "soon")])
