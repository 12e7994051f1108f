"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountFuturesAsset")


@_attrs_define
class SubAccountFuturesAsset(AdditionalProperties[Any]):
    """Futures balance of one asset.

    Attributes:
        asset (str): Asset.
        initial_margin (str): Initial margin in use.
        maintenance_margin (str): Maintenance margin required.
        margin_balance (str): Margin balance: wallet balance plus unrealized profit.
        max_withdraw_amount (str): Largest amount that can be withdrawn.
        open_order_initial_margin (str): Initial margin of open orders.
        position_initial_margin (str): Initial margin of positions.
        unrealized_profit (str): Unrealized profit or loss.
        wallet_balance (str): Wallet balance.
    """

    asset: str
    initial_margin: str
    maintenance_margin: str
    margin_balance: str
    max_withdraw_amount: str
    open_order_initial_margin: str
    position_initial_margin: str
    unrealized_profit: str
    wallet_balance: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def initial_margin_decimal(self) -> Decimal:
        """`initial_margin` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.initial_margin)

    @property
    def maintenance_margin_decimal(self) -> Decimal:
        """`maintenance_margin` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.maintenance_margin)

    @property
    def margin_balance_decimal(self) -> Decimal:
        """`margin_balance` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.margin_balance)

    @property
    def max_withdraw_amount_decimal(self) -> Decimal:
        """`max_withdraw_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.max_withdraw_amount)

    @property
    def open_order_initial_margin_decimal(self) -> Decimal:
        """`open_order_initial_margin` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.open_order_initial_margin)

    @property
    def position_initial_margin_decimal(self) -> Decimal:
        """`position_initial_margin` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.position_initial_margin)

    @property
    def unrealized_profit_decimal(self) -> Decimal:
        """`unrealized_profit` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.unrealized_profit)

    @property
    def wallet_balance_decimal(self) -> Decimal:
        """`wallet_balance` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.wallet_balance)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        initial_margin = self.initial_margin

        maintenance_margin = self.maintenance_margin

        margin_balance = self.margin_balance

        max_withdraw_amount = self.max_withdraw_amount

        open_order_initial_margin = self.open_order_initial_margin

        position_initial_margin = self.position_initial_margin

        unrealized_profit = self.unrealized_profit

        wallet_balance = self.wallet_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "initialMargin": initial_margin,
                "maintenanceMargin": maintenance_margin,
                "marginBalance": margin_balance,
                "maxWithdrawAmount": max_withdraw_amount,
                "openOrderInitialMargin": open_order_initial_margin,
                "positionInitialMargin": position_initial_margin,
                "unrealizedProfit": unrealized_profit,
                "walletBalance": wallet_balance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["asset"],
            d["initialMargin"],
            d["maintenanceMargin"],
            d["marginBalance"],
            d["maxWithdrawAmount"],
            d["openOrderInitialMargin"],
            d["positionInitialMargin"],
            d["unrealizedProfit"],
            d["walletBalance"],
        )
        if len(d) > 9 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "asset",
        "initialMargin",
        "maintenanceMargin",
        "marginBalance",
        "maxWithdrawAmount",
        "openOrderInitialMargin",
        "positionInitialMargin",
        "unrealizedProfit",
        "walletBalance",
    }
)
