"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="WalletApiTradingStatusDataIndicators")


@_attrs_define
class WalletApiTradingStatusDataIndicators(AdditionalProperties["list[WalletApiTradingIndicator]"]):
    """Indicator values by symbol, refreshed every 30 seconds; only present when some indicator has data."""

    additional_properties: dict[str, list[WalletApiTradingIndicator]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item = additional_property_item_data.to_dict()
                field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        _instance = cls()
        if src_dict:
            _instance.additional_properties = {
                key: [WalletApiTradingIndicator.from_dict(item) for item in value] for key, value in src_dict.items()
            }
        return _instance


from ..models.wallet_api_trading_indicator import WalletApiTradingIndicator  # noqa: E402
