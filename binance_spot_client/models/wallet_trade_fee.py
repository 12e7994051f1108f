"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="WalletTradeFee")


@_attrs_define
class WalletTradeFee(AdditionalProperties[Any]):
    """Trading fee rates of one symbol.

    Attributes:
        symbol (str):
        maker_commission (str): Maker fee rate (0.001 = 0.1%).
        taker_commission (str): Taker fee rate.
    """

    symbol: str
    maker_commission: str
    taker_commission: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def maker_commission_decimal(self) -> Decimal:
        """`maker_commission` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.maker_commission)

    @property
    def taker_commission_decimal(self) -> Decimal:
        """`taker_commission` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.taker_commission)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        maker_commission = self.maker_commission

        taker_commission = self.taker_commission

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "makerCommission": maker_commission,
                "takerCommission": taker_commission,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["symbol"],
            d["makerCommission"],
            d["takerCommission"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"symbol", "makerCommission", "takerCommission"})
