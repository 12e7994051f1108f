"""WebSocket API answer decoding, no socket: an answer frame's bytes in, the method's typed model out.

    python bench/wsapi.py [--rounds 5] [--seconds 0.3] [--clock cpu|wall]

Each maximum-size body of bench/payloads.py (depth limit=5000, 1,000 klines, exchangeInfo of
2,000 symbols, an account, a FULL order) is wrapped as Binance's WebSocket API answers it,
`{"id":..,"status":200,"result":<body>,"rateLimits":[..]}`, and read, from the same bytes, by:

    json.loads        the floor: the whole frame as plain dicts and lists, no typing
    ours              what AsyncWebSocketAPI does per answer: the envelope in one msgspec pass
                      with `result` left raw, the rate limits, then `result` by the method's
                      REST answer plan (its msgspec decoders, the type check `type_checks`
                      asks for: by default account and order answers, not market data; the models)
    ours, unchecked   the same with `type_checks="off"`
    ours, dicts       the reading before: json.loads of the frame, then the models from its dicts

and prints the median messages per second with the range over the rounds, and ours against
json.loads. Rates count this thread's CPU time unless `--clock wall`; variants are
interleaved over the rounds and the collector stays on, as in streams.py.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from payloads import build
from streams import CLOCKS, interleaved

from binance_spot_client._websocket_methods import ENDPOINTS
from binance_spot_client.signing import ClientOptions
from binance_spot_client.websocket._methods import METHODS
from binance_spot_client.websocket._responses import decode_api_message, rate_limits_from_message

# WebSocket API method -> the payloads.py body its REST twin answers.
ANSWERS = {
    "depth": "depth.json",
    "klines": "klines.json",
    "exchangeInfo": "exchangeInfo.json",
    "account.status": "account.json",
    "order.place": "order.json",
}
RATE_LIMITS = [
    {"rateLimitType": "REQUEST_WEIGHT", "interval": "MINUTE", "intervalNum": 1, "limit": 6000, "count": 270},
    {"rateLimitType": "ORDERS", "interval": "SECOND", "intervalNum": 10, "limit": 100, "count": 1},
]


def frame(method: str) -> bytes:
    answer = {"id": 1, "status": 200, "result": build(ANSWERS[method]), "rateLimits": RATE_LIMITS}
    return json.dumps(answer, separators=(",", ":")).encode()


def ours(method: str, options: ClientOptions) -> Callable[[bytes], Any]:
    spec = METHODS[method]

    def read(content: bytes) -> Any:
        message = decode_api_message(content)
        assert message is not None
        rate_limits_from_message(message.rate_limits)
        return spec.read_result(bytes(message.result), options)

    return read


def dicts(method: str) -> Callable[[bytes], Any]:
    endpoint = ENDPOINTS[method]()

    def read(content: bytes) -> Any:
        message = json.loads(content)
        rate_limits_from_message(message["rateLimits"])
        return endpoint.read_decoded(message["result"])

    return read


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--seconds", type=float, default=0.3)
    ap.add_argument("--methods", help=f"comma-separated, of {', '.join(ANSWERS)}; all by default")
    ap.add_argument("--clock", choices=CLOCKS, default="cpu", help="count this thread's CPU time or wall time")
    args = ap.parse_args()
    methods = args.methods.split(",") if args.methods else list(ANSWERS)
    columns = ("json.loads", "ours", "ours, unchecked", "ours, dicts")
    print(f"{'method':<16} {'bytes':>9} " + " ".join(f"{c:>20}" for c in columns) + f" {'ours/json':>10}")
    for method in methods:
        content = frame(method)
        variants = {
            "json": json.loads,
            "ours": ours(method, ClientOptions()),
            "unchecked": ours(method, ClientOptions(type_checks="off")),
            "dicts": dicts(method),
        }
        assert variants["ours"](content) == variants["dicts"](content), f"{method}: the two readings differ"
        results = interleaved(variants, content, args.rounds, args.seconds, CLOCKS[args.clock])
        medians = {key: statistics.median(values) for key, values in results.items()}
        cells = [f"{medians[k]:7.0f} ({min(v):.0f}-{max(v):.0f})" for k, v in results.items()]
        ratio = medians["ours"] / medians["json"]
        print(f"{method:<16} {len(content):>9} " + " ".join(f"{c:>20}" for c in cells) + f" {ratio:>9.2f}x")


if __name__ == "__main__":
    main()
