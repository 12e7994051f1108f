"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="OAuthConvertTarget")


@_attrs_define
class OAuthConvertTarget(AdditionalProperties[Any]):
    """
    Attributes:
        asset_code (str):
        asset_name (str | Unset):
        logo_url (str | Unset):
        size (str | Unset):
        order (int | Unset):
        per_time_min_limit (str | Unset):
        per_time_max_limit (str | Unset):
        daily_max_limit (str | Unset):
        had_daily_limit (str | Unset):
        need_market (bool | Unset):
        fee_type (int | Unset):
        fee_rate (str | Unset):
        fix_fee (str | Unset):
        fee_coin (str | Unset):
        forex_rate (str | Unset):
        expire_time (int | Unset):
    """

    asset_code: str
    asset_name: str | Unset = UNSET
    logo_url: str | Unset = UNSET
    size: str | Unset = UNSET
    order: int | Unset = UNSET
    per_time_min_limit: str | Unset = UNSET
    per_time_max_limit: str | Unset = UNSET
    daily_max_limit: str | Unset = UNSET
    had_daily_limit: str | Unset = UNSET
    need_market: bool | Unset = UNSET
    fee_type: int | Unset = UNSET
    fee_rate: str | Unset = UNSET
    fix_fee: str | Unset = UNSET
    fee_coin: str | Unset = UNSET
    forex_rate: str | Unset = UNSET
    expire_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def per_time_min_limit_decimal(self) -> Decimal | Unset:
        """`per_time_min_limit` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.per_time_min_limit, Unset) else Decimal(self.per_time_min_limit)

    @property
    def per_time_max_limit_decimal(self) -> Decimal | Unset:
        """`per_time_max_limit` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.per_time_max_limit, Unset) else Decimal(self.per_time_max_limit)

    @property
    def daily_max_limit_decimal(self) -> Decimal | Unset:
        """`daily_max_limit` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.daily_max_limit, Unset) else Decimal(self.daily_max_limit)

    @property
    def fee_rate_decimal(self) -> Decimal | Unset:
        """`fee_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.fee_rate, Unset) else Decimal(self.fee_rate)

    @property
    def fix_fee_decimal(self) -> Decimal | Unset:
        """`fix_fee` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.fix_fee, Unset) else Decimal(self.fix_fee)

    @property
    def forex_rate_decimal(self) -> Decimal | Unset:
        """`forex_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.forex_rate, Unset) else Decimal(self.forex_rate)

    def to_dict(self) -> dict[str, Any]:
        asset_code = self.asset_code

        asset_name = self.asset_name

        logo_url = self.logo_url

        size = self.size

        order = self.order

        per_time_min_limit = self.per_time_min_limit

        per_time_max_limit = self.per_time_max_limit

        daily_max_limit = self.daily_max_limit

        had_daily_limit = self.had_daily_limit

        need_market = self.need_market

        fee_type = self.fee_type

        fee_rate = self.fee_rate

        fix_fee = self.fix_fee

        fee_coin = self.fee_coin

        forex_rate = self.forex_rate

        expire_time = self.expire_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assetCode": asset_code,
            }
        )
        if asset_name is not UNSET:
            field_dict["assetName"] = asset_name
        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        if size is not UNSET:
            field_dict["size"] = size
        if order is not UNSET:
            field_dict["order"] = order
        if per_time_min_limit is not UNSET:
            field_dict["perTimeMinLimit"] = per_time_min_limit
        if per_time_max_limit is not UNSET:
            field_dict["perTimeMaxLimit"] = per_time_max_limit
        if daily_max_limit is not UNSET:
            field_dict["dailyMaxLimit"] = daily_max_limit
        if had_daily_limit is not UNSET:
            field_dict["hadDailyLimit"] = had_daily_limit
        if need_market is not UNSET:
            field_dict["needMarket"] = need_market
        if fee_type is not UNSET:
            field_dict["feeType"] = fee_type
        if fee_rate is not UNSET:
            field_dict["feeRate"] = fee_rate
        if fix_fee is not UNSET:
            field_dict["fixFee"] = fix_fee
        if fee_coin is not UNSET:
            field_dict["feeCoin"] = fee_coin
        if forex_rate is not UNSET:
            field_dict["forexRate"] = forex_rate
        if expire_time is not UNSET:
            field_dict["expireTime"] = expire_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["assetCode"],
            d.get("assetName", UNSET),
            d.get("logoUrl", UNSET),
            d.get("size", UNSET),
            d.get("order", UNSET),
            d.get("perTimeMinLimit", UNSET),
            d.get("perTimeMaxLimit", UNSET),
            d.get("dailyMaxLimit", UNSET),
            d.get("hadDailyLimit", UNSET),
            d.get("needMarket", UNSET),
            d.get("feeType", UNSET),
            d.get("feeRate", UNSET),
            d.get("fixFee", UNSET),
            d.get("feeCoin", UNSET),
            d.get("forexRate", UNSET),
            d.get("expireTime", UNSET),
        )
        if len(d) > 1 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "assetCode",
        "assetName",
        "logoUrl",
        "size",
        "order",
        "perTimeMinLimit",
        "perTimeMaxLimit",
        "dailyMaxLimit",
        "hadDailyLimit",
        "needMarket",
        "feeType",
        "feeRate",
        "fixFee",
        "feeCoin",
        "forexRate",
        "expireTime",
    }
)
