"""The pytest plugin: the spot_validate marker and fixture, the fake-exchange fixtures, recording and replay."""

from __future__ import annotations

import json

import pytest

pytest_plugins = ["pytester"]
# Inner runs need none of these, and loading hypothesis again for each would cost seconds.
QUIET = ("-p", "no:cacheprovider", "-p", "no:hypothesispytest", "-p", "no:asyncio")

CLIENT = """
import httpx
from binance_spot_client import Spot

def client(body):
    return Spot(transport=httpx.MockTransport(lambda request: httpx.Response(200, json=body)))

BOOK = {"lastUpdateId": 1, "bids": [["1.0", "2.0"]], "asks": []}
"""


def test_marker_fails_a_test_whose_answers_break_the_spec(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        CLIENT
        + """
import pytest

@pytest.mark.spot_validate(strict=True)
def test_new_field():
    client({**BOOK, "spread": "0.1"}).depth("BTCUSDT")

@pytest.mark.spot_validate
def test_new_field_lenient():
    client({**BOOK, "spread": "0.1"}).depth("BTCUSDT")

def test_not_marked():
    client({**BOOK, "spread": "0.1"}).depth("BTCUSDT")
"""
    )
    result = pytester.runpytest_inprocess(*QUIET)
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(["*answers that do not match the spec:*", "*depth $.spread: not in the spec*"])


def test_fixtures_validate_and_fake(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
from decimal import Decimal

from binance_spot_client import Spot
from binance_spot_client.testing import DEMO_API_KEY, DEMO_SECRET_KEY

def test_validate(spot_validate):
    assert spot_validate("time", {"serverTime": 5}).server_time == 5

def test_fake(fake_exchange):
    with Spot(DEMO_API_KEY, DEMO_SECRET_KEY, transport=fake_exchange) as client:
        assert client.new_order("ETHUSDT", "BUY", "MARKET", quantity="1").status == "FILLED"
    assert fake_exchange.balance("ETH").free == Decimal("10.999")

def test_server(fake_exchange_server):
    with Spot(base_url=fake_exchange_server.base_url) as client:
        assert client.ping().to_dict() == {}
"""
    )
    pytester.runpytest_inprocess(*QUIET).assert_outcomes(passed=3)


def test_recorded_answers_are_replayed_as_checks(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_live=CLIENT
        + """
def test_talks_to_binance():
    client(BOOK).depth("BTCUSDT", limit=1)
    client({**BOOK, "spread": "0.1"}).depth("ETHUSDT", limit=1)
"""
    )
    pytester.runpytest_inprocess(*QUIET, "--spot-record", "recorded").assert_outcomes(passed=1)
    files = sorted((pytester.path / "recorded").glob("depth-*.spot.json"))
    assert len(files) == 2
    saved = [json.loads(f.read_text()) for f in files]
    assert sorted(s["query"] for s in saved) == ["symbol=BTCUSDT&limit=1", "symbol=ETHUSDT&limit=1"]

    result = pytester.runpytest_inprocess(*QUIET, "recorded")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*recorded answer no longer matches the spec:*", "*$.spread: not in the spec*"])


def test_answers_of_the_fake_are_not_recorded(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
from binance_spot_client import Spot

def test_on_the_fake(fake_exchange):
    Spot(transport=fake_exchange).ping()
"""
    )
    pytester.runpytest_inprocess(*QUIET, "--spot-record", "recorded").assert_outcomes(passed=1)
    assert not (pytester.path / "recorded").exists()
