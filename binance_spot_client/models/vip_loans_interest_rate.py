"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VipLoansInterestRate")


@_attrs_define
class VipLoansInterestRate:
    """
    Attributes:
        coin (str): Coin the rate applies to.
        annualized_interest_rate (str): Annualised flexible rate.
        time (int): When the rate took effect, UTC milliseconds.
    """

    coin: str
    annualized_interest_rate: str
    time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coin = self.coin

        annualized_interest_rate = self.annualized_interest_rate

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coin": coin,
                "annualizedInterestRate": annualized_interest_rate,
                "time": time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        coin = d.pop("coin")

        annualized_interest_rate = d.pop("annualizedInterestRate")

        time = d.pop("time")

        _instance = cls(
            coin=coin,
            annualized_interest_rate=annualized_interest_rate,
            time=time,
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
