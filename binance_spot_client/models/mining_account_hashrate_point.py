"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="MiningAccountHashratePoint")


@_attrs_define
class MiningAccountHashratePoint(AdditionalProperties[Any]):
    """
    Attributes:
        time (int): Start of the period, UTC milliseconds.
        hashrate (str): Hashrate over the period.
        reject (str): Share rejection rate over the period.
    """

    time: int
    hashrate: str
    reject: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def hashrate_decimal(self) -> Decimal:
        """`hashrate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.hashrate)

    @property
    def reject_decimal(self) -> Decimal:
        """`reject` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.reject)

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        hashrate = self.hashrate

        reject = self.reject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "hashrate": hashrate,
                "reject": reject,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["time"],
            d["hashrate"],
            d["reject"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"time", "hashrate", "reject"})
