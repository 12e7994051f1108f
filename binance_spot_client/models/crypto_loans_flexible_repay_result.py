"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="CryptoLoansFlexibleRepayResult")


@_attrs_define
class CryptoLoansFlexibleRepayResult(AdditionalProperties[Any]):
    """
    Attributes:
        loan_coin (str): Coin of the loan.
        collateral_coin (str): Collateral coin.
        remaining_debt (str): Debt still owed.
        remaining_collateral (str): Collateral still pledged.
        full_repayment (bool): Whether the loan was repaid in full.
        current_ltv (str): Loan-to-value ratio after the repayment.
        repay_status (str): State of the repayment: `REPAID`, `REPAYING` or `FAILED` (older answers used `Repaid`,
            `Repaying`, `Failed`).
    """

    loan_coin: str
    collateral_coin: str
    remaining_debt: str
    remaining_collateral: str
    full_repayment: bool
    current_ltv: str
    repay_status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def remaining_debt_decimal(self) -> Decimal:
        """`remaining_debt` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.remaining_debt)

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

        collateral_coin = self.collateral_coin

        remaining_debt = self.remaining_debt

        remaining_collateral = self.remaining_collateral

        full_repayment = self.full_repayment

        current_ltv = self.current_ltv

        repay_status = self.repay_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loanCoin": loan_coin,
                "collateralCoin": collateral_coin,
                "remainingDebt": remaining_debt,
                "remainingCollateral": remaining_collateral,
                "fullRepayment": full_repayment,
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
            d["collateralCoin"],
            d["remainingDebt"],
            d["remainingCollateral"],
            d["fullRepayment"],
            d["currentLTV"],
            d["repayStatus"],
        )
        if len(d) > 7 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {"loanCoin", "collateralCoin", "remainingDebt", "remainingCollateral", "fullRepayment", "currentLTV", "repayStatus"}
)
