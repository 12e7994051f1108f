"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="BlvtUserLimit")


@_attrs_define
class BlvtUserLimit(AdditionalProperties[Any]):
    """The account's daily leveraged token limits.

    Attributes:
        token_name (str):
        user_daily_total_purchase_limit (str): Daily subscription limit, in USDT.
        user_daily_total_redeem_limit (str): Daily redemption limit, in USDT.
    """

    token_name: str
    user_daily_total_purchase_limit: str
    user_daily_total_redeem_limit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def user_daily_total_purchase_limit_decimal(self) -> Decimal:
        """`user_daily_total_purchase_limit` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.user_daily_total_purchase_limit)

    @property
    def user_daily_total_redeem_limit_decimal(self) -> Decimal:
        """`user_daily_total_redeem_limit` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.user_daily_total_redeem_limit)

    def to_dict(self) -> dict[str, Any]:
        token_name = self.token_name

        user_daily_total_purchase_limit = self.user_daily_total_purchase_limit

        user_daily_total_redeem_limit = self.user_daily_total_redeem_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tokenName": token_name,
                "userDailyTotalPurchaseLimit": user_daily_total_purchase_limit,
                "userDailyTotalRedeemLimit": user_daily_total_redeem_limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["tokenName"],
            d["userDailyTotalPurchaseLimit"],
            d["userDailyTotalRedeemLimit"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"tokenName", "userDailyTotalPurchaseLimit", "userDailyTotalRedeemLimit"})
