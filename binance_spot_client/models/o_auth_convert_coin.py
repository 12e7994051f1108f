"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="OAuthConvertCoin")


@_attrs_define
class OAuthConvertCoin(AdditionalProperties[Any]):
    """
    Attributes:
        asset_code (str):
        asset_name (str | Unset):
        logo_url (str | Unset):
        size (str | Unset):
        order (int | Unset):
        free_asset (str | Unset): The user's free amount of this coin.
        sub_selector (list[OAuthConvertTarget] | Unset): The coins this one converts to, with their limits.
    """

    asset_code: str
    asset_name: str | Unset = UNSET
    logo_url: str | Unset = UNSET
    size: str | Unset = UNSET
    order: int | Unset = UNSET
    free_asset: str | Unset = UNSET
    sub_selector: list[OAuthConvertTarget] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def free_asset_decimal(self) -> Decimal | Unset:
        """`free_asset` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.free_asset, Unset) else Decimal(self.free_asset)

    def to_dict(self) -> dict[str, Any]:
        asset_code = self.asset_code

        asset_name = self.asset_name

        logo_url = self.logo_url

        size = self.size

        order = self.order

        free_asset = self.free_asset

        sub_selector: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_selector, Unset):
            sub_selector = []
            for sub_selector_item_data in self.sub_selector:
                sub_selector_item = sub_selector_item_data.to_dict()
                sub_selector.append(sub_selector_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assetCode": asset_code,
            }
        )
        if asset_name is not UNSET:
            field_dict["assetName"] = asset_name
        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        if size is not UNSET:
            field_dict["size"] = size
        if order is not UNSET:
            field_dict["order"] = order
        if free_asset is not UNSET:
            field_dict["freeAsset"] = free_asset
        if sub_selector is not UNSET:
            field_dict["subSelector"] = sub_selector

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _sub_selector = d.get("subSelector", UNSET)
        sub_selector: list[OAuthConvertTarget] | Unset = (
            UNSET if _sub_selector is UNSET else [OAuthConvertTarget.from_dict(item) for item in _sub_selector]
        )

        _instance = cls(
            d["assetCode"],
            d.get("assetName", UNSET),
            d.get("logoUrl", UNSET),
            d.get("size", UNSET),
            d.get("order", UNSET),
            d.get("freeAsset", UNSET),
            sub_selector,
        )
        if len(d) > 1 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.o_auth_convert_target import OAuthConvertTarget  # noqa: E402

_WIRE_NAMES = frozenset({"assetCode", "assetName", "logoUrl", "size", "order", "freeAsset", "subSelector"})
