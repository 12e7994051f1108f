"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wallet_travel_rule_block_type import WalletTravelRuleBlockType
from ..signing import AdditionalProperties

T = TypeVar("T", bound="WalletTravelRuleRegion")


@_attrs_define
class WalletTravelRuleRegion(AdditionalProperties[Any]):
    """A region or city travel-rule answers may name.

    Attributes:
        region_name (str): Display name, the value to use in questionnaire answers.
        block_type (WalletTravelRuleBlockType): How Binance treats a country or region in travel-rule questionnaires.
        deposit_allowed (bool): Whether deposits involving this region are allowed.
        withdrawal_allowed (bool): Whether withdrawals involving this region are allowed.
    """

    region_name: str
    block_type: WalletTravelRuleBlockType
    deposit_allowed: bool
    withdrawal_allowed: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        region_name = self.region_name

        block_type = self.block_type.value

        deposit_allowed = self.deposit_allowed

        withdrawal_allowed = self.withdrawal_allowed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "regionName": region_name,
                "blockType": block_type,
                "depositAllowed": deposit_allowed,
                "withdrawalAllowed": withdrawal_allowed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        block_type = _WALLET_TRAVEL_RULE_BLOCK_TYPE.get(d["blockType"]) or WalletTravelRuleBlockType(d["blockType"])

        _instance = cls(
            d["regionName"],
            block_type,
            d["depositAllowed"],
            d["withdrawalAllowed"],
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WALLET_TRAVEL_RULE_BLOCK_TYPE: dict[object, WalletTravelRuleBlockType] = {
    member.value: member for member in WalletTravelRuleBlockType
}

_WIRE_NAMES = frozenset({"regionName", "blockType", "depositAllowed", "withdrawalAllowed"})
