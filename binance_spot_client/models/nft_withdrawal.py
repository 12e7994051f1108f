"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="NftWithdrawal")


@_attrs_define
class NftWithdrawal(AdditionalProperties[Any]):
    """An NFT withdrawal.

    Attributes:
        network (str): Chain the NFT was sent to.
        tx_id (str): On-chain transaction id.
        contract_adrress (str): Contract address (Binance's spelling of the field).
        token_id (str): Token id.
        timestamp (int): Time of the withdrawal, UTC milliseconds.
        fee (float): Withdrawal fee (a JSON number).
        fee_asset (str): Asset the fee was paid in.
    """

    network: str
    tx_id: str
    contract_adrress: str
    token_id: str
    timestamp: int
    fee: float
    fee_asset: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        network = self.network

        tx_id = self.tx_id

        contract_adrress = self.contract_adrress

        token_id = self.token_id

        timestamp = self.timestamp

        fee = self.fee

        fee_asset = self.fee_asset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "network": network,
                "txID": tx_id,
                "contractAdrress": contract_adrress,
                "tokenId": token_id,
                "timestamp": timestamp,
                "fee": fee,
                "feeAsset": fee_asset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["network"],
            d["txID"],
            d["contractAdrress"],
            d["tokenId"],
            d["timestamp"],
            d["fee"],
            d["feeAsset"],
        )
        if len(d) > 7 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"network", "txID", "contractAdrress", "tokenId", "timestamp", "fee", "feeAsset"})
