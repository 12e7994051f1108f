"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="WalletAssetTags")


@_attrs_define
class WalletAssetTags(AdditionalProperties[Any]):
    """Tags of one spot asset.

    Attributes:
        asset_code (str): Asset code.
        asset_name (str): Asset name.
        trading (bool): Whether the asset can be traded.
        tags (list[str]): Tags (sector, chain, …) attached to the asset.
    """

    asset_code: str
    asset_name: str
    trading: bool
    tags: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_code = self.asset_code

        asset_name = self.asset_name

        trading = self.trading

        tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assetCode": asset_code,
                "assetName": asset_name,
                "trading": trading,
                "tags": tags,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        tags = d["tags"]

        _instance = cls(
            d["assetCode"],
            d["assetName"],
            d["trading"],
            tags,
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"assetCode", "assetName", "trading", "tags"})
