"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountSpotSummary")


@_attrs_define
class SubAccountSpotSummary(AdditionalProperties[Any]):
    """BTC valuation of spot assets.

    Attributes:
        total_count (int): Number of sub-accounts over all pages.
        master_account_total_asset (str): Total spot assets of the master account, in BTC.
        spot_sub_user_asset_btc_vo_list (list[SubAccountSpotValue]):
    """

    total_count: int
    master_account_total_asset: str
    spot_sub_user_asset_btc_vo_list: list[SubAccountSpotValue]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def master_account_total_asset_decimal(self) -> Decimal:
        """`master_account_total_asset` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.master_account_total_asset)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        master_account_total_asset = self.master_account_total_asset

        spot_sub_user_asset_btc_vo_list = []
        for spot_sub_user_asset_btc_vo_list_item_data in self.spot_sub_user_asset_btc_vo_list:
            spot_sub_user_asset_btc_vo_list_item = spot_sub_user_asset_btc_vo_list_item_data.to_dict()
            spot_sub_user_asset_btc_vo_list.append(spot_sub_user_asset_btc_vo_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalCount": total_count,
                "masterAccountTotalAsset": master_account_total_asset,
                "spotSubUserAssetBtcVoList": spot_sub_user_asset_btc_vo_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        spot_sub_user_asset_btc_vo_list = [
            SubAccountSpotValue.from_dict(item) for item in d["spotSubUserAssetBtcVoList"]
        ]

        _instance = cls(
            d["totalCount"],
            d["masterAccountTotalAsset"],
            spot_sub_user_asset_btc_vo_list,
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.sub_account_spot_value import SubAccountSpotValue  # noqa: E402

_WIRE_NAMES = frozenset({"totalCount", "masterAccountTotalAsset", "spotSubUserAssetBtcVoList"})
