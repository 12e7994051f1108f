"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="CryptoLoansFlexibleCollateralRepayRate")


@_attrs_define
class CryptoLoansFlexibleCollateralRepayRate(AdditionalProperties[Any]):
    """
    Attributes:
        loan_coin (str): Coin of the loan.
        collateral_coin (str): Collateral coin.
        rate (str): Price of the collateral coin in the borrowed coin.
    """

    loan_coin: str
    collateral_coin: str
    rate: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def rate_decimal(self) -> Decimal:
        """`rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.rate)

    def to_dict(self) -> dict[str, Any]:
        loan_coin = self.loan_coin

        collateral_coin = self.collateral_coin

        rate = self.rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loanCoin": loan_coin,
                "collateralCoin": collateral_coin,
                "rate": rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["loanCoin"],
            d["collateralCoin"],
            d["rate"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"loanCoin", "collateralCoin", "rate"})
