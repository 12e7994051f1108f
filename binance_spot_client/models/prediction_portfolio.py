"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="PredictionPortfolio")


@_attrs_define
class PredictionPortfolio(AdditionalProperties[Any]):
    """Overview of the caller's prediction positions.

    Attributes:
        chain_id (str): Chain of the wallet.
        wallet_address (str): The prediction wallet.
        active_positions_count (int): Positions in markets not resolved yet.
        total_realized_pnl (str): Realized profit or loss.
        total_unrealized_pnl (str): Unrealized profit or loss.
        total_pnl (str): Total profit or loss.
        total_cost_basis (str): What the positions cost.
        total_current_value (str): What the positions are worth now.
        positions (list[PredictionPnlRecord]):
    """

    chain_id: str
    wallet_address: str
    active_positions_count: int
    total_realized_pnl: str
    total_unrealized_pnl: str
    total_pnl: str
    total_cost_basis: str
    total_current_value: str
    positions: list[PredictionPnlRecord]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def total_realized_pnl_decimal(self) -> Decimal:
        """`total_realized_pnl` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_realized_pnl)

    @property
    def total_unrealized_pnl_decimal(self) -> Decimal:
        """`total_unrealized_pnl` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_unrealized_pnl)

    @property
    def total_pnl_decimal(self) -> Decimal:
        """`total_pnl` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_pnl)

    @property
    def total_cost_basis_decimal(self) -> Decimal:
        """`total_cost_basis` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_cost_basis)

    @property
    def total_current_value_decimal(self) -> Decimal:
        """`total_current_value` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_current_value)

    def to_dict(self) -> dict[str, Any]:
        chain_id = self.chain_id

        wallet_address = self.wallet_address

        active_positions_count = self.active_positions_count

        total_realized_pnl = self.total_realized_pnl

        total_unrealized_pnl = self.total_unrealized_pnl

        total_pnl = self.total_pnl

        total_cost_basis = self.total_cost_basis

        total_current_value = self.total_current_value

        positions = []
        for positions_item_data in self.positions:
            positions_item = positions_item_data.to_dict()
            positions.append(positions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chainId": chain_id,
                "walletAddress": wallet_address,
                "activePositionsCount": active_positions_count,
                "totalRealizedPnl": total_realized_pnl,
                "totalUnrealizedPnl": total_unrealized_pnl,
                "totalPnl": total_pnl,
                "totalCostBasis": total_cost_basis,
                "totalCurrentValue": total_current_value,
                "positions": positions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        positions = [PredictionPnlRecord.from_dict(item) for item in d["positions"]]

        _instance = cls(
            d["chainId"],
            d["walletAddress"],
            d["activePositionsCount"],
            d["totalRealizedPnl"],
            d["totalUnrealizedPnl"],
            d["totalPnl"],
            d["totalCostBasis"],
            d["totalCurrentValue"],
            positions,
        )
        if len(d) > 9 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.prediction_pnl_record import PredictionPnlRecord  # noqa: E402

_WIRE_NAMES = frozenset(
    {
        "chainId",
        "walletAddress",
        "activePositionsCount",
        "totalRealizedPnl",
        "totalUnrealizedPnl",
        "totalPnl",
        "totalCostBasis",
        "totalCurrentValue",
        "positions",
    }
)
