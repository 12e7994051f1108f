"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sub_account_trade_info import SubAccountTradeInfo


T = TypeVar("T", bound="SubAccountTransactionStatistics")


@_attrs_define
class SubAccountTransactionStatistics:
    """Trading volume statistics over the last 30 days.

    Attributes:
        recent_30_btc_total (str): Spot volume of the last 30 days, in BTC.
        recent_30_btc_futures_total (str): Futures volume of the last 30 days, in BTC.
        recent_30_btc_margin_total (str): Margin volume of the last 30 days, in BTC.
        recent_30_busd_total (str): Spot volume of the last 30 days, in BUSD.
        recent_30_busd_futures_total (str): Futures volume of the last 30 days, in BUSD.
        recent_30_busd_margin_total (str): Margin volume of the last 30 days, in BUSD.
        trade_info_vos (list[SubAccountTradeInfo]): Daily figures; empty without trading.
    """

    recent_30_btc_total: str
    recent_30_btc_futures_total: str
    recent_30_btc_margin_total: str
    recent_30_busd_total: str
    recent_30_busd_futures_total: str
    recent_30_busd_margin_total: str
    trade_info_vos: list[SubAccountTradeInfo]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recent_30_btc_total = self.recent_30_btc_total

        recent_30_btc_futures_total = self.recent_30_btc_futures_total

        recent_30_btc_margin_total = self.recent_30_btc_margin_total

        recent_30_busd_total = self.recent_30_busd_total

        recent_30_busd_futures_total = self.recent_30_busd_futures_total

        recent_30_busd_margin_total = self.recent_30_busd_margin_total

        trade_info_vos = []
        for trade_info_vos_item_data in self.trade_info_vos:
            trade_info_vos_item = trade_info_vos_item_data.to_dict()
            trade_info_vos.append(trade_info_vos_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recent30BtcTotal": recent_30_btc_total,
                "recent30BtcFuturesTotal": recent_30_btc_futures_total,
                "recent30BtcMarginTotal": recent_30_btc_margin_total,
                "recent30BusdTotal": recent_30_busd_total,
                "recent30BusdFuturesTotal": recent_30_busd_futures_total,
                "recent30BusdMarginTotal": recent_30_busd_margin_total,
                "tradeInfoVos": trade_info_vos,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sub_account_trade_info import SubAccountTradeInfo

        d = dict(src_dict)
        recent_30_btc_total = d.pop("recent30BtcTotal")

        recent_30_btc_futures_total = d.pop("recent30BtcFuturesTotal")

        recent_30_btc_margin_total = d.pop("recent30BtcMarginTotal")

        recent_30_busd_total = d.pop("recent30BusdTotal")

        recent_30_busd_futures_total = d.pop("recent30BusdFuturesTotal")

        recent_30_busd_margin_total = d.pop("recent30BusdMarginTotal")

        trade_info_vos = []
        _trade_info_vos = d.pop("tradeInfoVos")
        for trade_info_vos_item_data in _trade_info_vos:
            trade_info_vos_item = SubAccountTradeInfo.from_dict(trade_info_vos_item_data)

            trade_info_vos.append(trade_info_vos_item)

        _instance = cls(
            recent_30_btc_total=recent_30_btc_total,
            recent_30_btc_futures_total=recent_30_btc_futures_total,
            recent_30_btc_margin_total=recent_30_btc_margin_total,
            recent_30_busd_total=recent_30_busd_total,
            recent_30_busd_futures_total=recent_30_busd_futures_total,
            recent_30_busd_margin_total=recent_30_busd_margin_total,
            trade_info_vos=trade_info_vos,
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
