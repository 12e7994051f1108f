"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="WalletWithdrawQuota")


@_attrs_define
class WalletWithdrawQuota(AdditionalProperties[Any]):
    """Daily withdrawal quota of the account, in USDT.

    Attributes:
        wd_quota (str): Total quota for 24 hours.
        used_wd_quota (str): Part of the quota already used.
    """

    wd_quota: str
    used_wd_quota: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def wd_quota_decimal(self) -> Decimal:
        """`wd_quota` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.wd_quota)

    @property
    def used_wd_quota_decimal(self) -> Decimal:
        """`used_wd_quota` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.used_wd_quota)

    def to_dict(self) -> dict[str, Any]:
        wd_quota = self.wd_quota

        used_wd_quota = self.used_wd_quota

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "wdQuota": wd_quota,
                "usedWdQuota": used_wd_quota,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["wdQuota"],
            d["usedWdQuota"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"wdQuota", "usedWdQuota"})
