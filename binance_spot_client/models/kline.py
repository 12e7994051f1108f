"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from ..signing import Row, former_attribute

T = TypeVar("T", bound="Kline")


class Kline(Row):
    """One candlestick bar as a positional array of twelve values.

    Attributes:
        open_time (int): Bar open time, in milliseconds; identifies the bar.
        open (str): First trade price of the bar.
        high (str): Highest trade price of the bar.
        low (str): Lowest trade price of the bar.
        close (str): Last trade price of the bar (latest price while the bar is open).
        volume (str): Quantity traded, in the base asset.
        close_time (int): Bar close time, in milliseconds.
        quote_asset_volume (str): Value traded, in the quote asset.
        number_of_trades (int): Number of trades in the bar.
        taker_buy_base_asset_volume (str): Base asset quantity bought by takers.
        taker_buy_quote_asset_volume (str): Quote asset value bought by takers.
        unused (str): Placeholder with no meaning; ignore it.
    """

    open_time: int
    open: str
    high: str
    low: str
    close: str
    volume: str
    close_time: int
    quote_asset_volume: str
    number_of_trades: int
    taker_buy_base_asset_volume: str
    taker_buy_quote_asset_volume: str
    unused: str

    @property
    def open_decimal(self) -> Decimal:
        """`open` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.open)

    @property
    def high_decimal(self) -> Decimal:
        """`high` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.high)

    @property
    def low_decimal(self) -> Decimal:
        """`low` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.low)

    @property
    def close_decimal(self) -> Decimal:
        """`close` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.close)

    @property
    def volume_decimal(self) -> Decimal:
        """`volume` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.volume)

    @property
    def quote_asset_volume_decimal(self) -> Decimal:
        """`quote_asset_volume` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.quote_asset_volume)

    @property
    def taker_buy_base_asset_volume_decimal(self) -> Decimal:
        """`taker_buy_base_asset_volume` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.taker_buy_base_asset_volume)

    @property
    def taker_buy_quote_asset_volume_decimal(self) -> Decimal:
        """`taker_buy_quote_asset_volume` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.taker_buy_quote_asset_volume)

    open_: ClassVar[Any] = former_attribute("open_", "open")
    open__decimal: ClassVar[Any] = former_attribute("open__decimal", "open_decimal")

    def to_dict(self) -> list[Any]:
        return [
            self.open_time,
            self.open,
            self.high,
            self.low,
            self.close,
            self.volume,
            self.close_time,
            self.quote_asset_volume,
            self.number_of_trades,
            self.taker_buy_base_asset_volume,
            self.taker_buy_quote_asset_volume,
            self.unused,
        ]

    @classmethod
    def from_dict(cls: type[T], src_dict: Sequence[Any]) -> T:
        d = src_dict

        _instance = cls(
            d[0],
            d[1],
            d[2],
            d[3],
            d[4],
            d[5],
            d[6],
            d[7],
            d[8],
            d[9],
            d[10],
            d[11],
        )
        return _instance
