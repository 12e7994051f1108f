"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="StakingEthStakingRecord")


@_attrs_define
class StakingEthStakingRecord(AdditionalProperties[Any]):
    """One ETH stake.

    Attributes:
        time (int): When ETH was staked, UTC milliseconds.
        asset (str): Staked asset (ETH).
        amount (str): Amount staked.
        distribute_amount (str): Amount of the token received.
        conversion_ratio (str): Conversion ratio applied.
        status (str): `PENDING`, `SUCCESS` or `FAILED`.
        distribute_asset (str | Unset): Token received, such as WBETH (added by Binance after 2024).
    """

    time: int
    asset: str
    amount: str
    distribute_amount: str
    conversion_ratio: str
    status: str
    distribute_asset: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    @property
    def distribute_amount_decimal(self) -> Decimal:
        """`distribute_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.distribute_amount)

    @property
    def conversion_ratio_decimal(self) -> Decimal:
        """`conversion_ratio` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.conversion_ratio)

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        asset = self.asset

        amount = self.amount

        distribute_amount = self.distribute_amount

        conversion_ratio = self.conversion_ratio

        status = self.status

        distribute_asset = self.distribute_asset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "asset": asset,
                "amount": amount,
                "distributeAmount": distribute_amount,
                "conversionRatio": conversion_ratio,
                "status": status,
            }
        )
        if distribute_asset is not UNSET:
            field_dict["distributeAsset"] = distribute_asset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["time"],
            d["asset"],
            d["amount"],
            d["distributeAmount"],
            d["conversionRatio"],
            d["status"],
            d.get("distributeAsset", UNSET),
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"time", "asset", "amount", "distributeAmount", "conversionRatio", "status", "distributeAsset"})
