"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset, former_attribute

T = TypeVar("T", bound="SimpleEarnLockedSubscriptionRecord")


@_attrs_define
class SimpleEarnLockedSubscriptionRecord(AdditionalProperties[Any]):
    """One locked subscription.

    Attributes:
        position_id (int): Locked position the subscription opened.
        purchase_id (str): Identifier of the subscription (sent as text on this endpoint).
        project_id (str): Locked product subscribed to.
        time (int): When the subscription happened, UTC milliseconds.
        asset (str): Asset locked.
        amount (str): Amount locked.
        lock_period (str): Lock period in days (sent as text).
        type (str): Origin: `NORMAL`, `AUTO` (automatic renewal), `ACTIVITY`, `TRIAL` (trial fund) or `RESTAKE`.
        source_account (str): Wallet paid from: `SPOT`, `FUNDING` or `SPOTANDFUNDING`.
        status (str): `PURCHASING`, `SUCCESS` or `FAILED`.
        amt_from_spot (str | Unset): Part paid from the spot wallet; only when `sourceAccount` is `SPOTANDFUNDING`.
        amt_from_funding (str | Unset): Part paid from the funding wallet; only when `sourceAccount` is
            `SPOTANDFUNDING`.
    """

    position_id: int
    purchase_id: str
    project_id: str
    time: int
    asset: str
    amount: str
    lock_period: str
    type: str
    source_account: str
    status: str
    amt_from_spot: str | Unset = UNSET
    amt_from_funding: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    @property
    def amt_from_spot_decimal(self) -> Decimal | Unset:
        """`amt_from_spot` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.amt_from_spot, Unset) else Decimal(self.amt_from_spot)

    @property
    def amt_from_funding_decimal(self) -> Decimal | Unset:
        """`amt_from_funding` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.amt_from_funding, Unset) else Decimal(self.amt_from_funding)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        position_id = self.position_id

        purchase_id = self.purchase_id

        project_id = self.project_id

        time = self.time

        asset = self.asset

        amount = self.amount

        lock_period = self.lock_period

        type = self.type

        source_account = self.source_account

        status = self.status

        amt_from_spot = self.amt_from_spot

        amt_from_funding = self.amt_from_funding

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "positionId": position_id,
                "purchaseId": purchase_id,
                "projectId": project_id,
                "time": time,
                "asset": asset,
                "amount": amount,
                "lockPeriod": lock_period,
                "type": type,
                "sourceAccount": source_account,
                "status": status,
            }
        )
        if amt_from_spot is not UNSET:
            field_dict["amtFromSpot"] = amt_from_spot
        if amt_from_funding is not UNSET:
            field_dict["amtFromFunding"] = amt_from_funding

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["positionId"],
            d["purchaseId"],
            d["projectId"],
            d["time"],
            d["asset"],
            d["amount"],
            d["lockPeriod"],
            d["type"],
            d["sourceAccount"],
            d["status"],
            d.get("amtFromSpot", UNSET),
            d.get("amtFromFunding", UNSET),
        )
        if len(d) > 10 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "positionId",
        "purchaseId",
        "projectId",
        "time",
        "asset",
        "amount",
        "lockPeriod",
        "type",
        "sourceAccount",
        "status",
        "amtFromSpot",
        "amtFromFunding",
    }
)
