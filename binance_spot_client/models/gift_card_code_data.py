"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="GiftCardCodeData")


@_attrs_define
class GiftCardCodeData(AdditionalProperties[Any]):
    """A newly created gift card.

    Attributes:
        reference_no (str): Gift card number; identifies the card in verification.
        code (str): Redemption code; give it to the recipient.
        expired_time (int): When the card expires, UTC milliseconds.
    """

    reference_no: str
    code: str
    expired_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_no = self.reference_no

        code = self.code

        expired_time = self.expired_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "referenceNo": reference_no,
                "code": code,
                "expiredTime": expired_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["referenceNo"],
            d["code"],
            d["expiredTime"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"referenceNo", "code", "expiredTime"})
