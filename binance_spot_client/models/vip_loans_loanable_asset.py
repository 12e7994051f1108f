"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="VipLoansLoanableAsset")


@_attrs_define
class VipLoansLoanableAsset(AdditionalProperties[Any]):
    """
    Attributes:
        loan_coin (str): Coin that can be borrowed.
        field_flexible_daily_interest_rate (str): Daily rate of a flexible loan.
        field_flexible_yearly_interest_rate (str): Yearly rate of a flexible loan.
        field_30_d_daily_interest_rate (str): Daily rate of a 30-day loan.
        field_30_d_yearly_interest_rate (str): Yearly rate of a 30-day loan.
        field_60_d_daily_interest_rate (str): Daily rate of a 60-day loan.
        field_60_d_yearly_interest_rate (str): Yearly rate of a 60-day loan.
        min_limit (str): Smallest loan, in USD value.
        max_limit (str): Largest loan, in USD value.
        vip_level (int): VIP level the rates apply to.
    """

    loan_coin: str
    field_flexible_daily_interest_rate: str
    field_flexible_yearly_interest_rate: str
    field_30_d_daily_interest_rate: str
    field_30_d_yearly_interest_rate: str
    field_60_d_daily_interest_rate: str
    field_60_d_yearly_interest_rate: str
    min_limit: str
    max_limit: str
    vip_level: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def field_flexible_daily_interest_rate_decimal(self) -> Decimal:
        """`field_flexible_daily_interest_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.field_flexible_daily_interest_rate)

    @property
    def field_flexible_yearly_interest_rate_decimal(self) -> Decimal:
        """`field_flexible_yearly_interest_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.field_flexible_yearly_interest_rate)

    @property
    def field_30_d_daily_interest_rate_decimal(self) -> Decimal:
        """`field_30_d_daily_interest_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.field_30_d_daily_interest_rate)

    @property
    def field_30_d_yearly_interest_rate_decimal(self) -> Decimal:
        """`field_30_d_yearly_interest_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.field_30_d_yearly_interest_rate)

    @property
    def field_60_d_daily_interest_rate_decimal(self) -> Decimal:
        """`field_60_d_daily_interest_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.field_60_d_daily_interest_rate)

    @property
    def field_60_d_yearly_interest_rate_decimal(self) -> Decimal:
        """`field_60_d_yearly_interest_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.field_60_d_yearly_interest_rate)

    @property
    def min_limit_decimal(self) -> Decimal:
        """`min_limit` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.min_limit)

    @property
    def max_limit_decimal(self) -> Decimal:
        """`max_limit` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.max_limit)

    def to_dict(self) -> dict[str, Any]:
        loan_coin = self.loan_coin

        field_flexible_daily_interest_rate = self.field_flexible_daily_interest_rate

        field_flexible_yearly_interest_rate = self.field_flexible_yearly_interest_rate

        field_30_d_daily_interest_rate = self.field_30_d_daily_interest_rate

        field_30_d_yearly_interest_rate = self.field_30_d_yearly_interest_rate

        field_60_d_daily_interest_rate = self.field_60_d_daily_interest_rate

        field_60_d_yearly_interest_rate = self.field_60_d_yearly_interest_rate

        min_limit = self.min_limit

        max_limit = self.max_limit

        vip_level = self.vip_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loanCoin": loan_coin,
                "_flexibleDailyInterestRate": field_flexible_daily_interest_rate,
                "_flexibleYearlyInterestRate": field_flexible_yearly_interest_rate,
                "_30dDailyInterestRate": field_30_d_daily_interest_rate,
                "_30dYearlyInterestRate": field_30_d_yearly_interest_rate,
                "_60dDailyInterestRate": field_60_d_daily_interest_rate,
                "_60dYearlyInterestRate": field_60_d_yearly_interest_rate,
                "minLimit": min_limit,
                "maxLimit": max_limit,
                "vipLevel": vip_level,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["loanCoin"],
            d["_flexibleDailyInterestRate"],
            d["_flexibleYearlyInterestRate"],
            d["_30dDailyInterestRate"],
            d["_30dYearlyInterestRate"],
            d["_60dDailyInterestRate"],
            d["_60dYearlyInterestRate"],
            d["minLimit"],
            d["maxLimit"],
            d["vipLevel"],
        )
        if len(d) > 10 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "loanCoin",
        "_flexibleDailyInterestRate",
        "_flexibleYearlyInterestRate",
        "_30dDailyInterestRate",
        "_30dYearlyInterestRate",
        "_60dDailyInterestRate",
        "_60dYearlyInterestRate",
        "minLimit",
        "maxLimit",
        "vipLevel",
    }
)
