"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="PayWalletAssetCost")


@_attrs_define
class PayWalletAssetCost(AdditionalProperties["str"]):
    """Amount taken from each wallet, keyed by wallet code (1 funding, 2 spot).

    Attributes:
        field_1 (str | Unset): Amount taken from the funding wallet.
        field_2 (str | Unset): Amount taken from the spot wallet.
    """

    field_1: str | Unset = UNSET
    field_2: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    @property
    def field_1_decimal(self) -> Decimal | Unset:
        """`field_1` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.field_1, Unset) else Decimal(self.field_1)

    @property
    def field_2_decimal(self) -> Decimal | Unset:
        """`field_2` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.field_2, Unset) else Decimal(self.field_2)

    def to_dict(self) -> dict[str, Any]:
        field_1 = self.field_1

        field_2 = self.field_2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_1 is not UNSET:
            field_dict["1"] = field_1
        if field_2 is not UNSET:
            field_dict["2"] = field_2

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d.get("1", UNSET),
            d.get("2", UNSET),
        )
        if len(d) > 0 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"1", "2"})
