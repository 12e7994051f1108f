"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simple_earn_stable_record_status import SimpleEarnStableRecordStatus
from ..signing import AdditionalProperties

T = TypeVar("T", bound="SimpleEarnStableSubscriptionRecord")


@_attrs_define
class SimpleEarnStableSubscriptionRecord(AdditionalProperties[Any]):
    """One conversion into BFUSD or RWUSD.

    Attributes:
        time (int): When the subscription was made, UTC milliseconds.
        asset (str): Stablecoin paid.
        amount (str): Amount paid.
        receive_asset (str): Token received (`BFUSD` or `RWUSD`).
        receive_amount (str): Amount received.
        status (SimpleEarnStableRecordStatus): State of a BFUSD or RWUSD subscription or redemption.
    """

    time: int
    asset: str
    amount: str
    receive_asset: str
    receive_amount: str
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

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        asset = self.asset

        amount = self.amount

        receive_asset = self.receive_asset

        receive_amount = self.receive_amount

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
            status,
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_SIMPLE_EARN_STABLE_RECORD_STATUS: dict[object, SimpleEarnStableRecordStatus] = {
    member.value: member for member in SimpleEarnStableRecordStatus
}

_WIRE_NAMES = frozenset({"time", "asset", "amount", "receiveAsset", "receiveAmount", "status"})
