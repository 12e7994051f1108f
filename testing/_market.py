"""The market side of the fake exchange: listed symbols, their order books, trades and candles.

Everything is deterministic. A symbol's book starts as `levels` price levels on
each side of its reference price, one tick apart, with quantities that follow a
fixed pattern; the fake's own trades consume it. Candles and rolling statistics
come from a price curve that is a pure function of the symbol and the time, so
the same request at the same clock reading always gets the same answer.
"""

from __future__ import annotations

import calendar
import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, Decimal
from typing import Any

__all__ = [
    "DEFAULT_SYMBOLS",
    "DEFAULT_TRADE_HISTORY",
    "FakeSymbol",
    "Market",
    "PublicTrade",
    "decimal_text",
    "floor_to_step",
]

_EIGHT = Decimal("0.00000001")
_SECOND = 1000
_MINUTE = 60 * _SECOND
_HOUR = 60 * _MINUTE
_DAY = 24 * _HOUR
_INTERVALS = {
    "1s": _SECOND, "1m": _MINUTE, "3m": 3 * _MINUTE, "5m": 5 * _MINUTE, "15m": 15 * _MINUTE,
    "30m": 30 * _MINUTE, "1h": _HOUR, "2h": 2 * _HOUR, "4h": 4 * _HOUR, "6h": 6 * _HOUR, "8h": 8 * _HOUR,
    "12h": 12 * _HOUR, "1d": _DAY, "3d": 3 * _DAY, "1w": 7 * _DAY,
}  # fmt: skip
_MONDAY_OFFSET = 4 * _DAY  # 1970-01-01 was a Thursday; weekly candles open on Mondays
DEFAULT_TRADE_HISTORY = 30


def decimal_text(value: Decimal) -> str:
    """Binance's way of writing a decimal: eight places, no exponent."""
    return format(value.quantize(_EIGHT, rounding=ROUND_HALF_EVEN), "f")


def floor_to_step(value: Decimal, step: Decimal) -> Decimal:
    if step <= 0:
        return value
    return (value / step).to_integral_value(rounding=ROUND_DOWN) * step


