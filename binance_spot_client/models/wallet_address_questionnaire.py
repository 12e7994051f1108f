"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="WalletAddressQuestionnaire")


@_attrs_define
class WalletAddressQuestionnaire(AdditionalProperties[Any]):
    """Answers given in an address verification questionnaire, as Binance's codes.

    Attributes:
        send_to (int | Unset): Kind of destination answered (Binance's code).
        satoshi_token (str | Unset): Token named in the answers.
        is_address_owner (int | Unset): Whether the address was declared as the user's own (Binance's code).
        verify_method (int | Unset): Verification method chosen (Binance's code).
    """

    send_to: int | Unset = UNSET
    satoshi_token: str | Unset = UNSET
    is_address_owner: int | Unset = UNSET
    verify_method: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        send_to = self.send_to

        satoshi_token = self.satoshi_token

        is_address_owner = self.is_address_owner

        verify_method = self.verify_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if send_to is not UNSET:
            field_dict["sendTo"] = send_to
        if satoshi_token is not UNSET:
            field_dict["satoshiToken"] = satoshi_token
        if is_address_owner is not UNSET:
            field_dict["isAddressOwner"] = is_address_owner
        if verify_method is not UNSET:
            field_dict["verifyMethod"] = verify_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d.get("sendTo", UNSET),
            d.get("satoshiToken", UNSET),
            d.get("isAddressOwner", UNSET),
            d.get("verifyMethod", UNSET),
        )
        if len(d) > 0 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"sendTo", "satoshiToken", "isAddressOwner", "verifyMethod"})
