"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SubAccountFuturesAccount")


@_attrs_define
class SubAccountFuturesAccount(AdditionalProperties[Any]):
    """USDⓈ-M futures account of a sub-account.

    Attributes:
        email (str): Email of the sub-account.
        assets (list[SubAccountFuturesAsset]):
        can_deposit (bool): Whether deposits are allowed.
        can_trade (bool): Whether trading is allowed.
        can_withdraw (bool): Whether withdrawals are allowed.
        fee_tier (int): Fee tier of the account.
        max_withdraw_amount (str): Largest amount that can be withdrawn.
        total_initial_margin (str): Total initial margin in use.
        total_maintenance_margin (str): Total maintenance margin required.
        total_margin_balance (str): Total margin balance.
        total_open_order_initial_margin (str): Total initial margin of open orders.
        total_position_initial_margin (str): Total initial margin of positions.
        total_unrealized_profit (str): Total unrealized profit or loss.
        total_wallet_balance (str): Total wallet balance.
        update_time (int): Time of the figures, UTC milliseconds.
        asset (str | Unset): Asset the totals are given in; present in the V1 answer only.
    """

    email: str
    assets: list[SubAccountFuturesAsset]
    can_deposit: bool
    can_trade: bool
    can_withdraw: bool
    fee_tier: int
    max_withdraw_amount: str
    total_initial_margin: str
    total_maintenance_margin: str
    total_margin_balance: str
    total_open_order_initial_margin: str
    total_position_initial_margin: str
    total_unrealized_profit: str
    total_wallet_balance: str
    update_time: int
    asset: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def max_withdraw_amount_decimal(self) -> Decimal:
        """`max_withdraw_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.max_withdraw_amount)

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
        email = self.email

        assets = []
        for assets_item_data in self.assets:
            assets_item = assets_item_data.to_dict()
            assets.append(assets_item)

        can_deposit = self.can_deposit

        can_trade = self.can_trade

        can_withdraw = self.can_withdraw

        fee_tier = self.fee_tier

        max_withdraw_amount = self.max_withdraw_amount

        total_initial_margin = self.total_initial_margin

        total_maintenance_margin = self.total_maintenance_margin

        total_margin_balance = self.total_margin_balance

        total_open_order_initial_margin = self.total_open_order_initial_margin

        total_position_initial_margin = self.total_position_initial_margin

        total_unrealized_profit = self.total_unrealized_profit

        total_wallet_balance = self.total_wallet_balance

        update_time = self.update_time

        asset = self.asset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "assets": assets,
                "canDeposit": can_deposit,
                "canTrade": can_trade,
                "canWithdraw": can_withdraw,
                "feeTier": fee_tier,
                "maxWithdrawAmount": max_withdraw_amount,
                "totalInitialMargin": total_initial_margin,
                "totalMaintenanceMargin": total_maintenance_margin,
                "totalMarginBalance": total_margin_balance,
                "totalOpenOrderInitialMargin": total_open_order_initial_margin,
                "totalPositionInitialMargin": total_position_initial_margin,
                "totalUnrealizedProfit": total_unrealized_profit,
                "totalWalletBalance": total_wallet_balance,
                "updateTime": update_time,
            }
        )
        if asset is not UNSET:
            field_dict["asset"] = asset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        assets = [SubAccountFuturesAsset.from_dict(item) for item in d["assets"]]

        _instance = cls(
            d["email"],
            assets,
            d["canDeposit"],
            d["canTrade"],
            d["canWithdraw"],
            d["feeTier"],
            d["maxWithdrawAmount"],
            d["totalInitialMargin"],
            d["totalMaintenanceMargin"],
            d["totalMarginBalance"],
            d["totalOpenOrderInitialMargin"],
            d["totalPositionInitialMargin"],
            d["totalUnrealizedProfit"],
            d["totalWalletBalance"],
            d["updateTime"],
            d.get("asset", UNSET),
        )
        if len(d) > 15 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.sub_account_futures_asset import SubAccountFuturesAsset  # noqa: E402

_WIRE_NAMES = frozenset(
    {
        "email",
        "assets",
        "canDeposit",
        "canTrade",
        "canWithdraw",
        "feeTier",
        "maxWithdrawAmount",
        "totalInitialMargin",
        "totalMaintenanceMargin",
        "totalMarginBalance",
        "totalOpenOrderInitialMargin",
        "totalPositionInitialMargin",
        "totalUnrealizedProfit",
        "totalWalletBalance",
        "updateTime",
        "asset",
    }
)
