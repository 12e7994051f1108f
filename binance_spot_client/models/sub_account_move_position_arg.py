"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sub_account_position_side import SubAccountPositionSide
from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SubAccountMovePositionArg")


@_attrs_define
class SubAccountMovePositionArg(AdditionalProperties[Any]):
    """One position to move between accounts.

    Attributes:
        symbol (str): Futures or options symbol.
        quantity (str): Quantity to move; a positive number.
        position_side (SubAccountPositionSide | Unset): Side of a futures position.
    """

    symbol: str
    quantity: str
    position_side: SubAccountPositionSide | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def quantity_decimal(self) -> Decimal:
        """`quantity` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.quantity)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        quantity = self.quantity

        position_side: str | Unset = UNSET
        if not isinstance(self.position_side, Unset):
            position_side = self.position_side.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "quantity": quantity,
            }
        )
        if position_side is not UNSET:
            field_dict["positionSide"] = position_side

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _position_side = d.get("positionSide", UNSET)
        position_side: SubAccountPositionSide | Unset = (
            UNSET
            if _position_side is UNSET
            else _SUB_ACCOUNT_POSITION_SIDE.get(_position_side) or SubAccountPositionSide(_position_side)
        )

        _instance = cls(
            d["symbol"],
            d["quantity"],
            position_side,
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_SUB_ACCOUNT_POSITION_SIDE: dict[object, SubAccountPositionSide] = {
    member.value: member for member in SubAccountPositionSide
}

_WIRE_NAMES = frozenset({"symbol", "quantity", "positionSide"})
