"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="AccountCommissionDiscount")


@_attrs_define
class AccountCommissionDiscount(AdditionalProperties[Any]):
    """The discount on standard commission when it is paid in BNB.

    Attributes:
        enabled_for_account (bool): Whether the account has the discount turned on.
        enabled_for_symbol (bool): Whether the discount is available on this symbol.
        discount_asset (str): The asset commission must be paid in to get the discount.
        discount (str): Fraction by which standard commission is reduced when the discount applies.
    """

    enabled_for_account: bool
    enabled_for_symbol: bool
    discount_asset: str
    discount: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def discount_decimal(self) -> Decimal:
        """`discount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.discount)

    def to_dict(self) -> dict[str, Any]:
        enabled_for_account = self.enabled_for_account

        enabled_for_symbol = self.enabled_for_symbol

        discount_asset = self.discount_asset

        discount = self.discount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabledForAccount": enabled_for_account,
                "enabledForSymbol": enabled_for_symbol,
                "discountAsset": discount_asset,
                "discount": discount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["enabledForAccount"],
            d["enabledForSymbol"],
            d["discountAsset"],
            d["discount"],
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"enabledForAccount", "enabledForSymbol", "discountAsset", "discount"})