def _noise(*key: object) -> float:
    """A deterministic number in [-1, 1] for `key` (the same in every process, unlike hash())."""
    digest = hashlib.blake2b(":".join(map(str, key)).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**63 - 1.0


def _ratio(value: float) -> Decimal:
    """A float factor as a short exact decimal, so that prices stay on a few decimal places."""
    return Decimal(repr(round(value, 6)))


@dataclass(frozen=True, slots=True)
class FakeSymbol:
    """A trading pair listed on the fake exchange: its assets, trading rules and reference price.

    The order book is centred on `price`; `tick_size`, `step_size` and the notional
    bounds become the PRICE_FILTER, LOT_SIZE and NOTIONAL filters of exchangeInfo,
    and the fake enforces exactly what it publishes.
    """

    symbol: str
    base_asset: str
    quote_asset: str
    price: Decimal
    tick_size: Decimal
    step_size: Decimal
    min_notional: Decimal
    level_quantity: Decimal
    max_qty: Decimal = Decimal("9000")
    max_notional: Decimal = Decimal("9000000")
    levels: int = 100
    status: str = "TRADING"
    max_num_orders: int = 200

    @property
    def filters(self) -> list[dict[str, Any]]:
        """The symbol's filters as exchangeInfo lists them."""
        return [
            {
                "filterType": "PRICE_FILTER",
                "minPrice": decimal_text(self.tick_size),
                "maxPrice": decimal_text(self.price * 1000),
                "tickSize": decimal_text(self.tick_size),
            },
            {
                "filterType": "LOT_SIZE",
                "minQty": decimal_text(self.step_size),
                "maxQty": decimal_text(self.max_qty),
                "stepSize": decimal_text(self.step_size),
            },
            {"filterType": "ICEBERG_PARTS", "limit": 10},
            {
                "filterType": "MARKET_LOT_SIZE",
                "minQty": decimal_text(Decimal(0)),
                "maxQty": decimal_text(self.max_qty),
                "stepSize": decimal_text(Decimal(0)),
            },
            {
                "filterType": "TRAILING_DELTA",
                "minTrailingAboveDelta": 10,
                "maxTrailingAboveDelta": 2000,
                "minTrailingBelowDelta": 10,
                "maxTrailingBelowDelta": 2000,
            },
            {
                "filterType": "PERCENT_PRICE_BY_SIDE",
                "bidMultiplierUp": "5",
                "bidMultiplierDown": "0.2",
                "askMultiplierUp": "5",
                "askMultiplierDown": "0.2",
                "avgPriceMins": 5,
            },
            {
                "filterType": "NOTIONAL",
                "minNotional": decimal_text(self.min_notional),
                "applyMinToMarket": True,
                "maxNotional": decimal_text(self.max_notional),
                "applyMaxToMarket": False,
                "avgPriceMins": 5,
            },
            {"filterType": "MAX_NUM_ORDERS", "maxNumOrders": self.max_num_orders},
            {"filterType": "MAX_NUM_ALGO_ORDERS", "maxNumAlgoOrders": 5},
        ]


def _symbol(symbol: str, base: str, quote: str, *numbers: str) -> FakeSymbol:
    price, tick, step, notional, quantity = map(Decimal, numbers)
    return FakeSymbol(symbol, base, quote, price, tick, step, notional, quantity)


DEFAULT_SYMBOLS = (
    _symbol("BTCUSDT", "BTC", "USDT", "30000.00", "0.01", "0.00001", "5", "0.25"),
    _symbol("ETHUSDT", "ETH", "USDT", "2000.00", "0.01", "0.0001", "5", "2.5"),
    _symbol("BNBUSDT", "BNB", "USDT", "300.00", "0.01", "0.001", "5", "20"),
    _symbol("ETHBTC", "ETH", "BTC", "0.06500", "0.00001", "0.0001", "0.0001", "2.5"),
    _symbol("BNBBTC", "BNB", "BTC", "0.010000", "0.000001", "0.001", "0.0001", "20"),
    _symbol("LTCBTC", "LTC", "BTC", "0.002500", "0.000001", "0.001", "0.0001", "50"),
)
"""What a fresh fake exchange lists: BTC, ETH and BNB against USDT, and three BTC pairs."""


@dataclass(frozen=True, slots=True)
class PublicTrade:
    """One trade on a symbol's tape (everyone's trades, as /api/v3/trades shows them)."""

    id: int
    price: Decimal
    qty: Decimal
    time: int
    is_buyer_maker: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "price": decimal_text(self.price),
            "qty": decimal_text(self.qty),
            "quoteQty": decimal_text(self.price * self.qty),
            "time": self.time,
            "isBuyerMaker": self.is_buyer_maker,
            "isBestMatch": True,
        }


