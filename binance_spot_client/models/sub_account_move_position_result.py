"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountMovePositionResult")


@_attrs_define
class SubAccountMovePositionResult(AdditionalProperties[Any]):
    """Answer to a position move.

    Attributes:
        move_position_orders (list[SubAccountMovePositionOrder]):
    """

    move_position_orders: list[SubAccountMovePositionOrder]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        move_position_orders = []
        for move_position_orders_item_data in self.move_position_orders:
            move_position_orders_item = move_position_orders_item_data.to_dict()
            move_position_orders.append(move_position_orders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "movePositionOrders": move_position_orders,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        move_position_orders = [SubAccountMovePositionOrder.from_dict(item) for item in d["movePositionOrders"]]

        _instance = cls(
            move_position_orders,
        )
        if len(d) > 1 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.sub_account_move_position_order import SubAccountMovePositionOrder  # noqa: E402

_WIRE_NAMES = frozenset({"movePositionOrders"})
