"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountManagedFuturesPosition")


@_attrs_define
class SubAccountManagedFuturesPosition(AdditionalProperties[Any]):
    """A futures position, amounts as JSON numbers.

    Attributes:
        symbol (str): Futures symbol.
        entry_price (float): Average entry price.
        mark_price (float): Mark price.
        position_amt (float): Position size.
    """

    symbol: str
    entry_price: float
    mark_price: float
    position_amt: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        entry_price = self.entry_price

        mark_price = self.mark_price

        position_amt = self.position_amt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "entryPrice": entry_price,
                "markPrice": mark_price,
                "positionAmt": position_amt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["symbol"],
            d["entryPrice"],
            d["markPrice"],
            d["positionAmt"],
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"symbol", "entryPrice", "markPrice", "positionAmt"})
