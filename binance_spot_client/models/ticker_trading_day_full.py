"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TickerTradingDayFull")


@_attrs_define
class TickerTradingDayFull:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        symbol = d.pop("symbol")

        price_change = d.pop("priceChange")

        price_change_percent = d.pop("priceChangePercent")

        weighted_avg_price = d.pop("weightedAvgPrice")

        open_price = d.pop("openPrice")

        high_price = d.pop("highPrice")

        low_price = d.pop("lowPrice")

        last_price = d.pop("lastPrice")

        volume = d.pop("volume")

        quote_volume = d.pop("quoteVolume")

        open_time = d.pop("openTime")

        close_time = d.pop("closeTime")

        first_id = d.pop("firstId")

        last_id = d.pop("lastId")

        count = d.pop("count")

        _instance = cls(
            symbol=symbol,
            price_change=price_change,
            price_change_percent=price_change_percent,
            weighted_avg_price=weighted_avg_price,
            open_price=open_price,
            high_price=high_price,
            low_price=low_price,
            last_price=last_price,
            volume=volume,
            quote_volume=quote_volume,
            open_time=open_time,
            close_time=close_time,
            first_id=first_id,
            last_id=last_id,
            count=count,
        )

        _instance.additional_properties = d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
