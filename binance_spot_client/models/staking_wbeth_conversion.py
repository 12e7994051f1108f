"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="StakingWbethConversion")


@_attrs_define
class StakingWbethConversion(AdditionalProperties[Any]):
    """One conversion between BETH and WBETH.

    Attributes:
        time (int): When it happened, UTC milliseconds.
        from_asset (str): Token given.
        from_amount (str): Amount given.
        to_asset (str): Token received.
        to_amount (str): Amount received.
        exchange_rate (str): BETH per WBETH applied.
        status (str): `PENDING`, `SUCCESS` or `FAILED`.
    """

    time: int
    from_asset: str
    from_amount: str
    to_asset: str
    to_amount: str
    exchange_rate: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def from_amount_decimal(self) -> Decimal:
        """`from_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.from_amount)

    @property
    def to_amount_decimal(self) -> Decimal:
        """`to_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.to_amount)

    @property
    def exchange_rate_decimal(self) -> Decimal:
        """`exchange_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.exchange_rate)

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        from_asset = self.from_asset

        from_amount = self.from_amount

        to_asset = self.to_asset

        to_amount = self.to_amount

        exchange_rate = self.exchange_rate

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "fromAsset": from_asset,
                "fromAmount": from_amount,
                "toAsset": to_asset,
                "toAmount": to_amount,
                "exchangeRate": exchange_rate,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["time"],
            d["fromAsset"],
            d["fromAmount"],
            d["toAsset"],
            d["toAmount"],
            d["exchangeRate"],
            d["status"],
        )
        if len(d) > 7 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"time", "fromAsset", "fromAmount", "toAsset", "toAmount", "exchangeRate", "status"})
