"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="PredictionRedeemResult")


@_attrs_define
class PredictionRedeemResult(AdditionalProperties[Any]):
    """The redemption of one token.

    Attributes:
        request_id (str): Identifier of the request.
        status (str): State of the redemption, e.g. `PENDING`.
        tx_hash (str | Unset): Hash of the redemption transaction.
        error (str | Unset): Why it failed, when it failed.
    """

    request_id: str
    status: str
    tx_hash: str | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        status = self.status

        tx_hash = self.tx_hash

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestId": request_id,
                "status": status,
            }
        )
        if tx_hash is not UNSET:
            field_dict["txHash"] = tx_hash
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["requestId"],
            d["status"],
            d.get("txHash", UNSET),
            d.get("error", UNSET),
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"requestId", "status", "txHash", "error"})
