"""One set of options: `ClientOptions`, `with_options`, per-call options and `with_raw_response`."""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import hmac
import pickle
from concurrent.futures import ThreadPoolExecutor
from http import HTTPStatus
from typing import Any

import httpx
import pytest

from binance_spot_client import AsyncSpot, ParameterError, RateLimitError, Spot
from binance_spot_client.models import OrderBook, PriceLevel, WalletSystemStatus
from binance_spot_client.signing import ClientOptionFields, ClientOptions, Clock, Response, RetryPolicy
from tests.conftest import FIXED_TIME_NS, TEST_KEY, TEST_SECRET, Recorder

BOOK = {"lastUpdateId": 7, "bids": [["4.00", "431.5"]], "asks": [["4.01", "12.0"]]}


def signature(query: str) -> str:
    return hmac.new(TEST_SECRET.encode(), query.encode(), hashlib.sha256).hexdigest()


def recording_client(recorder: Recorder, **options: Any) -> Spot:
    return Spot(
        TEST_KEY,
        TEST_SECRET,
        clock=Clock(now_ns=lambda: FIXED_TIME_NS),
        transport=httpx.MockTransport(recorder),
        base_url="https://api.test",
        **options,
    )


@pytest.mark.parametrize(
    ("options", "name"),
    [
        ({"recv_window": 60001}, "recv_window"),
        ({"timeout": 0}, "timeout"),
        ({"timeout": True}, "timeout"),
        ({"base_url": []}, "base_url"),
        ({"base_url": "api.binance.com"}, "base_url"),
        ({"type_checks": "some"}, "type_checks"),
        ({"time_sync_interval": -5}, "time_sync_interval"),
    ],
)
def test_bad_options_are_refused_when_the_client_is_made(options: dict[str, Any], name: str) -> None:
    with pytest.raises(ParameterError) as caught:
        Spot(**options)
    assert caught.value.parameter == name


def test_the_keyword_form_of_the_options_names_every_field_with_its_type() -> None:
    # ClientOptionFields types the constructors' keywords; it must stay in step with ClientOptions.
    fields = {field.name: field.type for field in dataclasses.fields(ClientOptions)}
    keywords = {name: kind.__forward_arg__ for name, kind in ClientOptionFields.__annotations__.items()}
    # The keywords also take a timedelta for the waits, which ClientOptions then holds as seconds.
    assert keywords == fields | {"timeout": "Seconds", "time_sync_interval": "Seconds | None"}


def test_options_given_whole_and_as_keywords_combine() -> None:
    base = ClientOptions(base_url="https://api.test/", recv_window=3000, retry=RetryPolicy(attempts=1))
    client = Spot(options=base, timeout=2.5)
    assert client.options == ClientOptions(
        base_url=("https://api.test",), recv_window=3000, retry=RetryPolicy(attempts=1), timeout=2.5
    )
    assert pickle.loads(pickle.dumps(client.options)) == client.options


def test_a_copy_with_other_options_shares_the_pool_and_signs_with_its_own_window() -> None:
    recorder = Recorder()
    recorder.body = {"balances": []}
    client = recording_client(recorder)
    patient = client.with_options(recv_window=15000, timeout=30)
    assert patient.http is client.http and patient.clock is client.clock
    assert (patient.options.recv_window, patient.options.timeout) == (15000, 30)
    assert (client.options.recv_window, client.options.timeout) == (5000, 10.0)

    recorder.body = {}
    patient.request("GET", "/api/v3/account", security="USER_DATA")
    client.request("GET", "/api/v3/account", security="USER_DATA")
    stamp = FIXED_TIME_NS // 1_000_000
    sent = [request.url.query.decode() for request in recorder.requests]
    assert sent == [
        f"recvWindow=15000&timestamp={stamp}&signature={signature(f'recvWindow=15000&timestamp={stamp}')}",
        f"recvWindow=5000&timestamp={stamp}&signature={signature(f'recvWindow=5000&timestamp={stamp}')}",
    ]
    assert [request.extensions["timeout"]["read"] for request in recorder.requests] == [30, 10.0]


def test_closing_a_copy_leaves_the_shared_pool_open() -> None:
    recorder = Recorder()
    client = recording_client(recorder)
    client.with_options(timeout=1).close()
    client.ping()
    assert not client.http.is_closed


def test_a_copy_and_its_original_respect_one_rate_limit() -> None:
    recorder = Recorder()
    recorder.status, recorder.body = 429, {"code": -1003, "msg": "Too many requests."}
    recorder.headers = {"Retry-After": "60"}
    client = recording_client(recorder, retry=RetryPolicy(attempts=1))
    copy = client.with_options(recv_window=1000)
    with pytest.raises(RateLimitError):
        copy.ping()
    with pytest.raises(RateLimitError, match="refused locally"):
        client.ping()
    assert len(recorder.requests) == 1


def test_a_copy_cannot_change_what_the_pool_was_built_with() -> None:
    with pytest.raises(ParameterError) as caught:
        Spot().with_options(proxy="http://127.0.0.1:3128")
    assert caught.value.parameter == "proxy"


