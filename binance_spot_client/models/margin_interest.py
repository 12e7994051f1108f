"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset, former_attribute

T = TypeVar("T", bound="MarginInterest")


@_attrs_define
class MarginInterest(AdditionalProperties[Any]):
    """One interest charge.

    Attributes:
        asset (str):
        interest (str): Interest charged.
        interest_accured_time (int): When the interest was charged (Binance's spelling of the field).
        interest_rate (str): Rate applied.
        principal (str): Borrowed amount the interest was charged on.
        type (str): `PERIODIC` (hourly), `ON_BORROW` (first charge at borrowing), `PERIODIC_CONVERTED` or
            `ON_BORROW_CONVERTED` (the same, paid in BNB).
        tx_id (int | Unset): Id of the interest charge.
        isolated_symbol (str | Unset): Isolated pair charged; absent for cross margin.
        raw_asset (str | Unset): Asset the interest accrued in before any conversion to BNB.
    """

    asset: str
    interest: str
    interest_accured_time: int
    interest_rate: str
    principal: str
    type: str
    tx_id: int | Unset = UNSET
    isolated_symbol: str | Unset = UNSET
    raw_asset: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def interest_decimal(self) -> Decimal:
        """`interest` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.interest)

    @property
    def interest_rate_decimal(self) -> Decimal:
        """`interest_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.interest_rate)

    @property
    def principal_decimal(self) -> Decimal:
        """`principal` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.principal)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        interest = self.interest

        interest_accured_time = self.interest_accured_time

        interest_rate = self.interest_rate

        principal = self.principal

        type = self.type

        tx_id = self.tx_id

        isolated_symbol = self.isolated_symbol

        raw_asset = self.raw_asset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "interest": interest,
                "interestAccuredTime": interest_accured_time,
                "interestRate": interest_rate,
                "principal": principal,
                "type": type,
            }
        )
        if tx_id is not UNSET:
            field_dict["txId"] = tx_id
        if isolated_symbol is not UNSET:
            field_dict["isolatedSymbol"] = isolated_symbol
        if raw_asset is not UNSET:
            field_dict["rawAsset"] = raw_asset

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["asset"],
            d["interest"],
            d["interestAccuredTime"],
            d["interestRate"],
            d["principal"],
            d["type"],
            d.get("txId", UNSET),
            d.get("isolatedSymbol", UNSET),
            d.get("rawAsset", UNSET),
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "asset",
        "interest",
        "interestAccuredTime",
        "interestRate",
        "principal",
        "type",
        "txId",
        "isolatedSymbol",
        "rawAsset",
    }
)
