"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="StakingEthAccount")


@_attrs_define
class StakingEthAccount(AdditionalProperties[Any]):
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

    @property
    def holding_in_eth_decimal(self) -> Decimal:
        """`holding_in_eth` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.holding_in_eth)

    @property
    def thirty_days_profit_in_eth_decimal(self) -> Decimal:
        """`thirty_days_profit_in_eth` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.thirty_days_profit_in_eth)

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
        d = src_dict
        holdings = StakingEthHoldings.from_dict(d["holdings"])
        profit = StakingEthProfit.from_dict(d["profit"])

        _instance = cls(
            d["holdingInETH"],
            holdings,
            d["thirtyDaysProfitInETH"],
            profit,
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.staking_eth_holdings import StakingEthHoldings  # noqa: E402
from ..models.staking_eth_profit import StakingEthProfit  # noqa: E402

_WIRE_NAMES = frozenset({"holdingInETH", "holdings", "thirtyDaysProfitInETH", "profit"})
