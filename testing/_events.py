"""What changed in the fake exchange, as the events Binance would push over WebSocket.

The exchange takes a `Snapshot` before a request that may change it and hands the
snapshot and its state afterwards to `changes_since`, which returns a `Changes`: per
symbol, the new public trades and the order book levels that moved (a depth diff with
its first and final update ids); for the account, the executionReport and
listStatus and outboundAccountPosition payloads. `stream_payload` renders a market stream's payload
from a symbol's change (trade, aggTrade, bookTicker, depth diff, partial depth, kline).

Comparing states rather than hooking each place that trades keeps every path that
moves the book or an order (REST, WebSocket API, `fill_resting`, order lists) covered
by one piece of code. It runs only while something listens.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ._account import Account, Balance, FakeOrder, FakeOrderList
from ._market import Market, PublicTrade, bar_open, decimal_text

__all__ = ["Changes", "Snapshot", "SymbolChange", "changes_since", "snapshot", "stream_payload"]

_BOOK_LEVELS = 100_000  # every level: a diff must see all of them
_PARTIAL = re.compile(r"depth(5|10|20)(@100ms)?")
_ZERO = decimal_text(Decimal(0))


@dataclass(frozen=True, slots=True)
class _Book:
    update_id: int
    bids: dict[str, str]
    asks: dict[str, str]


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Just enough of the exchange's state to tell what a request changed."""

    books: dict[str, _Book]
    last_trade_ids: dict[str, int]
    orders: dict[int, tuple[str, int]]  # order id -> (status, number of fills)
    order_lists: dict[int, bool]  # order list id -> done
    balances: dict[str, tuple[Decimal, Decimal]]


@dataclass(frozen=True, slots=True)
class SymbolChange:
    """One symbol's market change: new trades and a depth diff (levels as text; "0" quantity: level gone)."""

    symbol: str
    first_update_id: int
    final_update_id: int
    bids: list[list[str]]
    asks: list[list[str]]
    trades: list[PublicTrade]

    @property
    def book_moved(self) -> bool:
        return bool(self.bids or self.asks)


@dataclass(frozen=True, slots=True)
class Changes:
    """Everything one request changed, at `time`."""

    time: int
    symbols: list[SymbolChange] = field(default_factory=list)
    user_data: list[dict[str, Any]] = field(default_factory=list)


def _book(market: Market, account: Account) -> _Book:
    depth = market.depth(_BOOK_LEVELS, account.resting_in_book(market.symbol.symbol))
    return _Book(
        market.update_id,
        {price: qty for price, qty in depth["bids"]},
        {price: qty for price, qty in depth["asks"]},
    )


def snapshot(markets: Mapping[str, Market], account: Account) -> Snapshot:
    return Snapshot(
        books={symbol: _book(market, account) for symbol, market in markets.items()},
        last_trade_ids={symbol: market.next_trade_id - 1 for symbol, market in markets.items()},
        orders={order_id: (order.status, len(order.fills)) for order_id, order in account.orders.items()},
        order_lists={list_id: order_list.is_done for list_id, order_list in account.order_lists.items()},
        balances={asset: (held.free, held.locked) for asset, held in account.balances.items()},
    )


def changes_since(
    before: Snapshot,
    markets: Mapping[str, Market],
    account: Account,
    now_ms: int,
    execution_id: Callable[[], int],
) -> Changes:
    """What changed since `before`. A book that moved without a new update id gets one, so that the
    depth stream and REST depth agree on `lastUpdateId`."""
    changes = Changes(now_ms)
    for symbol, market in markets.items():
        old = before.books[symbol]
        new = _book(market, account)
        bids, asks = _level_diff(old.bids, new.bids, reverse=True), _level_diff(old.asks, new.asks, reverse=False)
        if (bids or asks) and market.update_id == old.update_id:
            market.update_id += 1
        trades = [trade for trade in market.trades if trade.id > before.last_trade_ids[symbol]]
        if bids or asks or trades:
            changes.symbols.append(SymbolChange(symbol, old.update_id + 1, market.update_id, bids, asks, trades))
    for order in account.orders.values():
        status, fills = before.orders.get(order.order_id, ("", 0))
        changes.user_data.extend(_execution_reports(order, status, fills, now_ms, execution_id))
    for list_id, order_list in account.order_lists.items():
        if before.order_lists.get(list_id) != order_list.is_done:  # new, or done since
            changes.user_data.append(_list_status(order_list, now_ms))
    moved = {
        asset: held
        for asset, held in account.balances.items()
        if before.balances.get(asset) != (held.free, held.locked)
    }
    if moved:
        changes.user_data.append(_account_position(moved, now_ms))
    return changes


