"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="MarginLiquidationLoan")


@_attrs_define
class MarginLiquidationLoan(AdditionalProperties[Any]):
    """The cross margin liquidation loan left by a bankruptcy.

    Attributes:
        asset (str): Asset of the loan (USDC).
        amount (str): Original loan amount.
        repaid_amount (str): Amount repaid so far.
        remaining_amount (str): Amount still owed.
    """

    asset: str
    amount: str
    repaid_amount: str
    remaining_amount: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    @property
    def repaid_amount_decimal(self) -> Decimal:
        """`repaid_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.repaid_amount)

    @property
    def remaining_amount_decimal(self) -> Decimal:
        """`remaining_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.remaining_amount)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        amount = self.amount

        repaid_amount = self.repaid_amount

        remaining_amount = self.remaining_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "amount": amount,
                "repaidAmount": repaid_amount,
                "remainingAmount": remaining_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["asset"],
            d["amount"],
            d["repaidAmount"],
            d["remainingAmount"],
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"asset", "amount", "repaidAmount", "remainingAmount"})
