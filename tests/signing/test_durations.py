"""Durations take a timedelta wherever they are meant: the spec's duration parameters (`x-binance-duration`),
recvWindow and the client's timeouts. Each is sent as Binance's count or window text, or refused before sending."""

from __future__ import annotations

from datetime import timedelta

import pytest

from binance_spot_client import Spot
from binance_spot_client.operations import OPERATIONS
from binance_spot_client.signing import ClientOptions, ParameterError, WindowLike
from binance_spot_client.signing._calls import checked_call_options
from binance_spot_client.websocket._methods import METHODS
from tests.conftest import Recorder


@pytest.mark.parametrize(
    ("window", "sent"),
    [
        (timedelta(minutes=30), "30m"),
        (timedelta(minutes=120), "2h"),
        (timedelta(hours=24), "1d"),
        (timedelta(days=7), "7d"),
        ("4h", "4h"),
    ],
)
def test_a_window_size_is_sent_as_binances_one_unit_text(
    client: Spot, recorder: Recorder, window: WindowLike, sent: str
) -> None:
    recorder.body = []
    client.ticker(symbols=["BTCUSDT"], window_size=window)
    assert recorder.requests[0].url.params["windowSize"] == sent


@pytest.mark.parametrize(
    ("window", "reason"),
    [
        (timedelta(minutes=90), "1:30:00 is no window size Binance takes: 1-59 whole minutes"),
        (timedelta(days=8), "8 days, 0:00:00 is no window size Binance takes"),
        (timedelta(seconds=30), "0:00:30 is no window size Binance takes"),
        (timedelta(minutes=-5), "-1 day, 23:55:00 is negative; a window size is 1 minute to 7 days"),
        ("90m", "'90m' does not match"),
    ],
)
def test_a_window_size_binance_does_not_take_is_refused_before_sending(
    client: Spot, recorder: Recorder, window: WindowLike, reason: str
) -> None:
    with pytest.raises(ParameterError) as refused:
        client.ticker(symbol="BTCUSDT", window_size=window)
    assert refused.value.parameter == "window_size"
    assert reason in str(refused.value)
    assert recorder.requests == []


def test_a_duration_parameter_is_sent_as_a_count_of_its_unit(client: Spot, recorder: Recorder) -> None:
    recorder.body = {"clientAlgoId": "x", "success": True, "code": 0, "msg": "OK"}
    client.algo.new_spot_twap_order("BTCUSDT", "BUY", "1", timedelta(minutes=10))
    recorder.body = {"token": "t", "expirationTime": 1758792204196}
    client.margin.new_margin_listen_token(validity=timedelta(hours=1))
    assert recorder.requests[0].url.params["duration"] == "600"
    assert recorder.requests[1].url.params["validity"] == "3600000"


@pytest.mark.parametrize(
    ("duration", "reason"),
    [
        (timedelta(seconds=600, milliseconds=500), "0:10:00.500000 is not a whole number of seconds"),
        (timedelta(seconds=-600), "-1 day, 23:50:00 is negative; a duration is zero or more"),
        (timedelta(seconds=100), "100 is below the minimum 300"),
    ],
)
def test_a_duration_binance_cannot_take_is_refused_before_sending(
    client: Spot, recorder: Recorder, duration: timedelta, reason: str
) -> None:
    with pytest.raises(ParameterError) as refused:
        client.algo.new_spot_twap_order("BTCUSDT", "BUY", "1", duration)
    assert refused.value.parameter == "duration"
    assert reason in str(refused.value)
    assert recorder.requests == []


def test_the_spec_marks_its_durations() -> None:
    marked = {
        (operation_id, p.wire_name, p.duration)
        for operation_id, operation in OPERATIONS.items()
        for p in operation.parameters
        if p.duration
    }
    assert ("ticker", "windowSize", "window") in marked
    assert ("newSpotTwapOrder", "duration", "s") in marked
    assert ("newMarginListenToken", "validity", "ms") in marked
    assert ("vipLoanBorrow", "loanTerm", "d") in marked


def test_the_websocket_api_reads_durations_the_same_way() -> None:
    arguments = {"symbol": "BTCUSDT", "window_size": timedelta(hours=4)}
    assert METHODS["ticker"].build_params(arguments)["windowSize"] == "4h"


@pytest.mark.parametrize(
    ("recv_window", "sent"),
    [(timedelta(seconds=3), "3000"), (timedelta(microseconds=1500), "1.5"), (2500, "2500")],
)
def test_recv_window_takes_a_timedelta_per_call_and_in_options(
    recorder: Recorder, client: Spot, recv_window: timedelta | int, sent: str
) -> None:
    recorder.body = []
    client.open_orders(symbol="BTCUSDT", recv_window=recv_window)
    client.with_options(recv_window=recv_window).open_orders(symbol="BTCUSDT")
    assert [request.url.params["recvWindow"] for request in recorder.requests] == [sent, sent]


@pytest.mark.parametrize(
    ("recv_window", "reason"),
    [
        (timedelta(seconds=61), "61000 ms is outside (0, 60000]"),
        (60001, "60001 ms is outside (0, 60000]"),
        (timedelta(seconds=-1), "-1 day, 23:59:59 is negative; a duration is zero or more"),
    ],
)
def test_a_recv_window_over_a_minute_is_refused_before_sending(
    recorder: Recorder, client: Spot, recv_window: timedelta | int, reason: str
) -> None:
    with pytest.raises(ParameterError) as per_call:
        client.open_orders(symbol="BTCUSDT", recv_window=recv_window)
    with pytest.raises(ParameterError) as in_options:
        client.with_options(recv_window=recv_window)
    assert [str(per_call.value), str(in_options.value)] == [f"recv_window: {reason}"] * 2
    assert recorder.requests == []


def test_timeouts_take_a_timedelta_and_are_read_as_seconds() -> None:
    options = ClientOptions().replace({"timeout": timedelta(seconds=2.5), "time_sync_interval": timedelta(minutes=1)})
    assert (options.timeout, options.time_sync_interval) == (2.5, 60.0)
    assert checked_call_options(OPERATIONS["ping"], {"timeout": timedelta(milliseconds=750)}).timeout == 0.75
    with pytest.raises(ParameterError, match="timeout: -1 day, 23:59:59 is negative"):
        ClientOptions().replace({"timeout": timedelta(seconds=-1)})
    with pytest.raises(ParameterError, match=r"timeout: must be a positive number of seconds, not 0\.0"):
        ClientOptions().replace({"timeout": timedelta(0)})
