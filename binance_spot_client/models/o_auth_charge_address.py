"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="OAuthChargeAddress")


@_attrs_define
class OAuthChargeAddress(AdditionalProperties[Any]):
    """
    Attributes:
        coin (str):
        address (str):
        tag (str | Unset): Memo or tag the deposit needs; empty when none.
        url (str | Unset): The address on a block explorer.
        time (int | Unset): A timestamp (ms); Binance does not say of what.
    """

    coin: str
    address: str
    tag: str | Unset = UNSET
    url: str | Unset = UNSET
    time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coin = self.coin

        address = self.address

        tag = self.tag

        url = self.url

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coin": coin,
                "address": address,
            }
        )
        if tag is not UNSET:
            field_dict["tag"] = tag
        if url is not UNSET:
            field_dict["url"] = url
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["coin"],
            d["address"],
            d.get("tag", UNSET),
            d.get("url", UNSET),
            d.get("time", UNSET),
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"coin", "address", "tag", "url", "time"})
