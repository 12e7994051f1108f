"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="CryptoLoansStableBorrowRecord")


@_attrs_define
class CryptoLoansStableBorrowRecord(AdditionalProperties[Any]):
    """
    Attributes:
        order_id (int): Loan order id.
        loan_coin (str): Coin borrowed.
        initial_loan_amount (str): Amount borrowed.
        hourly_interest_rate (str): Hourly interest rate of the loan.
        loan_term (str): Term of the loan in days (for example `7`).
        collateral_coin (str): Collateral coin.
        initial_collateral_amount (str): Collateral pledged at the start.
        borrow_time (int): When the loan was taken, UTC milliseconds.
        status (str): State of the loan: `Accruing_Interest`, `Overdue`, `Liquidating`, `Repaying`, `Repaid`,
            `Liquidated`, `Pending` or `Failed`.
    """

    order_id: int
    loan_coin: str
    initial_loan_amount: str
    hourly_interest_rate: str
    loan_term: str
    collateral_coin: str
    initial_collateral_amount: str
    borrow_time: int
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def initial_loan_amount_decimal(self) -> Decimal:
        """`initial_loan_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.initial_loan_amount)

    @property
    def hourly_interest_rate_decimal(self) -> Decimal:
        """`hourly_interest_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.hourly_interest_rate)

    @property
    def initial_collateral_amount_decimal(self) -> Decimal:
        """`initial_collateral_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.initial_collateral_amount)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        loan_coin = self.loan_coin

        initial_loan_amount = self.initial_loan_amount

        hourly_interest_rate = self.hourly_interest_rate

        loan_term = self.loan_term

        collateral_coin = self.collateral_coin

        initial_collateral_amount = self.initial_collateral_amount

        borrow_time = self.borrow_time

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "loanCoin": loan_coin,
                "initialLoanAmount": initial_loan_amount,
                "hourlyInterestRate": hourly_interest_rate,
                "loanTerm": loan_term,
                "collateralCoin": collateral_coin,
                "initialCollateralAmount": initial_collateral_amount,
                "borrowTime": borrow_time,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["orderId"],
            d["loanCoin"],
            d["initialLoanAmount"],
            d["hourlyInterestRate"],
            d["loanTerm"],
            d["collateralCoin"],
            d["initialCollateralAmount"],
            d["borrowTime"],
            d["status"],
        )
        if len(d) > 9 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "orderId",
        "loanCoin",
        "initialLoanAmount",
        "hourlyInterestRate",
        "loanTerm",
        "collateralCoin",
        "initialCollateralAmount",
        "borrowTime",
        "status",
    }
)
