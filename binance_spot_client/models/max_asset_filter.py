"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.max_asset_filter_filter_type import MaxAssetFilterFilterType
from ..signing import AdditionalProperties

T = TypeVar("T", bound="MaxAssetFilter")


@_attrs_define
class MaxAssetFilter(AdditionalProperties[Any]):
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

    @property
    def limit_decimal(self) -> Decimal:
        """`limit` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.limit)

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
        d = src_dict
        filter_type = _MAX_ASSET_FILTER_FILTER_TYPE.get(d["filterType"]) or MaxAssetFilterFilterType(d["filterType"])

        _instance = cls(
            filter_type,
            d["asset"],
            d["limit"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_MAX_ASSET_FILTER_FILTER_TYPE: dict[object, MaxAssetFilterFilterType] = {
    member.value: member for member in MaxAssetFilterFilterType
}

_WIRE_NAMES = frozenset({"filterType", "asset", "limit"})
