"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from ..signing import StructModel

T = TypeVar("T", bound="Ticker24HrFull")


class Ticker24HrFull(
    StructModel,
    rename="camel",
):
    """Full statistics of a symbol over the last 24 hours.

    Attributes:
        symbol (str): The trading pair.
        price_change (str): Last price minus open price.
        price_change_percent (str): Price change relative to the open price
        weighted_avg_price (str): Volume-weighted average price (quote volume divided by volume).
        prev_close_price (str): Close price of the previous 24-hour window.
        last_price (str): Price of the latest trade.
        last_qty (str): Quantity of the latest trade.
        bid_price (str): Current best bid price.
        bid_qty (str): Quantity at the best bid.
        ask_price (str): Current best ask price.
        ask_qty (str): Quantity at the best ask.
        open_price (str): First price of the window.
        high_price (str): Highest price in the window.
        low_price (str): Lowest price in the window.
        volume (str): Quantity traded in the window
        quote_volume (str): Value traded in the window
        open_time (int): Start of the window
        close_time (int): End of the window
        first_id (int): Id of the first trade in the window.
        last_id (int): Id of the last trade in the window.
        count (int): Number of trades in the window.
    """

    symbol: str
    price_change: str
    price_change_percent: str
    weighted_avg_price: str
    prev_close_price: str
    last_price: str
    last_qty: str
    bid_price: str
    bid_qty: str
    ask_price: str
    ask_qty: str
    open_price: str
    high_price: str
    low_price: str
    volume: str
    quote_volume: str
    open_time: int
    close_time: int
    first_id: int
    last_id: int
    count: int

    @property
    def price_change_decimal(self) -> Decimal:
        """`price_change` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.price_change)

    @property
    def price_change_percent_decimal(self) -> Decimal:
        """`price_change_percent` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.price_change_percent)

    @property
    def weighted_avg_price_decimal(self) -> Decimal:
        """`weighted_avg_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.weighted_avg_price)

    @property
    def prev_close_price_decimal(self) -> Decimal:
        """`prev_close_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.prev_close_price)

    @property
    def last_price_decimal(self) -> Decimal:
        """`last_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.last_price)

    @property
    def last_qty_decimal(self) -> Decimal:
        """`last_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.last_qty)

    @property
    def bid_price_decimal(self) -> Decimal:
        """`bid_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.bid_price)

    @property
    def bid_qty_decimal(self) -> Decimal:
        """`bid_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.bid_qty)

    @property
    def ask_price_decimal(self) -> Decimal:
        """`ask_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.ask_price)

    @property
    def ask_qty_decimal(self) -> Decimal:
        """`ask_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.ask_qty)

    @property
    def open_price_decimal(self) -> Decimal:
        """`open_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.open_price)

    @property
    def high_price_decimal(self) -> Decimal:
        """`high_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.high_price)

    @property
    def low_price_decimal(self) -> Decimal:
        """`low_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.low_price)

    @property
    def volume_decimal(self) -> Decimal:
        """`volume` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.volume)

    @property
    def quote_volume_decimal(self) -> Decimal:
        """`quote_volume` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.quote_volume)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        price_change = self.price_change

        price_change_percent = self.price_change_percent

        weighted_avg_price = self.weighted_avg_price

        prev_close_price = self.prev_close_price

        last_price = self.last_price

        last_qty = self.last_qty

        bid_price = self.bid_price

        bid_qty = self.bid_qty

        ask_price = self.ask_price

        ask_qty = self.ask_qty

        open_price = self.open_price

        high_price = self.high_price

        low_price = self.low_price

        volume = self.volume

        quote_volume = self.quote_volume

        open_time = self.open_time

        close_time = self.close_time

        first_id = self.first_id

        last_id = self.last_id

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "priceChange": price_change,
                "priceChangePercent": price_change_percent,
                "weightedAvgPrice": weighted_avg_price,
                "prevClosePrice": prev_close_price,
                "lastPrice": last_price,
                "lastQty": last_qty,
                "bidPrice": bid_price,
                "bidQty": bid_qty,
                "askPrice": ask_price,
                "askQty": ask_qty,
                "openPrice": open_price,
                "highPrice": high_price,
                "lowPrice": low_price,
                "volume": volume,
                "quoteVolume": quote_volume,
                "openTime": open_time,
                "closeTime": close_time,
                "firstId": first_id,
                "lastId": last_id,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # the answer's decoder already built it (its answer plan's fast decoder)
            return src_dict
        d = src_dict

        _instance = cls(
            d["symbol"],
            d["priceChange"],
            d["priceChangePercent"],
            d["weightedAvgPrice"],
            d["prevClosePrice"],
            d["lastPrice"],
            d["lastQty"],
            d["bidPrice"],
            d["bidQty"],
            d["askPrice"],
            d["askQty"],
            d["openPrice"],
            d["highPrice"],
            d["lowPrice"],
            d["volume"],
            d["quoteVolume"],
            d["openTime"],
            d["closeTime"],
            d["firstId"],
            d["lastId"],
            d["count"],
        )
        if len(d) > 21 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "symbol",
        "priceChange",
        "priceChangePercent",
        "weightedAvgPrice",
        "prevClosePrice",
        "lastPrice",
        "lastQty",
        "bidPrice",
        "bidQty",
        "askPrice",
        "askQty",
        "openPrice",
        "highPrice",
        "lowPrice",
        "volume",
        "quoteVolume",
        "openTime",
        "closeTime",
        "firstId",
        "lastId",
        "count",
    }
)
