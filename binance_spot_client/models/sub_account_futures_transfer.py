"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubAccountFuturesTransfer")


@_attrs_define
class SubAccountFuturesTransfer:
    """A transfer between two futures accounts of the same master.

    Attributes:
        from_ (str): Email of the sending account.
        to (str): Email of the receiving account.
        asset (str): Asset moved.
        qty (str): Amount moved.
        tran_id (int): Id of the transfer.
        time (int): Time of the transfer, UTC milliseconds.
    """

    from_: str
    to: str
    asset: str
    qty: str
    tran_id: int
    time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to = self.to

        asset = self.asset

        qty = self.qty

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
                "tranId": tran_id,
                "time": time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = d.pop("from")

        to = d.pop("to")

        asset = d.pop("asset")

        qty = d.pop("qty")

        tran_id = d.pop("tranId")

        time = d.pop("time")

        _instance = cls(
            from_=from_,
            to=to,
            asset=asset,
            qty=qty,
            tran_id=tran_id,
            time=time,
        )

        _instance.additional_properties = d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
