"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="VipLoansFixedRateOffer")


@_attrs_define
class VipLoansFixedRateOffer(AdditionalProperties[Any]):
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

    @property
    def interest_rate_decimal(self) -> Decimal:
        """`interest_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.interest_rate)

    @property
    def minimum_amount_decimal(self) -> Decimal:
        """`minimum_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.minimum_amount)

    @property
    def available_amount_decimal(self) -> Decimal:
        """`available_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.available_amount)

    @property
    def estimated_interest_decimal(self) -> Decimal:
        """`estimated_interest` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.estimated_interest)

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
        d = src_dict

        _instance = cls(
            d["requestId"],
            d["requestNo"],
            d["coin"],
            d["interestRate"],
            d["duration"],
            d["minimumAmount"],
            d["availableAmount"],
            d["estimatedInterest"],
        )
        if len(d) > 8 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "requestId",
        "requestNo",
        "coin",
        "interestRate",
        "duration",
        "minimumAmount",
        "availableAmount",
        "estimatedInterest",
    }
)
