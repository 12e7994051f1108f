"""A symbol's trading rules, read from its exchangeInfo filters: rounding to the grid, and an order checked
against every filter before it is sent.

`SymbolRules` works on the filters as Binance publishes them (the JSON objects of exchangeInfo), so the
core needs nothing generated: the facade's `symbol_rules()` fetches exchangeInfo and hands the symbol's
entry over. The fake exchange (binance_spot_client.testing) checks orders with code of its own; the tests
compare the two, so neither is the other's copy.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import Any, Literal

from ._encoding import decimal_text
from ._errors import FilterError, ParameterError
from ._renames import former_keywords

__all__ = ["RULES_MAX_AGE", "SymbolRules", "SymbolRulesCache"]

RULES_MAX_AGE = 600.0
"""Seconds a client keeps a symbol's rules before `symbol_rules()` asks exchangeInfo again."""

Number = Decimal | str | int | float
Side = Literal["BUY", "SELL"]

_MARKET_TYPES = frozenset({"MARKET", "STOP_LOSS", "TAKE_PROFIT"})
_ALGO_TYPES = frozenset({"STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT"})


def _number(value: Number | None, name: str) -> Decimal | None:
    return None if value is None else Decimal(decimal_text(value, name))


def _on_grid(value: Decimal, base: Decimal, step: Decimal, rounding: str) -> Decimal:
    """`value` moved onto the grid base + k * step, in the direction `rounding` says."""
    steps = ((value - base) / step).to_integral_value(rounding=rounding)
    return base + steps * step


def _text(value: Decimal, step: Decimal) -> str:
    """Decimal text with as many decimals as the step has, so 0.1 on a 0.01 grid reads "0.10"."""
    places = max(0, -step.normalize().as_tuple().exponent)  # type: ignore[operator]
    return f"{value:.{places}f}"


