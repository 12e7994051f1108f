"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StakingWbethConversion")


@_attrs_define
class StakingWbethConversion:
    """One conversion between BETH and WBETH.

    Attributes:
        time (int): When it happened, UTC milliseconds.
        from_asset (str): Token given.
        from_amount (str): Amount given.
        to_asset (str): Token received.
        to_amount (str): Amount received.
        exchange_rate (str): BETH per WBETH applied.
        status (str): `PENDING`, `SUCCESS` or `FAILED`.
    """

    time: int
    from_asset: str
    from_amount: str
    to_asset: str
    to_amount: str
    exchange_rate: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        from_asset = self.from_asset

        from_amount = self.from_amount

        to_asset = self.to_asset

        to_amount = self.to_amount

        exchange_rate = self.exchange_rate

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "fromAsset": from_asset,
                "fromAmount": from_amount,
                "toAsset": to_asset,
                "toAmount": to_amount,
                "exchangeRate": exchange_rate,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        time = d.pop("time")

        from_asset = d.pop("fromAsset")

        from_amount = d.pop("fromAmount")

        to_asset = d.pop("toAsset")

        to_amount = d.pop("toAmount")

        exchange_rate = d.pop("exchangeRate")

        status = d.pop("status")

        _instance = cls(
            time=time,
            from_asset=from_asset,
            from_amount=from_amount,
            to_asset=to_asset,
            to_amount=to_amount,
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
