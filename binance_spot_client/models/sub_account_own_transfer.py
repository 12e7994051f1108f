"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties, former_attribute

T = TypeVar("T", bound="SubAccountOwnTransfer")


@_attrs_define
class SubAccountOwnTransfer(AdditionalProperties[Any]):
    """A transfer of the calling sub-account.

    Attributes:
        counter_party (str): `master` or `subAccount`: who the other side is.
        email (str): Email of the other side.
        type (int): `1` incoming, `2` outgoing.
        asset (str): Asset moved.
        qty (str): Amount moved.
        from_account_type (str): Wallet the asset left, e.g. `SPOT`, `USDT_FUTURE`, `COIN_FUTURE`.
        to_account_type (str): Wallet the asset entered, e.g. `SPOT`, `USDT_FUTURE`, `COIN_FUTURE`.
        status (str): `PROCESS`, `SUCCESS` or `FAILURE`.
        tran_id (int): Id of the transfer.
        time (int): Time of the transfer, UTC milliseconds.
    """

    counter_party: str
    email: str
    type: int
    asset: str
    qty: str
    from_account_type: str
    to_account_type: str
    status: str
    tran_id: int
    time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def qty_decimal(self) -> Decimal:
        """`qty` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.qty)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        counter_party = self.counter_party

        email = self.email

        type = self.type

        asset = self.asset

        qty = self.qty

        from_account_type = self.from_account_type

        to_account_type = self.to_account_type

        status = self.status

        tran_id = self.tran_id

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "counterParty": counter_party,
                "email": email,
                "type": type,
                "asset": asset,
                "qty": qty,
                "fromAccountType": from_account_type,
                "toAccountType": to_account_type,
                "status": status,
                "tranId": tran_id,
                "time": time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["counterParty"],
            d["email"],
            d["type"],
            d["asset"],
            d["qty"],
            d["fromAccountType"],
            d["toAccountType"],
            d["status"],
            d["tranId"],
            d["time"],
        )
        if len(d) > 10 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {"counterParty", "email", "type", "asset", "qty", "fromAccountType", "toAccountType", "status", "tranId", "time"}
)
