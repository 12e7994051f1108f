"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="PortfolioMarginRiskUnit")


@_attrs_define
class PortfolioMarginRiskUnit(AdditionalProperties[Any]):
    """Maintenance margin of one risk unit.

    Attributes:
        asset (str): Risk unit (asset).
        uni_maintain_usd (str): Maintenance margin of the risk unit, in USD.
    """

    asset: str
    uni_maintain_usd: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def uni_maintain_usd_decimal(self) -> Decimal:
        """`uni_maintain_usd` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.uni_maintain_usd)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        uni_maintain_usd = self.uni_maintain_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "uniMaintainUsd": uni_maintain_usd,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["asset"],
            d["uniMaintainUsd"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"asset", "uniMaintainUsd"})
