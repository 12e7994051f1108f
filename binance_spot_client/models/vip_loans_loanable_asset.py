"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VipLoansLoanableAsset")


@_attrs_define
class VipLoansLoanableAsset:
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
        d = dict(src_dict)
        loan_coin = d.pop("loanCoin")

        field_flexible_daily_interest_rate = d.pop("_flexibleDailyInterestRate")

        field_flexible_yearly_interest_rate = d.pop("_flexibleYearlyInterestRate")

        field_30_d_daily_interest_rate = d.pop("_30dDailyInterestRate")

        field_30_d_yearly_interest_rate = d.pop("_30dYearlyInterestRate")

        field_60_d_daily_interest_rate = d.pop("_60dDailyInterestRate")

        field_60_d_yearly_interest_rate = d.pop("_60dYearlyInterestRate")

        min_limit = d.pop("minLimit")

        max_limit = d.pop("maxLimit")

        vip_level = d.pop("vipLevel")

        _instance = cls(
            loan_coin=loan_coin,
            field_flexible_daily_interest_rate=field_flexible_daily_interest_rate,
            field_flexible_yearly_interest_rate=field_flexible_yearly_interest_rate,
            field_30_d_daily_interest_rate=field_30_d_daily_interest_rate,
            field_30_d_yearly_interest_rate=field_30_d_yearly_interest_rate,
            field_60_d_daily_interest_rate=field_60_d_daily_interest_rate,
            field_60_d_yearly_interest_rate=field_60_d_yearly_interest_rate,
            min_limit=min_limit,
            max_limit=max_limit,
            vip_level=vip_level,
        )

        _instance.additional_properties = d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
