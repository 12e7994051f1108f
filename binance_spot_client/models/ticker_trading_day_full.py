"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from ..signing import StructModel

T = TypeVar("T", bound="TickerTradingDayFull")


class TickerTradingDayFull(
    StructModel,
    rename="camel",
):
    """Full statistics of a symbol for the current trading day.

    Attributes:
        symbol (str): The trading pair.
        price_change (str): Last price minus open price.
        price_change_percent (str): Price change relative to the open price
        weighted_avg_price (str): Volume-weighted average price (quote volume divided by volume).
        open_price (str): First price of the trading day.
        high_price (str): Highest price of the trading day.
        low_price (str): Lowest price of the trading day.
        last_price (str): Price of the latest trade.
        volume (str): Quantity traded
        quote_volume (str): Value traded
        open_time (int): Start of the trading day
        close_time (int): End of the trading day
        first_id (int): Id of the first trade of the day.
        last_id (int): Id of the last trade of the day.
        count (int): Number of trades in the day.
    """

    symbol: str
    price_change: str
    price_change_percent: str
    weighted_avg_price: str
    open_price: str
    high_price: str
    low_price: str
    last_price: str
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
    def last_price_decimal(self) -> Decimal:
        """`last_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.last_price)

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

        open_price = self.open_price

        high_price = self.high_price

        low_price = self.low_price

        last_price = self.last_price

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
                "openPrice": open_price,
                "highPrice": high_price,
                "lowPrice": low_price,
                "lastPrice": last_price,
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
            d["openPrice"],
            d["highPrice"],
            d["lowPrice"],
            d["lastPrice"],
            d["volume"],
            d["quoteVolume"],
            d["openTime"],
            d["closeTime"],
            d["firstId"],
            d["lastId"],
            d["count"],
        )
        if len(d) > 15 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "symbol",
        "priceChange",
        "priceChangePercent",
        "weightedAvgPrice",
        "openPrice",
        "highPrice",
        "lowPrice",
        "lastPrice",
        "volume",
        "quoteVolume",
        "openTime",
        "closeTime",
        "firstId",
        "lastId",
        "count",
    }
)
