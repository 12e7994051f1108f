"""A new Binance API user's first session, end to end: `python -m examples.demo`.

By default every step runs against the fake exchange of `binance_spot_client.testing`,
started here on 127.0.0.1: real HTTP, real HMAC signatures checked by the server, real
matching on a deterministic order book, so it needs no account and no network.

`--testnet` runs the same steps against Binance's spot test network, `--mainnet`
against api.binance.com (where orders are only tested, never placed). `--encoding sbe`
asks for Simple Binary Encoding on every operation Binance's SBE schema covers: the
steps and what they print stay the same, only the bytes on the wire change. Keys come from
the environment: BINANCE_API_KEY with BINANCE_API_SECRET (HMAC), or with
BINANCE_PRIVATE_KEY, the path of an RSA or Ed25519 PEM private key.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Generator, Sequence
from datetime import UTC, datetime
from decimal import ROUND_DOWN, ROUND_UP, Decimal
from typing import Any

from binance_spot_client import BinanceError, Spot
from binance_spot_client.signing import MAINNET, TESTNET

SYMBOL = "BTCUSDT"
TICKER_SYMBOLS = ["BTCUSDT", "ETHUSDT", "BNBUSDT"]


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """Plain aligned columns: text to the left, numbers to the right."""
    cells = [[str(cell) for cell in row] for row in rows]
    widths = [max(len(h), *(len(row[i]) for row in cells)) if cells else len(h) for i, h in enumerate(headers)]

    def line(row: Sequence[str]) -> str:
        parts = [cell.rjust(w) if _is_number(cell) else cell.ljust(w) for cell, w in zip(row, widths, strict=True)]
        return "   " + "  ".join(parts).rstrip()

    rule = "   " + "  ".join("-" * w for w in widths)
    return "\n".join([line(list(headers)), rule, *(line(row) for row in cells)])


def _is_number(text: str) -> bool:
    try:
        Decimal(text.replace(",", "").rstrip("%"))
    except ArithmeticError:
        return False
    return True


def number(text: str | Decimal) -> str:
    """A decimal without Binance's trailing zeros: "30000.01000000" -> "30000.01"."""
    value = Decimal(text).normalize()
    return format(value, "f") if value != 0 else "0"


