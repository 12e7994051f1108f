"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CryptoLoansFlexibleBorrowRecord")


@_attrs_define
class CryptoLoansFlexibleBorrowRecord:
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
        d = dict(src_dict)
        loan_coin = d.pop("loanCoin")

        initial_loan_amount = d.pop("initialLoanAmount")

        collateral_coin = d.pop("collateralCoin")

        initial_collateral_amount = d.pop("initialCollateralAmount")

        borrow_time = d.pop("borrowTime")

        status = d.pop("status")

        _instance = cls(
            loan_coin=loan_coin,
            initial_loan_amount=initial_loan_amount,
            collateral_coin=collateral_coin,
            initial_collateral_amount=initial_collateral_amount,
            borrow_time=borrow_time,
            status=status,
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
