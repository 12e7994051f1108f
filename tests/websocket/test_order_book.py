"""The local order book follows Binance's snapshot-and-diff procedure, gaps included."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from binance_spot_client.models.order_book import OrderBook
from binance_spot_client.websocket import AsyncMarketStreams, DepthUpdate, LocalOrderBook

from .conftest import FAST, LocalServer


def diff(
    first: int, last: int, bids: list[list[str]] | None = None, asks: list[list[str]] | None = None
) -> DepthUpdate:
    return DepthUpdate(1, "BNBBTC", first, last, tuple(map(tuple, bids or [])), tuple(map(tuple, asks or [])))  # type: ignore[arg-type]


def snapshots(*ids: int) -> tuple[Callable[[], Awaitable[OrderBook]], list[int]]:
    """A snapshot source giving these lastUpdateIds in turn, and the list of ids it has served."""
    served: list[int] = []

    async def fetch() -> OrderBook:
        last = ids[min(len(served), len(ids) - 1)]
        served.append(last)
        return OrderBook.from_dict({"lastUpdateId": last, "bids": [["10", "1"], ["9", "2"]], "asks": [["11", "1"]]})

    return fetch, served


async def test_buffered_events_up_to_the_snapshot_are_dropped_and_the_rest_applied() -> None:
    fetch, _ = snapshots(102)
    book = LocalOrderBook("BNBBTC", fetch)
    await book.apply(diff(100, 103, bids=[["10", "5"]]))
    assert book.synced and book.last_update_id == 103
    assert book.bids == [("10", "5"), ("9", "2")]


async def test_snapshot_older_than_the_first_event_is_fetched_again() -> None:
    fetch, served = snapshots(90, 105)
    book = LocalOrderBook("BNBBTC", fetch)
    await book.apply(diff(100, 106))
    assert served == [90, 105] and book.last_update_id == 106


async def test_zero_quantity_removes_a_level_and_old_events_are_ignored() -> None:
    fetch, _ = snapshots(100)
    book = LocalOrderBook("BNBBTC", fetch)
    await book.apply(diff(100, 101, bids=[["9", "0"]], asks=[["12", "3"]]))
    await book.apply(diff(95, 99, bids=[["1", "1"]]))
    assert book.bids == [("10", "1")]
    assert book.asks == [("11", "1"), ("12", "3")]
    assert book.best_ask() == ("11", "1") and book.last_update_id == 101


async def test_gap_discards_the_book_and_resyncs() -> None:
    fetch, served = snapshots(101, 205)
    book = LocalOrderBook("BNBBTC", fetch)
    await book.apply(diff(101, 102))
    await book.apply(diff(200, 210, asks=[["13", "4"]]))  # 103..199 missed
    assert book.resyncs == 1 and served == [101, 205]
    assert book.last_update_id == 210
    assert book.asks == [("11", "1"), ("13", "4")]


async def test_snapshot_newer_than_every_buffered_event_starts_the_book_there() -> None:
    fetch, _ = snapshots(300)
    book = LocalOrderBook("BNBBTC", fetch)
    await book.apply(diff(100, 105))
    assert book.last_update_id == 300
    await book.apply(diff(299, 301, bids=[["10", "7"]]))
    assert book.last_update_id == 301 and book.best_bid() == ("10", "7")


async def test_a_gap_inside_the_buffer_waits_for_the_next_event() -> None:
    fetch, _ = snapshots(100)
    book = LocalOrderBook("BNBBTC", fetch)
    book._buffer.append(diff(99, 100))
    await book.apply(diff(105, 106))  # 101..104 missing between the buffered events
    assert not book.synced


async def test_order_book_synced_from_a_stream_with_a_deliberate_gap(server: LocalServer) -> None:
    fetch, served = snapshots(100, 150)
    book = LocalOrderBook("BNBBTC", fetch)
    async with AsyncMarketStreams(["bnbbtc@depth"], base_url=server.url, reconnect=FAST) as streams:
        await server.wait_for(lambda: len(server.connections) == 1)
        for first, last in [(99, 101), (102, 103), (140, 151), (152, 152)]:  # 104..139 never sent
            event = {"e": "depthUpdate", "E": 1, "s": "BNBBTC", "U": first, "u": last, "b": [], "a": []}
            await server.push({"stream": "bnbbtc@depth", "data": event})
        for _ in range(4):
            await book.apply((await streams.recv()).event)
    assert served == [100, 150] and book.resyncs == 1
    assert book.last_update_id == 152