def when(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%d %H:%M:%S")


def rule_text(kind: str, rule: Any) -> str:
    """One line about the filters a first order has to pass; empty for the others."""
    if kind == "PRICE_FILTER":
        return f"price {number(rule.min_price)} .. {number(rule.max_price)}, tick {number(rule.tick_size)}"
    if kind in ("LOT_SIZE", "MARKET_LOT_SIZE"):
        return f"quantity {number(rule.min_qty)} .. {number(rule.max_qty)}, step {number(rule.step_size)}"
    if kind == "NOTIONAL":
        return f"price x quantity {number(rule.min_notional)} .. {number(rule.max_notional)}"
    if kind == "MAX_NUM_ORDERS":
        return f"at most {rule.max_num_orders} open orders"
    return ""


def step(title: str) -> None:
    print(f"\n{title}")


class Demo:
    """The tutorial steps, in the order a new user meets them."""

    def __init__(self, client: Spot, place_orders: bool) -> None:
        self.client = client
        self.place_orders = place_orders

    def run(self) -> None:
        self.server_time()
        rules = self.trading_rules()
        self.balances("Balances (GET /api/v3/account)")
        self.prices()
        self.book_and_candles()
        self.wallet()
        price, quantity = self.test_order(rules)
        if not self.place_orders:
            step("Orders: skipped, --mainnet never places orders")
            return
        self.limit_order_round_trip(price, quantity)
        self.market_order(quantity)
        self.balances("Balances after trading")

    def server_time(self) -> None:
        server_ms = self.client.time().server_time
        offset = self.client.sync_time()
        step(f"Server time: {when(server_ms)} UTC, local clock off by {offset:+.1f} ms")

    def trading_rules(self) -> dict[str, Any]:
        info = self.client.exchange_info(symbol=SYMBOL)
        symbol = info.symbols[0]
        step(f"Trading rules of {symbol.symbol} ({symbol.base_asset}/{symbol.quote_asset}, {symbol.status})")
        rules: dict[str, Any] = {}
        for rule in symbol.filters:
            rules.setdefault(str(rule.filter_type), rule)
        rows = [[kind, rule_text(kind, rule)] for kind, rule in rules.items() if rule_text(kind, rule)]
        print(f"   order types: {', '.join(str(t) for t in symbol.order_types)}")
        print(table(["filter", "rule"], rows))
        return rules

    def balances(self, title: str) -> None:
        account = self.client.account(omit_zero_balances=True)
        step(title)
        rows = [[b.asset, number(b.free), number(b.locked)] for b in account.balances]
        print(table(["asset", "free", "locked"], rows))

    def prices(self) -> None:
        price = self.client.ticker_price(symbol=SYMBOL)
        step(f"Last price of {price.symbol}: {number(price.price)}")
        step("24 h tickers")
        tickers = self.client.ticker24hr(symbols=TICKER_SYMBOLS)
        rows: list[list[object]] = []
        for t in tickers:
            rows.append(
                [t.symbol, number(t.last_price), f"{t.price_change_percent}%", number(t.high_price),
                 number(t.low_price), number(t.volume)]
            )  # fmt: skip
        print(table(["symbol", "last", "change", "high", "low", "volume"], rows))
        day = self.client.ticker_trading_day(symbol=SYMBOL)
        step(
            f"Trading day of {day.symbol} since {when(day.open_time)}: open {number(day.open_price)}, "
            f"last {number(day.last_price)} ({day.price_change_percent}%), {day.count} trades"
        )

    def book_and_candles(self) -> None:
        book = self.client.depth(SYMBOL, limit=5)
        step(f"Order book of {SYMBOL} (top 5, update {book.last_update_id})")
        rows = [
            [number(bid.quantity), number(bid.price), number(ask.price), number(ask.quantity)]
            for bid, ask in zip(book.bids, book.asks, strict=False)
        ]
        print(table(["bid qty", "bid", "ask", "ask qty"], rows))
        step(f"Candles of {SYMBOL}, 1 h (last 4)")
        rows = [
            [when(k.open_time), number(k.open), number(k.high), number(k.low), number(k.close), number(k.volume)]
            for k in self.client.klines(SYMBOL, "1h", limit=4)
        ]
        print(table(["open time", "open", "high", "low", "close", "volume"], rows))

    def wallet(self) -> None:
        # /sapi endpoints are not in the spec yet: the escape hatch calls them, signed where needed.
        try:
            status = self.client.request("GET", "/sapi/v1/system/status")
            step(f"System status: {status['msg']} ({status['status']})")
            assets = self.client.request(
                "POST", "/sapi/v3/asset/getUserAsset", {"needBtcValuation": True}, security="USER_DATA"
            )
        except BinanceError as error:
            step(f"Wallet endpoints: not available here ({error})")
            return
        step("User assets (POST /sapi/v3/asset/getUserAsset)")
        rows = [[a["asset"], number(a["free"]), number(a["locked"]), number(a["btcValuation"])] for a in assets]
        print(table(["asset", "free", "locked", "in BTC"], rows))

    def test_order(self, rules: dict[str, Any]) -> tuple[Decimal, Decimal]:
        """Validate an order without placing it; returns a resting price and a small quantity that pass the rules."""
        book = self.client.depth(SYMBOL, limit=1)
        tick = Decimal(rules["PRICE_FILTER"].tick_size)
        lot = rules["LOT_SIZE"]
        price = (Decimal(book.bids[0].price) * Decimal("0.95") / tick).to_integral_value(ROUND_DOWN) * tick  # rests
        notional = Decimal(rules["NOTIONAL"].min_notional) * 3 if "NOTIONAL" in rules else Decimal(20)
        steps = (notional / price / Decimal(lot.step_size)).to_integral_value(ROUND_UP)
        quantity = max(Decimal(lot.min_qty), steps * Decimal(lot.step_size))
        result = self.client.test_new_order(
            SYMBOL, "BUY", "LIMIT", time_in_force="GTC", quantity=quantity, price=price, compute_commission_rates=True
        )
        rates = result.standard_commission_for_order
        step(f"Test order LIMIT BUY {number(quantity)} @ {number(price)}: accepted, not placed")
        print(f"   commission: maker {number(rates.maker)}, taker {number(rates.taker)}")
        return price, quantity

    def limit_order_round_trip(self, price: Decimal, quantity: Decimal) -> None:
        order = self.client.new_order(SYMBOL, "BUY", "LIMIT", time_in_force="GTC", quantity=quantity, price=price)
        step(f"LIMIT BUY {number(quantity)} @ {number(price)}: order {order.order_id}, {order.status}")
        status = self.client.query_order(SYMBOL, order_id=order.order_id)
        print(f"   its status: {status.status}, executed {number(status.executed_qty)} of {number(status.orig_qty)}")
        step("Open orders")
        rows = [
            [o.order_id, o.symbol, o.side, o.type, number(o.price), number(o.orig_qty), o.status]
            for o in self.client.open_orders(symbol=SYMBOL)
        ]
        print(table(["order", "symbol", "side", "type", "price", "quantity", "status"], rows))
        canceled = self.client.cancel_order(SYMBOL, order_id=order.order_id)
        step(f"Cancel order {canceled.order_id}: {canceled.status}")

    def market_order(self, quantity: Decimal) -> None:
        order = self.client.new_order(SYMBOL, "BUY", "MARKET", quantity=quantity, new_order_resp_type="FULL")
        spent = Decimal(order.cummulative_quote_qty)
        filled = Decimal(order.executed_qty)
        average = number((spent / filled).quantize(Decimal("0.01"))) if filled else "-"
        step(f"MARKET BUY {number(quantity)}: order {order.order_id}, {order.status}, average price {average}")
        rows = [
            [fill.trade_id, number(fill.price), number(fill.qty), f"{number(fill.commission)} {fill.commission_asset}"]
            for fill in order.fills
        ]
        print(table(["trade", "price", "quantity", "commission"], rows))
        step(f"Trade history of {SYMBOL} (GET /api/v3/myTrades)")
        rows = [
            [t.id, t.order_id, "buy" if t.is_buyer else "sell", number(t.price), number(t.qty), number(t.quote_qty),
             when(t.time)]
            for t in self.client.my_trades(SYMBOL, limit=10)
        ]  # fmt: skip
        print(table(["trade", "order", "side", "price", "quantity", "quote", "time"], rows))


@contextlib.contextmanager
def fake_exchange() -> Generator[tuple[str, str, dict[str, Any]], None, None]:
    """The fake exchange on a free port of 127.0.0.1, with its demo key."""
    from binance_spot_client.testing import DEMO_API_KEY, DEMO_SECRET_KEY, FakeServer

    with FakeServer() as server:
        yield server.base_url, "the fake exchange", {"api_key": DEMO_API_KEY, "api_secret": DEMO_SECRET_KEY}


def real_keys() -> dict[str, Any]:
    """No keyword arguments: the client reads BINANCE_API_KEY and BINANCE_API_SECRET (or BINANCE_PRIVATE_KEY) itself."""
    if not os.environ.get("BINANCE_API_KEY") or not (
        os.environ.get("BINANCE_API_SECRET") or os.environ.get("BINANCE_PRIVATE_KEY")
    ):
        raise SystemExit("set BINANCE_API_KEY and BINANCE_API_SECRET (or BINANCE_PRIVATE_KEY, a PEM file)")
    return {}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m examples.demo", description=(__doc__ or "").split("\n\n")[0])
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--testnet", action="store_true", help="Binance's spot test network (keys from the environment)")
    where.add_argument("--mainnet", action="store_true", help="api.binance.com; orders are tested, never placed")
    parser.add_argument(
        "--encoding",
        choices=("json", "sbe"),
        default="json",
        help="how answers are encoded (sbe: where the schema covers them)",
    )
    args = parser.parse_args(argv)
    if args.testnet or args.mainnet:
        urls, name = (TESTNET, "Binance's spot testnet") if args.testnet else (MAINNET, "api.binance.com")
        target: Any = contextlib.nullcontext((list(urls), name, real_keys()))
    else:
        target = fake_exchange()
    with target as (base_url, name, keys), Spot(**keys, base_url=base_url, encoding=args.encoding) as client:
        print(f"Binance Spot API tutorial against {name} ({client.base_url}), answers in {args.encoding.upper()}")
        try:
            Demo(client, place_orders=not args.mainnet).run()
        except BinanceError as error:
            print(f"\nstopped: {type(error).__name__}: {error}", file=sys.stderr)
            return 1
    print("\nDone.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
