"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VipLoansFixedRateOffer")


@_attrs_define
class VipLoansFixedRateOffer:
    """
    Attributes:
        request_id (int): Id of the supply order, used in `vipLoanFixedRateBorrow`'s `supplyRequest`.
        request_no (int): Request number of the supply order.
        coin (str): Coin offered.
        interest_rate (str): Annual interest rate of the offer.
        duration (int): Term in days.
        minimum_amount (str): Smallest amount that can be borrowed from it.
        available_amount (str): Largest amount still available.
        estimated_interest (str): Estimated interest over the term.
    """

    request_id: int
    request_no: int
    coin: str
    interest_rate: str
    duration: int
    minimum_amount: str
    available_amount: str
    estimated_interest: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        request_no = self.request_no

        coin = self.coin

        interest_rate = self.interest_rate

        duration = self.duration

        minimum_amount = self.minimum_amount

        available_amount = self.available_amount

        estimated_interest = self.estimated_interest

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestId": request_id,
                "requestNo": request_no,
                "coin": coin,
                "interestRate": interest_rate,
                "duration": duration,
                "minimumAmount": minimum_amount,
                "availableAmount": available_amount,
                "estimatedInterest": estimated_interest,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("requestId")

        request_no = d.pop("requestNo")

        coin = d.pop("coin")

        interest_rate = d.pop("interestRate")

        duration = d.pop("duration")

        minimum_amount = d.pop("minimumAmount")

        available_amount = d.pop("availableAmount")

        estimated_interest = d.pop("estimatedInterest")

        _instance = cls(
            request_id=request_id,
            request_no=request_no,
            coin=coin,
            interest_rate=interest_rate,
            duration=duration,
            minimum_amount=minimum_amount,
            available_amount=available_amount,
            estimated_interest=estimated_interest,
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
