"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StakingSolBoostReward")


@_attrs_define
class StakingSolBoostReward:
    """One boost reward event.

    Attributes:
        time (int): When it happened, as Binance sends it (its example shows a value in seconds).
        token (str): Asset of the reward.
        amount (str): Reward amount.
        bnsol_holding (str): BNSOL held at the time.
        status (str): State, such as `SUCCESS`.
    """

    time: int
    token: str
    amount: str
    bnsol_holding: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        token = self.token

        amount = self.amount

        bnsol_holding = self.bnsol_holding

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "token": token,
                "amount": amount,
                "bnsolHolding": bnsol_holding,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        time = d.pop("time")

        token = d.pop("token")

        amount = d.pop("amount")

        bnsol_holding = d.pop("bnsolHolding")

        status = d.pop("status")

        _instance = cls(
            time=time,
            token=token,
            amount=amount,
            bnsol_holding=bnsol_holding,
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
