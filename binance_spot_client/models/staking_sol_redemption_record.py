"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StakingSolRedemptionRecord")


@_attrs_define
class StakingSolRedemptionRecord:
    """One BNSOL redemption.

    Attributes:
        time (int): When the redemption was requested, UTC milliseconds.
        arrival_time (int): When the SOL arrives, UTC milliseconds.
        asset (str): Token given back (BNSOL).
        amount (str): Amount given back.
        distribute_asset (str): Asset paid out (SOL).
        distribute_amount (str): Amount paid out.
        exchange_rate (str): Exchange rate applied.
        status (str): `PENDING`, `SUCCESS` or `FAILED`.
    """

    time: int
    arrival_time: int
    asset: str
    amount: str
    distribute_asset: str
    distribute_amount: str
    exchange_rate: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        arrival_time = self.arrival_time

        asset = self.asset

        amount = self.amount

        distribute_asset = self.distribute_asset

        distribute_amount = self.distribute_amount

        exchange_rate = self.exchange_rate

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "arrivalTime": arrival_time,
                "asset": asset,
                "amount": amount,
                "distributeAsset": distribute_asset,
                "distributeAmount": distribute_amount,
                "exchangeRate": exchange_rate,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        time = d.pop("time")

        arrival_time = d.pop("arrivalTime")

        asset = d.pop("asset")

        amount = d.pop("amount")

        distribute_asset = d.pop("distributeAsset")

        distribute_amount = d.pop("distributeAmount")

        exchange_rate = d.pop("exchangeRate")

        status = d.pop("status")

        _instance = cls(
            time=time,
            arrival_time=arrival_time,
            asset=asset,
            amount=amount,
            distribute_asset=distribute_asset,
            distribute_amount=distribute_amount,
            exchange_rate=exchange_rate,
            status=status,
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
