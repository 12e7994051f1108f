"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CryptoLoansFlexibleBorrowResult")


@_attrs_define
class CryptoLoansFlexibleBorrowResult(AdditionalProperties[Any]):
    """
    Attributes:
        loan_coin (str): Coin borrowed.
        loan_amount (str): Amount borrowed.
        collateral_amount (str): Collateral pledged.
        status (str): Outcome: `Succeeds`, `Failed` or `Processing`.
        collateral_coin (str | Unset): Collateral coin.
    """

    loan_coin: str
    loan_amount: str
    collateral_amount: str
    status: str
    collateral_coin: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def loan_amount_decimal(self) -> Decimal:
        """`loan_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.loan_amount)

    @property
    def collateral_amount_decimal(self) -> Decimal:
        """`collateral_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.collateral_amount)

    def to_dict(self) -> dict[str, Any]:
        loan_coin = self.loan_coin

        loan_amount = self.loan_amount

        collateral_amount = self.collateral_amount

        status = self.status

        collateral_coin = self.collateral_coin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loanCoin": loan_coin,
                "loanAmount": loan_amount,
                "collateralAmount": collateral_amount,
                "status": status,
            }
        )
        if collateral_coin is not UNSET:
            field_dict["collateralCoin"] = collateral_coin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["loanCoin"],
            d["loanAmount"],
            d["collateralAmount"],
            d["status"],
            d.get("collateralCoin", UNSET),
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"loanCoin", "loanAmount", "collateralAmount", "status", "collateralCoin"})
