"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountMarginSummary")


@_attrs_define
class SubAccountMarginSummary(AdditionalProperties[Any]):
    """Margin totals of all sub-accounts.

    Attributes:
        total_asset_of_btc (str): Total assets of all sub-accounts, in BTC.
        total_liability_of_btc (str): Total liabilities, in BTC.
        total_net_asset_of_btc (str): Net assets, in BTC.
        sub_account_list (list[SubAccountMarginTotals]):
    """

    total_asset_of_btc: str
    total_liability_of_btc: str
    total_net_asset_of_btc: str
    sub_account_list: list[SubAccountMarginTotals]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def total_asset_of_btc_decimal(self) -> Decimal:
        """`total_asset_of_btc` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_asset_of_btc)

    @property
    def total_liability_of_btc_decimal(self) -> Decimal:
        """`total_liability_of_btc` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_liability_of_btc)

    @property
    def total_net_asset_of_btc_decimal(self) -> Decimal:
        """`total_net_asset_of_btc` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_net_asset_of_btc)

    def to_dict(self) -> dict[str, Any]:
        total_asset_of_btc = self.total_asset_of_btc

        total_liability_of_btc = self.total_liability_of_btc

        total_net_asset_of_btc = self.total_net_asset_of_btc

        sub_account_list = []
        for sub_account_list_item_data in self.sub_account_list:
            sub_account_list_item = sub_account_list_item_data.to_dict()
            sub_account_list.append(sub_account_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalAssetOfBtc": total_asset_of_btc,
                "totalLiabilityOfBtc": total_liability_of_btc,
                "totalNetAssetOfBtc": total_net_asset_of_btc,
                "subAccountList": sub_account_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        sub_account_list = [SubAccountMarginTotals.from_dict(item) for item in d["subAccountList"]]

        _instance = cls(
            d["totalAssetOfBtc"],
            d["totalLiabilityOfBtc"],
            d["totalNetAssetOfBtc"],
            sub_account_list,
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.sub_account_margin_totals import SubAccountMarginTotals  # noqa: E402

_WIRE_NAMES = frozenset({"totalAssetOfBtc", "totalLiabilityOfBtc", "totalNetAssetOfBtc", "subAccountList"})
