"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="BlvtRedemption")


@_attrs_define
class BlvtRedemption(AdditionalProperties[Any]):
    """Outcome of a redemption.

    Attributes:
        id (int): Redemption id.
        status (str): `S` success, `P` pending, `F` failure.
        token_name (str):
        redeem_amount (str): Tokens redeemed.
        amount (str): USDT received.
        timestamp (int): Time of the redemption, UTC milliseconds.
    """

    id: int
    status: str
    token_name: str
    redeem_amount: str
    amount: str
    timestamp: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def redeem_amount_decimal(self) -> Decimal:
        """`redeem_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.redeem_amount)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        token_name = self.token_name

        redeem_amount = self.redeem_amount

        amount = self.amount

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "tokenName": token_name,
                "redeemAmount": redeem_amount,
                "amount": amount,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["id"],
            d["status"],
            d["tokenName"],
            d["redeemAmount"],
            d["amount"],
            d["timestamp"],
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"id", "status", "tokenName", "redeemAmount", "amount", "timestamp"})
