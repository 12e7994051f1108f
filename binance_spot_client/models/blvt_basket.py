"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="BlvtBasket")


@_attrs_define
class BlvtBasket(AdditionalProperties[Any]):
    """A futures position held by a leveraged token.

    Attributes:
        symbol (str): Futures symbol.
        amount (str): Position size; negative for short.
        notional_value (str): Notional value of the position.
    """

    symbol: str
    amount: str
    notional_value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    @property
    def notional_value_decimal(self) -> Decimal:
        """`notional_value` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.notional_value)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        amount = self.amount

        notional_value = self.notional_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "amount": amount,
                "notionalValue": notional_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["symbol"],
            d["amount"],
            d["notionalValue"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"symbol", "amount", "notionalValue"})
