"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="NftToken")


@_attrs_define
class NftToken(AdditionalProperties[Any]):
    """An NFT.

    Attributes:
        network (str): Chain the NFT lives on.
        token_id (str): Token id.
        contract_address (str): Contract address (or Binance's internal collection id).
    """

    network: str
    token_id: str
    contract_address: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        network = self.network

        token_id = self.token_id

        contract_address = self.contract_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "network": network,
                "tokenId": token_id,
                "contractAddress": contract_address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["network"],
            d["tokenId"],
            d["contractAddress"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"network", "tokenId", "contractAddress"})
