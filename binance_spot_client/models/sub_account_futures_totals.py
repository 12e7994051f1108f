"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubAccountFuturesTotals")


@_attrs_define
class SubAccountFuturesTotals:
    """USDⓈ-M futures totals of one sub-account.

    Attributes:
        email (str): Email of the sub-account.
        total_initial_margin (str): Total initial margin in use.
        total_maintenance_margin (str): Total maintenance margin required.
        total_margin_balance (str): Total margin balance.
        total_open_order_initial_margin (str): Total initial margin of open orders.
        total_position_initial_margin (str): Total initial margin of positions.
        total_unrealized_profit (str): Total unrealized profit or loss.
        total_wallet_balance (str): Total wallet balance.
        asset (str): Unit of the totals; `USD` means USDT and BUSD summed.
    """

    email: str
    total_initial_margin: str
    total_maintenance_margin: str
    total_margin_balance: str
    total_open_order_initial_margin: str
    total_position_initial_margin: str
    total_unrealized_profit: str
    total_wallet_balance: str
    asset: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        total_initial_margin = self.total_initial_margin

        total_maintenance_margin = self.total_maintenance_margin

        total_margin_balance = self.total_margin_balance

        total_open_order_initial_margin = self.total_open_order_initial_margin

        total_position_initial_margin = self.total_position_initial_margin

        total_unrealized_profit = self.total_unrealized_profit

        total_wallet_balance = self.total_wallet_balance

        asset = self.asset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "totalInitialMargin": total_initial_margin,
                "totalMaintenanceMargin": total_maintenance_margin,
                "totalMarginBalance": total_margin_balance,
                "totalOpenOrderInitialMargin": total_open_order_initial_margin,
                "totalPositionInitialMargin": total_position_initial_margin,
                "totalUnrealizedProfit": total_unrealized_profit,
                "totalWalletBalance": total_wallet_balance,
                "asset": asset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        total_initial_margin = d.pop("totalInitialMargin")

        total_maintenance_margin = d.pop("totalMaintenanceMargin")

        total_margin_balance = d.pop("totalMarginBalance")

        total_open_order_initial_margin = d.pop("totalOpenOrderInitialMargin")

        total_position_initial_margin = d.pop("totalPositionInitialMargin")

        total_unrealized_profit = d.pop("totalUnrealizedProfit")

        total_wallet_balance = d.pop("totalWalletBalance")

        asset = d.pop("asset")

        _instance = cls(
            email=email,
            total_initial_margin=total_initial_margin,
            total_maintenance_margin=total_maintenance_margin,
            total_margin_balance=total_margin_balance,
            total_open_order_initial_margin=total_open_order_initial_margin,
            total_position_initial_margin=total_position_initial_margin,
            total_unrealized_profit=total_unrealized_profit,
            total_wallet_balance=total_wallet_balance,
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
