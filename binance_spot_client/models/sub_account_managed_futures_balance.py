"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountManagedFuturesBalance")


@_attrs_define
class SubAccountManagedFuturesBalance(AdditionalProperties[Any]):
    """A futures balance, amounts as JSON numbers.

    Attributes:
        asset (str): Asset.
        margin_balance (float): Margin balance.
        wallet_balance (float): Wallet balance.
    """

    asset: str
    margin_balance: float
    wallet_balance: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        margin_balance = self.margin_balance

        wallet_balance = self.wallet_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "marginBalance": margin_balance,
                "walletBalance": wallet_balance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["asset"],
            d["marginBalance"],
            d["walletBalance"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"asset", "marginBalance", "walletBalance"})
