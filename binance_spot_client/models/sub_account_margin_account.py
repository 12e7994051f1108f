"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sub_account_margin_asset import SubAccountMarginAsset
    from ..models.sub_account_margin_ratios import SubAccountMarginRatios


T = TypeVar("T", bound="SubAccountMarginAccount")


@_attrs_define
class SubAccountMarginAccount:
    """Cross margin account of a sub-account.

    Attributes:
        email (str): Email of the sub-account.
        margin_level (str): Current margin level.
        total_asset_of_btc (str): Total assets, in BTC.
        total_liability_of_btc (str): Total liabilities, in BTC.
        total_net_asset_of_btc (str): Net assets, in BTC.
        margin_trade_coeff_vo (SubAccountMarginRatios): Margin level thresholds of a margin account.
        margin_user_asset_vo_list (list[SubAccountMarginAsset]):
    """

    email: str
    margin_level: str
    total_asset_of_btc: str
    total_liability_of_btc: str
    total_net_asset_of_btc: str
    margin_trade_coeff_vo: SubAccountMarginRatios
    margin_user_asset_vo_list: list[SubAccountMarginAsset]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        margin_level = self.margin_level

        total_asset_of_btc = self.total_asset_of_btc

        total_liability_of_btc = self.total_liability_of_btc

        total_net_asset_of_btc = self.total_net_asset_of_btc

        margin_trade_coeff_vo = self.margin_trade_coeff_vo.to_dict()

        margin_user_asset_vo_list = []
        for margin_user_asset_vo_list_item_data in self.margin_user_asset_vo_list:
            margin_user_asset_vo_list_item = margin_user_asset_vo_list_item_data.to_dict()
            margin_user_asset_vo_list.append(margin_user_asset_vo_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "marginLevel": margin_level,
                "totalAssetOfBtc": total_asset_of_btc,
                "totalLiabilityOfBtc": total_liability_of_btc,
                "totalNetAssetOfBtc": total_net_asset_of_btc,
                "marginTradeCoeffVo": margin_trade_coeff_vo,
                "marginUserAssetVoList": margin_user_asset_vo_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sub_account_margin_asset import SubAccountMarginAsset
        from ..models.sub_account_margin_ratios import SubAccountMarginRatios

        d = dict(src_dict)
        email = d.pop("email")

        margin_level = d.pop("marginLevel")

        total_asset_of_btc = d.pop("totalAssetOfBtc")

        total_liability_of_btc = d.pop("totalLiabilityOfBtc")

        total_net_asset_of_btc = d.pop("totalNetAssetOfBtc")

        margin_trade_coeff_vo = SubAccountMarginRatios.from_dict(d.pop("marginTradeCoeffVo"))

        margin_user_asset_vo_list = []
        _margin_user_asset_vo_list = d.pop("marginUserAssetVoList")
        for margin_user_asset_vo_list_item_data in _margin_user_asset_vo_list:
            margin_user_asset_vo_list_item = SubAccountMarginAsset.from_dict(margin_user_asset_vo_list_item_data)

            margin_user_asset_vo_list.append(margin_user_asset_vo_list_item)

        _instance = cls(
            email=email,
            margin_level=margin_level,
            total_asset_of_btc=total_asset_of_btc,
            total_liability_of_btc=total_liability_of_btc,
            total_net_asset_of_btc=total_net_asset_of_btc,
            margin_trade_coeff_vo=margin_trade_coeff_vo,
            margin_user_asset_vo_list=margin_user_asset_vo_list,
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
