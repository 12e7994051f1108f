"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountSpotValue")


@_attrs_define
class SubAccountSpotValue(AdditionalProperties[Any]):
    """BTC value of one sub-account's spot assets.

    Attributes:
        email (str): Email of the sub-account.
        total_asset (str): Total spot assets, in BTC.
    """

    email: str
    total_asset: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def total_asset_decimal(self) -> Decimal:
        """`total_asset` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_asset)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        total_asset = self.total_asset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "totalAsset": total_asset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["email"],
            d["totalAsset"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"email", "totalAsset"})
