"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SimpleEarnFlexibleSubscriptionPreview")


@_attrs_define
class SimpleEarnFlexibleSubscriptionPreview(AdditionalProperties[Any]):
    """Estimated effect of a flexible subscription.

    Attributes:
        total_amount (str): Holding after the subscription.
        reward_asset (str): Asset the rewards would be paid in.
        est_daily_bonus_rewards (str): Estimated daily bonus (tier) rewards.
        est_daily_real_time_rewards (str): Estimated daily real-time rewards.
        air_drop_asset (str | Unset): Asset of the airdrop, when the product pays one.
        est_daily_airdrop_rewards (str | Unset): Estimated daily airdrop rewards.
    """

    total_amount: str
    reward_asset: str
    est_daily_bonus_rewards: str
    est_daily_real_time_rewards: str
    air_drop_asset: str | Unset = UNSET
    est_daily_airdrop_rewards: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def total_amount_decimal(self) -> Decimal:
        """`total_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_amount)

    @property
    def est_daily_bonus_rewards_decimal(self) -> Decimal:
        """`est_daily_bonus_rewards` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.est_daily_bonus_rewards)

    @property
    def est_daily_real_time_rewards_decimal(self) -> Decimal:
        """`est_daily_real_time_rewards` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.est_daily_real_time_rewards)

    @property
    def est_daily_airdrop_rewards_decimal(self) -> Decimal | Unset:
        """`est_daily_airdrop_rewards` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.est_daily_airdrop_rewards, Unset) else Decimal(self.est_daily_airdrop_rewards)

    def to_dict(self) -> dict[str, Any]:
        total_amount = self.total_amount

        reward_asset = self.reward_asset

        est_daily_bonus_rewards = self.est_daily_bonus_rewards

        est_daily_real_time_rewards = self.est_daily_real_time_rewards

        air_drop_asset = self.air_drop_asset

        est_daily_airdrop_rewards = self.est_daily_airdrop_rewards

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalAmount": total_amount,
                "rewardAsset": reward_asset,
                "estDailyBonusRewards": est_daily_bonus_rewards,
                "estDailyRealTimeRewards": est_daily_real_time_rewards,
            }
        )
        if air_drop_asset is not UNSET:
            field_dict["airDropAsset"] = air_drop_asset
        if est_daily_airdrop_rewards is not UNSET:
            field_dict["estDailyAirdropRewards"] = est_daily_airdrop_rewards

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["totalAmount"],
            d["rewardAsset"],
            d["estDailyBonusRewards"],
            d["estDailyRealTimeRewards"],
            d.get("airDropAsset", UNSET),
            d.get("estDailyAirdropRewards", UNSET),
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "totalAmount",
        "rewardAsset",
        "estDailyBonusRewards",
        "estDailyRealTimeRewards",
        "airDropAsset",
        "estDailyAirdropRewards",
    }
)
