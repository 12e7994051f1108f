"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.margin_available_inventory_assets import MarginAvailableInventoryAssets


T = TypeVar("T", bound="MarginAvailableInventory")


@_attrs_define
class MarginAvailableInventory:
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
        from ..models.margin_available_inventory_assets import MarginAvailableInventoryAssets

        d = dict(src_dict)
        assets = MarginAvailableInventoryAssets.from_dict(d.pop("assets"))

        update_time = d.pop("updateTime")

        _instance = cls(
            assets=assets,
            update_time=update_time,
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
