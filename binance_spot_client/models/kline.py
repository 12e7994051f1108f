"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Kline")


@_attrs_define
class Kline:
    """One candlestick bar as a positional array of twelve values.

    Attributes:
        open_time (int): Bar open time, in milliseconds; identifies the bar.
        open_ (str): First trade price of the bar.
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
    open_: str
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

    def to_dict(self) -> list[Any]:
        return [
            self.open_time,
            self.open_,
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
        open_time = d[0]

        open_ = d[1]

        high = d[2]

        low = d[3]

        close = d[4]

        volume = d[5]

        close_time = d[6]

        quote_asset_volume = d[7]

        number_of_trades = d[8]

        taker_buy_base_asset_volume = d[9]

        taker_buy_quote_asset_volume = d[10]

        unused = d[11]

        _instance = cls(
            open_time=open_time,
            open_=open_,
            high=high,
            low=low,
            close=close,
            volume=volume,
            close_time=close_time,
            quote_asset_volume=quote_asset_volume,
            number_of_trades=number_of_trades,
            taker_buy_base_asset_volume=taker_buy_base_asset_volume,
            taker_buy_quote_asset_volume=taker_buy_quote_asset_volume,
            unused=unused,
        )

        return _instance
