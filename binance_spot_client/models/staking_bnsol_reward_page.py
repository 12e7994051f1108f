"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="StakingBnsolRewardPage")


@_attrs_define
class StakingBnsolRewardPage(AdditionalProperties[Any]):
    """One page of BNSOL rewards with their estimated total.

    Attributes:
        est_rewards_in_sol (str): Estimated rewards over the whole window, in SOL.
        rows (list[StakingBnsolReward]):
        total (int): Number of rows matching the query over all pages.
    """

    est_rewards_in_sol: str
    rows: list[StakingBnsolReward]
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def est_rewards_in_sol_decimal(self) -> Decimal:
        """`est_rewards_in_sol` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.est_rewards_in_sol)

    def to_dict(self) -> dict[str, Any]:
        est_rewards_in_sol = self.est_rewards_in_sol

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "estRewardsInSOL": est_rewards_in_sol,
                "rows": rows,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        rows = [StakingBnsolReward.from_dict(item) for item in d["rows"]]

        _instance = cls(
            d["estRewardsInSOL"],
            rows,
            d["total"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.staking_bnsol_reward import StakingBnsolReward  # noqa: E402

_WIRE_NAMES = frozenset({"estRewardsInSOL", "rows", "total"})
