"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountSpotTransfer")


@_attrs_define
class SubAccountSpotTransfer(AdditionalProperties[Any]):
    """A spot transfer between accounts of the same master.

    Attributes:
        from_ (str): Email of the sending account.
        to (str): Email of the receiving account.
        asset (str): Asset moved.
        qty (str): Amount moved.
        status (str): State of the transfer, e.g. `SUCCESS`.
        tran_id (int): Id of the transfer.
        time (int): Time of the transfer, UTC milliseconds.
    """

    from_: str
    to: str
    asset: str
    qty: str
    status: str
    tran_id: int
    time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def qty_decimal(self) -> Decimal:
        """`qty` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.qty)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to = self.to

        asset = self.asset

        qty = self.qty

        status = self.status

        tran_id = self.tran_id

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "to": to,
                "asset": asset,
                "qty": qty,
                "status": status,
                "tranId": tran_id,
                "time": time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["from"],
            d["to"],
            d["asset"],
            d["qty"],
            d["status"],
            d["tranId"],
            d["time"],
        )
        if len(d) > 7 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"from", "to", "asset", "qty", "status", "tranId", "time"})
