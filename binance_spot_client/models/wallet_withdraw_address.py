"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="WalletWithdrawAddress")


@_attrs_define
class WalletWithdrawAddress(AdditionalProperties[Any]):
    """An address of the withdrawal address book.

    Attributes:
        address (str):
        address_tag (str): Memo or tag; empty when none.
        coin (str):
        name (str): Label of the address.
        network (str):
        origin (str): Where the address came from (for example the exchange or wallet name).
        origin_type (str): Kind of origin.
        white_status (bool): Whether the address is whitelisted.
    """

    address: str
    address_tag: str
    coin: str
    name: str
    network: str
    origin: str
    origin_type: str
    white_status: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        address_tag = self.address_tag

        coin = self.coin

        name = self.name

        network = self.network

        origin = self.origin

        origin_type = self.origin_type

        white_status = self.white_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "addressTag": address_tag,
                "coin": coin,
                "name": name,
                "network": network,
                "origin": origin,
                "originType": origin_type,
                "whiteStatus": white_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["address"],
            d["addressTag"],
            d["coin"],
            d["name"],
            d["network"],
            d["origin"],
            d["originType"],
            d["whiteStatus"],
        )
        if len(d) > 8 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"address", "addressTag", "coin", "name", "network", "origin", "originType", "whiteStatus"})
