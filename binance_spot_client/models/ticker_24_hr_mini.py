"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from ..signing import StructModel

T = TypeVar("T", bound="Ticker24HrMini")


class Ticker24HrMini(
    StructModel,
    rename="camel",
):
    """Reduced statistics of a symbol over the last 24 hours (`type=MINI`).

    Attributes:
        symbol (str): The trading pair.
        open_price (str): First price of the window.
        high_price (str): Highest price in the window.
        low_price (str): Lowest price in the window.
        last_price (str): Price of the latest trade (the window's close).
        volume (str): Quantity traded in the window
        quote_volume (str): Value traded in the window
        open_time (int): Start of the window
        close_time (int): End of the window
        first_id (int): Id of the first trade in the window.
        last_id (int): Id of the last trade in the window.
        count (int): Number of trades in the window.
    """

    symbol: str
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
        if len(d) > 12 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "symbol",
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
