"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="StakingWbethRewardPage")


@_attrs_define
class StakingWbethRewardPage(AdditionalProperties[Any]):
    """One page of WBETH rewards with their estimated total.

    Attributes:
        est_rewards_in_eth (str): Estimated rewards over the whole window, in ETH.
        rows (list[StakingWbethReward]):
        total (int): Number of rows matching the query over all pages.
    """

    est_rewards_in_eth: str
    rows: list[StakingWbethReward]
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def est_rewards_in_eth_decimal(self) -> Decimal:
        """`est_rewards_in_eth` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.est_rewards_in_eth)

    def to_dict(self) -> dict[str, Any]:
        est_rewards_in_eth = self.est_rewards_in_eth

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "estRewardsInETH": est_rewards_in_eth,
                "rows": rows,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        rows = [StakingWbethReward.from_dict(item) for item in d["rows"]]

        _instance = cls(
            d["estRewardsInETH"],
            rows,
            d["total"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.staking_wbeth_reward import StakingWbethReward  # noqa: E402

_WIRE_NAMES = frozenset({"estRewardsInETH", "rows", "total"})
