"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="StakingEthRedemptionRecord")


@_attrs_define
class StakingEthRedemptionRecord(AdditionalProperties[Any]):
    """One ETH redemption.

    Attributes:
        time (int): When the redemption was requested, UTC milliseconds.
        arrival_time (int): When the ETH arrives, UTC milliseconds.
        asset (str): Token given back (WBETH or BETH).
        amount (str): Amount given back.
        distribute_asset (str): Asset paid out (ETH).
        distribute_amount (str): Amount paid out.
        conversion_ratio (str): Conversion ratio applied.
        status (str): `PENDING`, `SUCCESS` or `FAILED`.
    """

    time: int
    arrival_time: int
    asset: str
    amount: str
    distribute_asset: str
    distribute_amount: str
    conversion_ratio: str
    status: str
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

        arrival_time = self.arrival_time

        asset = self.asset

        amount = self.amount

        distribute_asset = self.distribute_asset

        distribute_amount = self.distribute_amount

        conversion_ratio = self.conversion_ratio

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
                "conversionRatio": conversion_ratio,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["time"],
            d["arrivalTime"],
            d["asset"],
            d["amount"],
            d["distributeAsset"],
            d["distributeAmount"],
            d["conversionRatio"],
            d["status"],
        )
        if len(d) > 8 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {"time", "arrivalTime", "asset", "amount", "distributeAsset", "distributeAmount", "conversionRatio", "status"}
)
