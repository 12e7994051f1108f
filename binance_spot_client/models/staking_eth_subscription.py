"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="StakingEthSubscription")


@_attrs_define
class StakingEthSubscription(AdditionalProperties[Any]):
    """Outcome of staking ETH.

    Attributes:
        success (bool): Whether the stake was accepted.
        wbeth_amount (str): WBETH received.
        conversion_ratio (str): ETH per WBETH applied.
        purchase_id (int | Unset): Identifier of the stake (added by Binance after 2024).
    """

    success: bool
    wbeth_amount: str
    conversion_ratio: str
    purchase_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def wbeth_amount_decimal(self) -> Decimal:
        """`wbeth_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.wbeth_amount)

    @property
    def conversion_ratio_decimal(self) -> Decimal:
        """`conversion_ratio` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.conversion_ratio)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        wbeth_amount = self.wbeth_amount

        conversion_ratio = self.conversion_ratio

        purchase_id = self.purchase_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "wbethAmount": wbeth_amount,
                "conversionRatio": conversion_ratio,
            }
        )
        if purchase_id is not UNSET:
            field_dict["purchaseId"] = purchase_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["success"],
            d["wbethAmount"],
            d["conversionRatio"],
            d.get("purchaseId", UNSET),
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"success", "wbethAmount", "conversionRatio", "purchaseId"})
