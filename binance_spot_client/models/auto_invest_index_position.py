"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="AutoInvestIndexPosition")


@_attrs_define
class AutoInvestIndexPosition(AdditionalProperties[Any]):
    """The account's position in an index-linked plan.

    Attributes:
        index_id (int): Index followed.
        total_invested_in_usd (str): Total invested so far, in USD.
        current_invested_in_usd (str): Amount invested in what is still held, in USD.
        pnl_in_usd (str): Profit or loss on the current holding, in USD.
        roi (str): Return on the current holding, as a fraction.
        asset_allocation (list[AutoInvestIndexAllocation]):
        details (list[AutoInvestIndexAssetHolding]):
    """

    index_id: int
    total_invested_in_usd: str
    current_invested_in_usd: str
    pnl_in_usd: str
    roi: str
    asset_allocation: list[AutoInvestIndexAllocation]
    details: list[AutoInvestIndexAssetHolding]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def total_invested_in_usd_decimal(self) -> Decimal:
        """`total_invested_in_usd` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_invested_in_usd)

    @property
    def current_invested_in_usd_decimal(self) -> Decimal:
        """`current_invested_in_usd` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.current_invested_in_usd)

    @property
    def pnl_in_usd_decimal(self) -> Decimal:
        """`pnl_in_usd` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.pnl_in_usd)

    @property
    def roi_decimal(self) -> Decimal:
        """`roi` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.roi)

    def to_dict(self) -> dict[str, Any]:
        index_id = self.index_id

        total_invested_in_usd = self.total_invested_in_usd

        current_invested_in_usd = self.current_invested_in_usd

        pnl_in_usd = self.pnl_in_usd

        roi = self.roi

        asset_allocation = []
        for asset_allocation_item_data in self.asset_allocation:
            asset_allocation_item = asset_allocation_item_data.to_dict()
            asset_allocation.append(asset_allocation_item)

        details = []
        for details_item_data in self.details:
            details_item = details_item_data.to_dict()
            details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "indexId": index_id,
                "totalInvestedInUSD": total_invested_in_usd,
                "currentInvestedInUSD": current_invested_in_usd,
                "pnlInUSD": pnl_in_usd,
                "roi": roi,
                "assetAllocation": asset_allocation,
                "details": details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        asset_allocation = [AutoInvestIndexAllocation.from_dict(item) for item in d["assetAllocation"]]
        details = [AutoInvestIndexAssetHolding.from_dict(item) for item in d["details"]]

        _instance = cls(
            d["indexId"],
            d["totalInvestedInUSD"],
            d["currentInvestedInUSD"],
            d["pnlInUSD"],
            d["roi"],
            asset_allocation,
            details,
        )
        if len(d) > 7 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.auto_invest_index_allocation import AutoInvestIndexAllocation  # noqa: E402
from ..models.auto_invest_index_asset_holding import AutoInvestIndexAssetHolding  # noqa: E402

_WIRE_NAMES = frozenset(
    {"indexId", "totalInvestedInUSD", "currentInvestedInUSD", "pnlInUSD", "roi", "assetAllocation", "details"}
)
