"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="PortfolioMarginTieredCollateralRate")


@_attrs_define
class PortfolioMarginTieredCollateralRate(AdditionalProperties[Any]):
    """Tiered collateral rates of an asset.

    Attributes:
        asset (str):
        collateral_info (list[PortfolioMarginCollateralTier]):
    """

    asset: str
    collateral_info: list[PortfolioMarginCollateralTier]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        collateral_info = []
        for collateral_info_item_data in self.collateral_info:
            collateral_info_item = collateral_info_item_data.to_dict()
            collateral_info.append(collateral_info_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "collateralInfo": collateral_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        collateral_info = [PortfolioMarginCollateralTier.from_dict(item) for item in d["collateralInfo"]]

        _instance = cls(
            d["asset"],
            collateral_info,
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.portfolio_margin_collateral_tier import PortfolioMarginCollateralTier  # noqa: E402

_WIRE_NAMES = frozenset({"asset", "collateralInfo"})
