"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties, former_attribute

T = TypeVar("T", bound="SavingsFixedProject")


@_attrs_define
class SavingsFixedProject(AdditionalProperties[Any]):
    """A fixed or activity savings project.

    Attributes:
        asset (str): Asset of the project.
        display_priority (int): Order in which Binance displays the project.
        duration (int): Term in days.
        interest_per_lot (str): Interest one lot earns over the term.
        interest_rate (str): Annual interest rate, as a fraction.
        lot_size (str): Amount of the asset in one lot.
        lots_low_limit (int): Fewest lots one purchase may be.
        lots_purchased (int): Lots sold so far.
        lots_up_limit (int): Lots on offer in total.
        max_lots_per_user (int): Most lots one account may buy.
        need_kyc (bool): Whether identity verification is required.
        project_id (str): Project identifier.
        project_name (str): Display name.
        status (str): Project state, such as `PURCHASING`.
        type (str): `ACTIVITY` or `CUSTOMIZED_FIXED`.
        with_area_limitation (bool): Whether some regions may not buy it.
    """

    asset: str
    display_priority: int
    duration: int
    interest_per_lot: str
    interest_rate: str
    lot_size: str
    lots_low_limit: int
    lots_purchased: int
    lots_up_limit: int
    max_lots_per_user: int
    need_kyc: bool
    project_id: str
    project_name: str
    status: str
    type: str
    with_area_limitation: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def interest_per_lot_decimal(self) -> Decimal:
        """`interest_per_lot` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.interest_per_lot)

    @property
    def interest_rate_decimal(self) -> Decimal:
        """`interest_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.interest_rate)

    @property
    def lot_size_decimal(self) -> Decimal:
        """`lot_size` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.lot_size)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        display_priority = self.display_priority

        duration = self.duration

        interest_per_lot = self.interest_per_lot

        interest_rate = self.interest_rate

        lot_size = self.lot_size

        lots_low_limit = self.lots_low_limit

        lots_purchased = self.lots_purchased

        lots_up_limit = self.lots_up_limit

        max_lots_per_user = self.max_lots_per_user

        need_kyc = self.need_kyc

        project_id = self.project_id

        project_name = self.project_name

        status = self.status

        type = self.type

        with_area_limitation = self.with_area_limitation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "displayPriority": display_priority,
                "duration": duration,
                "interestPerLot": interest_per_lot,
                "interestRate": interest_rate,
                "lotSize": lot_size,
                "lotsLowLimit": lots_low_limit,
                "lotsPurchased": lots_purchased,
                "lotsUpLimit": lots_up_limit,
                "maxLotsPerUser": max_lots_per_user,
                "needKyc": need_kyc,
                "projectId": project_id,
                "projectName": project_name,
                "status": status,
                "type": type,
                "withAreaLimitation": with_area_limitation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["asset"],
            d["displayPriority"],
            d["duration"],
            d["interestPerLot"],
            d["interestRate"],
            d["lotSize"],
            d["lotsLowLimit"],
            d["lotsPurchased"],
            d["lotsUpLimit"],
            d["maxLotsPerUser"],
            d["needKyc"],
            d["projectId"],
            d["projectName"],
            d["status"],
            d["type"],
            d["withAreaLimitation"],
        )
        if len(d) > 16 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "asset",
        "displayPriority",
        "duration",
        "interestPerLot",
        "interestRate",
        "lotSize",
        "lotsLowLimit",
        "lotsPurchased",
        "lotsUpLimit",
        "maxLotsPerUser",
        "needKyc",
        "projectId",
        "projectName",
        "status",
        "type",
        "withAreaLimitation",
    }
)
