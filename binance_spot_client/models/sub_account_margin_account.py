"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountMarginAccount")


@_attrs_define
class SubAccountMarginAccount(AdditionalProperties[Any]):
    """Cross margin account of a sub-account.

    Attributes:
        email (str): Email of the sub-account.
        margin_level (str): Current margin level.
        total_asset_of_btc (str): Total assets, in BTC.
        total_liability_of_btc (str): Total liabilities, in BTC.
        total_net_asset_of_btc (str): Net assets, in BTC.
        margin_trade_coeff_vo (SubAccountMarginRatios): Margin level thresholds of a margin account.
        margin_user_asset_vo_list (list[SubAccountMarginAsset]):
    """

    email: str
    margin_level: str
    total_asset_of_btc: str
    total_liability_of_btc: str
    total_net_asset_of_btc: str
    margin_trade_coeff_vo: SubAccountMarginRatios
    margin_user_asset_vo_list: list[SubAccountMarginAsset]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def margin_level_decimal(self) -> Decimal:
        """`margin_level` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.margin_level)

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
        email = self.email

        margin_level = self.margin_level

        total_asset_of_btc = self.total_asset_of_btc

        total_liability_of_btc = self.total_liability_of_btc

        total_net_asset_of_btc = self.total_net_asset_of_btc

        margin_trade_coeff_vo = self.margin_trade_coeff_vo.to_dict()

        margin_user_asset_vo_list = []
        for margin_user_asset_vo_list_item_data in self.margin_user_asset_vo_list:
            margin_user_asset_vo_list_item = margin_user_asset_vo_list_item_data.to_dict()
            margin_user_asset_vo_list.append(margin_user_asset_vo_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "marginLevel": margin_level,
                "totalAssetOfBtc": total_asset_of_btc,
                "totalLiabilityOfBtc": total_liability_of_btc,
                "totalNetAssetOfBtc": total_net_asset_of_btc,
                "marginTradeCoeffVo": margin_trade_coeff_vo,
                "marginUserAssetVoList": margin_user_asset_vo_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        margin_trade_coeff_vo = SubAccountMarginRatios.from_dict(d["marginTradeCoeffVo"])
        margin_user_asset_vo_list = [SubAccountMarginAsset.from_dict(item) for item in d["marginUserAssetVoList"]]

        _instance = cls(
            d["email"],
            d["marginLevel"],
            d["totalAssetOfBtc"],
            d["totalLiabilityOfBtc"],
            d["totalNetAssetOfBtc"],
            margin_trade_coeff_vo,
            margin_user_asset_vo_list,
        )
        if len(d) > 7 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.sub_account_margin_asset import SubAccountMarginAsset  # noqa: E402
from ..models.sub_account_margin_ratios import SubAccountMarginRatios  # noqa: E402

_WIRE_NAMES = frozenset(
    {
        "email",
        "marginLevel",
        "totalAssetOfBtc",
        "totalLiabilityOfBtc",
        "totalNetAssetOfBtc",
        "marginTradeCoeffVo",
        "marginUserAssetVoList",
    }
)
