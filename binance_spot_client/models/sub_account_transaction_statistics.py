"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountTransactionStatistics")


@_attrs_define
class SubAccountTransactionStatistics(AdditionalProperties[Any]):
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

    @property
    def recent_30_btc_total_decimal(self) -> Decimal:
        """`recent_30_btc_total` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.recent_30_btc_total)

    @property
    def recent_30_btc_futures_total_decimal(self) -> Decimal:
        """`recent_30_btc_futures_total` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.recent_30_btc_futures_total)

    @property
    def recent_30_btc_margin_total_decimal(self) -> Decimal:
        """`recent_30_btc_margin_total` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.recent_30_btc_margin_total)

    @property
    def recent_30_busd_total_decimal(self) -> Decimal:
        """`recent_30_busd_total` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.recent_30_busd_total)

    @property
    def recent_30_busd_futures_total_decimal(self) -> Decimal:
        """`recent_30_busd_futures_total` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.recent_30_busd_futures_total)

    @property
    def recent_30_busd_margin_total_decimal(self) -> Decimal:
        """`recent_30_busd_margin_total` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.recent_30_busd_margin_total)

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
        d = src_dict
        trade_info_vos = [SubAccountTradeInfo.from_dict(item) for item in d["tradeInfoVos"]]

        _instance = cls(
            d["recent30BtcTotal"],
            d["recent30BtcFuturesTotal"],
            d["recent30BtcMarginTotal"],
            d["recent30BusdTotal"],
            d["recent30BusdFuturesTotal"],
            d["recent30BusdMarginTotal"],
            trade_info_vos,
        )
        if len(d) > 7 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.sub_account_trade_info import SubAccountTradeInfo  # noqa: E402

_WIRE_NAMES = frozenset(
    {
        "recent30BtcTotal",
        "recent30BtcFuturesTotal",
        "recent30BtcMarginTotal",
        "recent30BusdTotal",
        "recent30BusdFuturesTotal",
        "recent30BusdMarginTotal",
        "tradeInfoVos",
    }
)
