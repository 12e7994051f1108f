"""Maximum-size Binance Spot responses for the benchmarks, built deterministically.

Sizes are the real API's maxima: an order book of 5,000 levels a side (depth limit=5000),
1,000 one-minute bars (klines limit=1000), 24-hour tickers of every symbol (~3,000) and
exchangeInfo of every symbol (~2,000, with the filters Binance lists today), plus a spot
account and a FULL order response. Every field is one our spec documents, so each body
parses into our models with nothing left in `additional_properties`.

    python bench/payloads.py DIR        # writes DIR/<name>.json, prints each size
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

__all__ = ["BODIES", "build", "write"]

DEPTH_LEVELS = 5000
KLINES = 1000
TICKERS = 3000
SYMBOLS = 2000
MINUTE_MS = 60_000
NOW_MS = 1_726_089_334_743
QUOTES = ("USDT", "FDUSD", "BTC", "ETH", "TRY", "EUR")
ORDER_TYPES = ["LIMIT", "LIMIT_MAKER", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT"]
STP_MODES = ["EXPIRE_TAKER", "EXPIRE_MAKER", "EXPIRE_BOTH", "DECREMENT"]


def price_text(value: float, places: int = 8) -> str:
    """Binance sends prices and quantities as fixed-point text, eight decimals on most symbols."""
    return f"{value:.{places}f}"


def assets(rng: random.Random, count: int) -> list[str]:
    """Distinct made-up base assets of three to six capitals."""
    seen: set[str] = set()
    while len(seen) < count:
        seen.add("".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(rng.randint(3, 6))))
    return sorted(seen)


def symbol_names(rng: random.Random, count: int) -> list[tuple[str, str]]:
    return [(base, QUOTES[i % len(QUOTES)]) for i, base in enumerate(assets(rng, count))]


def order_book(rng: random.Random) -> dict[str, Any]:
    best_bid, tick = 67_012.34, 0.01
    side = range(DEPTH_LEVELS)
    return {
        "lastUpdateId": 72_114_896_554,
        "bids": [[price_text(best_bid - i * tick), price_text(rng.expovariate(2.0))] for i in side],
        "asks": [[price_text(best_bid + (i + 1) * tick), price_text(rng.expovariate(2.0))] for i in side],
    }


def klines(rng: random.Random) -> list[list[Any]]:
    bars, close = [], 67_000.0
    start = NOW_MS - NOW_MS % MINUTE_MS - KLINES * MINUTE_MS
    for i in range(KLINES):
        open_ = close
        close = open_ * (1 + rng.gauss(0, 0.0008))
        high = max(open_, close) * (1 + abs(rng.gauss(0, 0.0003)))
        low = min(open_, close) * (1 - abs(rng.gauss(0, 0.0003)))
        volume = rng.uniform(2, 80)
        taker = volume * rng.uniform(0.3, 0.7)
        t = start + i * MINUTE_MS
        bars.append([
            t, price_text(open_), price_text(high), price_text(low), price_text(close), price_text(volume),
            t + MINUTE_MS - 1, price_text(volume * close), rng.randint(300, 9000), price_text(taker),
            price_text(taker * close), "0",
        ])  # fmt: skip
    return bars


def tickers(rng: random.Random) -> list[dict[str, Any]]:
    out = []
    for i, (base, quote) in enumerate(symbol_names(rng, TICKERS)):
        last = 10 ** rng.uniform(-5, 4.8)
        open_ = last / (1 + rng.uniform(-0.08, 0.08))
        volume = rng.uniform(1e2, 1e7)
        first = rng.randint(1, 10**9)
        count = rng.randint(0, 200_000)
        out.append({
            "symbol": base + quote,
            "priceChange": price_text(last - open_),
            "priceChangePercent": price_text((last / open_ - 1) * 100, 3),
            "weightedAvgPrice": price_text((last + open_) / 2),
            "prevClosePrice": price_text(open_ * 0.9995),
            "lastPrice": price_text(last),
            "lastQty": price_text(rng.uniform(0.001, 100)),
            "bidPrice": price_text(last * 0.9999),
            "bidQty": price_text(rng.uniform(0.001, 1000)),
            "askPrice": price_text(last * 1.0001),
            "askQty": price_text(rng.uniform(0.001, 1000)),
            "openPrice": price_text(open_),
            "highPrice": price_text(max(last, open_) * 1.02),
            "lowPrice": price_text(min(last, open_) * 0.98),
            "volume": price_text(volume),
            "quoteVolume": price_text(volume * last),
            "openTime": NOW_MS - 86_400_000 + i,
            "closeTime": NOW_MS + i,
            "firstId": first,
            "lastId": first + count - 1,
            "count": count,
        })  # fmt: skip
    return out


def symbol_filters(rng: random.Random) -> list[dict[str, Any]]:
    tick = 10 ** -rng.randint(2, 8)
    step = 10 ** -rng.randint(0, 5)
    return [
        {"filterType": "PRICE_FILTER", "minPrice": price_text(tick), "maxPrice": "1000000.00000000",
         "tickSize": price_text(tick)},
        {"filterType": "LOT_SIZE", "minQty": price_text(step), "maxQty": "9000000.00000000",
         "stepSize": price_text(step)},
        {"filterType": "ICEBERG_PARTS", "limit": 10},
        {"filterType": "MARKET_LOT_SIZE", "minQty": "0.00000000", "maxQty": price_text(rng.uniform(1e2, 1e6)),
         "stepSize": "0.00000000"},
        {"filterType": "TRAILING_DELTA", "minTrailingAboveDelta": 10, "maxTrailingAboveDelta": 2000,
         "minTrailingBelowDelta": 10, "maxTrailingBelowDelta": 2000},
        {"filterType": "PERCENT_PRICE_BY_SIDE", "bidMultiplierUp": "5", "bidMultiplierDown": "0.2",
         "askMultiplierUp": "5", "askMultiplierDown": "0.2", "avgPriceMins": 5},
        {"filterType": "NOTIONAL", "minNotional": "5.00000000", "applyMinToMarket": True,
         "maxNotional": "9000000.00000000", "applyMaxToMarket": False, "avgPriceMins": 5},
        {"filterType": "MAX_NUM_ORDERS", "maxNumOrders": 200},
        {"filterType": "MAX_NUM_ORDER_LISTS", "maxNumOrderLists": 20},
        {"filterType": "MAX_NUM_ALGO_ORDERS", "maxNumAlgoOrders": 5},
        {"filterType": "MAX_NUM_ORDER_AMENDS", "maxNumOrderAmends": 10},
    ]  # fmt: skip


def exchange_info(rng: random.Random) -> dict[str, Any]:
    symbols = []
    for base, quote in symbol_names(rng, SYMBOLS):
        margin = rng.random() < 0.3
        symbols.append({
            "symbol": base + quote, "status": "TRADING" if rng.random() < 0.9 else "BREAK",
            "baseAsset": base, "baseAssetPrecision": 8, "quoteAsset": quote, "quotePrecision": 8,
            "quoteAssetPrecision": 8, "baseCommissionPrecision": 8, "quoteCommissionPrecision": 8,
            "orderTypes": ORDER_TYPES, "icebergAllowed": True, "ocoAllowed": True, "otoAllowed": True,
            "opoAllowed": True, "quoteOrderQtyMarketAllowed": True, "allowTrailingStop": True,
            "cancelReplaceAllowed": True, "amendAllowed": True, "pegInstructionsAllowed": True,
            "isSpotTradingAllowed": True, "isMarginTradingAllowed": margin,
            "filters": symbol_filters(rng), "permissions": [],
            "permissionSets": [["SPOT", "MARGIN", "TRD_GRP_004", "TRD_GRP_005"] if margin else ["SPOT"]],
            "defaultSelfTradePreventionMode": "EXPIRE_MAKER", "allowedSelfTradePreventionModes": STP_MODES,
        })  # fmt: skip
    return {
        "timezone": "UTC",
        "serverTime": NOW_MS,
        "rateLimits": [
            {"rateLimitType": "REQUEST_WEIGHT", "interval": "MINUTE", "intervalNum": 1, "limit": 6000},
            {"rateLimitType": "ORDERS", "interval": "SECOND", "intervalNum": 10, "limit": 100},
            {"rateLimitType": "ORDERS", "interval": "DAY", "intervalNum": 1, "limit": 200_000},
            {"rateLimitType": "RAW_REQUESTS", "interval": "MINUTE", "intervalNum": 5, "limit": 61_000},
        ],
        "exchangeFilters": [],
        "symbols": symbols,
    }


def account(rng: random.Random) -> dict[str, Any]:
    held = ["BTC", "ETH", "BNB", "USDT", "FDUSD", "SOL", "XRP", "DOGE", "LTC", "TRX"]
    return {
        "makerCommission": 10, "takerCommission": 10, "buyerCommission": 0, "sellerCommission": 0,
        "commissionRates": {"maker": "0.00100000", "taker": "0.00100000", "buyer": "0.00000000",
                            "seller": "0.00000000"},
        "canTrade": True, "canWithdraw": True, "canDeposit": True, "brokered": False,
        "requireSelfTradePrevention": False, "preventSor": False, "updateTime": NOW_MS, "accountType": "SPOT",
        "balances": [{"asset": a, "free": price_text(rng.uniform(0, 50)), "locked": "0.00000000"} for a in held],
        "permissions": ["SPOT"], "uid": 354_937_868,
    }  # fmt: skip


def full_order(rng: random.Random) -> dict[str, Any]:
    fills = [
        {"price": price_text(67_012.34 - i * 0.01), "qty": price_text(0.002), "commission": price_text(0.13402),
         "commissionAsset": "USDT", "tradeId": 4_012_345_000 + i}
        for i in range(5)
    ]  # fmt: skip
    return {
        "symbol": "BTCUSDT", "orderId": 46_123_456_789, "orderListId": -1, "clientOrderId": "x-7KXH2ZQB1726089334",
        "transactTime": NOW_MS, "price": "0.00000000", "origQty": "0.01000000", "executedQty": "0.01000000",
        "origQuoteOrderQty": "0.00000000", "cummulativeQuoteQty": "670.12140000", "status": "FILLED",
        "timeInForce": "GTC", "type": "MARKET", "side": "SELL", "workingTime": NOW_MS,
        "selfTradePreventionMode": "EXPIRE_MAKER", "fills": fills,
    }  # fmt: skip


# File name -> builder; one seed per body, so each is the same on every run and machine.
BODIES = {
    "depth.json": order_book,
    "klines.json": klines,
    "ticker24hr.json": tickers,
    "exchangeInfo.json": exchange_info,
    "account.json": account,
    "order.json": full_order,
}


def build(name: str) -> Any:
    return BODIES[name](random.Random(name))


def write(folder: Path) -> dict[str, int]:
    """Write every body as compact JSON (as Binance sends it); return the sizes in bytes."""
    folder.mkdir(parents=True, exist_ok=True)
    sizes = {}
    for name in BODIES:
        data = json.dumps(build(name), separators=(",", ":")).encode()
        (folder / name).write_bytes(data)
        sizes[name] = len(data)
    (folder / "ping.json").write_bytes(b"{}")
    return sizes


if __name__ == "__main__":
    for name, size in write(Path(sys.argv[1])).items():
        print(f"{name:<20}{size:>12,} bytes")
