"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MiningCoinAmounts")


@_attrs_define
class MiningCoinAmounts:
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
        d = dict(src_dict)
        btc = d.pop("BTC", UNSET)

        bsv = d.pop("BSV", UNSET)

        bch = d.pop("BCH", UNSET)

        _instance = cls(
            btc=btc,
            bsv=bsv,
            bch=bch,
        )

        _instance.additional_properties = d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
