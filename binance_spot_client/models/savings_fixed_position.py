"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties, former_attribute

T = TypeVar("T", bound="SavingsFixedPosition")


@_attrs_define
class SavingsFixedPosition(AdditionalProperties[Any]):
    """A position in a fixed or activity savings project.

    Attributes:
        asset (str): Asset of the position.
        can_transfer (bool): Whether the position can be moved to flexible savings.
        create_timestamp (int): When the position was created, UTC milliseconds.
        duration (int): Term in days.
        end_time (int): End of the term, UTC milliseconds.
        interest (str): Interest the position earns over the term.
        interest_rate (str): Annual interest rate, as a fraction.
        lot (int): Lots held.
        position_id (int): Identifier of the position.
        principal (str): Amount invested.
        project_id (str): Project of the position.
        project_name (str): Display name of the project.
        purchase_time (int): When it was bought, UTC milliseconds.
        redeem_date (datetime.date): Date the principal is returned, as `YYYY-MM-DD`.
        start_time (int): Start of the term, UTC milliseconds.
        status (str): `HOLDING` or `REDEEMED`.
        type (str): `ACTIVITY` or `CUSTOMIZED_FIXED`.
    """

    asset: str
    can_transfer: bool
    create_timestamp: int
    duration: int
    end_time: int
    interest: str
    interest_rate: str
    lot: int
    position_id: int
    principal: str
    project_id: str
    project_name: str
    purchase_time: int
    redeem_date: datetime.date
    start_time: int
    status: str
    type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def interest_decimal(self) -> Decimal:
        """`interest` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.interest)

    @property
    def interest_rate_decimal(self) -> Decimal:
        """`interest_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.interest_rate)

    @property
    def principal_decimal(self) -> Decimal:
        """`principal` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.principal)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        can_transfer = self.can_transfer

        create_timestamp = self.create_timestamp

        duration = self.duration

        end_time = self.end_time

        interest = self.interest

        interest_rate = self.interest_rate

        lot = self.lot

        position_id = self.position_id

        principal = self.principal

        project_id = self.project_id

        project_name = self.project_name

        purchase_time = self.purchase_time

        redeem_date = self.redeem_date.isoformat()

        start_time = self.start_time

        status = self.status

        type = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "canTransfer": can_transfer,
                "createTimestamp": create_timestamp,
                "duration": duration,
                "endTime": end_time,
                "interest": interest,
                "interestRate": interest_rate,
                "lot": lot,
                "positionId": position_id,
                "principal": principal,
                "projectId": project_id,
                "projectName": project_name,
                "purchaseTime": purchase_time,
                "redeemDate": redeem_date,
                "startTime": start_time,
                "status": status,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        redeem_date = datetime.date.fromisoformat(d["redeemDate"])

        _instance = cls(
            d["asset"],
            d["canTransfer"],
            d["createTimestamp"],
            d["duration"],
            d["endTime"],
            d["interest"],
            d["interestRate"],
            d["lot"],
            d["positionId"],
            d["principal"],
            d["projectId"],
            d["projectName"],
            d["purchaseTime"],
            redeem_date,
            d["startTime"],
            d["status"],
            d["type"],
        )
        if len(d) > 17 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "asset",
        "canTransfer",
        "createTimestamp",
        "duration",
        "endTime",
        "interest",
        "interestRate",
        "lot",
        "positionId",
        "principal",
        "projectId",
        "projectName",
        "purchaseTime",
        "redeemDate",
        "startTime",
        "status",
        "type",
    }
)
