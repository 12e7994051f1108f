"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simple_earn_stable_record_status import SimpleEarnStableRecordStatus
from ..signing import AdditionalProperties

T = TypeVar("T", bound="SimpleEarnStableRedemptionRecord")


@_attrs_define
class SimpleEarnStableRedemptionRecord(AdditionalProperties[Any]):
    """One BFUSD or RWUSD redemption.

    Attributes:
        time (int): When the redemption was requested, UTC milliseconds.
        asset (str): Token redeemed (`BFUSD` or `RWUSD`).
        amount (str): Amount redeemed, before the fee.
        receive_asset (str): Stablecoin paid out.
        receive_amount (str): Amount paid out.
        fee (str): Fee charged.
        arrival_time (int): When the payout arrives or arrived, UTC milliseconds.
        status (SimpleEarnStableRecordStatus): State of a BFUSD or RWUSD subscription or redemption.
    """

    time: int
    asset: str
    amount: str
    receive_asset: str
    receive_amount: str
    fee: str
    arrival_time: int
    status: SimpleEarnStableRecordStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    @property
    def receive_amount_decimal(self) -> Decimal:
        """`receive_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.receive_amount)

    @property
    def fee_decimal(self) -> Decimal:
        """`fee` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.fee)

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        asset = self.asset

        amount = self.amount

        receive_asset = self.receive_asset

        receive_amount = self.receive_amount

        fee = self.fee

        arrival_time = self.arrival_time

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "asset": asset,
                "amount": amount,
                "receiveAsset": receive_asset,
                "receiveAmount": receive_amount,
                "fee": fee,
                "arrivalTime": arrival_time,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        status = _SIMPLE_EARN_STABLE_RECORD_STATUS.get(d["status"]) or SimpleEarnStableRecordStatus(d["status"])

        _instance = cls(
            d["time"],
            d["asset"],
            d["amount"],
            d["receiveAsset"],
            d["receiveAmount"],
            d["fee"],
            d["arrivalTime"],
            status,
        )
        if len(d) > 8 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_SIMPLE_EARN_STABLE_RECORD_STATUS: dict[object, SimpleEarnStableRecordStatus] = {
    member.value: member for member in SimpleEarnStableRecordStatus
}

_WIRE_NAMES = frozenset({"time", "asset", "amount", "receiveAsset", "receiveAmount", "fee", "arrivalTime", "status"})
