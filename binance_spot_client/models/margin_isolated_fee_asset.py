"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MarginIsolatedFeeAsset")


@_attrs_define
class MarginIsolatedFeeAsset:
    """Borrowing terms of one asset of an isolated pair.

    Attributes:
        coin (str): Asset of the pair (base or quote).
        daily_interest (str): Daily interest rate.
        borrow_limit (str): Borrowing ceiling.
    """

    coin: str
    daily_interest: str
    borrow_limit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coin = self.coin

        daily_interest = self.daily_interest

        borrow_limit = self.borrow_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coin": coin,
                "dailyInterest": daily_interest,
                "borrowLimit": borrow_limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        coin = d.pop("coin")

        daily_interest = d.pop("dailyInterest")

        borrow_limit = d.pop("borrowLimit")

        _instance = cls(
            coin=coin,
            daily_interest=daily_interest,
            borrow_limit=borrow_limit,
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
