"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="PortfolioMarginCollateralRate")


@_attrs_define
class PortfolioMarginCollateralRate(AdditionalProperties[Any]):
    """Collateral rate of an asset.

    Attributes:
        asset (str):
        collateral_rate (str): Share of the asset's value counted as collateral.
    """

    asset: str
    collateral_rate: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def collateral_rate_decimal(self) -> Decimal:
        """`collateral_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.collateral_rate)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        collateral_rate = self.collateral_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "collateralRate": collateral_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["asset"],
            d["collateralRate"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"asset", "collateralRate"})
