"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="PortfolioMarginCollateralTier")


@_attrs_define
class PortfolioMarginCollateralTier(AdditionalProperties[Any]):
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

    @property
    def tier_floor_decimal(self) -> Decimal:
        """`tier_floor` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.tier_floor)

    @property
    def tier_cap_decimal(self) -> Decimal:
        """`tier_cap` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.tier_cap)

    @property
    def collateral_rate_decimal(self) -> Decimal:
        """`collateral_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.collateral_rate)

    @property
    def cum_decimal(self) -> Decimal | Unset:
        """`cum` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.cum, Unset) else Decimal(self.cum)

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
        d = src_dict

        _instance = cls(
            d["tierFloor"],
            d["tierCap"],
            d["collateralRate"],
            d.get("cum", UNSET),
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"tierFloor", "tierCap", "collateralRate", "cum"})
