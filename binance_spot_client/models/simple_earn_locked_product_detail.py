"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SimpleEarnLockedProductDetail")


@_attrs_define
class SimpleEarnLockedProductDetail:
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
        d = dict(src_dict)
        asset = d.pop("asset")

        reward_asset = d.pop("rewardAsset")

        duration = d.pop("duration")

        renewable = d.pop("renewable")

        is_sold_out = d.pop("isSoldOut")

        apr = d.pop("apr")

        status = d.pop("status")

        subscription_start_time = d.pop("subscriptionStartTime")

        extra_reward_asset = d.pop("extraRewardAsset", UNSET)

        extra_reward_apr = d.pop("extraRewardAPR", UNSET)

        boost_reward_asset = d.pop("boostRewardAsset", UNSET)

        boost_apr = d.pop("boostApr", UNSET)

        boost_end_time = d.pop("boostEndTime", UNSET)

        _instance = cls(
            asset=asset,
            reward_asset=reward_asset,
            duration=duration,
            renewable=renewable,
            is_sold_out=is_sold_out,
            apr=apr,
            status=status,
            subscription_start_time=subscription_start_time,
            extra_reward_asset=extra_reward_asset,
            extra_reward_apr=extra_reward_apr,
            boost_reward_asset=boost_reward_asset,
            boost_apr=boost_apr,
            boost_end_time=boost_end_time,
        )

        _instance.additional_properties = d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
