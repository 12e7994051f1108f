"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="MarginAvailableInventory")


@_attrs_define
class MarginAvailableInventory(AdditionalProperties[Any]):
    """Margin inventory left to borrow.

    Attributes:
        assets (MarginAvailableInventoryAssets): Amount still available to borrow, by asset code.
        update_time (int): When the figures were computed.
    """

    assets: MarginAvailableInventoryAssets
    update_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assets = self.assets.to_dict()

        update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assets": assets,
                "updateTime": update_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        assets = MarginAvailableInventoryAssets.from_dict(d["assets"])

        _instance = cls(
            assets,
            d["updateTime"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.margin_available_inventory_assets import MarginAvailableInventoryAssets  # noqa: E402

_WIRE_NAMES = frozenset({"assets", "updateTime"})
