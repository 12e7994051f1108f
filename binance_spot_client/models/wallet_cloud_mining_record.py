"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties, former_attribute

T = TypeVar("T", bound="WalletCloudMiningRecord")


@_attrs_define
class WalletCloudMiningRecord(AdditionalProperties[Any]):
    """A cloud-mining payment or refund.

    Attributes:
        create_time (int): Time of the record, UTC milliseconds.
        tran_id (int): Transaction id.
        type (int): 248 payment, 249 refund.
        asset (str):
        amount (str):
        status (str): `S` for success (only successful records are returned).
    """

    create_time: int
    tran_id: int
    type: int
    asset: str
    amount: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        create_time = self.create_time

        tran_id = self.tran_id

        type = self.type

        asset = self.asset

        amount = self.amount

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createTime": create_time,
                "tranId": tran_id,
                "type": type,
                "asset": asset,
                "amount": amount,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["createTime"],
            d["tranId"],
            d["type"],
            d["asset"],
            d["amount"],
            d["status"],
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"createTime", "tranId", "type", "asset", "amount", "status"})
