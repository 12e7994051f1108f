"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset, former_attribute

T = TypeVar("T", bound="SimpleEarnFlexibleSubscriptionRecord")


@_attrs_define
class SimpleEarnFlexibleSubscriptionRecord(AdditionalProperties[Any]):
    """One flexible subscription.

    Attributes:
        amount (str): Amount subscribed.
        asset (str): Asset subscribed.
        time (int): When the subscription happened, UTC milliseconds.
        purchase_id (int): Identifier of the subscription.
        product_id (str): Product subscribed to.
        type (str): Origin of the subscription: `AUTO` (automatic), `NORMAL`, `CONVERT` (locked to flexible), `LOAN`
            (flexible loan collateral), `AI` (Auto-Invest) or `TRANSFER` (locked savings to flexible).
        source_account (str): Wallet paid from: `SPOT`, `FUNDING` or `SPOTANDFUNDING`.
        status (str): `PURCHASING`, `SUCCESS` or `FAILED`.
        amt_from_spot (str | Unset): Part paid from the spot wallet; only when `sourceAccount` is `SPOTANDFUNDING`.
        amt_from_funding (str | Unset): Part paid from the funding wallet; only when `sourceAccount` is
            `SPOTANDFUNDING`.
    """

    amount: str
    asset: str
    time: int
    purchase_id: int
    product_id: str
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
        amount = self.amount

        asset = self.asset

        time = self.time

        purchase_id = self.purchase_id

        product_id = self.product_id

        type = self.type

        source_account = self.source_account

        status = self.status

        amt_from_spot = self.amt_from_spot

        amt_from_funding = self.amt_from_funding

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "asset": asset,
                "time": time,
                "purchaseId": purchase_id,
                "productId": product_id,
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
            d["amount"],
            d["asset"],
            d["time"],
            d["purchaseId"],
            d["productId"],
            d["type"],
            d["sourceAccount"],
            d["status"],
            d.get("amtFromSpot", UNSET),
            d.get("amtFromFunding", UNSET),
        )
        if len(d) > 8 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "amount",
        "asset",
        "time",
        "purchaseId",
        "productId",
        "type",
        "sourceAccount",
        "status",
        "amtFromSpot",
        "amtFromFunding",
    }
)
