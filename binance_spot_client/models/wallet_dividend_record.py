"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="WalletDividendRecord")


@_attrs_define
class WalletDividendRecord(AdditionalProperties[Any]):
    """One distribution (airdrop, dividend, …) received.

    Attributes:
        id (int): Record id.
        amount (str): Amount received.
        asset (str):
        div_time (int): Time of the distribution, UTC milliseconds.
        en_info (str): What the distribution was, in English.
        tran_id (int): Transaction id.
        direction (int | Unset): 1 credited to the account, -1 debited.
    """

    id: int
    amount: str
    asset: str
    div_time: int
    en_info: str
    tran_id: int
    direction: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        asset = self.asset

        div_time = self.div_time

        en_info = self.en_info

        tran_id = self.tran_id

        direction = self.direction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "amount": amount,
                "asset": asset,
                "divTime": div_time,
                "enInfo": en_info,
                "tranId": tran_id,
            }
        )
        if direction is not UNSET:
            field_dict["direction"] = direction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["id"],
            d["amount"],
            d["asset"],
            d["divTime"],
            d["enInfo"],
            d["tranId"],
            d.get("direction", UNSET),
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"id", "amount", "asset", "divTime", "enInfo", "tranId", "direction"})
