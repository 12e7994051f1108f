"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="CryptoLoansFlexibleRepayRecord")


@_attrs_define
class CryptoLoansFlexibleRepayRecord(AdditionalProperties[Any]):
    """
    Attributes:
        loan_coin (str): Coin of the loan.
        repay_amount (str): Amount repaid.
        collateral_coin (str): Collateral coin.
        collateral_return (str): Collateral given back by the repayment.
        repay_status (str): State of the repayment: `REPAID`, `REPAYING` or `FAILED`.
        repay_time (int): When it was repaid, UTC milliseconds.
    """

    loan_coin: str
    repay_amount: str
    collateral_coin: str
    collateral_return: str
    repay_status: str
    repay_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def repay_amount_decimal(self) -> Decimal:
        """`repay_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.repay_amount)

    @property
    def collateral_return_decimal(self) -> Decimal:
        """`collateral_return` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.collateral_return)

    def to_dict(self) -> dict[str, Any]:
        loan_coin = self.loan_coin

        repay_amount = self.repay_amount

        collateral_coin = self.collateral_coin

        collateral_return = self.collateral_return

        repay_status = self.repay_status

        repay_time = self.repay_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loanCoin": loan_coin,
                "repayAmount": repay_amount,
                "collateralCoin": collateral_coin,
                "collateralReturn": collateral_return,
                "repayStatus": repay_status,
                "repayTime": repay_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["loanCoin"],
            d["repayAmount"],
            d["collateralCoin"],
            d["collateralReturn"],
            d["repayStatus"],
            d["repayTime"],
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"loanCoin", "repayAmount", "collateralCoin", "collateralReturn", "repayStatus", "repayTime"})
