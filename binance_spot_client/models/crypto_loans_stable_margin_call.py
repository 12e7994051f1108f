"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="CryptoLoansStableMarginCall")


@_attrs_define
class CryptoLoansStableMarginCall(AdditionalProperties[Any]):
    """
    Attributes:
        order_id (str): Loan order id (a number sent as text).
        collateral_coin (str): Collateral coin.
        pre_margin_call (str): Margin-call LTV before the change.
        after_margin_call (str): Margin-call LTV after the change.
        customize_time (int): When it was changed, UTC milliseconds.
    """

    order_id: str
    collateral_coin: str
    pre_margin_call: str
    after_margin_call: str
    customize_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def pre_margin_call_decimal(self) -> Decimal:
        """`pre_margin_call` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.pre_margin_call)

    @property
    def after_margin_call_decimal(self) -> Decimal:
        """`after_margin_call` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.after_margin_call)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        collateral_coin = self.collateral_coin

        pre_margin_call = self.pre_margin_call

        after_margin_call = self.after_margin_call

        customize_time = self.customize_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "collateralCoin": collateral_coin,
                "preMarginCall": pre_margin_call,
                "afterMarginCall": after_margin_call,
                "customizeTime": customize_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["orderId"],
            d["collateralCoin"],
            d["preMarginCall"],
            d["afterMarginCall"],
            d["customizeTime"],
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"orderId", "collateralCoin", "preMarginCall", "afterMarginCall", "customizeTime"})
