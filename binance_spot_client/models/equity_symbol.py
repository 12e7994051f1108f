"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="EquitySymbol")


@_attrs_define
class EquitySymbol(AdditionalProperties[Any]):
    """Trading rules of one US equity.

    Attributes:
        symbol (str):
        tradability (str): What may be done with the ticker now, such as `BUY_SELL`.
        tradability_update_time (int | Unset): When `tradability` last changed, UTC milliseconds.
        overnight_supported (bool | Unset): True when it trades in the overnight session.
        fractionable (bool | Unset): True when fractional shares may be traded.
        fractionable_eh (bool | Unset): True when fractional shares may be traded in extended hours.
        extended_session (bool | Unset): True when it trades in extended hours.
        max_num_orders (int | Unset): Most open orders allowed on the ticker.
        step_size (str | Unset): Quantity increment.
        multiplier_up (str | Unset): Upper price band as a multiple of the reference price.
        multiplier_down (str | Unset): Lower price band as a multiple of the reference price.
        min_qty (str | Unset):
        max_qty (str | Unset):
        min_notional (str | Unset):
        max_notional (str | Unset):
        listing_time (int | Unset): Listing time, UTC milliseconds.
        delisting_time (int | Unset): Delisting time, UTC milliseconds, when one is scheduled.
    """

    symbol: str
    tradability: str
    tradability_update_time: int | Unset = UNSET
    overnight_supported: bool | Unset = UNSET
    fractionable: bool | Unset = UNSET
    fractionable_eh: bool | Unset = UNSET
    extended_session: bool | Unset = UNSET
    max_num_orders: int | Unset = UNSET
    step_size: str | Unset = UNSET
    multiplier_up: str | Unset = UNSET
    multiplier_down: str | Unset = UNSET
    min_qty: str | Unset = UNSET
    max_qty: str | Unset = UNSET
    min_notional: str | Unset = UNSET
    max_notional: str | Unset = UNSET
    listing_time: int | Unset = UNSET
    delisting_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def step_size_decimal(self) -> Decimal | Unset:
        """`step_size` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.step_size, Unset) else Decimal(self.step_size)

    @property
    def multiplier_up_decimal(self) -> Decimal | Unset:
        """`multiplier_up` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.multiplier_up, Unset) else Decimal(self.multiplier_up)

    @property
    def multiplier_down_decimal(self) -> Decimal | Unset:
        """`multiplier_down` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.multiplier_down, Unset) else Decimal(self.multiplier_down)

    @property
    def min_qty_decimal(self) -> Decimal | Unset:
        """`min_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.min_qty, Unset) else Decimal(self.min_qty)

    @property
    def max_qty_decimal(self) -> Decimal | Unset:
        """`max_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.max_qty, Unset) else Decimal(self.max_qty)

    @property
    def min_notional_decimal(self) -> Decimal | Unset:
        """`min_notional` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.min_notional, Unset) else Decimal(self.min_notional)

    @property
    def max_notional_decimal(self) -> Decimal | Unset:
        """`max_notional` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.max_notional, Unset) else Decimal(self.max_notional)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        tradability = self.tradability

        tradability_update_time = self.tradability_update_time

        overnight_supported = self.overnight_supported

        fractionable = self.fractionable

        fractionable_eh = self.fractionable_eh

        extended_session = self.extended_session

        max_num_orders = self.max_num_orders

        step_size = self.step_size

        multiplier_up = self.multiplier_up

        multiplier_down = self.multiplier_down

        min_qty = self.min_qty

        max_qty = self.max_qty

        min_notional = self.min_notional

        max_notional = self.max_notional

        listing_time = self.listing_time

        delisting_time = self.delisting_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "tradability": tradability,
            }
        )
        if tradability_update_time is not UNSET:
            field_dict["tradabilityUpdateTime"] = tradability_update_time
        if overnight_supported is not UNSET:
            field_dict["overnightSupported"] = overnight_supported
        if fractionable is not UNSET:
            field_dict["fractionable"] = fractionable
        if fractionable_eh is not UNSET:
            field_dict["fractionableEh"] = fractionable_eh
        if extended_session is not UNSET:
            field_dict["extendedSession"] = extended_session
        if max_num_orders is not UNSET:
            field_dict["maxNumOrders"] = max_num_orders
        if step_size is not UNSET:
            field_dict["stepSize"] = step_size
        if multiplier_up is not UNSET:
            field_dict["multiplierUp"] = multiplier_up
        if multiplier_down is not UNSET:
            field_dict["multiplierDown"] = multiplier_down
        if min_qty is not UNSET:
            field_dict["minQty"] = min_qty
        if max_qty is not UNSET:
            field_dict["maxQty"] = max_qty
        if min_notional is not UNSET:
            field_dict["minNotional"] = min_notional
        if max_notional is not UNSET:
            field_dict["maxNotional"] = max_notional
        if listing_time is not UNSET:
            field_dict["listingTime"] = listing_time
        if delisting_time is not UNSET:
            field_dict["delistingTime"] = delisting_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["symbol"],
            d["tradability"],
            d.get("tradabilityUpdateTime", UNSET),
            d.get("overnightSupported", UNSET),
            d.get("fractionable", UNSET),
            d.get("fractionableEh", UNSET),
            d.get("extendedSession", UNSET),
            d.get("maxNumOrders", UNSET),
            d.get("stepSize", UNSET),
            d.get("multiplierUp", UNSET),
            d.get("multiplierDown", UNSET),
            d.get("minQty", UNSET),
            d.get("maxQty", UNSET),
            d.get("minNotional", UNSET),
            d.get("maxNotional", UNSET),
            d.get("listingTime", UNSET),
            d.get("delistingTime", UNSET),
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "symbol",
        "tradability",
        "tradabilityUpdateTime",
        "overnightSupported",
        "fractionable",
        "fractionableEh",
        "extendedSession",
        "maxNumOrders",
        "stepSize",
        "multiplierUp",
        "multiplierDown",
        "minQty",
        "maxQty",
        "minNotional",
        "maxNotional",
        "listingTime",
        "delistingTime",
    }
)