def test_groups_of_a_copy_call_through_the_copy() -> None:
    recorder = Recorder()
    recorder.body = {"status": 0, "msg": "normal"}
    client = recording_client(recorder)
    assert client.wallet.system_status() == WalletSystemStatus(status=0, msg="normal")
    copy = client.with_options(base_url="https://api.other")
    copy.wallet.system_status()
    assert [request.url.host for request in recorder.requests] == ["api.test", "api.other"]


def test_extra_query_fields_are_sent_after_the_operations_own_and_signed() -> None:
    recorder = Recorder()
    recorder.body = []
    client = recording_client(recorder)
    client.all_orders("BTCUSDT", limit=5, extra_query={"newField": "x y"}, extra_headers={"X-Trace": "42"})
    (request,) = recorder.requests
    stamp = FIXED_TIME_NS // 1_000_000
    signed = f"symbol=BTCUSDT&limit=5&newField=x%20y&recvWindow=5000&timestamp={stamp}"
    assert request.url.query.decode() == f"{signed}&signature={signature(signed)}"
    assert request.headers["X-Trace"] == "42" and request.headers["X-MBX-APIKEY"] == TEST_KEY


@pytest.mark.parametrize(
    ("options", "name"),
    [
        ({"extra_query": {"symbol": "ETHUSDT"}}, "extra_query"),
        ({"extra_query": {"signature": "forged"}}, "extra_query"),
        ({"extra_headers": {"X-Number": 1}}, "extra_headers"),
        ({"recv_window": 0}, "recv_window"),
        ({"recv_window": "1.0001"}, "recv_window"),
        ({"timeout": -1}, "timeout"),
        ({"retries": 3}, "retries"),
    ],
)
def test_bad_call_options_are_refused_before_anything_is_sent(options: dict[str, Any], name: str) -> None:
    recorder = Recorder()
    client = recording_client(recorder)
    with pytest.raises(ParameterError) as caught:
        client.all_orders("BTCUSDT", **options)
    assert caught.value.parameter == name
    assert recorder.requests == []


def test_an_unsigned_operation_takes_no_recv_window() -> None:
    recorder = Recorder()
    with pytest.raises(ParameterError, match="depth is not signed"):
        recording_client(recorder).depth("BTCUSDT", recv_window=1000)
    assert recorder.requests == []


def test_an_optionally_signed_operation_is_signed_only_when_the_call_passes_recv_window() -> None:
    recorder = Recorder()
    recorder.body = [{"delistTime": 1686161202000, "symbols": ["ADAUSDT"]}]
    client = recording_client(recorder)
    client.wallet.spot_delist_schedule()
    client.wallet.spot_delist_schedule(recv_window=2500)
    unsigned, signed = recorder.requests
    assert unsigned.url.query == b"" and unsigned.headers["X-MBX-APIKEY"] == TEST_KEY
    payload = f"recvWindow=2500&timestamp={FIXED_TIME_NS // 1_000_000}"
    assert signed.url.query.decode() == f"{payload}&signature={signature(payload)}"


def test_raw_responses_carry_status_headers_limits_and_the_model() -> None:
    recorder = Recorder()
    recorder.body, recorder.headers = BOOK, {"X-MBX-USED-WEIGHT-1M": "7"}
    client = recording_client(recorder)
    raw = client.with_raw_response.depth("BTCUSDT", limit=5)
    assert raw.status_code is HTTPStatus.OK and raw.headers["x-mbx-used-weight-1m"] == "7"
    assert raw.rate_limits.used_weight == {"1M": 7}
    assert raw.parsed == OrderBook(7, [PriceLevel("4.00", "431.5")], [PriceLevel("4.01", "12.0")])
    assert client.depth("BTCUSDT") == raw.parsed  # the client itself still returns models

    recorder.body = {"status": 1, "msg": "system maintenance"}
    assert client.with_raw_response.wallet.system_status().parsed.msg == "system maintenance"


async def test_async_raw_responses_are_the_same() -> None:
    recorder = Recorder()
    recorder.body = BOOK
    async with AsyncSpot(transport=httpx.MockTransport(recorder.answer_async), base_url="https://api.test") as client:
        raw = await client.with_raw_response.depth("BTCUSDT")
        model = await client.depth("BTCUSDT")
    assert raw.status_code == 200 and raw.parsed == model


async def test_raw_and_plain_calls_running_at_once_each_get_their_own_shape() -> None:
    recorder = Recorder()
    recorder.body = BOOK

    async def answer(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.001)  # let the calls interleave
        return recorder(request)

    async with AsyncSpot(transport=httpx.MockTransport(answer), base_url="https://api.test") as client:
        results = await asyncio.gather(
            *(client.with_raw_response.depth("BTCUSDT") if i % 2 else client.depth("BTCUSDT") for i in range(20))
        )
    assert [type(result).__name__ for result in results] == ["OrderBook", "Response"] * 10


def test_raw_calls_in_threads_do_not_leak_into_plain_ones() -> None:
    recorder = Recorder()
    recorder.body = BOOK
    client = recording_client(recorder)
    with ThreadPoolExecutor(8) as pool:
        shapes = list(
            pool.map(
                lambda i: type(client.with_raw_response.depth("BTCUSDT") if i % 2 else client.depth("BTCUSDT")),
                range(40),
            )
        )
    assert shapes == [OrderBook, Response] * 20
