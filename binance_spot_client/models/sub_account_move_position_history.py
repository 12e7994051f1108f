"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountMovePositionHistory")


@_attrs_define
class SubAccountMovePositionHistory(AdditionalProperties[Any]):
    """A page of position moves.

    Attributes:
        total (int): Number of moves matching the query.
        future_move_position_order_vo_list (list[SubAccountMovedPosition]):
    """

    total: int
    future_move_position_order_vo_list: list[SubAccountMovedPosition]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        future_move_position_order_vo_list = []
        for future_move_position_order_vo_list_item_data in self.future_move_position_order_vo_list:
            future_move_position_order_vo_list_item = future_move_position_order_vo_list_item_data.to_dict()
            future_move_position_order_vo_list.append(future_move_position_order_vo_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "futureMovePositionOrderVoList": future_move_position_order_vo_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        future_move_position_order_vo_list = [
            SubAccountMovedPosition.from_dict(item) for item in d["futureMovePositionOrderVoList"]
        ]

        _instance = cls(
            d["total"],
            future_move_position_order_vo_list,
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.sub_account_moved_position import SubAccountMovedPosition  # noqa: E402

_WIRE_NAMES = frozenset({"total", "futureMovePositionOrderVoList"})
