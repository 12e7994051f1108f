"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ConvertQuote")


@_attrs_define
class ConvertQuote(AdditionalProperties[Any]):
    """A price quote for a conversion.

    Attributes:
        ratio (str): Price: `toAsset` received per unit of `fromAsset`.
        inverse_ratio (str): Inverse price: `fromAsset` given per unit of `toAsset`.
        valid_timestamp (int): Time the quote expires, UTC milliseconds.
        to_amount (str): Amount that would be received.
        from_amount (str): Amount that would be given.
        quote_id (str | Unset): Id to accept the quote with; only present when the balance covers the conversion.
    """

    ratio: str
    inverse_ratio: str
    valid_timestamp: int
    to_amount: str
    from_amount: str
    quote_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def ratio_decimal(self) -> Decimal:
        """`ratio` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.ratio)

    @property
    def inverse_ratio_decimal(self) -> Decimal:
        """`inverse_ratio` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.inverse_ratio)

    @property
    def to_amount_decimal(self) -> Decimal:
        """`to_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.to_amount)

    @property
    def from_amount_decimal(self) -> Decimal:
        """`from_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.from_amount)

    def to_dict(self) -> dict[str, Any]:
        ratio = self.ratio

        inverse_ratio = self.inverse_ratio

        valid_timestamp = self.valid_timestamp

        to_amount = self.to_amount

        from_amount = self.from_amount

        quote_id = self.quote_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ratio": ratio,
                "inverseRatio": inverse_ratio,
                "validTimestamp": valid_timestamp,
                "toAmount": to_amount,
                "fromAmount": from_amount,
            }
        )
        if quote_id is not UNSET:
            field_dict["quoteId"] = quote_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["ratio"],
            d["inverseRatio"],
            d["validTimestamp"],
            d["toAmount"],
            d["fromAmount"],
            d.get("quoteId", UNSET),
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"ratio", "inverseRatio", "validTimestamp", "toAmount", "fromAmount", "quoteId"})
