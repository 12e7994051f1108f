"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="WalletTravelRuleCountryList")


@_attrs_define
class WalletTravelRuleCountryList(AdditionalProperties[Any]):
    """The travel-rule country list.

    Attributes:
        countries (list[WalletTravelRuleCountry]):
        last_updated (int): Last update of the list, UTC milliseconds; 0 when the list is empty.
    """

    countries: list[WalletTravelRuleCountry]
    last_updated: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        countries = []
        for countries_item_data in self.countries:
            countries_item = countries_item_data.to_dict()
            countries.append(countries_item)

        last_updated = self.last_updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "countries": countries,
                "lastUpdated": last_updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        countries = [WalletTravelRuleCountry.from_dict(item) for item in d["countries"]]

        _instance = cls(
            countries,
            d["lastUpdated"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.wallet_travel_rule_country import WalletTravelRuleCountry  # noqa: E402

_WIRE_NAMES = frozenset({"countries", "lastUpdated"})
