"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.margin_collateral_bracket import MarginCollateralBracket


T = TypeVar("T", bound="MarginCollateralRatio")


@_attrs_define
class MarginCollateralRatio:
    """Collateral discount bands shared by a group of assets.

    Attributes:
        collaterals (list[MarginCollateralBracket]):
        asset_names (list[str]): Assets these bands apply to.
    """

    collaterals: list[MarginCollateralBracket]
    asset_names: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collaterals = []
        for collaterals_item_data in self.collaterals:
            collaterals_item = collaterals_item_data.to_dict()
            collaterals.append(collaterals_item)

        asset_names = self.asset_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collaterals": collaterals,
                "assetNames": asset_names,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.margin_collateral_bracket import MarginCollateralBracket

        d = dict(src_dict)
        collaterals = []
        _collaterals = d.pop("collaterals")
        for collaterals_item_data in _collaterals:
            collaterals_item = MarginCollateralBracket.from_dict(collaterals_item_data)

            collaterals.append(collaterals_item)

        asset_names = cast(list[str], d.pop("assetNames"))

        _instance = cls(
            collaterals=collaterals,
            asset_names=asset_names,
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
