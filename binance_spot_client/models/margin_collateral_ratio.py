"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="MarginCollateralRatio")


@_attrs_define
class MarginCollateralRatio(AdditionalProperties[Any]):
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
        d = src_dict
        collaterals = [MarginCollateralBracket.from_dict(item) for item in d["collaterals"]]
        asset_names = d["assetNames"]

        _instance = cls(
            collaterals,
            asset_names,
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.margin_collateral_bracket import MarginCollateralBracket  # noqa: E402

_WIRE_NAMES = frozenset({"collaterals", "assetNames"})
