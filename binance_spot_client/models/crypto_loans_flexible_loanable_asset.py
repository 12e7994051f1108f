"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="CryptoLoansFlexibleLoanableAsset")


@_attrs_define
class CryptoLoansFlexibleLoanableAsset(AdditionalProperties[Any]):
    """
    Attributes:
        loan_coin (str): Coin that can be borrowed.
        flexible_interest_rate (str): Current flexible interest rate.
        flexible_min_limit (str): Smallest loan, in USD value.
        flexible_max_limit (str): Largest loan, in USD value.
    """

    loan_coin: str
    flexible_interest_rate: str
    flexible_min_limit: str
    flexible_max_limit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def flexible_interest_rate_decimal(self) -> Decimal:
        """`flexible_interest_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.flexible_interest_rate)

    @property
    def flexible_min_limit_decimal(self) -> Decimal:
        """`flexible_min_limit` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.flexible_min_limit)

    @property
    def flexible_max_limit_decimal(self) -> Decimal:
        """`flexible_max_limit` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.flexible_max_limit)

    def to_dict(self) -> dict[str, Any]:
        loan_coin = self.loan_coin

        flexible_interest_rate = self.flexible_interest_rate

        flexible_min_limit = self.flexible_min_limit

        flexible_max_limit = self.flexible_max_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loanCoin": loan_coin,
                "flexibleInterestRate": flexible_interest_rate,
                "flexibleMinLimit": flexible_min_limit,
                "flexibleMaxLimit": flexible_max_limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["loanCoin"],
            d["flexibleInterestRate"],
            d["flexibleMinLimit"],
            d["flexibleMaxLimit"],
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"loanCoin", "flexibleInterestRate", "flexibleMinLimit", "flexibleMaxLimit"})
