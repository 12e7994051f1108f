"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sub_account_margin_totals import SubAccountMarginTotals


T = TypeVar("T", bound="SubAccountMarginSummary")


@_attrs_define
class SubAccountMarginSummary:
    """Margin totals of all sub-accounts.

    Attributes:
        total_asset_of_btc (str): Total assets of all sub-accounts, in BTC.
        total_liability_of_btc (str): Total liabilities, in BTC.
        total_net_asset_of_btc (str): Net assets, in BTC.
        sub_account_list (list[SubAccountMarginTotals]):
    """

    total_asset_of_btc: str
    total_liability_of_btc: str
    total_net_asset_of_btc: str
    sub_account_list: list[SubAccountMarginTotals]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_asset_of_btc = self.total_asset_of_btc

        total_liability_of_btc = self.total_liability_of_btc

        total_net_asset_of_btc = self.total_net_asset_of_btc

        sub_account_list = []
        for sub_account_list_item_data in self.sub_account_list:
            sub_account_list_item = sub_account_list_item_data.to_dict()
            sub_account_list.append(sub_account_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalAssetOfBtc": total_asset_of_btc,
                "totalLiabilityOfBtc": total_liability_of_btc,
                "totalNetAssetOfBtc": total_net_asset_of_btc,
                "subAccountList": sub_account_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sub_account_margin_totals import SubAccountMarginTotals

        d = dict(src_dict)
        total_asset_of_btc = d.pop("totalAssetOfBtc")

        total_liability_of_btc = d.pop("totalLiabilityOfBtc")

        total_net_asset_of_btc = d.pop("totalNetAssetOfBtc")

        sub_account_list = []
        _sub_account_list = d.pop("subAccountList")
        for sub_account_list_item_data in _sub_account_list:
            sub_account_list_item = SubAccountMarginTotals.from_dict(sub_account_list_item_data)

            sub_account_list.append(sub_account_list_item)

        _instance = cls(
            total_asset_of_btc=total_asset_of_btc,
            total_liability_of_btc=total_liability_of_btc,
            total_net_asset_of_btc=total_net_asset_of_btc,
            sub_account_list=sub_account_list,
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
