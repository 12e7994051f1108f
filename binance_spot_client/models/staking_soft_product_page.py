"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="StakingSoftProductPage")


@_attrs_define
class StakingSoftProductPage(AdditionalProperties[Any]):
    """One page of Soft Staking products with the account's status and total rewards.

    Attributes:
        status (bool): Whether Soft Staking is switched on for the account.
        total_rewards_usdt (str): All Soft Staking rewards earned, valued in USDT.
        rows (list[StakingSoftProduct]):
        total (int): Number of products matching over all pages.
    """

    status: bool
    total_rewards_usdt: str
    rows: list[StakingSoftProduct]
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def total_rewards_usdt_decimal(self) -> Decimal:
        """`total_rewards_usdt` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_rewards_usdt)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        total_rewards_usdt = self.total_rewards_usdt

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "totalRewardsUsdt": total_rewards_usdt,
                "rows": rows,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        rows = [StakingSoftProduct.from_dict(item) for item in d["rows"]]

        _instance = cls(
            d["status"],
            d["totalRewardsUsdt"],
            rows,
            d["total"],
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.staking_soft_product import StakingSoftProduct  # noqa: E402

_WIRE_NAMES = frozenset({"status", "totalRewardsUsdt", "rows", "total"})
