"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="BlvtSubscriptionRecord")


@_attrs_define
class BlvtSubscriptionRecord(AdditionalProperties[Any]):
    """A past subscription.

    Attributes:
        id (int): Subscription id.
        token_name (str):
        amount (str): Tokens received.
        nav (str): Net asset value per token at subscription.
        fee (str): Fee, in USDT.
        total_charge (str): Total USDT spent.
        timestamp (int): Time of the subscription, UTC milliseconds.
    """

    id: int
    token_name: str
    amount: str
    nav: str
    fee: str
    total_charge: str
    timestamp: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    @property
    def nav_decimal(self) -> Decimal:
        """`nav` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.nav)

    @property
    def fee_decimal(self) -> Decimal:
        """`fee` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.fee)

    @property
    def total_charge_decimal(self) -> Decimal:
        """`total_charge` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_charge)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        token_name = self.token_name

        amount = self.amount

        nav = self.nav

        fee = self.fee

        total_charge = self.total_charge

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "tokenName": token_name,
                "amount": amount,
                "nav": nav,
                "fee": fee,
                "totalCharge": total_charge,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["id"],
            d["tokenName"],
            d["amount"],
            d["nav"],
            d["fee"],
            d["totalCharge"],
            d["timestamp"],
        )
        if len(d) > 7 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"id", "tokenName", "amount", "nav", "fee", "totalCharge", "timestamp"})
