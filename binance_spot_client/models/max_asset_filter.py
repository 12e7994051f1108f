"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.max_asset_filter_filter_type import MaxAssetFilterFilterType

T = TypeVar("T", bound="MaxAssetFilter")


@_attrs_define
class MaxAssetFilter:
    """Caps how much of one asset a single order may move: the quantity when the asset is the symbol's base, the notional
    when it is the quote. Applies to every symbol containing the asset.

        Example:
            {'filterType': 'MAX_ASSET', 'asset': 'USDC', 'limit': '42.00000000'}

        Attributes:
            filter_type (MaxAssetFilterFilterType): Always `MAX_ASSET`.
            asset (str): The asset the cap applies to.
            limit (str): Largest amount of the asset per order.
    """

    filter_type: MaxAssetFilterFilterType
    asset: str
    limit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_type = self.filter_type.value

        asset = self.asset

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filterType": filter_type,
                "asset": asset,
                "limit": limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filter_type = MaxAssetFilterFilterType(d.pop("filterType"))

        asset = d.pop("asset")

        limit = d.pop("limit")

        _instance = cls(
            filter_type=filter_type,
            asset=asset,
            limit=limit,
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
