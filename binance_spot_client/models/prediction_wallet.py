"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="PredictionWallet")


@_attrs_define
class PredictionWallet(AdditionalProperties[Any]):
    """A prediction wallet of the caller.

    Attributes:
        wallet_address (str): Address of the wallet.
        wallet_id (str): Identifier of the wallet.
        registered_time (int): When it was registered, UTC milliseconds.
    """

    wallet_address: str
    wallet_id: str
    registered_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wallet_address = self.wallet_address

        wallet_id = self.wallet_id

        registered_time = self.registered_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "walletAddress": wallet_address,
                "walletId": wallet_id,
                "registeredTime": registered_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["walletAddress"],
            d["walletId"],
            d["registeredTime"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"walletAddress", "walletId", "registeredTime"})
