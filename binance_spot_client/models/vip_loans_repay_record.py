"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="VipLoansRepayRecord")


@_attrs_define
class VipLoansRepayRecord(AdditionalProperties[Any]):
    """
    Attributes:
        loan_coin (str): Coin of the loan.
        repay_amount (str): Amount repaid.
        collateral_coin (str): Collateral coins, comma-separated.
        repay_status (str): State of the repayment: `Repaid`, `Repaying` or `Failed`.
        repay_time (str): When it was repaid, UTC milliseconds sent as text.
        order_id (str): Loan order id sent as text.
        loan_date (str | Unset): When the loan started, UTC milliseconds sent as text; in answers since Binance added it
            (not in the 2024 file).
    """

    loan_coin: str
    repay_amount: str
    collateral_coin: str
    repay_status: str
    repay_time: str
    order_id: str
    loan_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def repay_amount_decimal(self) -> Decimal:
        """`repay_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.repay_amount)

    def to_dict(self) -> dict[str, Any]:
        loan_coin = self.loan_coin

        repay_amount = self.repay_amount

        collateral_coin = self.collateral_coin

        repay_status = self.repay_status

        repay_time = self.repay_time

        order_id = self.order_id

        loan_date = self.loan_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loanCoin": loan_coin,
                "repayAmount": repay_amount,
                "collateralCoin": collateral_coin,
                "repayStatus": repay_status,
                "repayTime": repay_time,
                "orderId": order_id,
            }
        )
        if loan_date is not UNSET:
            field_dict["loanDate"] = loan_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["loanCoin"],
            d["repayAmount"],
            d["collateralCoin"],
            d["repayStatus"],
            d["repayTime"],
            d["orderId"],
            d.get("loanDate", UNSET),
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {"loanCoin", "repayAmount", "collateralCoin", "repayStatus", "repayTime", "orderId", "loanDate"}
)
