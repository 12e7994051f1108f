"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountFuturesSummary")


@_attrs_define
class SubAccountFuturesSummary(AdditionalProperties[Any]):
    """USDⓈ-M futures totals of all sub-accounts.

    Attributes:
        total_initial_margin (str): Total initial margin in use, summed over all sub-accounts.
        total_maintenance_margin (str): Total maintenance margin required, summed over all sub-accounts.
        total_margin_balance (str): Total margin balance, summed over all sub-accounts.
        total_open_order_initial_margin (str): Total initial margin of open orders, summed over all sub-accounts.
        total_position_initial_margin (str): Total initial margin of positions, summed over all sub-accounts.
        total_unrealized_profit (str): Total unrealized profit or loss, summed over all sub-accounts.
        total_wallet_balance (str): Total wallet balance, summed over all sub-accounts.
        asset (str): Unit of the totals; `USD` means USDT and BUSD summed.
        sub_account_list (list[SubAccountFuturesTotals]):
    """

    total_initial_margin: str
    total_maintenance_margin: str
    total_margin_balance: str
    total_open_order_initial_margin: str
    total_position_initial_margin: str
    total_unrealized_profit: str
    total_wallet_balance: str
    asset: str
    sub_account_list: list[SubAccountFuturesTotals]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def total_initial_margin_decimal(self) -> Decimal:
        """`total_initial_margin` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_initial_margin)

    @property
    def total_maintenance_margin_decimal(self) -> Decimal:
        """`total_maintenance_margin` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_maintenance_margin)

    @property
    def total_margin_balance_decimal(self) -> Decimal:
        """`total_margin_balance` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_margin_balance)

    @property
    def total_open_order_initial_margin_decimal(self) -> Decimal:
        """`total_open_order_initial_margin` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_open_order_initial_margin)

    @property
    def total_position_initial_margin_decimal(self) -> Decimal:
        """`total_position_initial_margin` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_position_initial_margin)

    @property
    def total_unrealized_profit_decimal(self) -> Decimal:
        """`total_unrealized_profit` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_unrealized_profit)

    @property
    def total_wallet_balance_decimal(self) -> Decimal:
        """`total_wallet_balance` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_wallet_balance)

    def to_dict(self) -> dict[str, Any]:
        total_initial_margin = self.total_initial_margin

        total_maintenance_margin = self.total_maintenance_margin

        total_margin_balance = self.total_margin_balance

        total_open_order_initial_margin = self.total_open_order_initial_margin

        total_position_initial_margin = self.total_position_initial_margin

        total_unrealized_profit = self.total_unrealized_profit

        total_wallet_balance = self.total_wallet_balance

        asset = self.asset

        sub_account_list = []
        for sub_account_list_item_data in self.sub_account_list:
            sub_account_list_item = sub_account_list_item_data.to_dict()
            sub_account_list.append(sub_account_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalInitialMargin": total_initial_margin,
                "totalMaintenanceMargin": total_maintenance_margin,
                "totalMarginBalance": total_margin_balance,
                "totalOpenOrderInitialMargin": total_open_order_initial_margin,
                "totalPositionInitialMargin": total_position_initial_margin,
                "totalUnrealizedProfit": total_unrealized_profit,
                "totalWalletBalance": total_wallet_balance,
                "asset": asset,
                "subAccountList": sub_account_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        sub_account_list = [SubAccountFuturesTotals.from_dict(item) for item in d["subAccountList"]]

        _instance = cls(
            d["totalInitialMargin"],
            d["totalMaintenanceMargin"],
            d["totalMarginBalance"],
            d["totalOpenOrderInitialMargin"],
            d["totalPositionInitialMargin"],
            d["totalUnrealizedProfit"],
            d["totalWalletBalance"],
            d["asset"],
            sub_account_list,
        )
        if len(d) > 9 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.sub_account_futures_totals import SubAccountFuturesTotals  # noqa: E402

_WIRE_NAMES = frozenset(
    {
        "totalInitialMargin",
        "totalMaintenanceMargin",
        "totalMarginBalance",
        "totalOpenOrderInitialMargin",
        "totalPositionInitialMargin",
        "totalUnrealizedProfit",
        "totalWalletBalance",
        "asset",
        "subAccountList",
    }
)