class Market:
    """The mutable market of one symbol: the other side's liquidity, the last price and the tape."""

    def __init__(self, symbol: FakeSymbol, now_ms: int, trade_history: int = DEFAULT_TRADE_HISTORY) -> None:
        self.symbol = symbol
        tick = symbol.tick_size
        self.bids: list[list[Decimal]] = [
            [symbol.price - tick * i, self._level_quantity(i)] for i in range(1, symbol.levels + 1)
        ]
        self.asks: list[list[Decimal]] = [
            [symbol.price + tick * i, self._level_quantity(i)] for i in range(1, symbol.levels + 1)
        ]
        self.last_price: Decimal = symbol.price
        self.update_id: int = 1_000_000
        self.trades: list[PublicTrade] = []
        for i in range(trade_history):
            # A history around the reference price, one trade every ten seconds up to now.
            price = symbol.price + tick * round(3 * _noise(symbol.symbol, "trade", i))
            share = _ratio(0.1 + abs(_noise(symbol.symbol, "qty", i)))
            qty = floor_to_step(symbol.level_quantity * share, symbol.step_size)
            when = now_ms - (trade_history - i) * 10 * _SECOND
            self.trades.append(PublicTrade(i + 1, price, max(qty, symbol.step_size), when, i % 2 == 0))

    def _level_quantity(self, index: int) -> Decimal:
        return self.symbol.level_quantity * (1 + (index * 7) % 4)  # 1x-4x, a fixed uneven pattern

    # -- order book -------------------------------------------------------------------------

    def depth(self, limit: int, own_orders: list[tuple[str, Decimal, Decimal]]) -> dict[str, Any]:
        """The book as /api/v3/depth shows it: the market's levels plus the account's resting orders."""
        levels: dict[str, dict[Decimal, Decimal]] = {"BUY": {}, "SELL": {}}
        for price, qty in self.bids:
            levels["BUY"][price] = levels["BUY"].get(price, Decimal(0)) + qty
        for price, qty in self.asks:
            levels["SELL"][price] = levels["SELL"].get(price, Decimal(0)) + qty
        for side, price, qty in own_orders:
            levels[side][price] = levels[side].get(price, Decimal(0)) + qty
        bids = sorted(levels["BUY"].items(), reverse=True)[:limit]
        asks = sorted(levels["SELL"].items())[:limit]
        return {
            "lastUpdateId": self.update_id,
            "bids": [[decimal_text(p), decimal_text(q)] for p, q in bids],
            "asks": [[decimal_text(p), decimal_text(q)] for p, q in asks],
        }

    def best(self, side: str) -> tuple[Decimal, Decimal]:
        """Best (price, quantity) on the market's BUY (bid) or SELL (ask) side; zeros when empty."""
        levels = self.bids if side == "BUY" else self.asks
        return (levels[0][0], levels[0][1]) if levels else (Decimal(0), Decimal(0))

    def plan_take(
        self, side: str, *, quantity: Decimal | None, quote_quantity: Decimal | None, limit_price: Decimal | None
    ) -> list[tuple[Decimal, Decimal]]:
        """The (price, quantity) fills a taker order on `side` would get, without changing the book."""
        levels = self.asks if side == "BUY" else self.bids
        fills: list[tuple[Decimal, Decimal]] = []
        remaining = quantity
        remaining_quote = quote_quantity
        for price, available in levels:
            if limit_price is not None and (price > limit_price if side == "BUY" else price < limit_price):
                break
            if remaining is not None:
                take = min(available, remaining)
                remaining -= take
            else:
                assert remaining_quote is not None
                take = floor_to_step(min(available, remaining_quote / price), self.symbol.step_size)
                remaining_quote -= take * price
            if take <= 0:
                break
            fills.append((price, take))
            if remaining is not None and remaining <= 0:
                break
        return fills

    def take(self, side: str, fills: list[tuple[Decimal, Decimal]], now_ms: int, ids: list[int]) -> None:
        """Remove planned fills from the book and print them on the tape with the given trade ids."""
        levels = self.asks if side == "BUY" else self.bids
        for (price, qty), trade_id in zip(fills, ids, strict=True):
            level = next(level for level in levels if level[0] == price)
            level[1] -= qty
            self.trades.append(PublicTrade(trade_id, price, qty, now_ms, is_buyer_maker=side == "SELL"))
            self.last_price = price
        levels[:] = [level for level in levels if level[1] > 0]
        self.update_id += len(fills)

    def print_trade(self, trade_id: int, price: Decimal, qty: Decimal, now_ms: int, is_buyer_maker: bool) -> None:
        """Record a trade in which the account's resting order was the maker."""
        self.trades.append(PublicTrade(trade_id, price, qty, now_ms, is_buyer_maker))
        self.last_price = price
        self.update_id += 1

    @property
    def next_trade_id(self) -> int:
        return self.trades[-1].id + 1 if self.trades else 1

    # -- prices over time -------------------------------------------------------------------

    def curve(self, time_ms: int) -> Decimal:
        """The deterministic price at a moment: within 1% of the reference price, on a tick."""
        move = 0.01 * _noise(self.symbol.symbol, "curve", time_ms // _SECOND)
        return self._on_tick(self.symbol.price * _ratio(1 + move))

    def _on_tick(self, price: Decimal) -> Decimal:
        return max(self.symbol.tick_size, floor_to_step(price, self.symbol.tick_size))

    def candle(self, interval: str, open_time: int, now_ms: int) -> list[Any]:
        close_time = next_open(interval, open_time) - 1
        open_ = self.curve(open_time)
        close = self.last_price if close_time >= now_ms else self.curve(close_time + 1)
        spread = 0.002 * abs(_noise(self.symbol.symbol, interval, open_time, "range"))
        high = self._on_tick(max(open_, close) * _ratio(1 + spread))
        low = self._on_tick(min(open_, close) * _ratio(1 - spread))
        span = Decimal(max(1, (close_time + 1 - open_time) // _MINUTE))
        volume = floor_to_step(
            self.symbol.level_quantity * span * _ratio(1 + abs(_noise(self.symbol.symbol, interval, open_time))),
            self.symbol.step_size,
        )
        average = (open_ + close) / 2
        trades = 5 + int(span) * 3
        return [
            open_time, decimal_text(open_), decimal_text(high), decimal_text(low), decimal_text(close),
            decimal_text(volume), close_time, decimal_text(volume * average), trades,
            decimal_text(floor_to_step(volume / 2, self.symbol.step_size)),
            decimal_text(floor_to_step(volume / 2, self.symbol.step_size) * average), "0",
        ]  # fmt: skip

    def klines(self, interval: str, start: int | None, end: int | None, limit: int, now_ms: int) -> list[list[Any]]:
        """Up to `limit` candles: from `start` onwards, up to `end`, or the latest ones."""
        last = bar_open(interval, min(end, now_ms) if end is not None else now_ms)
        opens: list[int] = []
        if start is not None:
            time = bar_open(interval, start)
            if time < start:
                time = next_open(interval, time)
            while time <= last and len(opens) < limit:
                opens.append(time)
                time = next_open(interval, time)
        else:
            time = last
            while len(opens) < limit:
                opens.append(time)
                time = previous_open(interval, time)
            opens.reverse()
        return [self.candle(interval, open_time, now_ms) for open_time in opens]

    def statistics(self, open_time: int, now_ms: int) -> dict[str, Any]:
        """Rolling-window figures from `open_time` to now, as the ticker endpoints report them."""
        open_ = self.curve(open_time)
        last = self.last_price
        symbol = self.symbol.symbol
        high = self._on_tick(max(open_, last) * _ratio(1 + 0.003 * abs(_noise(symbol, "high", open_time))))
        low = self._on_tick(min(open_, last) * _ratio(1 - 0.003 * abs(_noise(symbol, "low", open_time))))
        hours = Decimal(max(1, (now_ms - open_time) // _HOUR))
        volume = floor_to_step(self.symbol.level_quantity * 40 * hours, self.symbol.step_size)
        weighted = (open_ + last + high + low) / 4
        in_window = [trade for trade in self.trades if trade.time >= open_time] or self.trades[-1:]
        change = last - open_
        return {
            "symbol": symbol,
            "priceChange": decimal_text(change),
            "priceChangePercent": format((change / open_ * 100).quantize(Decimal("0.001")), "f"),
            "weightedAvgPrice": decimal_text(weighted),
            "openPrice": decimal_text(open_),
            "highPrice": decimal_text(high),
            "lowPrice": decimal_text(low),
            "lastPrice": decimal_text(last),
            "volume": decimal_text(volume),
            "quoteVolume": decimal_text(volume * weighted),
            "openTime": open_time,
            "closeTime": now_ms,
            "firstId": in_window[0].id,
            "lastId": in_window[-1].id,
            "count": len(in_window),
        }


def bar_open(interval: str, time_ms: int) -> int:
    """Open time of the `interval` candle that contains `time_ms`."""
    if interval == "1M":
        moment = datetime.fromtimestamp(time_ms / 1000, UTC)
        return calendar.timegm((moment.year, moment.month, 1, 0, 0, 0)) * 1000
    width = _INTERVALS[interval]
    offset = _MONDAY_OFFSET if interval == "1w" else 0
    return (time_ms - offset) // width * width + offset


def next_open(interval: str, open_time: int) -> int:
    if interval == "1M":
        moment = datetime.fromtimestamp(open_time / 1000, UTC)
        year, month = (moment.year + 1, 1) if moment.month == 12 else (moment.year, moment.month + 1)
        return calendar.timegm((year, month, 1, 0, 0, 0)) * 1000
    return open_time + _INTERVALS[interval]


def previous_open(interval: str, open_time: int) -> int:
    if interval == "1M":
        return bar_open(interval, open_time - 1)
    return open_time - _INTERVALS[interval]
