"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="AutoInvestTargetAssetList")


@_attrs_define
class AutoInvestTargetAssetList(AdditionalProperties[Any]):
    """Target assets available to Auto-Invest plans.

    Attributes:
        target_assets (list[str]): Assets that plans can buy.
        auto_invest_asset_list (list[AutoInvestTargetAsset]): The same assets with simulated returns.
    """

    target_assets: list[str]
    auto_invest_asset_list: list[AutoInvestTargetAsset]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_assets = self.target_assets

        auto_invest_asset_list = []
        for auto_invest_asset_list_item_data in self.auto_invest_asset_list:
            auto_invest_asset_list_item = auto_invest_asset_list_item_data.to_dict()
            auto_invest_asset_list.append(auto_invest_asset_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "targetAssets": target_assets,
                "autoInvestAssetList": auto_invest_asset_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        target_assets = d["targetAssets"]
        auto_invest_asset_list = [AutoInvestTargetAsset.from_dict(item) for item in d["autoInvestAssetList"]]

        _instance = cls(
            target_assets,
            auto_invest_asset_list,
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.auto_invest_target_asset import AutoInvestTargetAsset  # noqa: E402

_WIRE_NAMES = frozenset({"targetAssets", "autoInvestAssetList"})