def _level_diff(old: dict[str, str], new: dict[str, str], *, reverse: bool) -> list[list[str]]:
    prices = {price for price in old.keys() | new.keys() if old.get(price) != new.get(price)}
    return [[price, new.get(price, _ZERO)] for price in sorted(prices, key=Decimal, reverse=reverse)]


def _execution_reports(
    order: FakeOrder, old_status: str, old_fills: int, now_ms: int, execution_id: Callable[[], int]
) -> list[dict[str, Any]]:
    reports: list[dict[str, Any]] = []
    filled = sum((fill.qty for fill in order.fills[:old_fills]), Decimal(0))
    filled_quote = sum((fill.qty * fill.price for fill in order.fills[:old_fills]), Decimal(0))
    if not old_status:
        reports.append(_report(order, "NEW", "NEW", now_ms, execution_id(), filled, filled_quote))
    new_fills = order.fills[old_fills:]
    for index, fill in enumerate(new_fills):
        filled += fill.qty
        filled_quote += fill.qty * fill.price
        last = index == len(new_fills) - 1
        status = order.status if last and order.status in ("FILLED", "PARTIALLY_FILLED") else "PARTIALLY_FILLED"
        report = _report(order, "TRADE", status, now_ms, execution_id(), filled, filled_quote)
        report |= {
            "l": decimal_text(fill.qty),
            "L": decimal_text(fill.price),
            "n": decimal_text(fill.commission),
            "N": fill.commission_asset,
            "t": fill.trade_id,
            "m": fill.is_maker,
            "Y": decimal_text(fill.qty * fill.price),
        }
        reports.append(report)
    if order.status in ("CANCELED", "EXPIRED", "EXPIRED_IN_MATCH") and old_status != order.status:
        execution = "EXPIRED" if order.status == "EXPIRED_IN_MATCH" else order.status
        report = _report(order, execution, order.status, now_ms, execution_id(), filled, filled_quote)
        reports.append(report | {"C": order.client_order_id})
    return reports


def _report(
    order: FakeOrder, execution: str, status: str, now_ms: int, execution_id: int, filled: Decimal, quote: Decimal
) -> dict[str, Any]:
    """An executionReport with no trade in it (`filled`, `quote`: the cumulative figures so far); a TRADE
    report overwrites the trade's fields."""
    return {
        "e": "executionReport",
        "E": now_ms,
        "s": order.symbol,
        "c": order.client_order_id,
        "S": order.side,
        "o": order.type,
        "f": order.time_in_force,
        "q": decimal_text(order.orig_qty),
        "p": decimal_text(order.price),
        "P": decimal_text(order.stop_price or Decimal(0)),
        "F": decimal_text(order.iceberg_qty or Decimal(0)),
        "g": order.order_list_id,
        "C": "",
        "x": execution,
        "X": status,
        "r": "NONE",
        "i": order.order_id,
        "l": _ZERO,
        "z": decimal_text(filled),
        "L": _ZERO,
        "n": _ZERO,
        "N": None,
        "T": now_ms,
        "t": -1,
        "I": execution_id,
        "w": status in ("NEW", "PARTIALLY_FILLED") and order.is_working and order.type != "MARKET",
        "m": False,
        "M": False,
        "O": order.time,
        "Z": decimal_text(quote),
        "Y": _ZERO,
        "Q": decimal_text(order.orig_quote_qty),
        "V": order.stp_mode,
    }


def _list_status(order_list: FakeOrderList, now_ms: int) -> dict[str, Any]:
    listed = order_list.as_list()
    return {
        "e": "listStatus",
        "E": now_ms,
        "s": order_list.symbol,
        "g": order_list.order_list_id,
        "c": order_list.contingency_type,
        "l": listed["listStatusType"],
        "L": listed["listOrderStatus"],
        "r": "NONE",
        "C": order_list.list_client_order_id,
        "T": now_ms,
        "O": [{"s": order.symbol, "i": order.order_id, "c": order.client_order_id} for order in order_list.orders],
    }


