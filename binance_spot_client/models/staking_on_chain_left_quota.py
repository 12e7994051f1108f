"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="StakingOnChainLeftQuota")


@_attrs_define
class StakingOnChainLeftQuota(AdditionalProperties[Any]):
    """Remaining personal quota of an on-chain yields product.

    Attributes:
        left_personal_quota (str): Amount the account may still subscribe.
    """

    left_personal_quota: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def left_personal_quota_decimal(self) -> Decimal:
        """`left_personal_quota` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.left_personal_quota)

    def to_dict(self) -> dict[str, Any]:
        left_personal_quota = self.left_personal_quota

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "leftPersonalQuota": left_personal_quota,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["leftPersonalQuota"],
        )
        if len(d) > 1 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"leftPersonalQuota"})
