"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="PredictionLastTradePrice")


@_attrs_define
class PredictionLastTradePrice(AdditionalProperties[Any]):
    """Latest trade price of a market.

    Attributes:
        market_id (int): The market.
        last_trade_price (str): Price of its latest trade.
    """

    market_id: int
    last_trade_price: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def last_trade_price_decimal(self) -> Decimal:
        """`last_trade_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.last_trade_price)

    def to_dict(self) -> dict[str, Any]:
        market_id = self.market_id

        last_trade_price = self.last_trade_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "marketId": market_id,
                "lastTradePrice": last_trade_price,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["marketId"],
            d["lastTradePrice"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"marketId", "lastTradePrice"})
