"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="AggregateTrade")


@_attrs_define
class AggregateTrade(AdditionalProperties[Any]):
    """Fills of one taker order at one price and time, merged. Binance uses one-letter keys, kept here as they travel.

    Attributes:
        a (int): Aggregate trade id.
        p (str): Price.
        q (str): Total quantity of the merged fills.
        f (int): Id of the first trade merged into this entry.
        l (int): Id of the last trade merged into this entry.
        t (int): Trade time, in milliseconds.
        m (bool): True when the buyer was the maker.
        M (bool): True when the trade matched at the best available price.
    """

    a: int
    p: str
    q: str
    f: int
    l: int
    t: int
    m: bool
    M: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def p_decimal(self) -> Decimal:
        """`p` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.p)

    @property
    def q_decimal(self) -> Decimal:
        """`q` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.q)

    def to_dict(self) -> dict[str, Any]:
        a = self.a

        p = self.p

        q = self.q

        f = self.f

        l = self.l

        t = self.t

        m = self.m

        M = self.M

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "a": a,
                "p": p,
                "q": q,
                "f": f,
                "l": l,
                "T": t,
                "m": m,
                "M": M,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["a"],
            d["p"],
            d["q"],
            d["f"],
            d["l"],
            d["T"],
            d["m"],
            d["M"],
        )
        if len(d) > 8 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"a", "p", "q", "f", "l", "T", "m", "M"})
