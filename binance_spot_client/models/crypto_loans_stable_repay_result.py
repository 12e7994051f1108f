"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="CryptoLoansStableRepayResult")


@_attrs_define
class CryptoLoansStableRepayResult(AdditionalProperties[Any]):
    """A repayment whose outcome is known, with the loan's remaining balances.

    Attributes:
        loan_coin (str): Coin of the loan.
        remaining_principal (str): Principal still owed.
        remaining_interest (str): Interest still owed.
        collateral_coin (str): Collateral coin.
        remaining_collateral (str): Collateral still pledged.
        current_ltv (str): Loan-to-value ratio after the repayment.
        repay_status (str): State of the repayment: `Repaid`, `Repaying` or `Failed`.
    """

    loan_coin: str
    remaining_principal: str
    remaining_interest: str
    collateral_coin: str
    remaining_collateral: str
    current_ltv: str
    repay_status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def remaining_principal_decimal(self) -> Decimal:
        """`remaining_principal` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.remaining_principal)

    @property
    def remaining_interest_decimal(self) -> Decimal:
        """`remaining_interest` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.remaining_interest)

    @property
    def remaining_collateral_decimal(self) -> Decimal:
        """`remaining_collateral` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.remaining_collateral)

    @property
    def current_ltv_decimal(self) -> Decimal:
        """`current_ltv` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.current_ltv)

    def to_dict(self) -> dict[str, Any]:
        loan_coin = self.loan_coin

        remaining_principal = self.remaining_principal

        remaining_interest = self.remaining_interest

        collateral_coin = self.collateral_coin

        remaining_collateral = self.remaining_collateral

        current_ltv = self.current_ltv

        repay_status = self.repay_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loanCoin": loan_coin,
                "remainingPrincipal": remaining_principal,
                "remainingInterest": remaining_interest,
                "collateralCoin": collateral_coin,
                "remainingCollateral": remaining_collateral,
                "currentLTV": current_ltv,
                "repayStatus": repay_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["loanCoin"],
            d["remainingPrincipal"],
            d["remainingInterest"],
            d["collateralCoin"],
            d["remainingCollateral"],
            d["currentLTV"],
            d["repayStatus"],
        )
        if len(d) > 7 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "loanCoin",
        "remainingPrincipal",
        "remainingInterest",
        "collateralCoin",
        "remainingCollateral",
        "currentLTV",
        "repayStatus",
    }
)
