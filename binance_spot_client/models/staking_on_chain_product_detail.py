"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="StakingOnChainProductDetail")


@_attrs_define
class StakingOnChainProductDetail(AdditionalProperties[Any]):
    """Terms of an on-chain yields locked product.

    Attributes:
        asset (str): Asset locked.
        reward_asset (str): Asset the rewards are paid in.
        duration (int): Lock period in days.
        renewable (bool): Whether positions can renew automatically at maturity.
        is_sold_out (bool): Whether the quota is used up.
        apr (str): Annual percentage rate, as a fraction.
        status (str): Product state, such as `PREHEATING` or `PURCHASING`.
        subscription_start_time (int): When subscriptions open, UTC milliseconds.
        can_redeem_to_flex (bool): Whether matured principal can go to a flexible product.
    """

    asset: str
    reward_asset: str
    duration: int
    renewable: bool
    is_sold_out: bool
    apr: str
    status: str
    subscription_start_time: int
    can_redeem_to_flex: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def apr_decimal(self) -> Decimal:
        """`apr` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.apr)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        reward_asset = self.reward_asset

        duration = self.duration

        renewable = self.renewable

        is_sold_out = self.is_sold_out

        apr = self.apr

        status = self.status

        subscription_start_time = self.subscription_start_time

        can_redeem_to_flex = self.can_redeem_to_flex

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "rewardAsset": reward_asset,
                "duration": duration,
                "renewable": renewable,
                "isSoldOut": is_sold_out,
                "apr": apr,
                "status": status,
                "subscriptionStartTime": subscription_start_time,
                "canRedeemToFlex": can_redeem_to_flex,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["asset"],
            d["rewardAsset"],
            d["duration"],
            d["renewable"],
            d["isSoldOut"],
            d["apr"],
            d["status"],
            d["subscriptionStartTime"],
            d["canRedeemToFlex"],
        )
        if len(d) > 9 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "asset",
        "rewardAsset",
        "duration",
        "renewable",
        "isSoldOut",
        "apr",
        "status",
        "subscriptionStartTime",
        "canRedeemToFlex",
    }
)
