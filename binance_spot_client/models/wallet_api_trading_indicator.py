"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="WalletApiTradingIndicator")


@_attrs_define
class WalletApiTradingIndicator(AdditionalProperties[Any]):
    """Current value of one trading-rule indicator for a symbol.

    Attributes:
        i (str): Indicator: `UFR` unfilled ratio, `IFER` IOC/FOK expiration ratio, `GCR` GTC cancellation ratio.
        c (int): Number of orders counted.
        v (float): Current value of the indicator (a JSON number).
        t (float): Value at which the indicator triggers a lock (a JSON number).
    """

    i: str
    c: int
    v: float
    t: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        i = self.i

        c = self.c

        v = self.v

        t = self.t

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "i": i,
                "c": c,
                "v": v,
                "t": t,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["i"],
            d["c"],
            d["v"],
            d["t"],
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"i", "c", "v", "t"})
