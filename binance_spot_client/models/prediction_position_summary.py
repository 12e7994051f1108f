"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="PredictionPositionSummary")


@_attrs_define
class PredictionPositionSummary(AdditionalProperties[Any]):
    """Totals over the caller's prediction wallet.

    Attributes:
        total_value (str): Positions plus wallet balance.
        position_value (str): Value of the positions.
        wallet_balance (str): Balance of the prediction wallet.
        total_claimable_amount (str | Unset): Winnings that can be claimed.
        today_realized_pnl (str | Unset): Profit or loss realized today.
        today_realized_pnl_percent (str | Unset): Today's realized profit or loss in percent.
        today_total_cost (str | Unset): What was spent today.
    """

    total_value: str
    position_value: str
    wallet_balance: str
    total_claimable_amount: str | Unset = UNSET
    today_realized_pnl: str | Unset = UNSET
    today_realized_pnl_percent: str | Unset = UNSET
    today_total_cost: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def total_value_decimal(self) -> Decimal:
        """`total_value` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_value)

    @property
    def position_value_decimal(self) -> Decimal:
        """`position_value` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.position_value)

    @property
    def wallet_balance_decimal(self) -> Decimal:
        """`wallet_balance` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.wallet_balance)

    @property
    def total_claimable_amount_decimal(self) -> Decimal | Unset:
        """`total_claimable_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.total_claimable_amount, Unset) else Decimal(self.total_claimable_amount)

    @property
    def today_realized_pnl_decimal(self) -> Decimal | Unset:
        """`today_realized_pnl` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.today_realized_pnl, Unset) else Decimal(self.today_realized_pnl)

    @property
    def today_realized_pnl_percent_decimal(self) -> Decimal | Unset:
        """`today_realized_pnl_percent` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.today_realized_pnl_percent, Unset) else Decimal(self.today_realized_pnl_percent)

    @property
    def today_total_cost_decimal(self) -> Decimal | Unset:
        """`today_total_cost` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.today_total_cost, Unset) else Decimal(self.today_total_cost)

    def to_dict(self) -> dict[str, Any]:
        total_value = self.total_value

        position_value = self.position_value

        wallet_balance = self.wallet_balance

        total_claimable_amount = self.total_claimable_amount

        today_realized_pnl = self.today_realized_pnl

        today_realized_pnl_percent = self.today_realized_pnl_percent

        today_total_cost = self.today_total_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalValue": total_value,
                "positionValue": position_value,
                "walletBalance": wallet_balance,
            }
        )
        if total_claimable_amount is not UNSET:
            field_dict["totalClaimableAmount"] = total_claimable_amount
        if today_realized_pnl is not UNSET:
            field_dict["todayRealizedPnl"] = today_realized_pnl
        if today_realized_pnl_percent is not UNSET:
            field_dict["todayRealizedPnlPercent"] = today_realized_pnl_percent
        if today_total_cost is not UNSET:
            field_dict["todayTotalCost"] = today_total_cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["totalValue"],
            d["positionValue"],
            d["walletBalance"],
            d.get("totalClaimableAmount", UNSET),
            d.get("todayRealizedPnl", UNSET),
            d.get("todayRealizedPnlPercent", UNSET),
            d.get("todayTotalCost", UNSET),
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "totalValue",
        "positionValue",
        "walletBalance",
        "totalClaimableAmount",
        "todayRealizedPnl",
        "todayRealizedPnlPercent",
        "todayTotalCost",
    }
)
