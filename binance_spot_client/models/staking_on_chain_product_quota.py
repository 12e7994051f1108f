"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StakingOnChainProductQuota")


@_attrs_define
class StakingOnChainProductQuota:
    """Subscription limits of an on-chain yields product.

    Attributes:
        total_personal_quota (str): Most one account may hold in the product.
        minimum (str): Smallest amount one subscription may be.
    """

    total_personal_quota: str
    minimum: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_personal_quota = self.total_personal_quota

        minimum = self.minimum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalPersonalQuota": total_personal_quota,
                "minimum": minimum,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_personal_quota = d.pop("totalPersonalQuota")

        minimum = d.pop("minimum")

        _instance = cls(
            total_personal_quota=total_personal_quota,
            minimum=minimum,
        )

        _instance.additional_properties = d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