@dataclass(frozen=True)
class SymbolRules:
    """The filters of one symbol, by filter type, as exchangeInfo published them."""

    symbol: str
    filters: Mapping[str, Mapping[str, Any]]

    @classmethod
    def from_exchange_info(cls, info: Mapping[str, Any], symbol: str) -> SymbolRules:
        """The rules of `symbol` from an exchangeInfo answer (its JSON form, as `to_dict()` gives it)."""
        for entry in info.get("symbols", ()):
            if entry.get("symbol") == symbol:
                return cls(symbol, {f["filterType"]: f for f in entry.get("filters", ())})
        raise ParameterError("symbol", f"{symbol!r} is not listed in exchangeInfo")

    def _refusal(self, parameter: str, filter_type: str, key: str, problem: str) -> FilterError:
        """The error for a failed check, with the limit exactly as exchangeInfo wrote it."""
        return FilterError(parameter, filter_type, key, str(self.filters[filter_type][key]), problem)

    def _limit(self, filter_type: str, key: str) -> Decimal:
        return Decimal(str(self.filters[filter_type][key]))

    @property
    def tick_size(self) -> Decimal | None:
        """The price step of PRICE_FILTER; None when the symbol has no price grid."""
        tick = self._limit("PRICE_FILTER", "tickSize") if "PRICE_FILTER" in self.filters else Decimal(0)
        return tick or None

    def _lot_filter(self, market: bool) -> str | None:
        """The filter whose quantity grid applies: MARKET_LOT_SIZE for a market order when it sets a step."""
        for name in ("MARKET_LOT_SIZE", "LOT_SIZE") if market else ("LOT_SIZE",):
            if name in self.filters and self._limit(name, "stepSize"):
                return name
        return None

    def step_size(self, *, market: bool = False) -> Decimal | None:
        """The quantity step of a limit order (or, with `market=True`, a market order); None when free."""
        name = self._lot_filter(market)
        return None if name is None else self._limit(name, "stepSize")

    def round_price(self, price: Number, side: Side) -> str:
        """`price` on the tick grid as decimal text: down for a BUY (never pay more than asked), up for a
        SELL (never sell for less)."""
        value = Decimal(decimal_text(price, "price"))
        tick = self.tick_size
        if tick is None:
            return decimal_text(value)
        base = self._limit("PRICE_FILTER", "minPrice")
        return _text(_on_grid(value, base, tick, ROUND_FLOOR if side == "BUY" else ROUND_CEILING), tick)

    def round_quantity(self, quantity: Number, *, market: bool = False) -> str:
        """`quantity` down onto the step grid as decimal text, on either side: never more than asked."""
        value = Decimal(decimal_text(quantity, "quantity"))
        name = self._lot_filter(market)
        if name is None:
            return decimal_text(value)
        step = self._limit(name, "stepSize")
        return _text(_on_grid(value, self._limit(name, "minQty"), step, ROUND_FLOOR), step)

    @former_keywords({"type_": "type"})
    def check_order(
        self,
        *,
        side: Side,
        type: str,
        quantity: Number | None = None,
        price: Number | None = None,
        stop_price: Number | None = None,
        quote_order_qty: Number | None = None,
        iceberg_qty: Number | None = None,
        trailing_delta: int | None = None,
        average_price: Number | None = None,
        open_orders: Sequence[str] | None = None,
        open_icebergs: int = 0,
    ) -> None:
        """Raise `FilterError` for the first filter this order would fail, in the order Binance checks them.

        A filter that compares with the market (PERCENT_PRICE, PERCENT_PRICE_BY_SIDE, and the notional of
        a MARKET order) is checked only when `average_price` is given (avgPrice's price); the order-count
        filters only when `open_orders` lists the types of the symbol's open orders ("LIMIT", "STOP_LOSS"...),
        `open_icebergs` saying how many of them are icebergs.
        """
        # `type` as the facade's `new_order` names it, so that one dict of arguments serves both.
        kind = type
        qty = _number(quantity, "quantity")
        limit_price = _number(price, "price")
        average = _number(average_price, "average_price")
        iceberg = _number(iceberg_qty, "iceberg_qty")
        for name, value in (("price", limit_price), ("stop_price", _number(stop_price, "stop_price"))):
            if value is not None:
                self._check_price(name, value)
        if limit_price is not None and average is not None:
            self._check_percent_price(side, limit_price, average)
        for name, value in (("quantity", qty), ("iceberg_qty", iceberg)):
            if value is not None:
                self._check_lot("LOT_SIZE", name, value)
                if kind == "MARKET":
                    self._check_lot("MARKET_LOT_SIZE", name, value)
        if iceberg and qty is not None and "ICEBERG_PARTS" in self.filters:
            parts = int(self.filters["ICEBERG_PARTS"]["limit"])
            if math.ceil(qty / iceberg) > parts:
                raise self._refusal("iceberg_qty", "ICEBERG_PARTS", "limit", "splits into too many parts")
        self._check_notional(kind, qty, limit_price, _number(quote_order_qty, "quote_order_qty"), average)
        if open_orders is not None:
            self._check_counts(kind, iceberg is not None and iceberg > 0, open_orders, open_icebergs)
        if trailing_delta is not None:
            self._check_trailing_delta(side, kind, trailing_delta)

    def _check_price(self, name: str, value: Decimal) -> None:
        if "PRICE_FILTER" not in self.filters:
            return
        low, high = self._limit("PRICE_FILTER", "minPrice"), self._limit("PRICE_FILTER", "maxPrice")
        tick = self._limit("PRICE_FILTER", "tickSize")
        if low and value < low:
            raise self._refusal(name, "PRICE_FILTER", "minPrice", f"{value} is below it")
        if high and value > high:
            raise self._refusal(name, "PRICE_FILTER", "maxPrice", f"{value} is above it")
        if tick and (value - low) % tick:
            raise self._refusal(name, "PRICE_FILTER", "tickSize", f"{value} is off the grid")

    def _check_percent_price(self, side: Side, price: Decimal, average: Decimal) -> None:
        if "PERCENT_PRICE_BY_SIDE" in self.filters:
            filter_type, prefix = "PERCENT_PRICE_BY_SIDE", "bid" if side == "BUY" else "ask"
            up_key, down_key = f"{prefix}MultiplierUp", f"{prefix}MultiplierDown"
        elif "PERCENT_PRICE" in self.filters:
            filter_type, up_key, down_key = "PERCENT_PRICE", "multiplierUp", "multiplierDown"
        else:
            return
        up, down = self._limit(filter_type, up_key), self._limit(filter_type, down_key)
        if price > average * up:
            raise self._refusal("price", filter_type, up_key, f"{price} is above {average} times it")
        if price < average * down:
            raise self._refusal("price", filter_type, down_key, f"{price} is below {average} times it")

    def _check_lot(self, filter_type: str, name: str, value: Decimal) -> None:
        if filter_type not in self.filters:
            return
        low, high = self._limit(filter_type, "minQty"), self._limit(filter_type, "maxQty")
        step = self._limit(filter_type, "stepSize")
        if value < low:
            raise self._refusal(name, filter_type, "minQty", f"{value} is below it")
        if high and value > high:
            raise self._refusal(name, filter_type, "maxQty", f"{value} is above it")
        if step and (value - low) % step:
            raise self._refusal(name, filter_type, "stepSize", f"{value} is off the grid")

    def _check_notional(
        self,
        kind: str,
        quantity: Decimal | None,
        price: Decimal | None,
        quote_order_qty: Decimal | None,
        average: Decimal | None,
    ) -> None:
        is_market = kind in _MARKET_TYPES
        at = average if is_market else (price if price is not None else average)
        if quote_order_qty is not None:
            notional = quote_order_qty
        elif quantity is not None and at is not None:
            notional = quantity * at
        else:
            return
        if "NOTIONAL" in self.filters:
            applies_min = not is_market or bool(self.filters["NOTIONAL"]["applyMinToMarket"])
            applies_max = not is_market or bool(self.filters["NOTIONAL"]["applyMaxToMarket"])
            low, high = self._limit("NOTIONAL", "minNotional"), self._limit("NOTIONAL", "maxNotional")
            if applies_min and notional < low:
                raise self._refusal("quantity", "NOTIONAL", "minNotional", f"{notional} is below it")
            if applies_max and high and notional > high:
                raise self._refusal("quantity", "NOTIONAL", "maxNotional", f"{notional} is above it")
        if "MIN_NOTIONAL" in self.filters and (not is_market or bool(self.filters["MIN_NOTIONAL"]["applyToMarket"])):
            low = self._limit("MIN_NOTIONAL", "minNotional")
            if notional < low:
                raise self._refusal("quantity", "MIN_NOTIONAL", "minNotional", f"{notional} is below it")

    def _check_counts(self, kind: str, iceberg: bool, open_orders: Sequence[str], open_icebergs: int) -> None:
        counted = (
            ("MAX_NUM_ORDERS", "maxNumOrders", True, len(open_orders)),
            (
                "MAX_NUM_ALGO_ORDERS",
                "maxNumAlgoOrders",
                kind in _ALGO_TYPES,
                sum(t in _ALGO_TYPES for t in open_orders),
            ),
            ("MAX_NUM_ICEBERG_ORDERS", "maxNumIcebergOrders", iceberg, open_icebergs),
        )
        for filter_type, key, applies, count in counted:
            if applies and filter_type in self.filters:
                most = int(self.filters[filter_type][key])
                if count + 1 > most:
                    raise self._refusal("symbol", filter_type, key, f"{count} orders are already open")

    def _check_trailing_delta(self, side: Side, kind: str, delta: int) -> None:
        if "TRAILING_DELTA" not in self.filters or kind not in _ALGO_TYPES:
            return
        # Binance's filters page: a BUY stop loss and a SELL take profit trail above the price, the others below.
        above = kind.startswith("STOP_LOSS") == (side == "BUY")
        which = "Above" if above else "Below"
        low = int(self.filters["TRAILING_DELTA"][f"minTrailing{which}Delta"])
        high = int(self.filters["TRAILING_DELTA"][f"maxTrailing{which}Delta"])
        if delta < low:
            raise self._refusal("trailing_delta", "TRAILING_DELTA", f"minTrailing{which}Delta", f"{delta} is below it")
        if delta > high:
            raise self._refusal("trailing_delta", "TRAILING_DELTA", f"maxTrailing{which}Delta", f"{delta} is above it")


@dataclass
class SymbolRulesCache:
    """Rules by symbol with the time they were read; a client and its `with_options` copies share one."""

    max_age: float = RULES_MAX_AGE
    _entries: dict[str, tuple[float, SymbolRules]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def get(self, symbol: str) -> SymbolRules | None:
        """The rules of `symbol` read less than `max_age` seconds ago, if any."""
        with self._lock:
            entry = self._entries.get(symbol)
        if entry is None or time.monotonic() - entry[0] >= self.max_age:
            return None
        return entry[1]

    def keep(self, rules: SymbolRules) -> SymbolRules:
        with self._lock:
            self._entries[rules.symbol] = (time.monotonic(), rules)
        return rules
