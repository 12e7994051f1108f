"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="EquityQuote")


@_attrs_define
class EquityQuote(AdditionalProperties[Any]):
    """Best bid and ask of a US equity.

    Attributes:
        symbol (str):
        bid_price (str):
        ask_price (str):
        bid_size (int): Shares bid at `bidPrice`.
        ask_size (int): Shares offered at `askPrice`.
    """

    symbol: str
    bid_price: str
    ask_price: str
    bid_size: int
    ask_size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def bid_price_decimal(self) -> Decimal:
        """`bid_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.bid_price)

    @property
    def ask_price_decimal(self) -> Decimal:
        """`ask_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.ask_price)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        bid_price = self.bid_price

        ask_price = self.ask_price

        bid_size = self.bid_size

        ask_size = self.ask_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "bidPrice": bid_price,
                "askPrice": ask_price,
                "bidSize": bid_size,
                "askSize": ask_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["symbol"],
            d["bidPrice"],
            d["askPrice"],
            d["bidSize"],
            d["askSize"],
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"symbol", "bidPrice", "askPrice", "bidSize", "askSize"})
