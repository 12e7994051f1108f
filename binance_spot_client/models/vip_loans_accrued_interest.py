"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="VipLoansAccruedInterest")


@_attrs_define
class VipLoansAccruedInterest(AdditionalProperties[Any]):
    """
    Attributes:
        loan_coin (str): Coin of the loan.
        principal_amount (str): Principal the interest was charged on.
        interest_amount (str): Interest charged.
        annual_interest_rate (str): Annual rate applied.
        accrual_time (int): When the interest accrued, UTC milliseconds.
        order_id (int): Loan order id (for a renewed loan, the latest order).
    """

    loan_coin: str
    principal_amount: str
    interest_amount: str
    annual_interest_rate: str
    accrual_time: int
    order_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def principal_amount_decimal(self) -> Decimal:
        """`principal_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.principal_amount)

    @property
    def interest_amount_decimal(self) -> Decimal:
        """`interest_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.interest_amount)

    @property
    def annual_interest_rate_decimal(self) -> Decimal:
        """`annual_interest_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.annual_interest_rate)

    def to_dict(self) -> dict[str, Any]:
        loan_coin = self.loan_coin

        principal_amount = self.principal_amount

        interest_amount = self.interest_amount

        annual_interest_rate = self.annual_interest_rate

        accrual_time = self.accrual_time

        order_id = self.order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loanCoin": loan_coin,
                "principalAmount": principal_amount,
                "interestAmount": interest_amount,
                "annualInterestRate": annual_interest_rate,
                "accrualTime": accrual_time,
                "orderId": order_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["loanCoin"],
            d["principalAmount"],
            d["interestAmount"],
            d["annualInterestRate"],
            d["accrualTime"],
            d["orderId"],
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {"loanCoin", "principalAmount", "interestAmount", "annualInterestRate", "accrualTime", "orderId"}
)
