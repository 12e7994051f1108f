"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SubAccountTradeInfo")


@_attrs_define
class SubAccountTradeInfo(AdditionalProperties[Any]):
    """Trading volume of one day.

    Attributes:
        user_id (int | Unset): User id of the account.
        btc (float | Unset): Spot volume valued in BTC.
        btc_futures (float | Unset): Futures volume valued in BTC.
        btc_margin (float | Unset): Margin volume valued in BTC.
        busd (float | Unset): Spot volume valued in BUSD.
        busd_futures (float | Unset): Futures volume valued in BUSD.
        busd_margin (float | Unset): Margin volume valued in BUSD.
        date (int | Unset): Day of the figures (start of day), UTC milliseconds.
    """

    user_id: int | Unset = UNSET
    btc: float | Unset = UNSET
    btc_futures: float | Unset = UNSET
    btc_margin: float | Unset = UNSET
    busd: float | Unset = UNSET
    busd_futures: float | Unset = UNSET
    busd_margin: float | Unset = UNSET
    date: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        btc = self.btc

        btc_futures = self.btc_futures

        btc_margin = self.btc_margin

        busd = self.busd

        busd_futures = self.busd_futures

        busd_margin = self.busd_margin

        date = self.date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if btc is not UNSET:
            field_dict["btc"] = btc
        if btc_futures is not UNSET:
            field_dict["btcFutures"] = btc_futures
        if btc_margin is not UNSET:
            field_dict["btcMargin"] = btc_margin
        if busd is not UNSET:
            field_dict["busd"] = busd
        if busd_futures is not UNSET:
            field_dict["busdFutures"] = busd_futures
        if busd_margin is not UNSET:
            field_dict["busdMargin"] = busd_margin
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d.get("userId", UNSET),
            d.get("btc", UNSET),
            d.get("btcFutures", UNSET),
            d.get("btcMargin", UNSET),
            d.get("busd", UNSET),
            d.get("busdFutures", UNSET),
            d.get("busdMargin", UNSET),
            d.get("date", UNSET),
        )
        if len(d) > 0 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"userId", "btc", "btcFutures", "btcMargin", "busd", "busdFutures", "busdMargin", "date"})
