"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SimpleEarnStableRedemption")


@_attrs_define
class SimpleEarnStableRedemption(AdditionalProperties[Any]):
    """Outcome of a BFUSD or RWUSD redemption.

    Attributes:
        success (bool): Whether the redemption was accepted.
        receive_amount (str): Amount that will be paid out, after the fee.
        fee (str): Fee charged.
        arrival_time (int): When the payout arrives, UTC milliseconds.
    """

    success: bool
    receive_amount: str
    fee: str
    arrival_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def receive_amount_decimal(self) -> Decimal:
        """`receive_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.receive_amount)

    @property
    def fee_decimal(self) -> Decimal:
        """`fee` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.fee)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        receive_amount = self.receive_amount

        fee = self.fee

        arrival_time = self.arrival_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "receiveAmount": receive_amount,
                "fee": fee,
                "arrivalTime": arrival_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["success"],
            d["receiveAmount"],
            d["fee"],
            d["arrivalTime"],
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"success", "receiveAmount", "fee", "arrivalTime"})
