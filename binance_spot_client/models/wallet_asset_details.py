"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="WalletAssetDetails")


@_attrs_define
class WalletAssetDetails(AdditionalProperties["WalletAssetDetail"]):
    """Asset details keyed by asset code."""

    additional_properties: dict[str, WalletAssetDetail] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        _instance = cls()
        if src_dict:
            _instance.additional_properties = {
                key: WalletAssetDetail.from_dict(value) for key, value in src_dict.items()
            }
        return _instance


from ..models.wallet_asset_detail import WalletAssetDetail  # noqa: E402
