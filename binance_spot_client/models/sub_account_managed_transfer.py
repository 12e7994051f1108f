"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountManagedTransfer")


@_attrs_define
class SubAccountManagedTransfer(AdditionalProperties[Any]):
    """A transfer of a managed sub-account.

    Attributes:
        from_email (str): Email of the sending account.
        from_account_type (str): Wallet the asset left.
        to_email (str): Email of the receiving account.
        to_account_type (str): Wallet the asset entered.
        asset (str): Asset moved.
        amount (str): Amount moved.
        scheduled_data (int): Time the transfer was scheduled for, UTC milliseconds.
        create_time (int): Time the transfer was created, UTC milliseconds.
        status (str): State of the transfer, e.g. `SUCCESS`.
        tran_id (int): Id of the transfer.
    """

    from_email: str
    from_account_type: str
    to_email: str
    to_account_type: str
    asset: str
    amount: str
    scheduled_data: int
    create_time: int
    status: str
    tran_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    def to_dict(self) -> dict[str, Any]:
        from_email = self.from_email

        from_account_type = self.from_account_type

        to_email = self.to_email

        to_account_type = self.to_account_type

        asset = self.asset

        amount = self.amount

        scheduled_data = self.scheduled_data

        create_time = self.create_time

        status = self.status

        tran_id = self.tran_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fromEmail": from_email,
                "fromAccountType": from_account_type,
                "toEmail": to_email,
                "toAccountType": to_account_type,
                "asset": asset,
                "amount": amount,
                "scheduledData": scheduled_data,
                "createTime": create_time,
                "status": status,
                "tranId": tran_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["fromEmail"],
            d["fromAccountType"],
            d["toEmail"],
            d["toAccountType"],
            d["asset"],
            d["amount"],
            d["scheduledData"],
            d["createTime"],
            d["status"],
            d["tranId"],
        )
        if len(d) > 10 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "fromEmail",
        "fromAccountType",
        "toEmail",
        "toAccountType",
        "asset",
        "amount",
        "scheduledData",
        "createTime",
        "status",
        "tranId",
    }
)
