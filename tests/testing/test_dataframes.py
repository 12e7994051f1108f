"""`to_pandas()` on the fake exchange's answers: one column per Python field, numbers and UTC times typed."""

from __future__ import annotations

import sys
from decimal import Decimal

import pandas
import pytest

from binance_spot_client import MissingExtraError, ParameterError, Spot, to_pandas


def utc(milliseconds: int) -> pandas.Timestamp:
    return pandas.Timestamp(milliseconds, unit="ms", tz="UTC")


def test_klines_become_numeric_columns_and_utc_times(client: Spot) -> None:
    bars = client.klines("BTCUSDT", "1h", limit=3)

    frame = to_pandas(bars)

    assert list(frame.columns) == [
        "open_time",
        "open",
        "high",
        "low",
        "close",
        "volume",
        "close_time",
        "quote_asset_volume",
        "number_of_trades",
        "taker_buy_base_asset_volume",
        "taker_buy_quote_asset_volume",
        "unused",
    ]
    assert len(frame) == 3
    assert str(frame["close"].dtype) == "float64"
    assert str(frame["number_of_trades"].dtype) == "int64"
    assert isinstance(frame["open_time"].dtype, pandas.DatetimeTZDtype)
    assert str(frame["open_time"].dt.tz) == "UTC"
    for row, bar in zip(frame.itertuples(index=False), bars, strict=True):
        assert row.open_time == utc(bar.open_time)
        assert row.close_time == utc(bar.close_time)
        assert row.close == float(bar.close)
        assert row.number_of_trades == bar.number_of_trades


def test_aggregate_trades_keep_their_one_letter_names(client: Spot) -> None:
    trades = client.agg_trades("BTCUSDT", limit=2)

    frame = to_pandas(trades)

    assert list(frame.columns) == ["a", "p", "q", "f", "l", "t", "m", "M"]
    assert frame["t"].tolist() == [utc(trade.t) for trade in trades]
    assert frame["p"].tolist() == [float(trade.p) for trade in trades]
    assert frame["m"].tolist() == [trade.m for trade in trades]


def test_decimals_on_request_keep_binance_digits(client: Spot) -> None:
    trades = client.trades("BTCUSDT", limit=2)

    frame = to_pandas(trades, decimals="decimal")

    assert frame["price"].tolist() == [Decimal(trade.price) for trade in trades]
    assert all(type(value) is Decimal for value in frame["qty"])
    assert frame["time"].tolist() == [utc(trade.time) for trade in trades]


def test_tickers_one_row_per_symbol(client: Spot) -> None:
    tickers = client.ticker24hr(symbols=["BTCUSDT", "ETHUSDT"])
    assert isinstance(tickers, list)

    frame = to_pandas(tickers)

    assert frame["symbol"].tolist() == ["BTCUSDT", "ETHUSDT"]
    assert frame["last_price"].tolist() == [float(t.last_price) for t in tickers]
    assert frame["open_time"].tolist() == [utc(t.open_time) for t in tickers]
    prices = client.ticker_price(symbols=["BTCUSDT"])
    assert isinstance(prices, list)
    assert to_pandas(prices)["price"].tolist() == [30000.0]


def test_microsecond_times_on_request(client: Spot) -> None:
    trades = client.trades("BTCUSDT", limit=1)

    frame = to_pandas(trades, microseconds=True)

    assert frame["time"].tolist() == [pandas.Timestamp(trades[0].time, unit="us", tz="UTC")]


def test_an_empty_list_is_an_empty_frame() -> None:
    assert to_pandas([]).empty


def test_rows_of_different_models_are_refused(client: Spot) -> None:
    mixed = [*client.trades("BTCUSDT", limit=1), *client.agg_trades("BTCUSDT", limit=1)]

    with pytest.raises(ParameterError, match="expected models of one type, got RecentTrade and others"):
        to_pandas(mixed)


def test_without_pandas_the_error_names_the_extra(client: Spot, monkeypatch: pytest.MonkeyPatch) -> None:
    trades = client.trades("BTCUSDT", limit=1)
    monkeypatch.setitem(sys.modules, "pandas", None)  # what a missing package looks like to `import`

    with pytest.raises(MissingExtraError) as missing:
        to_pandas(trades)

    assert str(missing.value) == 'to_pandas needs pandas: pip install "binance-spot-client[pandas]"'
    assert missing.value.extra == "pandas"
