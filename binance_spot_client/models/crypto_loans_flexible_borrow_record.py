"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="CryptoLoansFlexibleBorrowRecord")


@_attrs_define
class CryptoLoansFlexibleBorrowRecord(AdditionalProperties[Any]):
    """
    Attributes:
        loan_coin (str): Coin borrowed.
        initial_loan_amount (str): Amount borrowed.
        collateral_coin (str): Collateral coin.
        initial_collateral_amount (str): Collateral pledged at the start.
        borrow_time (int): When the loan was taken, UTC milliseconds.
        status (str): Outcome of the borrowing: `SUCCESS`, `FAILED` or `PENDING` (older records may read `Succeeds`).
    """

    loan_coin: str
    initial_loan_amount: str
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
    def initial_collateral_amount_decimal(self) -> Decimal:
        """`initial_collateral_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.initial_collateral_amount)

    def to_dict(self) -> dict[str, Any]:
        loan_coin = self.loan_coin

        initial_loan_amount = self.initial_loan_amount

        collateral_coin = self.collateral_coin

        initial_collateral_amount = self.initial_collateral_amount

        borrow_time = self.borrow_time

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loanCoin": loan_coin,
                "initialLoanAmount": initial_loan_amount,
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
            d["loanCoin"],
            d["initialLoanAmount"],
            d["collateralCoin"],
            d["initialCollateralAmount"],
            d["borrowTime"],
            d["status"],
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {"loanCoin", "initialLoanAmount", "collateralCoin", "initialCollateralAmount", "borrowTime", "status"}
)
