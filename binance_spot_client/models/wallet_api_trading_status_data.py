"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="WalletApiTradingStatusData")


@_attrs_define
class WalletApiTradingStatusData(AdditionalProperties[Any]):
    """API trading state of the account.

    Attributes:
        is_locked (bool): Whether API trading is currently locked.
        planned_recover_time (int): When a lock is planned to end, UTC milliseconds; 0 when not locked.
        trigger_condition (WalletApiTradingTrigger): Thresholds that lock API trading when reached.
        update_time (int): Time of the last update, UTC milliseconds.
        indicators (WalletApiTradingStatusDataIndicators | Unset): Indicator values by symbol, refreshed every 30
            seconds; only present when some indicator has data.
    """

    is_locked: bool
    planned_recover_time: int
    trigger_condition: WalletApiTradingTrigger
    update_time: int
    indicators: WalletApiTradingStatusDataIndicators | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_locked = self.is_locked

        planned_recover_time = self.planned_recover_time

        trigger_condition = self.trigger_condition.to_dict()

        update_time = self.update_time

        indicators: dict[str, Any] | Unset = UNSET
        if not isinstance(self.indicators, Unset):
            indicators = self.indicators.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isLocked": is_locked,
                "plannedRecoverTime": planned_recover_time,
                "triggerCondition": trigger_condition,
                "updateTime": update_time,
            }
        )
        if indicators is not UNSET:
            field_dict["indicators"] = indicators

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        trigger_condition = WalletApiTradingTrigger.from_dict(d["triggerCondition"])
        _indicators = d.get("indicators", UNSET)
        indicators: WalletApiTradingStatusDataIndicators | Unset = (
            UNSET if _indicators is UNSET else WalletApiTradingStatusDataIndicators.from_dict(_indicators)
        )

        _instance = cls(
            d["isLocked"],
            d["plannedRecoverTime"],
            trigger_condition,
            d["updateTime"],
            indicators,
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.wallet_api_trading_status_data_indicators import WalletApiTradingStatusDataIndicators  # noqa: E402
from ..models.wallet_api_trading_trigger import WalletApiTradingTrigger  # noqa: E402

_WIRE_NAMES = frozenset({"isLocked", "plannedRecoverTime", "triggerCondition", "updateTime", "indicators"})
