"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.crypto_loans_ltv_direction import CryptoLoansLtvDirection
from ..signing import AdditionalProperties

T = TypeVar("T", bound="CryptoLoansFlexibleLtvAdjustment")


@_attrs_define
class CryptoLoansFlexibleLtvAdjustment(AdditionalProperties[Any]):
    """
    Attributes:
        loan_coin (str): Coin of the loan.
        collateral_coin (str): Collateral coin.
        direction (CryptoLoansLtvDirection): Whether collateral is added to a loan (lowering its LTV) or taken out of it
            (raising it).
        collateral_amount (str): Collateral added or taken out.
        pre_ltv (str): Loan-to-value ratio before the adjustment.
        after_ltv (str): Loan-to-value ratio after the adjustment.
        adjust_time (int): When the adjustment was made, UTC milliseconds.
    """

    loan_coin: str
    collateral_coin: str
    direction: CryptoLoansLtvDirection
    collateral_amount: str
    pre_ltv: str
    after_ltv: str
    adjust_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def collateral_amount_decimal(self) -> Decimal:
        """`collateral_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.collateral_amount)

    @property
    def pre_ltv_decimal(self) -> Decimal:
        """`pre_ltv` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.pre_ltv)

    @property
    def after_ltv_decimal(self) -> Decimal:
        """`after_ltv` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.after_ltv)

    def to_dict(self) -> dict[str, Any]:
        loan_coin = self.loan_coin

        collateral_coin = self.collateral_coin

        direction = self.direction.value

        collateral_amount = self.collateral_amount

        pre_ltv = self.pre_ltv

        after_ltv = self.after_ltv

        adjust_time = self.adjust_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loanCoin": loan_coin,
                "collateralCoin": collateral_coin,
                "direction": direction,
                "collateralAmount": collateral_amount,
                "preLTV": pre_ltv,
                "afterLTV": after_ltv,
                "adjustTime": adjust_time,
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
            d["collateralAmount"],
            d["preLTV"],
            d["afterLTV"],
            d["adjustTime"],
        )
        if len(d) > 7 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_CRYPTO_LOANS_LTV_DIRECTION: dict[object, CryptoLoansLtvDirection] = {
    member.value: member for member in CryptoLoansLtvDirection
}

_WIRE_NAMES = frozenset(
    {"loanCoin", "collateralCoin", "direction", "collateralAmount", "preLTV", "afterLTV", "adjustTime"}
)
