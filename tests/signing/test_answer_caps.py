"""Caps on what comes back: an answer too large once decompressed, or inflating like a gzip
bomb, stops being read at once and raises AnswerTooLargeError (an order's OrderStatusUnknownError)."""

from __future__ import annotations

import asyncio
import json
import tracemalloc
import zlib
from functools import cache

import pytest

from binance_spot_client import AsyncSpot, OrderStatusUnknownError, ServerError
from binance_spot_client.errors import AnswerTooLargeError
from tests.signing.faults import Reply, Script, fault_server
from tests.signing.test_reliability import BOOK, KEY, NO_WAIT, SECRET, make_client, place_order

MIB = 1024 * 1024


@cache
def gzip_bomb(inflated_mib: int) -> bytes:
    """A gzip body of `inflated_mib` MiB of spaces: JSON whitespace, about a thousandth of its size on the wire."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = b" " * MIB
    return b"".join(packer.compress(chunk) for _ in range(inflated_mib)) + packer.flush()


def bomb_reply(status: int = 200) -> Reply:
    return Reply(status, raw=gzip_bomb(256), headers={"Content-Encoding": "gzip", "Content-Type": "application/json"})


def test_a_gzip_bomb_is_refused_after_its_first_mebibyte() -> None:
    script = Script([bomb_reply()])
    tracemalloc.start()
    try:
        with fault_server(script) as url, pytest.raises(AnswerTooLargeError) as caught:
            make_client(url).depth("BTCUSDT")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "inflated to" in str(caught.value) and "past max_decompression_ratio=100" in str(caught.value)
    assert str(caught.value).startswith("GET /api/v3/depth: ")
    assert caught.value.limit == 100 and caught.value.not_sent is False
    print("PEAK", peak)
    assert peak < 160 * MIB
    assert len(script.seen) == 3  # a read: retried like any unreadable answer


def test_an_order_answered_with_a_gzip_bomb_has_an_unknown_outcome() -> None:
    script = Script([bomb_reply(503)])
    with fault_server(script) as url, pytest.raises(OrderStatusUnknownError) as caught:
        place_order(make_client(url))
    assert caught.value.client_order_id == "generated-id"
    assert type(caught.value.__cause__) is AnswerTooLargeError
    assert len(script.seen) == 1


def test_an_answer_past_max_answer_bytes_is_refused() -> None:
    book = {"lastUpdateId": 1, "bids": [["1.00000000", "2.00000000"]] * 200, "asks": []}
    size = len(json.dumps(book))
    script = Script([Reply(200, book)])
    with fault_server(script) as url:
        assert make_client(url, max_answer_bytes=size).depth("BTCUSDT").last_update_id == 1
        with pytest.raises(AnswerTooLargeError) as caught:
            make_client(url, max_answer_bytes=size - 1).depth("BTCUSDT")
    assert caught.value.limit == size - 1 and caught.value.size >= size
    assert str(caught.value).startswith(f"GET /api/v3/depth: answer passed max_answer_bytes={size - 1} (read ")


def test_the_default_cap_refuses_fifty_megabytes() -> None:
    script = Script(
        [Reply(200, raw=b'{"lastUpdateId": 1, "bids": [], "asks": [], "pad": "' + b"x" * 50_000_000 + b'"}')]
    )
    with fault_server(script) as url, pytest.raises(AnswerTooLargeError) as caught:
        make_client(url, retry=NO_WAIT).depth("BTCUSDT")
    assert caught.value.limit == 32 * MIB


def test_a_well_compressed_answer_under_the_caps_is_read() -> None:
    # 2 MiB of a book that compresses about 300-fold: refused by the ratio guard unless raised.
    book = {"lastUpdateId": 7, "bids": [["1.00000000", "2.00000000"]] * 80_000, "asks": []}
    body = json.dumps(book).encode()
    packed = zlib.compress(body, 9, wbits=31)
    assert len(body) > 2 * MIB and len(body) / len(packed) > 100
    script = Script([Reply(200, raw=packed, headers={"Content-Encoding": "gzip"})])
    with fault_server(script) as url:
        with pytest.raises(AnswerTooLargeError):
            make_client(url).depth("BTCUSDT")
        book_read = make_client(url, max_decompression_ratio=2_000).depth("BTCUSDT")
    assert book_read.last_update_id == 7 and len(book_read.bids) == 80_000


def test_an_error_answer_is_capped_too() -> None:
    script = Script([Reply(500, raw=b'{"code": -1000, "msg": "' + b"x" * 4096 + b'"}')])
    with fault_server(script) as url:
        with pytest.raises(AnswerTooLargeError):
            make_client(url, max_answer_bytes=1024).depth("BTCUSDT")
        with pytest.raises(ServerError):
            make_client(url).depth("BTCUSDT")


def test_the_async_client_refuses_a_gzip_bomb() -> None:
    script = Script([bomb_reply()])

    async def call(url: str) -> None:
        async with AsyncSpot(KEY, SECRET, base_url=url, retry=NO_WAIT) as client:
            await client.depth("BTCUSDT")

    with fault_server(script) as url, pytest.raises(AnswerTooLargeError):
        asyncio.run(call(url))
    assert BOOK  # the same fixtures as the sync tests
