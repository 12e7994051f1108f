"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SavingsPositionChange")


@_attrs_define
class SavingsPositionChange(AdditionalProperties[Any]):
    """Outcome of moving a fixed position to flexible savings.

    Attributes:
        daily_purchase_id (int): Identifier of the resulting flexible (daily) purchase.
        success (bool): Whether the change was made.
        time (int): When it happened, UTC milliseconds.
    """

    daily_purchase_id: int
    success: bool
    time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        daily_purchase_id = self.daily_purchase_id

        success = self.success

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dailyPurchaseId": daily_purchase_id,
                "success": success,
                "time": time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["dailyPurchaseId"],
            d["success"],
            d["time"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"dailyPurchaseId", "success", "time"})
