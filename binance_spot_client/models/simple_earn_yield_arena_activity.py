"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SimpleEarnYieldArenaActivity")


@_attrs_define
class SimpleEarnYieldArenaActivity(AdditionalProperties[Any]):
    """One Yield Arena giveaway campaign.

    Attributes:
        activity_id (int): Campaign identifier.
        activity_type (str): Kind of campaign, for example `AIRDROP`.
        title (str): Campaign title, in the language asked for.
        description (str): Campaign text, in the language asked for.
        reward_pool_in_usd (str): Size of the reward pool, in USD.
        reward_token (list[str]): Tokens the rewards are paid in.
        redirect_url (str): Page of the campaign on Binance.
        start_time (int): Campaign start, UTC milliseconds.
        end_time (int): Campaign end, UTC milliseconds.
    """

    activity_id: int
    activity_type: str
    title: str
    description: str
    reward_pool_in_usd: str
    reward_token: list[str]
    redirect_url: str
    start_time: int
    end_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def reward_pool_in_usd_decimal(self) -> Decimal:
        """`reward_pool_in_usd` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.reward_pool_in_usd)

    def to_dict(self) -> dict[str, Any]:
        activity_id = self.activity_id

        activity_type = self.activity_type

        title = self.title

        description = self.description

        reward_pool_in_usd = self.reward_pool_in_usd

        reward_token = self.reward_token

        redirect_url = self.redirect_url

        start_time = self.start_time

        end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activityId": activity_id,
                "activityType": activity_type,
                "title": title,
                "description": description,
                "rewardPoolInUsd": reward_pool_in_usd,
                "rewardToken": reward_token,
                "redirectUrl": redirect_url,
                "startTime": start_time,
                "endTime": end_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        reward_token = d["rewardToken"]

        _instance = cls(
            d["activityId"],
            d["activityType"],
            d["title"],
            d["description"],
            d["rewardPoolInUsd"],
            reward_token,
            d["redirectUrl"],
            d["startTime"],
            d["endTime"],
        )
        if len(d) > 9 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "activityId",
        "activityType",
        "title",
        "description",
        "rewardPoolInUsd",
        "rewardToken",
        "redirectUrl",
        "startTime",
        "endTime",
    }
)
