"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountDeliverySummary")


@_attrs_define
class SubAccountDeliverySummary(AdditionalProperties[Any]):
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

    @property
    def total_margin_balance_of_btc_decimal(self) -> Decimal:
        """`total_margin_balance_of_btc` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_margin_balance_of_btc)

    @property
    def total_unrealized_profit_of_btc_decimal(self) -> Decimal:
        """`total_unrealized_profit_of_btc` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_unrealized_profit_of_btc)

    @property
    def total_wallet_balance_of_btc_decimal(self) -> Decimal:
        """`total_wallet_balance_of_btc` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_wallet_balance_of_btc)

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
        d = src_dict
        sub_account_list = [SubAccountDeliveryTotals.from_dict(item) for item in d["subAccountList"]]

        _instance = cls(
            d["totalMarginBalanceOfBTC"],
            d["totalUnrealizedProfitOfBTC"],
            d["totalWalletBalanceOfBTC"],
            d["asset"],
            sub_account_list,
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.sub_account_delivery_totals import SubAccountDeliveryTotals  # noqa: E402

_WIRE_NAMES = frozenset(
    {"totalMarginBalanceOfBTC", "totalUnrealizedProfitOfBTC", "totalWalletBalanceOfBTC", "asset", "subAccountList"}
)
