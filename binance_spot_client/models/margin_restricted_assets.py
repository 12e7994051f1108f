"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="MarginRestrictedAssets")


@_attrs_define
class MarginRestrictedAssets(AdditionalProperties[Any]):
    """Assets under a margin restriction.

    Attributes:
        open_long_restricted_asset (list[str]): Assets that cannot be bought on margin at present.
        max_collateral_exceeded_asset (list[str]): Assets whose collateral cap has been reached.
    """

    open_long_restricted_asset: list[str]
    max_collateral_exceeded_asset: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_long_restricted_asset = self.open_long_restricted_asset

        max_collateral_exceeded_asset = self.max_collateral_exceeded_asset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "openLongRestrictedAsset": open_long_restricted_asset,
                "maxCollateralExceededAsset": max_collateral_exceeded_asset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        open_long_restricted_asset = d["openLongRestrictedAsset"]
        max_collateral_exceeded_asset = d["maxCollateralExceededAsset"]

        _instance = cls(
            open_long_restricted_asset,
            max_collateral_exceeded_asset,
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"openLongRestrictedAsset", "maxCollateralExceededAsset"})
