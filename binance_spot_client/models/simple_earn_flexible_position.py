"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SimpleEarnFlexiblePosition")


@_attrs_define
class SimpleEarnFlexiblePosition(AdditionalProperties[Any]):
    """The account's holding in one flexible product.

    Attributes:
        total_amount (str): Amount held in the product.
        latest_annual_percentage_rate (str): Current real-time APR, as a fraction.
        asset (str): Asset held.
        can_redeem (bool): Whether the holding can be redeemed now.
        collateral_amount (str): Part of the holding pledged as loan collateral.
        product_id (str): Product the holding belongs to.
        yesterday_real_time_rewards (str): Real-time rewards earned yesterday.
        cumulative_bonus_rewards (str): Bonus (tier) rewards earned so far.
        cumulative_real_time_rewards (str): Real-time rewards earned so far.
        cumulative_total_rewards (str): All rewards earned so far.
        auto_subscribe (bool): Whether rewards are subscribed again automatically.
        tier_annual_percentage_rate (SimpleEarnTierRates | Unset): Annual percentage rates by holding tier: each key
            names a tier by amount range and asset (for example `0-5BTC`), each value is the rate for that tier as a
            fraction (0.05 is 5%).
        yesterday_airdrop_percentage_rate (str | Unset): Airdrop APR applied yesterday, as a fraction.
        air_drop_asset (str | Unset): Asset the airdrop is paid in.
    """

    total_amount: str
    latest_annual_percentage_rate: str
    asset: str
    can_redeem: bool
    collateral_amount: str
    product_id: str
    yesterday_real_time_rewards: str
    cumulative_bonus_rewards: str
    cumulative_real_time_rewards: str
    cumulative_total_rewards: str
    auto_subscribe: bool
    tier_annual_percentage_rate: SimpleEarnTierRates | Unset = UNSET
    yesterday_airdrop_percentage_rate: str | Unset = UNSET
    air_drop_asset: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def total_amount_decimal(self) -> Decimal:
        """`total_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_amount)

    @property
    def latest_annual_percentage_rate_decimal(self) -> Decimal:
        """`latest_annual_percentage_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.latest_annual_percentage_rate)

    @property
    def collateral_amount_decimal(self) -> Decimal:
        """`collateral_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.collateral_amount)

    @property
    def yesterday_real_time_rewards_decimal(self) -> Decimal:
        """`yesterday_real_time_rewards` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.yesterday_real_time_rewards)

    @property
    def cumulative_bonus_rewards_decimal(self) -> Decimal:
        """`cumulative_bonus_rewards` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.cumulative_bonus_rewards)

    @property
    def cumulative_real_time_rewards_decimal(self) -> Decimal:
        """`cumulative_real_time_rewards` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.cumulative_real_time_rewards)

    @property
    def cumulative_total_rewards_decimal(self) -> Decimal:
        """`cumulative_total_rewards` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.cumulative_total_rewards)

    @property
    def yesterday_airdrop_percentage_rate_decimal(self) -> Decimal | Unset:
        """`yesterday_airdrop_percentage_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return (
            UNSET
            if isinstance(self.yesterday_airdrop_percentage_rate, Unset)
            else Decimal(self.yesterday_airdrop_percentage_rate)
        )

    def to_dict(self) -> dict[str, Any]:
        total_amount = self.total_amount

        latest_annual_percentage_rate = self.latest_annual_percentage_rate

        asset = self.asset

        can_redeem = self.can_redeem

        collateral_amount = self.collateral_amount

        product_id = self.product_id

        yesterday_real_time_rewards = self.yesterday_real_time_rewards

        cumulative_bonus_rewards = self.cumulative_bonus_rewards

        cumulative_real_time_rewards = self.cumulative_real_time_rewards

        cumulative_total_rewards = self.cumulative_total_rewards

        auto_subscribe = self.auto_subscribe

        tier_annual_percentage_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tier_annual_percentage_rate, Unset):
            tier_annual_percentage_rate = self.tier_annual_percentage_rate.to_dict()

        yesterday_airdrop_percentage_rate = self.yesterday_airdrop_percentage_rate

        air_drop_asset = self.air_drop_asset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalAmount": total_amount,
                "latestAnnualPercentageRate": latest_annual_percentage_rate,
                "asset": asset,
                "canRedeem": can_redeem,
                "collateralAmount": collateral_amount,
                "productId": product_id,
                "yesterdayRealTimeRewards": yesterday_real_time_rewards,
                "cumulativeBonusRewards": cumulative_bonus_rewards,
                "cumulativeRealTimeRewards": cumulative_real_time_rewards,
                "cumulativeTotalRewards": cumulative_total_rewards,
                "autoSubscribe": auto_subscribe,
            }
        )
        if tier_annual_percentage_rate is not UNSET:
            field_dict["tierAnnualPercentageRate"] = tier_annual_percentage_rate
        if yesterday_airdrop_percentage_rate is not UNSET:
            field_dict["yesterdayAirdropPercentageRate"] = yesterday_airdrop_percentage_rate
        if air_drop_asset is not UNSET:
            field_dict["airDropAsset"] = air_drop_asset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _tier_annual_percentage_rate = d.get("tierAnnualPercentageRate", UNSET)
        tier_annual_percentage_rate: SimpleEarnTierRates | Unset = (
            UNSET
            if _tier_annual_percentage_rate is UNSET
            else SimpleEarnTierRates.from_dict(_tier_annual_percentage_rate)
        )

        _instance = cls(
            d["totalAmount"],
            d["latestAnnualPercentageRate"],
            d["asset"],
            d["canRedeem"],
            d["collateralAmount"],
            d["productId"],
            d["yesterdayRealTimeRewards"],
            d["cumulativeBonusRewards"],
            d["cumulativeRealTimeRewards"],
            d["cumulativeTotalRewards"],
            d["autoSubscribe"],
            tier_annual_percentage_rate,
            d.get("yesterdayAirdropPercentageRate", UNSET),
            d.get("airDropAsset", UNSET),
        )
        if len(d) > 11 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.simple_earn_tier_rates import SimpleEarnTierRates  # noqa: E402

_WIRE_NAMES = frozenset(
    {
        "totalAmount",
        "latestAnnualPercentageRate",
        "asset",
        "canRedeem",
        "collateralAmount",
        "productId",
        "yesterdayRealTimeRewards",
        "cumulativeBonusRewards",
        "cumulativeRealTimeRewards",
        "cumulativeTotalRewards",
        "autoSubscribe",
        "tierAnnualPercentageRate",
        "yesterdayAirdropPercentageRate",
        "airDropAsset",
    }
)
