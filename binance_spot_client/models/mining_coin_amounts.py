"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="MiningCoinAmounts")


@_attrs_define
class MiningCoinAmounts(AdditionalProperties["str"]):
    """Amount per coin, keyed by coin symbol. BTC, BSV and BCH are the keys of Binance's example; other coins appear under
    their own symbol.

        Attributes:
            btc (str | Unset): Amount in BTC.
            bsv (str | Unset): Amount in BSV.
            bch (str | Unset): Amount in BCH.
    """

    btc: str | Unset = UNSET
    bsv: str | Unset = UNSET
    bch: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    @property
    def btc_decimal(self) -> Decimal | Unset:
        """`btc` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.btc, Unset) else Decimal(self.btc)

    @property
    def bsv_decimal(self) -> Decimal | Unset:
        """`bsv` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.bsv, Unset) else Decimal(self.bsv)

    @property
    def bch_decimal(self) -> Decimal | Unset:
        """`bch` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.bch, Unset) else Decimal(self.bch)

    def to_dict(self) -> dict[str, Any]:
        btc = self.btc

        bsv = self.bsv

        bch = self.bch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if btc is not UNSET:
            field_dict["BTC"] = btc
        if bsv is not UNSET:
            field_dict["BSV"] = bsv
        if bch is not UNSET:
            field_dict["BCH"] = bch

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d.get("BTC", UNSET),
            d.get("BSV", UNSET),
            d.get("BCH", UNSET),
        )
        if len(d) > 0 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"BTC", "BSV", "BCH"})
