"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="WalletAutoConversionRates")


@_attrs_define
class WalletAutoConversionRates(AdditionalProperties["str"]):
    """Conversion rates to BUSD by stablecoin.

    Attributes:
        usdc (str | Unset):
        tusd (str | Unset):
        usdp (str | Unset):
    """

    usdc: str | Unset = UNSET
    tusd: str | Unset = UNSET
    usdp: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    @property
    def usdc_decimal(self) -> Decimal | Unset:
        """`usdc` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.usdc, Unset) else Decimal(self.usdc)

    @property
    def tusd_decimal(self) -> Decimal | Unset:
        """`tusd` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.tusd, Unset) else Decimal(self.tusd)

    @property
    def usdp_decimal(self) -> Decimal | Unset:
        """`usdp` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.usdp, Unset) else Decimal(self.usdp)

    def to_dict(self) -> dict[str, Any]:
        usdc = self.usdc

        tusd = self.tusd

        usdp = self.usdp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if usdc is not UNSET:
            field_dict["USDC"] = usdc
        if tusd is not UNSET:
            field_dict["TUSD"] = tusd
        if usdp is not UNSET:
            field_dict["USDP"] = usdp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d.get("USDC", UNSET),
            d.get("TUSD", UNSET),
            d.get("USDP", UNSET),
        )
        if len(d) > 0 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"USDC", "TUSD", "USDP"})
