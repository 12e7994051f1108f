"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.crypto_loans_ltv_direction import CryptoLoansLtvDirection
from ..signing import AdditionalProperties

T = TypeVar("T", bound="CryptoLoansStableLtvAdjustResult")


@_attrs_define
class CryptoLoansStableLtvAdjustResult(AdditionalProperties[Any]):
    """
    Attributes:
        loan_coin (str): Coin of the loan.
        collateral_coin (str): Collateral coin.
        direction (CryptoLoansLtvDirection): Whether collateral is added to a loan (lowering its LTV) or taken out of it
            (raising it).
        amount (str): Collateral added or taken out.
        current_ltv (str): Loan-to-value ratio after the adjustment.
    """

    loan_coin: str
    collateral_coin: str
    direction: CryptoLoansLtvDirection
    amount: str
    current_ltv: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    @property
    def current_ltv_decimal(self) -> Decimal:
        """`current_ltv` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.current_ltv)

    def to_dict(self) -> dict[str, Any]:
        loan_coin = self.loan_coin

        collateral_coin = self.collateral_coin

        direction = self.direction.value

        amount = self.amount

        current_ltv = self.current_ltv

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loanCoin": loan_coin,
                "collateralCoin": collateral_coin,
                "direction": direction,
                "amount": amount,
                "currentLTV": current_ltv,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        direction = _CRYPTO_LOANS_LTV_DIRECTION.get(d["direction"]) or CryptoLoansLtvDirection(d["direction"])

        _instance = cls(
            d["loanCoin"],
            d["collateralCoin"],
            direction,
            d["amount"],
            d["currentLTV"],
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_CRYPTO_LOANS_LTV_DIRECTION: dict[object, CryptoLoansLtvDirection] = {
    member.value: member for member in CryptoLoansLtvDirection
}

_WIRE_NAMES = frozenset({"loanCoin", "collateralCoin", "direction", "amount", "currentLTV"})
