"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="TokenizedAsset")


@_attrs_define
class TokenizedAsset(AdditionalProperties[Any]):
    """A tokenized asset and the equity behind it.

    Attributes:
        asset_code (str): The tokenized asset
        underlying_equity_symbol (str): Ticker of the equity.
        multiplier (str): Shares of the equity one token stands for.
        asset_name (str | Unset):
        multiplier_valid (bool | Unset): False while the multiplier is being updated.
    """

    asset_code: str
    underlying_equity_symbol: str
    multiplier: str
    asset_name: str | Unset = UNSET
    multiplier_valid: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def multiplier_decimal(self) -> Decimal:
        """`multiplier` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.multiplier)

    def to_dict(self) -> dict[str, Any]:
        asset_code = self.asset_code

        underlying_equity_symbol = self.underlying_equity_symbol

        multiplier = self.multiplier

        asset_name = self.asset_name

        multiplier_valid = self.multiplier_valid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assetCode": asset_code,
                "underlyingEquitySymbol": underlying_equity_symbol,
                "multiplier": multiplier,
            }
        )
        if asset_name is not UNSET:
            field_dict["assetName"] = asset_name
        if multiplier_valid is not UNSET:
            field_dict["multiplierValid"] = multiplier_valid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["assetCode"],
            d["underlyingEquitySymbol"],
            d["multiplier"],
            d.get("assetName", UNSET),
            d.get("multiplierValid", UNSET),
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"assetCode", "underlyingEquitySymbol", "multiplier", "assetName", "multiplierValid"})
