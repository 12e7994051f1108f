"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="WalletDepositAddress")


@_attrs_define
class WalletDepositAddress(AdditionalProperties[Any]):
    """A deposit address.

    Attributes:
        address (str):
        coin (str):
        tag (str): Memo or tag to send with deposits; empty when the network uses none.
        url (str): Block explorer link to the address.
    """

    address: str
    coin: str
    tag: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        coin = self.coin

        tag = self.tag

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "coin": coin,
                "tag": tag,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["address"],
            d["coin"],
            d["tag"],
            d["url"],
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"address", "coin", "tag", "url"})
