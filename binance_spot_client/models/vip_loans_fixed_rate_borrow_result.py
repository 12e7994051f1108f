"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="VipLoansFixedRateBorrowResult")


@_attrs_define
class VipLoansFixedRateBorrowResult(AdditionalProperties[Any]):
    """
    Attributes:
        borrow_coin (str): Coin borrowed.
        borrow_amount (str): Amount borrowed.
        actual_received_amount (str): Amount actually paid out.
        collateral_coin (str): Collateral coins, comma-separated.
        collateral_account_id (str): Collateral account ids, comma-separated.
        borrow_interest_rate (str): Interest rate of the loan.
        duration (str): Term as text (for example `30Days`).
        auto_repay (bool): Whether the loan is repaid automatically at expiry (otherwise it turns flexible).
        order_id (int): Loan order id.
        status (str): Outcome (for example `Succeeds`).
    """

    borrow_coin: str
    borrow_amount: str
    actual_received_amount: str
    collateral_coin: str
    collateral_account_id: str
    borrow_interest_rate: str
    duration: str
    auto_repay: bool
    order_id: int
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def borrow_amount_decimal(self) -> Decimal:
        """`borrow_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.borrow_amount)

    @property
    def actual_received_amount_decimal(self) -> Decimal:
        """`actual_received_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.actual_received_amount)

    @property
    def borrow_interest_rate_decimal(self) -> Decimal:
        """`borrow_interest_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.borrow_interest_rate)

    def to_dict(self) -> dict[str, Any]:
        borrow_coin = self.borrow_coin

        borrow_amount = self.borrow_amount

        actual_received_amount = self.actual_received_amount

        collateral_coin = self.collateral_coin

        collateral_account_id = self.collateral_account_id

        borrow_interest_rate = self.borrow_interest_rate

        duration = self.duration

        auto_repay = self.auto_repay

        order_id = self.order_id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "borrowCoin": borrow_coin,
                "borrowAmount": borrow_amount,
                "actualReceivedAmount": actual_received_amount,
                "collateralCoin": collateral_coin,
                "collateralAccountId": collateral_account_id,
                "borrowInterestRate": borrow_interest_rate,
                "duration": duration,
                "autoRepay": auto_repay,
                "orderId": order_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["borrowCoin"],
            d["borrowAmount"],
            d["actualReceivedAmount"],
            d["collateralCoin"],
            d["collateralAccountId"],
            d["borrowInterestRate"],
            d["duration"],
            d["autoRepay"],
            d["orderId"],
            d["status"],
        )
        if len(d) > 10 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "borrowCoin",
        "borrowAmount",
        "actualReceivedAmount",
        "collateralCoin",
        "collateralAccountId",
        "borrowInterestRate",
        "duration",
        "autoRepay",
        "orderId",
        "status",
    }
)
