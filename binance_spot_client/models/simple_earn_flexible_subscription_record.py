"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SimpleEarnFlexibleSubscriptionRecord")


@_attrs_define
class SimpleEarnFlexibleSubscriptionRecord:
    """One flexible subscription.

    Attributes:
        amount (str): Amount subscribed.
        asset (str): Asset subscribed.
        time (int): When the subscription happened, UTC milliseconds.
        purchase_id (int): Identifier of the subscription.
        product_id (str): Product subscribed to.
        type_ (str): Origin of the subscription: `AUTO` (automatic), `NORMAL`, `CONVERT` (locked to flexible), `LOAN`
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
    type_: str
    source_account: str
    status: str
    amt_from_spot: str | Unset = UNSET
    amt_from_funding: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        asset = self.asset

        time = self.time

        purchase_id = self.purchase_id

        product_id = self.product_id

        type_ = self.type_

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
                "type": type_,
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        asset = d.pop("asset")

        time = d.pop("time")

        purchase_id = d.pop("purchaseId")

        product_id = d.pop("productId")

        type_ = d.pop("type")

        source_account = d.pop("sourceAccount")

        status = d.pop("status")

        amt_from_spot = d.pop("amtFromSpot", UNSET)

        amt_from_funding = d.pop("amtFromFunding", UNSET)

        _instance = cls(
            amount=amount,
            asset=asset,
            time=time,
            purchase_id=purchase_id,
            product_id=product_id,
            type_=type_,
            source_account=source_account,
            status=status,
            amt_from_spot=amt_from_spot,
            amt_from_funding=amt_from_funding,
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
