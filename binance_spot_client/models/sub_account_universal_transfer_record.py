"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SubAccountUniversalTransferRecord")


@_attrs_define
class SubAccountUniversalTransferRecord(AdditionalProperties[Any]):
    """One universal transfer.

    Attributes:
        tran_id (int): Id of the transfer.
        from_email (str): Email of the sending account.
        to_email (str): Email of the receiving account.
        asset (str): Asset moved.
        amount (str): Amount moved.
        create_time_stamp (int): Time of the transfer, UTC milliseconds.
        from_account_type (str): Wallet the asset left.
        to_account_type (str): Wallet the asset entered.
        status (str): State of the transfer, e.g. `SUCCESS`.
        client_tran_id (str | Unset): Your id of the transfer, when one was sent.
    """

    tran_id: int
    from_email: str
    to_email: str
    asset: str
    amount: str
    create_time_stamp: int
    from_account_type: str
    to_account_type: str
    status: str
    client_tran_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    def to_dict(self) -> dict[str, Any]:
        tran_id = self.tran_id

        from_email = self.from_email

        to_email = self.to_email

        asset = self.asset

        amount = self.amount

        create_time_stamp = self.create_time_stamp

        from_account_type = self.from_account_type

        to_account_type = self.to_account_type

        status = self.status

        client_tran_id = self.client_tran_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tranId": tran_id,
                "fromEmail": from_email,
                "toEmail": to_email,
                "asset": asset,
                "amount": amount,
                "createTimeStamp": create_time_stamp,
                "fromAccountType": from_account_type,
                "toAccountType": to_account_type,
                "status": status,
            }
        )
        if client_tran_id is not UNSET:
            field_dict["clientTranId"] = client_tran_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["tranId"],
            d["fromEmail"],
            d["toEmail"],
            d["asset"],
            d["amount"],
            d["createTimeStamp"],
            d["fromAccountType"],
            d["toAccountType"],
            d["status"],
            d.get("clientTranId", UNSET),
        )
        if len(d) > 9 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "tranId",
        "fromEmail",
        "toEmail",
        "asset",
        "amount",
        "createTimeStamp",
        "fromAccountType",
        "toAccountType",
        "status",
        "clientTranId",
    }
)
