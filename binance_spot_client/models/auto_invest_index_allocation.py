"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="AutoInvestIndexAllocation")


@_attrs_define
class AutoInvestIndexAllocation(AdditionalProperties[Any]):
    """Weight of one asset in an index.

    Attributes:
        target_asset (str): Asset in the index.
        allocation (str): Weight of the asset, in percent.
    """

    target_asset: str
    allocation: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def allocation_decimal(self) -> Decimal:
        """`allocation` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.allocation)

    def to_dict(self) -> dict[str, Any]:
        target_asset = self.target_asset

        allocation = self.allocation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "targetAsset": target_asset,
                "allocation": allocation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["targetAsset"],
            d["allocation"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"targetAsset", "allocation"})
