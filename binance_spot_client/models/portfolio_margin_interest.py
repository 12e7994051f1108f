"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PortfolioMarginInterest")


@_attrs_define
class PortfolioMarginInterest:
    """Interest charged on a negative balance.

    Attributes:
        asset (str):
        interest (str): Interest charged.
        interest_accrued_time (int): When the interest was charged.
        interest_rate (str): Rate applied.
        principal (str): Negative balance the interest was charged on.
    """

    asset: str
    interest: str
    interest_accrued_time: int
    interest_rate: str
    principal: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        interest = self.interest

        interest_accrued_time = self.interest_accrued_time

        interest_rate = self.interest_rate

        principal = self.principal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "interest": interest,
                "interestAccruedTime": interest_accrued_time,
                "interestRate": interest_rate,
                "principal": principal,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset = d.pop("asset")

        interest = d.pop("interest")

        interest_accrued_time = d.pop("interestAccruedTime")

        interest_rate = d.pop("interestRate")

        principal = d.pop("principal")

        _instance = cls(
            asset=asset,
            interest=interest,
            interest_accrued_time=interest_accrued_time,
            interest_rate=interest_rate,
            principal=principal,
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
