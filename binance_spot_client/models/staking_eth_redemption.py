"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="StakingEthRedemption")


@_attrs_define
class StakingEthRedemption(AdditionalProperties[Any]):
    """Outcome of redeeming ETH.

    Attributes:
        success (bool): Whether the redemption was accepted.
        eth_amount (str): ETH to be received.
        conversion_ratio (str): ETH per token applied.
        arrival_time (int): When the ETH is expected, UTC milliseconds.
        redeem_id (int | Unset): Identifier of the redemption (added by Binance after 2024).
    """

    success: bool
    eth_amount: str
    conversion_ratio: str
    arrival_time: int
    redeem_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def eth_amount_decimal(self) -> Decimal:
        """`eth_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.eth_amount)

    @property
    def conversion_ratio_decimal(self) -> Decimal:
        """`conversion_ratio` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.conversion_ratio)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        eth_amount = self.eth_amount

        conversion_ratio = self.conversion_ratio

        arrival_time = self.arrival_time

        redeem_id = self.redeem_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "ethAmount": eth_amount,
                "conversionRatio": conversion_ratio,
                "arrivalTime": arrival_time,
            }
        )
        if redeem_id is not UNSET:
            field_dict["redeemId"] = redeem_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["success"],
            d["ethAmount"],
            d["conversionRatio"],
            d["arrivalTime"],
            d.get("redeemId", UNSET),
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"success", "ethAmount", "conversionRatio", "arrivalTime", "redeemId"})
