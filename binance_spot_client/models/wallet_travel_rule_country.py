"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wallet_travel_rule_block_type import WalletTravelRuleBlockType
from ..signing import AdditionalProperties

T = TypeVar("T", bound="WalletTravelRuleCountry")


@_attrs_define
class WalletTravelRuleCountry(AdditionalProperties[Any]):
    """A country travel-rule answers may name.

    Attributes:
        country_code (str): Two-letter ISO code, lower case.
        country_name (str): Display name.
        block_type (WalletTravelRuleBlockType): How Binance treats a country or region in travel-rule questionnaires.
        deposit_allowed (bool): Whether deposits involving this country are allowed.
        withdrawal_allowed (bool): Whether withdrawals involving this country are allowed.
        has_region_restrictions (bool): Whether some regions of the country are treated differently (see the region
            list).
    """

    country_code: str
    country_name: str
    block_type: WalletTravelRuleBlockType
    deposit_allowed: bool
    withdrawal_allowed: bool
    has_region_restrictions: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        country_name = self.country_name

        block_type = self.block_type.value

        deposit_allowed = self.deposit_allowed

        withdrawal_allowed = self.withdrawal_allowed

        has_region_restrictions = self.has_region_restrictions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "countryCode": country_code,
                "countryName": country_name,
                "blockType": block_type,
                "depositAllowed": deposit_allowed,
                "withdrawalAllowed": withdrawal_allowed,
                "hasRegionRestrictions": has_region_restrictions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        block_type = _WALLET_TRAVEL_RULE_BLOCK_TYPE.get(d["blockType"]) or WalletTravelRuleBlockType(d["blockType"])

        _instance = cls(
            d["countryCode"],
            d["countryName"],
            block_type,
            d["depositAllowed"],
            d["withdrawalAllowed"],
            d["hasRegionRestrictions"],
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WALLET_TRAVEL_RULE_BLOCK_TYPE: dict[object, WalletTravelRuleBlockType] = {
    member.value: member for member in WalletTravelRuleBlockType
}

_WIRE_NAMES = frozenset(
    {"countryCode", "countryName", "blockType", "depositAllowed", "withdrawalAllowed", "hasRegionRestrictions"}
)
