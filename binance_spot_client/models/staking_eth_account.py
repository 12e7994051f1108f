"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.staking_eth_holdings import StakingEthHoldings
    from ..models.staking_eth_profit import StakingEthProfit


T = TypeVar("T", bound="StakingEthAccount")


@_attrs_define
class StakingEthAccount:
    """The account's ETH staking summary.

    Attributes:
        holding_in_eth (str): Value of all staking tokens held, in ETH.
        holdings (StakingEthHoldings): Staking tokens held.
        thirty_days_profit_in_eth (str): Profit over the last 30 days, in ETH.
        profit (StakingEthProfit): Staking profit over the last 30 days by token.
    """

    holding_in_eth: str
    holdings: StakingEthHoldings
    thirty_days_profit_in_eth: str
    profit: StakingEthProfit
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        holding_in_eth = self.holding_in_eth

        holdings = self.holdings.to_dict()

        thirty_days_profit_in_eth = self.thirty_days_profit_in_eth

        profit = self.profit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "holdingInETH": holding_in_eth,
                "holdings": holdings,
                "thirtyDaysProfitInETH": thirty_days_profit_in_eth,
                "profit": profit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.staking_eth_holdings import StakingEthHoldings
        from ..models.staking_eth_profit import StakingEthProfit

        d = dict(src_dict)
        holding_in_eth = d.pop("holdingInETH")

        holdings = StakingEthHoldings.from_dict(d.pop("holdings"))

        thirty_days_profit_in_eth = d.pop("thirtyDaysProfitInETH")

        profit = StakingEthProfit.from_dict(d.pop("profit"))

        _instance = cls(
            holding_in_eth=holding_in_eth,
            holdings=holdings,
            thirty_days_profit_in_eth=thirty_days_profit_in_eth,
            profit=profit,
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
