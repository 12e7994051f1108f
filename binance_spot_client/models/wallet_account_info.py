"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="WalletAccountInfo")


@_attrs_define
class WalletAccountInfo(AdditionalProperties[Any]):
    """VIP level and enabled products of the account.

    Attributes:
        vip_level (int): VIP fee level.
        is_margin_enabled (bool): Whether a margin account is open.
        is_future_enabled (bool): Whether a futures account is open.
        is_options_enabled (bool | Unset): Whether an options account is open.
        is_portfolio_margin_retail_enabled (bool | Unset): Whether portfolio margin (retail) is enabled.
    """

    vip_level: int
    is_margin_enabled: bool
    is_future_enabled: bool
    is_options_enabled: bool | Unset = UNSET
    is_portfolio_margin_retail_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vip_level = self.vip_level

        is_margin_enabled = self.is_margin_enabled

        is_future_enabled = self.is_future_enabled

        is_options_enabled = self.is_options_enabled

        is_portfolio_margin_retail_enabled = self.is_portfolio_margin_retail_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vipLevel": vip_level,
                "isMarginEnabled": is_margin_enabled,
                "isFutureEnabled": is_future_enabled,
            }
        )
        if is_options_enabled is not UNSET:
            field_dict["isOptionsEnabled"] = is_options_enabled
        if is_portfolio_margin_retail_enabled is not UNSET:
            field_dict["isPortfolioMarginRetailEnabled"] = is_portfolio_margin_retail_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["vipLevel"],
            d["isMarginEnabled"],
            d["isFutureEnabled"],
            d.get("isOptionsEnabled", UNSET),
            d.get("isPortfolioMarginRetailEnabled", UNSET),
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {"vipLevel", "isMarginEnabled", "isFutureEnabled", "isOptionsEnabled", "isPortfolioMarginRetailEnabled"}
)
