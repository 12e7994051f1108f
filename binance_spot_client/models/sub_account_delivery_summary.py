"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sub_account_delivery_totals import SubAccountDeliveryTotals


T = TypeVar("T", bound="SubAccountDeliverySummary")


@_attrs_define
class SubAccountDeliverySummary:
    """COIN-M futures totals of all sub-accounts.

    Attributes:
        total_margin_balance_of_btc (str): Total margin balance, in BTC.
        total_unrealized_profit_of_btc (str): Total unrealized profit or loss, in BTC.
        total_wallet_balance_of_btc (str): Total wallet balance, in BTC.
        asset (str): Asset the totals are given in.
        sub_account_list (list[SubAccountDeliveryTotals]):
    """

    total_margin_balance_of_btc: str
    total_unrealized_profit_of_btc: str
    total_wallet_balance_of_btc: str
    asset: str
    sub_account_list: list[SubAccountDeliveryTotals]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_margin_balance_of_btc = self.total_margin_balance_of_btc

        total_unrealized_profit_of_btc = self.total_unrealized_profit_of_btc

        total_wallet_balance_of_btc = self.total_wallet_balance_of_btc

        asset = self.asset

        sub_account_list = []
        for sub_account_list_item_data in self.sub_account_list:
            sub_account_list_item = sub_account_list_item_data.to_dict()
            sub_account_list.append(sub_account_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalMarginBalanceOfBTC": total_margin_balance_of_btc,
                "totalUnrealizedProfitOfBTC": total_unrealized_profit_of_btc,
                "totalWalletBalanceOfBTC": total_wallet_balance_of_btc,
                "asset": asset,
                "subAccountList": sub_account_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sub_account_delivery_totals import SubAccountDeliveryTotals

        d = dict(src_dict)
        total_margin_balance_of_btc = d.pop("totalMarginBalanceOfBTC")

        total_unrealized_profit_of_btc = d.pop("totalUnrealizedProfitOfBTC")

        total_wallet_balance_of_btc = d.pop("totalWalletBalanceOfBTC")

        asset = d.pop("asset")

        sub_account_list = []
        _sub_account_list = d.pop("subAccountList")
        for sub_account_list_item_data in _sub_account_list:
            sub_account_list_item = SubAccountDeliveryTotals.from_dict(sub_account_list_item_data)

            sub_account_list.append(sub_account_list_item)

        _instance = cls(
            total_margin_balance_of_btc=total_margin_balance_of_btc,
            total_unrealized_profit_of_btc=total_unrealized_profit_of_btc,
            total_wallet_balance_of_btc=total_wallet_balance_of_btc,
            asset=asset,
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
