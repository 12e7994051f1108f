"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="CryptoLoansStableLoanableAsset")


@_attrs_define
class CryptoLoansStableLoanableAsset(AdditionalProperties[Any]):
    """
    Attributes:
        loan_coin (str): Coin that can be borrowed.
        field_7_d_hourly_interest_rate (str): Hourly rate of a 7-day loan.
        field_7_d_daily_interest_rate (str): Daily rate of a 7-day loan.
        field_14_d_hourly_interest_rate (str): Hourly rate of a 14-day loan.
        field_14_d_daily_interest_rate (str): Daily rate of a 14-day loan.
        field_30_d_hourly_interest_rate (str): Hourly rate of a 30-day loan.
        field_30_d_daily_interest_rate (str): Daily rate of a 30-day loan.
        field_90_d_hourly_interest_rate (str): Hourly rate of a 90-day loan.
        field_90_d_daily_interest_rate (str): Daily rate of a 90-day loan.
        field_180_d_hourly_interest_rate (str): Hourly rate of a 180-day loan.
        field_180_d_daily_interest_rate (str): Daily rate of a 180-day loan.
        min_limit (str): Smallest loan, in USD value.
        max_limit (str): Largest loan, in USD value.
        vip_level (int): VIP level the rates apply to.
    """

    loan_coin: str
    field_7_d_hourly_interest_rate: str
    field_7_d_daily_interest_rate: str
    field_14_d_hourly_interest_rate: str
    field_14_d_daily_interest_rate: str
    field_30_d_hourly_interest_rate: str
    field_30_d_daily_interest_rate: str
    field_90_d_hourly_interest_rate: str
    field_90_d_daily_interest_rate: str
    field_180_d_hourly_interest_rate: str
    field_180_d_daily_interest_rate: str
    min_limit: str
    max_limit: str
    vip_level: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def field_7_d_hourly_interest_rate_decimal(self) -> Decimal:
        """`field_7_d_hourly_interest_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.field_7_d_hourly_interest_rate)

    @property
    def field_7_d_daily_interest_rate_decimal(self) -> Decimal:
        """`field_7_d_daily_interest_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.field_7_d_daily_interest_rate)

    @property
    def field_14_d_hourly_interest_rate_decimal(self) -> Decimal:
        """`field_14_d_hourly_interest_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.field_14_d_hourly_interest_rate)

    @property
    def field_14_d_daily_interest_rate_decimal(self) -> Decimal:
        """`field_14_d_daily_interest_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.field_14_d_daily_interest_rate)

    @property
    def field_30_d_hourly_interest_rate_decimal(self) -> Decimal:
        """`field_30_d_hourly_interest_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.field_30_d_hourly_interest_rate)

    @property
    def field_30_d_daily_interest_rate_decimal(self) -> Decimal:
        """`field_30_d_daily_interest_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.field_30_d_daily_interest_rate)

    @property
    def field_90_d_hourly_interest_rate_decimal(self) -> Decimal:
        """`field_90_d_hourly_interest_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.field_90_d_hourly_interest_rate)

    @property
    def field_90_d_daily_interest_rate_decimal(self) -> Decimal:
        """`field_90_d_daily_interest_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.field_90_d_daily_interest_rate)

    @property
    def field_180_d_hourly_interest_rate_decimal(self) -> Decimal:
        """`field_180_d_hourly_interest_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.field_180_d_hourly_interest_rate)

    @property
    def field_180_d_daily_interest_rate_decimal(self) -> Decimal:
        """`field_180_d_daily_interest_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.field_180_d_daily_interest_rate)

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

        field_7_d_hourly_interest_rate = self.field_7_d_hourly_interest_rate

        field_7_d_daily_interest_rate = self.field_7_d_daily_interest_rate

        field_14_d_hourly_interest_rate = self.field_14_d_hourly_interest_rate

        field_14_d_daily_interest_rate = self.field_14_d_daily_interest_rate

        field_30_d_hourly_interest_rate = self.field_30_d_hourly_interest_rate

        field_30_d_daily_interest_rate = self.field_30_d_daily_interest_rate

        field_90_d_hourly_interest_rate = self.field_90_d_hourly_interest_rate

        field_90_d_daily_interest_rate = self.field_90_d_daily_interest_rate

        field_180_d_hourly_interest_rate = self.field_180_d_hourly_interest_rate

        field_180_d_daily_interest_rate = self.field_180_d_daily_interest_rate

        min_limit = self.min_limit

        max_limit = self.max_limit

        vip_level = self.vip_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loanCoin": loan_coin,
                "_7dHourlyInterestRate": field_7_d_hourly_interest_rate,
                "_7dDailyInterestRate": field_7_d_daily_interest_rate,
                "_14dHourlyInterestRate": field_14_d_hourly_interest_rate,
                "_14dDailyInterestRate": field_14_d_daily_interest_rate,
                "_30dHourlyInterestRate": field_30_d_hourly_interest_rate,
                "_30dDailyInterestRate": field_30_d_daily_interest_rate,
                "_90dHourlyInterestRate": field_90_d_hourly_interest_rate,
                "_90dDailyInterestRate": field_90_d_daily_interest_rate,
                "_180dHourlyInterestRate": field_180_d_hourly_interest_rate,
                "_180dDailyInterestRate": field_180_d_daily_interest_rate,
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
            d["_7dHourlyInterestRate"],
            d["_7dDailyInterestRate"],
            d["_14dHourlyInterestRate"],
            d["_14dDailyInterestRate"],
            d["_30dHourlyInterestRate"],
            d["_30dDailyInterestRate"],
            d["_90dHourlyInterestRate"],
            d["_90dDailyInterestRate"],
            d["_180dHourlyInterestRate"],
            d["_180dDailyInterestRate"],
            d["minLimit"],
            d["maxLimit"],
            d["vipLevel"],
        )
        if len(d) > 14 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "loanCoin",
        "_7dHourlyInterestRate",
        "_7dDailyInterestRate",
        "_14dHourlyInterestRate",
        "_14dDailyInterestRate",
        "_30dHourlyInterestRate",
        "_30dDailyInterestRate",
        "_90dHourlyInterestRate",
        "_90dDailyInterestRate",
        "_180dHourlyInterestRate",
        "_180dDailyInterestRate",
        "minLimit",
        "maxLimit",
        "vipLevel",
    }
)
