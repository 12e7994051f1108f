"""Time parameters take epoch integers, aware datetimes and ISO-8601 text; each is sent as Binance's integer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import httpx
import pytest

from binance_spot_client import Spot
from binance_spot_client.signing import ParameterError, TimeLike
from binance_spot_client.websocket._methods import METHODS
from tests.conftest import Recorder

# 2024-01-02T03:04:05.678Z
MILLISECONDS = 1_704_164_645_678


@pytest.mark.parametrize(
    "start",
    [
        MILLISECONDS,
        datetime(2024, 1, 2, 3, 4, 5, 678_000, tzinfo=UTC),
        datetime(2024, 1, 2, 4, 4, 5, 678_000, tzinfo=timezone(timedelta(hours=1))),
        "2024-01-02T03:04:05.678Z",
        "2024-01-02T05:04:05.678+02:00",
    ],
)
def test_every_form_of_a_time_is_sent_as_epoch_milliseconds(client: Spot, recorder: Recorder, start: TimeLike) -> None:
    recorder.body = []
    client.agg_trades("BTCUSDT", start_time=start, end_time="2024-01-02T03:04:06Z")
    params = recorder.requests[0].url.params
    assert (params["startTime"], params["endTime"]) == (str(MILLISECONDS), "1704164646000")


def test_microsecond_mode_sends_microseconds(recorder: Recorder) -> None:
    recorder.body = []
    with Spot(microseconds=True, transport=httpx.MockTransport(recorder)) as client:
        client.agg_trades("BTCUSDT", start_time=datetime(2024, 1, 2, 3, 4, 5, 678_901, tzinfo=UTC))
    assert recorder.requests[0].url.params["startTime"] == "1704164645678901"


@pytest.mark.parametrize(
    ("start", "reason"),
    [
        (datetime(2024, 1, 2, 3, 4, 5), "datetime.datetime(2024, 1, 2, 3, 4, 5) has no time zone; give one"),
        ("2024-01-02T03:04:05", "'2024-01-02T03:04:05' has no time zone; give one"),
        ("yesterday", "'yesterday' is not an ISO-8601 time"),
    ],
)
def test_a_time_that_names_no_instant_is_refused_before_sending(
    client: Spot, recorder: Recorder, start: TimeLike, reason: str
) -> None:
    with pytest.raises(ParameterError) as refused:
        client.agg_trades("BTCUSDT", start_time=start)
    assert refused.value.parameter == "start_time"
    assert reason in str(refused.value)
    assert recorder.requests == []


def test_the_websocket_api_reads_times_the_same_way() -> None:
    moment = datetime(2024, 1, 2, 3, 4, 5, 678_901, tzinfo=UTC)
    arguments = {"symbol": "BTCUSDT", "start_time": moment}
    assert METHODS["trades.aggregate"].build_params(arguments)["startTime"] == MILLISECONDS
    assert METHODS["trades.aggregate"].build_params(arguments, microseconds=True)["startTime"] == 1_704_164_645_678_901
