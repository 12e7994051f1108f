"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="GiftCardRedemptionData")


@_attrs_define
class GiftCardRedemptionData(AdditionalProperties[Any]):
    """What a redeemed gift card credited.

    Attributes:
        reference_no (str): Gift card number.
        identity_no (str): Id of the redemption.
        token (str): Asset credited.
        amount (str): Amount credited.
    """

    reference_no: str
    identity_no: str
    token: str
    amount: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    def to_dict(self) -> dict[str, Any]:
        reference_no = self.reference_no

        identity_no = self.identity_no

        token = self.token

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "referenceNo": reference_no,
                "identityNo": identity_no,
                "token": token,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["referenceNo"],
            d["identityNo"],
            d["token"],
            d["amount"],
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"referenceNo", "identityNo", "token", "amount"})
