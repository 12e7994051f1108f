"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="WalletDepositAddressEntry")


@_attrs_define
class WalletDepositAddressEntry(AdditionalProperties[Any]):
    """One deposit address of a coin.

    Attributes:
        coin (str):
        address (str):
        is_default (int): 1 for the address shown by default, 0 otherwise.
        tag (str | Unset): Memo or tag; empty when the network uses none.
    """

    coin: str
    address: str
    is_default: int
    tag: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coin = self.coin

        address = self.address

        is_default = self.is_default

        tag = self.tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coin": coin,
                "address": address,
                "isDefault": is_default,
            }
        )
        if tag is not UNSET:
            field_dict["tag"] = tag

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["coin"],
            d["address"],
            d["isDefault"],
            d.get("tag", UNSET),
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"coin", "address", "isDefault", "tag"})
