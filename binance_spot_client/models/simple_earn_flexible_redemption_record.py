"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SimpleEarnFlexibleRedemptionRecord")


@_attrs_define
class SimpleEarnFlexibleRedemptionRecord(AdditionalProperties[Any]):
    """One flexible redemption.

    Attributes:
        amount (str): Amount redeemed.
        asset (str): Asset redeemed.
        time (int): When the redemption happened, UTC milliseconds.
        project_id (str): Flexible product redeemed from.
        redeem_id (int): Identifier of the redemption.
        dest_account (str): Wallet paid into: `SPOT` or `FUNDING`.
        status (str): `CREATED`, `PAID` or `FAILED`.
    """

    amount: str
    asset: str
    time: int
    project_id: str
    redeem_id: int
    dest_account: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        asset = self.asset

        time = self.time

        project_id = self.project_id

        redeem_id = self.redeem_id

        dest_account = self.dest_account

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "asset": asset,
                "time": time,
                "projectId": project_id,
                "redeemId": redeem_id,
                "destAccount": dest_account,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["amount"],
            d["asset"],
            d["time"],
            d["projectId"],
            d["redeemId"],
            d["destAccount"],
            d["status"],
        )
        if len(d) > 7 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"amount", "asset", "time", "projectId", "redeemId", "destAccount", "status"})
