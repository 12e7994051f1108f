"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="PredictionTransfer")


@_attrs_define
class PredictionTransfer(AdditionalProperties[Any]):
    """A transfer between a Binance account and a prediction wallet.

    Attributes:
        transfer_id (str): Identifier of the transfer.
        direction (str): `INBOUND` (prediction wallet to Binance account) or `OUTBOUND` (the other way).
        status (str): `PENDING` or `PROCESSING` while under way, then `COMPLETED` or `FAILED` (the history's example
            also shows `SUCCESS`).
        from_token (str): Asset sent.
        from_token_amount (str): Amount sent.
        to_token (str): Asset received.
        to_token_amount (str): Amount received.
        create_time (str): When the transfer was created, ISO 8601 text.
        update_time (str): When the transfer last changed, ISO 8601 text.
        wallet_address (str | Unset): Prediction wallet of the transfer; in the history only.
        error_code (str | Unset): Why the transfer failed, as a code; empty unless it failed.
        error_message (str | Unset): Why the transfer failed; empty unless it failed.
        complete_at (str | Unset): When the transfer completed, ISO 8601 text; in the history only.
    """

    transfer_id: str
    direction: str
    status: str
    from_token: str
    from_token_amount: str
    to_token: str
    to_token_amount: str
    create_time: str
    update_time: str
    wallet_address: str | Unset = UNSET
    error_code: str | Unset = UNSET
    error_message: str | Unset = UNSET
    complete_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def from_token_amount_decimal(self) -> Decimal:
        """`from_token_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.from_token_amount)

    @property
    def to_token_amount_decimal(self) -> Decimal:
        """`to_token_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.to_token_amount)

    def to_dict(self) -> dict[str, Any]:
        transfer_id = self.transfer_id

        direction = self.direction

        status = self.status

        from_token = self.from_token

        from_token_amount = self.from_token_amount

        to_token = self.to_token

        to_token_amount = self.to_token_amount

        create_time = self.create_time

        update_time = self.update_time

        wallet_address = self.wallet_address

        error_code = self.error_code

        error_message = self.error_message

        complete_at = self.complete_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transferId": transfer_id,
                "direction": direction,
                "status": status,
                "fromToken": from_token,
                "fromTokenAmount": from_token_amount,
                "toToken": to_token,
                "toTokenAmount": to_token_amount,
                "createTime": create_time,
                "updateTime": update_time,
            }
        )
        if wallet_address is not UNSET:
            field_dict["walletAddress"] = wallet_address
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if complete_at is not UNSET:
            field_dict["completeAt"] = complete_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["transferId"],
            d["direction"],
            d["status"],
            d["fromToken"],
            d["fromTokenAmount"],
            d["toToken"],
            d["toTokenAmount"],
            d["createTime"],
            d["updateTime"],
            d.get("walletAddress", UNSET),
            d.get("errorCode", UNSET),
            d.get("errorMessage", UNSET),
            d.get("completeAt", UNSET),
        )
        if len(d) > 9 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "transferId",
        "direction",
        "status",
        "fromToken",
        "fromTokenAmount",
        "toToken",
        "toTokenAmount",
        "createTime",
        "updateTime",
        "walletAddress",
        "errorCode",
        "errorMessage",
        "completeAt",
    }
)
