"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SimpleEarnLockedProductDetail")


@_attrs_define
class SimpleEarnLockedProductDetail(AdditionalProperties[Any]):
    """Terms of a locked product.

    Attributes:
        asset (str): Asset locked by the product.
        reward_asset (str): Asset the rewards are paid in.
        duration (int): Lock period in days.
        renewable (bool): Whether positions can be renewed automatically at maturity.
        is_sold_out (bool): Whether the product's quota is used up.
        apr (str): Annual percentage rate, as a fraction.
        status (str): Product state, such as `CREATED` or `PURCHASING`.
        subscription_start_time (int): When subscriptions open, UTC milliseconds.
        extra_reward_asset (str | Unset): Asset of the extra reward, for products that pay one.
        extra_reward_apr (str | Unset): APR of the extra reward, as a fraction.
        boost_reward_asset (str | Unset): Asset of the boost reward, for products with a boost (added by Binance in
            2025).
        boost_apr (str | Unset): APR of the boost reward, as a fraction.
        boost_end_time (int | Unset): When the boost ends, UTC milliseconds.
    """

    asset: str
    reward_asset: str
    duration: int
    renewable: bool
    is_sold_out: bool
    apr: str
    status: str
    subscription_start_time: int
    extra_reward_asset: str | Unset = UNSET
    extra_reward_apr: str | Unset = UNSET
    boost_reward_asset: str | Unset = UNSET
    boost_apr: str | Unset = UNSET
    boost_end_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def apr_decimal(self) -> Decimal:
        """`apr` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.apr)

    @property
    def extra_reward_apr_decimal(self) -> Decimal | Unset:
        """`extra_reward_apr` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.extra_reward_apr, Unset) else Decimal(self.extra_reward_apr)

    @property
    def boost_apr_decimal(self) -> Decimal | Unset:
        """`boost_apr` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.boost_apr, Unset) else Decimal(self.boost_apr)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        reward_asset = self.reward_asset

        duration = self.duration

        renewable = self.renewable

        is_sold_out = self.is_sold_out

        apr = self.apr

        status = self.status

        subscription_start_time = self.subscription_start_time

        extra_reward_asset = self.extra_reward_asset

        extra_reward_apr = self.extra_reward_apr

        boost_reward_asset = self.boost_reward_asset

        boost_apr = self.boost_apr

        boost_end_time = self.boost_end_time

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
            }
        )
        if extra_reward_asset is not UNSET:
            field_dict["extraRewardAsset"] = extra_reward_asset
        if extra_reward_apr is not UNSET:
            field_dict["extraRewardAPR"] = extra_reward_apr
        if boost_reward_asset is not UNSET:
            field_dict["boostRewardAsset"] = boost_reward_asset
        if boost_apr is not UNSET:
            field_dict["boostApr"] = boost_apr
        if boost_end_time is not UNSET:
            field_dict["boostEndTime"] = boost_end_time

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
            d.get("extraRewardAsset", UNSET),
            d.get("extraRewardAPR", UNSET),
            d.get("boostRewardAsset", UNSET),
            d.get("boostApr", UNSET),
            d.get("boostEndTime", UNSET),
        )
        if len(d) > 8 and not _WIRE_NAMES.issuperset(d):
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
        "extraRewardAsset",
        "extraRewardAPR",
        "boostRewardAsset",
        "boostApr",
        "boostEndTime",
    }
)
