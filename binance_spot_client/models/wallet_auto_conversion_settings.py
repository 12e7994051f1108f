"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="WalletAutoConversionSettings")


@_attrs_define
class WalletAutoConversionSettings(AdditionalProperties[Any]):
    """BUSD auto-conversion settings of the account.

    Attributes:
        convert_enabled (bool): Whether auto-conversion is on.
        coins (list[str]): Stablecoins converted to BUSD on deposit.
        exchange_rates (WalletAutoConversionRates): Conversion rates to BUSD by stablecoin.
    """

    convert_enabled: bool
    coins: list[str]
    exchange_rates: WalletAutoConversionRates
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        convert_enabled = self.convert_enabled

        coins = self.coins

        exchange_rates = self.exchange_rates.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "convertEnabled": convert_enabled,
                "coins": coins,
                "exchangeRates": exchange_rates,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        coins = d["coins"]
        exchange_rates = WalletAutoConversionRates.from_dict(d["exchangeRates"])

        _instance = cls(
            d["convertEnabled"],
            coins,
            exchange_rates,
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.wallet_auto_conversion_rates import WalletAutoConversionRates  # noqa: E402

_WIRE_NAMES = frozenset({"convertEnabled", "coins", "exchangeRates"})
