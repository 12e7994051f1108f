"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VipLoansRepayResult")


@_attrs_define
class VipLoansRepayResult:
    """
    Attributes:
        loan_coin (str): Coin of the loan.
        repay_amount (str): Amount repaid.
        remaining_principal (str): Principal still owed.
        remaining_interest (str): Interest still owed.
        collateral_coin (str): Collateral coins, comma-separated.
        current_ltv (str): Loan-to-value ratio after the repayment.
        repay_status (str): State of the repayment: `Repaid`, `Repaying` or `Failed`.
    """

    loan_coin: str
    repay_amount: str
    remaining_principal: str
    remaining_interest: str
    collateral_coin: str
    current_ltv: str
    repay_status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        loan_coin = self.loan_coin

        repay_amount = self.repay_amount

        remaining_principal = self.remaining_principal

        remaining_interest = self.remaining_interest

        collateral_coin = self.collateral_coin

        current_ltv = self.current_ltv

        repay_status = self.repay_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loanCoin": loan_coin,
                "repayAmount": repay_amount,
                "remainingPrincipal": remaining_principal,
                "remainingInterest": remaining_interest,
                "collateralCoin": collateral_coin,
                "currentLTV": current_ltv,
                "repayStatus": repay_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        loan_coin = d.pop("loanCoin")

        repay_amount = d.pop("repayAmount")

        remaining_principal = d.pop("remainingPrincipal")

        remaining_interest = d.pop("remainingInterest")

        collateral_coin = d.pop("collateralCoin")

        current_ltv = d.pop("currentLTV")

        repay_status = d.pop("repayStatus")

        _instance = cls(
            loan_coin=loan_coin,
            repay_amount=repay_amount,
            remaining_principal=remaining_principal,
            remaining_interest=remaining_interest,
            collateral_coin=collateral_coin,
            current_ltv=current_ltv,
            repay_status=repay_status,
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
