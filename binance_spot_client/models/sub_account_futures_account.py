"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sub_account_futures_asset import SubAccountFuturesAsset


T = TypeVar("T", bound="SubAccountFuturesAccount")


@_attrs_define
class SubAccountFuturesAccount:
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
        from ..models.sub_account_futures_asset import SubAccountFuturesAsset

        d = dict(src_dict)
        email = d.pop("email")

        assets = []
        _assets = d.pop("assets")
        for assets_item_data in _assets:
            assets_item = SubAccountFuturesAsset.from_dict(assets_item_data)

            assets.append(assets_item)

        can_deposit = d.pop("canDeposit")

        can_trade = d.pop("canTrade")

        can_withdraw = d.pop("canWithdraw")

        fee_tier = d.pop("feeTier")

        max_withdraw_amount = d.pop("maxWithdrawAmount")

        total_initial_margin = d.pop("totalInitialMargin")

        total_maintenance_margin = d.pop("totalMaintenanceMargin")

        total_margin_balance = d.pop("totalMarginBalance")

        total_open_order_initial_margin = d.pop("totalOpenOrderInitialMargin")

        total_position_initial_margin = d.pop("totalPositionInitialMargin")

        total_unrealized_profit = d.pop("totalUnrealizedProfit")

        total_wallet_balance = d.pop("totalWalletBalance")

        update_time = d.pop("updateTime")

        asset = d.pop("asset", UNSET)

        _instance = cls(
            email=email,
            assets=assets,
            can_deposit=can_deposit,
            can_trade=can_trade,
            can_withdraw=can_withdraw,
            fee_tier=fee_tier,
            max_withdraw_amount=max_withdraw_amount,
            total_initial_margin=total_initial_margin,
            total_maintenance_margin=total_maintenance_margin,
            total_margin_balance=total_margin_balance,
            total_open_order_initial_margin=total_open_order_initial_margin,
            total_position_initial_margin=total_position_initial_margin,
            total_unrealized_profit=total_unrealized_profit,
            total_wallet_balance=total_wallet_balance,
            update_time=update_time,
            asset=asset,
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
