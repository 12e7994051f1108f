"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="MarginManualLiquidation")


@_attrs_define
class MarginManualLiquidation(AdditionalProperties[Any]):
    """A debt settled by a manual liquidation.

    Attributes:
        asset (str): Asset whose debt was settled.
        interest (str): Interest settled.
        principal (str): Principal settled.
        liability_asset (str): Asset the debt was valued in.
        liability_qty (float): Value of the settled debt in `liabilityAsset`; a JSON number on the wire.
    """

    asset: str
    interest: str
    principal: str
    liability_asset: str
    liability_qty: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def interest_decimal(self) -> Decimal:
        """`interest` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.interest)

    @property
    def principal_decimal(self) -> Decimal:
        """`principal` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.principal)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        interest = self.interest

        principal = self.principal

        liability_asset = self.liability_asset

        liability_qty = self.liability_qty

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "interest": interest,
                "principal": principal,
                "liabilityAsset": liability_asset,
                "liabilityQty": liability_qty,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["asset"],
            d["interest"],
            d["principal"],
            d["liabilityAsset"],
            d["liabilityQty"],
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"asset", "interest", "principal", "liabilityAsset", "liabilityQty"})
