"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="WalletTravelRuleRegionList")


@_attrs_define
class WalletTravelRuleRegionList(AdditionalProperties[Any]):
    """The travel-rule regions of one country.

    Attributes:
        country_code (str): The country asked for, lower case.
        regions (list[WalletTravelRuleRegion]):
        last_updated (int): Last update of the list, UTC milliseconds; 0 when the list is empty.
    """

    country_code: str
    regions: list[WalletTravelRuleRegion]
    last_updated: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        regions = []
        for regions_item_data in self.regions:
            regions_item = regions_item_data.to_dict()
            regions.append(regions_item)

        last_updated = self.last_updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "countryCode": country_code,
                "regions": regions,
                "lastUpdated": last_updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        regions = [WalletTravelRuleRegion.from_dict(item) for item in d["regions"]]

        _instance = cls(
            d["countryCode"],
            regions,
            d["lastUpdated"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.wallet_travel_rule_region import WalletTravelRuleRegion  # noqa: E402

_WIRE_NAMES = frozenset({"countryCode", "regions", "lastUpdated"})
