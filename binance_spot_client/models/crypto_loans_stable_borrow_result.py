"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="CryptoLoansStableBorrowResult")


@_attrs_define
class CryptoLoansStableBorrowResult(AdditionalProperties[Any]):
    """
    Attributes:
        loan_coin (str): Coin borrowed.
        loan_amount (str): Amount borrowed.
        collateral_coin (str): Collateral coin.
        collateral_amount (str): Collateral pledged.
        hourly_interest_rate (str): Hourly interest rate of the loan.
        order_id (str): Id of the new loan order (a number sent as text).
    """

    loan_coin: str
    loan_amount: str
    collateral_coin: str
    collateral_amount: str
    hourly_interest_rate: str
    order_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def loan_amount_decimal(self) -> Decimal:
        """`loan_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.loan_amount)

    @property
    def collateral_amount_decimal(self) -> Decimal:
        """`collateral_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.collateral_amount)

    @property
    def hourly_interest_rate_decimal(self) -> Decimal:
        """`hourly_interest_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.hourly_interest_rate)

    def to_dict(self) -> dict[str, Any]:
        loan_coin = self.loan_coin

        loan_amount = self.loan_amount

        collateral_coin = self.collateral_coin

        collateral_amount = self.collateral_amount

        hourly_interest_rate = self.hourly_interest_rate

        order_id = self.order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loanCoin": loan_coin,
                "loanAmount": loan_amount,
                "collateralCoin": collateral_coin,
                "collateralAmount": collateral_amount,
                "hourlyInterestRate": hourly_interest_rate,
                "orderId": order_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["loanCoin"],
            d["loanAmount"],
            d["collateralCoin"],
            d["collateralAmount"],
            d["hourlyInterestRate"],
            d["orderId"],
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {"loanCoin", "loanAmount", "collateralCoin", "collateralAmount", "hourlyInterestRate", "orderId"}
)
