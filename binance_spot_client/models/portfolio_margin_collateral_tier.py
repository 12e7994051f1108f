"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PortfolioMarginCollateralTier")


@_attrs_define
class PortfolioMarginCollateralTier:
    """One collateral tier of an asset.

    Attributes:
        tier_floor (str): Lower bound of the tier, in units of the asset.
        tier_cap (str): Upper bound of the tier.
        collateral_rate (str): Share of the value within the tier counted as collateral.
        cum (str | Unset): Quick-calculation amount of the tier (collateral credited by the lower tiers); not in every
            answer.
    """

    tier_floor: str
    tier_cap: str
    collateral_rate: str
    cum: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tier_floor = self.tier_floor

        tier_cap = self.tier_cap

        collateral_rate = self.collateral_rate

        cum = self.cum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tierFloor": tier_floor,
                "tierCap": tier_cap,
                "collateralRate": collateral_rate,
            }
        )
        if cum is not UNSET:
            field_dict["cum"] = cum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tier_floor = d.pop("tierFloor")

        tier_cap = d.pop("tierCap")

        collateral_rate = d.pop("collateralRate")

        cum = d.pop("cum", UNSET)

        _instance = cls(
            tier_floor=tier_floor,
            tier_cap=tier_cap,
            collateral_rate=collateral_rate,
            cum=cum,
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