def _account_position(moved: Mapping[str, Balance], now_ms: int) -> dict[str, Any]:
    return {
        "e": "outboundAccountPosition",
        "E": now_ms,
        "u": now_ms,
        "B": [
            {"a": asset, "f": decimal_text(held.free), "l": decimal_text(held.locked)}
            for asset, held in sorted(moved.items())
        ],
    }


def stream_payload(name: str, change: SymbolChange, market: Market, account: Account, now_ms: int) -> list[Any]:
    """The payloads stream `name` (without its symbol: `trade`, `depth@100ms`, `kline_1m`…) sends for a change."""
    symbol = change.symbol
    if name == "trade":
        return [_trade(trade, symbol, now_ms) for trade in change.trades]
    if name == "aggTrade":
        # Each fake trade is its own aggregate: the fake never prints several at one price and time.
        return [_aggregate(trade, symbol, now_ms) for trade in change.trades]
    if name in ("depth", "depth@100ms"):
        if not change.book_moved:
            return []
        diff = {"e": "depthUpdate", "E": now_ms, "s": symbol, "U": change.first_update_id,
                "u": change.final_update_id, "b": change.bids, "a": change.asks}  # fmt: skip
        return [diff]
    partial = _PARTIAL.fullmatch(name)
    if partial is not None:
        return [_depth(market, account, int(partial.group(1)))] if change.book_moved else []
    if name == "bookTicker":
        return [book_ticker(market, account)] if change.book_moved else []
    if name == "bestBidAsk":  # the SBE streams' book ticker, with an event time
        return [{**book_ticker(market, account), "E": now_ms}] if change.book_moved else []
    if name.startswith("kline_") and change.trades:
        return [_kline(market, name.removeprefix("kline_"), now_ms)]
    return []


def _depth(market: Market, account: Account, levels: int) -> dict[str, Any]:
    return market.depth(levels, account.resting_in_book(market.symbol.symbol))


def book_ticker(market: Market, account: Account) -> dict[str, Any]:
    """The bookTicker payload: the best level on each side, at the book's update id."""
    top = _depth(market, account, 1)
    bid = top["bids"][0] if top["bids"] else [_ZERO, _ZERO]
    ask = top["asks"][0] if top["asks"] else [_ZERO, _ZERO]
    return {"u": top["lastUpdateId"], "s": market.symbol.symbol, "b": bid[0], "B": bid[1], "a": ask[0], "A": ask[1]}


def _trade(trade: PublicTrade, symbol: str, now_ms: int) -> dict[str, Any]:
    return {"e": "trade", "E": now_ms, "s": symbol, "t": trade.id, "p": decimal_text(trade.price),
            "q": decimal_text(trade.qty), "T": trade.time, "m": trade.is_buyer_maker, "M": True}  # fmt: skip


def _aggregate(trade: PublicTrade, symbol: str, now_ms: int) -> dict[str, Any]:
    return {"e": "aggTrade", "E": now_ms, "s": symbol, "a": trade.id, "p": decimal_text(trade.price),
            "q": decimal_text(trade.qty), "f": trade.id, "l": trade.id, "T": trade.time,
            "m": trade.is_buyer_maker, "M": True}  # fmt: skip


def _kline(market: Market, interval: str, now_ms: int) -> dict[str, Any]:
    open_time = bar_open(interval, now_ms)
    row = market.candle(interval, open_time, now_ms)
    in_bar = [trade.id for trade in market.trades if trade.time >= open_time]
    bar = {
        "t": row[0], "T": row[6], "s": market.symbol.symbol, "i": interval,
        "f": in_bar[0] if in_bar else -1, "L": in_bar[-1] if in_bar else -1,
        "o": row[1], "c": row[4], "h": row[2], "l": row[3], "v": row[5], "n": row[8], "x": False,
        "q": row[7], "V": row[9], "Q": row[10], "B": "0",
    }  # fmt: skip
    return {"e": "kline", "E": now_ms, "s": market.symbol.symbol, "k": bar}
