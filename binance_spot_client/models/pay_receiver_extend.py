"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="PayReceiverExtend")


@_attrs_define
class PayReceiverExtend(AdditionalProperties[Any]):
    """Extra details of an external receiver.

    Attributes:
        institution_name (str | Unset): Name of the receiving institution.
        card_number (str | Unset): Card number (masked).
        digital_wallet_id (str | Unset): Id of the digital wallet.
    """

    institution_name: str | Unset = UNSET
    card_number: str | Unset = UNSET
    digital_wallet_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        institution_name = self.institution_name

        card_number = self.card_number

        digital_wallet_id = self.digital_wallet_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if institution_name is not UNSET:
            field_dict["institutionName"] = institution_name
        if card_number is not UNSET:
            field_dict["cardNumber"] = card_number
        if digital_wallet_id is not UNSET:
            field_dict["digitalWalletId"] = digital_wallet_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d.get("institutionName", UNSET),
            d.get("cardNumber", UNSET),
            d.get("digitalWalletId", UNSET),
        )
        if len(d) > 0 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"institutionName", "cardNumber", "digitalWalletId"})
