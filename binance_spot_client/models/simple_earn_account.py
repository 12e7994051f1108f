"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SimpleEarnAccount")


@_attrs_define
class SimpleEarnAccount(AdditionalProperties[Any]):
    """Valuation of the account's Simple Earn holdings.

    Attributes:
        total_amount_in_btc (str): Value of all Simple Earn holdings, in BTC.
        total_amount_in_usdt (str): Value of all Simple Earn holdings, in USDT.
        total_flexible_amount_in_btc (str): Value of flexible holdings, in BTC.
        total_flexible_amount_in_usdt (str): Value of flexible holdings, in USDT.
        total_locked_in_btc (str): Value of locked holdings, in BTC.
        total_locked_in_usdt (str): Value of locked holdings, in USDT.
    """

    total_amount_in_btc: str
    total_amount_in_usdt: str
    total_flexible_amount_in_btc: str
    total_flexible_amount_in_usdt: str
    total_locked_in_btc: str
    total_locked_in_usdt: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def total_amount_in_btc_decimal(self) -> Decimal:
        """`total_amount_in_btc` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_amount_in_btc)

    @property
    def total_amount_in_usdt_decimal(self) -> Decimal:
        """`total_amount_in_usdt` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_amount_in_usdt)

    @property
    def total_flexible_amount_in_btc_decimal(self) -> Decimal:
        """`total_flexible_amount_in_btc` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_flexible_amount_in_btc)

    @property
    def total_flexible_amount_in_usdt_decimal(self) -> Decimal:
        """`total_flexible_amount_in_usdt` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_flexible_amount_in_usdt)

    @property
    def total_locked_in_btc_decimal(self) -> Decimal:
        """`total_locked_in_btc` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_locked_in_btc)

    @property
    def total_locked_in_usdt_decimal(self) -> Decimal:
        """`total_locked_in_usdt` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_locked_in_usdt)

    def to_dict(self) -> dict[str, Any]:
        total_amount_in_btc = self.total_amount_in_btc

        total_amount_in_usdt = self.total_amount_in_usdt

        total_flexible_amount_in_btc = self.total_flexible_amount_in_btc

        total_flexible_amount_in_usdt = self.total_flexible_amount_in_usdt

        total_locked_in_btc = self.total_locked_in_btc

        total_locked_in_usdt = self.total_locked_in_usdt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalAmountInBTC": total_amount_in_btc,
                "totalAmountInUSDT": total_amount_in_usdt,
                "totalFlexibleAmountInBTC": total_flexible_amount_in_btc,
                "totalFlexibleAmountInUSDT": total_flexible_amount_in_usdt,
                "totalLockedInBTC": total_locked_in_btc,
                "totalLockedInUSDT": total_locked_in_usdt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["totalAmountInBTC"],
            d["totalAmountInUSDT"],
            d["totalFlexibleAmountInBTC"],
            d["totalFlexibleAmountInUSDT"],
            d["totalLockedInBTC"],
            d["totalLockedInUSDT"],
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "totalAmountInBTC",
        "totalAmountInUSDT",
        "totalFlexibleAmountInBTC",
        "totalFlexibleAmountInUSDT",
        "totalLockedInBTC",
        "totalLockedInUSDT",
    }
)
