"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="NftDeposit")


@_attrs_define
class NftDeposit(AdditionalProperties[Any]):
    """An NFT deposit.

    Attributes:
        network (str): Chain the NFT came from.
        tx_id (None | str): On-chain transaction id; null when Binance has none.
        contract_adrress (str): Contract address (Binance's spelling of the field).
        token_id (str): Token id.
        timestamp (int): Time of the deposit, UTC milliseconds.
    """

    network: str
    tx_id: str | None
    contract_adrress: str
    token_id: str
    timestamp: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        network = self.network

        tx_id: str | None
        tx_id = self.tx_id

        contract_adrress = self.contract_adrress

        token_id = self.token_id

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "network": network,
                "txID": tx_id,
                "contractAdrress": contract_adrress,
                "tokenId": token_id,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        tx_id = _parse_tx_id(d["txID"])

        _instance = cls(
            d["network"],
            tx_id,
            d["contractAdrress"],
            d["tokenId"],
            d["timestamp"],
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


def _parse_tx_id(data: object) -> str | None:
    if data is None:
        return data
    return cast(None | str, data)


_WIRE_NAMES = frozenset({"network", "txID", "contractAdrress", "tokenId", "timestamp"})
