"""The README's quick start, run end to end: `python -m examples.quickstart`.

By default it talks to a loopback stand-in started here (real HTTP, real signing).
`--base-url https://testnet.binance.vision` with BINANCE_API_KEY and BINANCE_API_SECRET
in the environment runs the same calls against Binance's spot test network.
"""

from __future__ import annotations

import argparse
import os
import sys
from contextlib import nullcontext

from binance_spot_client import BinanceError, Spot
from examples.loopback import loopback_server

DEMO_KEY = "demo-key"
DEMO_SECRET = "demo-secret"


def run(client: Spot) -> None:
    print(f"server time     {client.time().server_time}")
    book = client.depth("BTCUSDT", limit=5)
    print(f"order book      last update {book.last_update_id}, best bid {book.bids[0].price} x {book.bids[0].quantity}")
    for kline in client.klines("BNBBTC", "1m", limit=2):
        print(f"kline           open {kline.open_} close {kline.close} trades {kline.number_of_trades}")
    print(f"average price   {client.avg_price('BNBUSDT').price}")
    account = client.account(omit_zero_balances=True)
    for balance in account.balances:
        print(f"balance         {balance.asset:<6} free {balance.free:>18} locked {balance.locked}")
    order = client.new_order("BTCUSDT", "BUY", "LIMIT", time_in_force="GTC", quantity=0.001, price="25000.00")
    print(f"new order       {type(order).__name__} id {order.order_id} for {order.symbol}")
    try:
        client.depth("btc usdt")
    except BinanceError as error:
        print(f"refused locally {error}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", help="a real Binance base URL; keys come from the environment")
    args = parser.parse_args()
    if args.base_url:
        key, secret = os.environ.get("BINANCE_API_KEY"), os.environ.get("BINANCE_API_SECRET")
        server = nullcontext(args.base_url)
    else:
        key, secret = DEMO_KEY, DEMO_SECRET
        server = loopback_server(DEMO_KEY, DEMO_SECRET)
    with server as base_url, Spot(key, secret, base_url=base_url) as client:
        print(f"talking to {base_url}")
        run(client)
    return 0


if __name__ == "__main__":
    sys.exit(main())
