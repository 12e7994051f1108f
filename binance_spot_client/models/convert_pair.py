"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ConvertPair")


@_attrs_define
class ConvertPair(AdditionalProperties[Any]):
    """A pair that can be converted, with its amount limits.

    Attributes:
        from_asset (str): Asset given.
        to_asset (str): Asset received.
        from_asset_min_amount (str): Smallest amount of `fromAsset` per conversion.
        from_asset_max_amount (str): Largest amount of `fromAsset` per conversion.
        to_asset_min_amount (str): Smallest amount of `toAsset` per conversion.
        to_asset_max_amount (str): Largest amount of `toAsset` per conversion.
        from_is_base (bool | Unset): Whether `fromAsset` is the base asset of the pair for limit orders (see `baseAsset`
            of the limit order endpoint).
    """

    from_asset: str
    to_asset: str
    from_asset_min_amount: str
    from_asset_max_amount: str
    to_asset_min_amount: str
    to_asset_max_amount: str
    from_is_base: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def from_asset_min_amount_decimal(self) -> Decimal:
        """`from_asset_min_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.from_asset_min_amount)

    @property
    def from_asset_max_amount_decimal(self) -> Decimal:
        """`from_asset_max_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.from_asset_max_amount)

    @property
    def to_asset_min_amount_decimal(self) -> Decimal:
        """`to_asset_min_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.to_asset_min_amount)

    @property
    def to_asset_max_amount_decimal(self) -> Decimal:
        """`to_asset_max_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.to_asset_max_amount)

    def to_dict(self) -> dict[str, Any]:
        from_asset = self.from_asset

        to_asset = self.to_asset

        from_asset_min_amount = self.from_asset_min_amount

        from_asset_max_amount = self.from_asset_max_amount

        to_asset_min_amount = self.to_asset_min_amount

        to_asset_max_amount = self.to_asset_max_amount

        from_is_base = self.from_is_base

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fromAsset": from_asset,
                "toAsset": to_asset,
                "fromAssetMinAmount": from_asset_min_amount,
                "fromAssetMaxAmount": from_asset_max_amount,
                "toAssetMinAmount": to_asset_min_amount,
                "toAssetMaxAmount": to_asset_max_amount,
            }
        )
        if from_is_base is not UNSET:
            field_dict["fromIsBase"] = from_is_base

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["fromAsset"],
            d["toAsset"],
            d["fromAssetMinAmount"],
            d["fromAssetMaxAmount"],
            d["toAssetMinAmount"],
            d["toAssetMaxAmount"],
            d.get("fromIsBase", UNSET),
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "fromAsset",
        "toAsset",
        "fromAssetMinAmount",
        "fromAssetMaxAmount",
        "toAssetMinAmount",
        "toAssetMaxAmount",
        "fromIsBase",
    }
)
