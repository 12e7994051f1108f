"""Parse-only cost of each response model, no HTTP: bytes in, typed models out.

    python bench/parse.py [--rounds 5] [--seconds 0.3] [--json]

For each maximum-size body (bench/payloads.py) it times, from the same bytes:

    json.loads        the raw floor's parse: plain dicts and lists, no typing
    msgspec           plain dicts and lists from msgspec.json, the decoder we use
    orjson            the same from orjson.loads, for comparison (when installed)
    ours              the operation's `ENDPOINT.read`: its answer plan's decoders (msgspec), then
                      the typed models, with the cyclic collector paused for large bodies
    ours, json.loads  the same models from json.loads' dicts (what the fast decoders buy)

and prints the median time per body and its ratio to json.loads. The garbage collector stays
on and each result is freed inside the timed region, as in a real call loop. Variants are
interleaved over the rounds so drift hits all alike. It then reports the peak memory
(tracemalloc) of parsing the largest bodies, ours against json.loads.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import msgspec

sys.path.insert(0, str(Path(__file__).resolve().parent))
from payloads import BODIES, build

from binance_spot_client.signing import AnswerPlan, _answers

# Body -> (operation module, model built from it).
MODELS = {
    "depth.json": ("binance_spot_client.api.market.depth", "OrderBook"),
    "klines.json": ("binance_spot_client.api.market.klines", "list[Kline]"),
    "ticker24hr.json": ("binance_spot_client.api.market.ticker24hr", "list[Ticker24HrFull]"),
    "exchangeInfo.json": ("binance_spot_client.api.general.exchange_info", "ExchangeInfo"),
    "account.json": ("binance_spot_client.api.account.account", "Account"),
    "order.json": ("binance_spot_client.api.trade.new_order", "NewOrderFull"),
}
MEMORY = ("exchangeInfo.json", "ticker24hr.json", "depth.json", "klines.json")


def body(name: str) -> bytes:
    return json.dumps(build(name), separators=(",", ":")).encode()


def with_decoder(module: Any, loads: Callable[[bytes], Any]) -> Callable[[Any], Any]:
    """The operation's reader with its answer read through `loads` only (no fast decoders)."""
    plan: AnswerPlan = module.ANSWER

    def run(response: httpx.Response) -> Any:
        saved = _answers._loads, plan.__dict__.get("_fast_decoders")
        _answers._loads, plan.__dict__["_fast_decoders"] = loads, ()
        try:
            return module.ENDPOINT.read(response)
        finally:
            _answers._loads = saved[0]
            plan.__dict__.pop("_fast_decoders")
            if saved[1] is not None:
                plan.__dict__["_fast_decoders"] = saved[1]

    return run


def variants(body: bytes, module_name: str) -> dict[str, tuple[Callable[[Any], Any], Any]]:
    """Name -> (function, its argument); each call parses `body` from scratch."""
    module = importlib.import_module(module_name)
    response = httpx.Response(200, content=body)  # .content is read once, like a real response
    found = {
        "json.loads": (json.loads, body),
        "msgspec": (msgspec.json.Decoder().decode, body),
        "ours": (module.ENDPOINT.read, response),
        "ours, json.loads": (with_decoder(module, json.loads), response),
    }
    try:
        import orjson
    except ImportError:
        return found
    return {**found, "orjson": (orjson.loads, body)}


def timed(rounds: int, seconds: float) -> dict[str, dict[str, float]]:
    cases = {name: variants(body(name), MODELS[name][0]) for name in BODIES}
    samples: dict[str, dict[str, list[float]]] = {name: {v: [] for v in cases[name]} for name in cases}
    for _ in range(rounds):
        for name, by_variant in cases.items():
            for variant, (fn, arg) in by_variant.items():
                gc.collect()
                fn(arg)
                n, end = 0, time.perf_counter() + seconds
                while (t0 := time.perf_counter()) < end or n < 3:
                    fn(arg)  # the result is freed before the clock is read: deallocation counts
                    samples[name][variant].append(time.perf_counter() - t0)
                    n += 1
    return {name: {v: statistics.median(s) for v, s in by.items()} for name, by in samples.items()}


def peak_bytes(fn: Callable[[Any], Any], arg: Any) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        result = fn(arg)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    del result
    return peak


def memory() -> dict[str, dict[str, int]]:
    out = {}
    for name in MEMORY:
        cases = variants(body(name), MODELS[name][0])
        out[name] = {v: peak_bytes(*fn_arg) for v, fn_arg in cases.items() if v in ("json.loads", "msgspec", "ours")}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--seconds", type=float, default=0.3, help="time per variant per round")
    ap.add_argument("--json", action="store_true", help="print the results as JSON only")
    a = ap.parse_args()
    times = timed(a.rounds, a.seconds)
    peaks = memory()
    if a.json:
        print(json.dumps({"seconds": times, "peak_bytes": peaks}))
        return
    names = list(next(iter(times.values())))
    print(f"python {sys.version.split()[0]}; median per body, ratio to json.loads; GC on")
    print(f"{'body':<19}{'model':<22}" + "".join(f"{n:>20}" for n in names))
    for body, row in times.items():
        base = row["json.loads"]
        cells = "".join(f"{row[n] * 1e3:9.3f} ms {row[n] / base:5.2f}x" for n in names)
        print(f"{body:<19}{MODELS[body][1]:<22}{cells}")
    print("\npeak memory while parsing (tracemalloc)")
    for body, peak in peaks.items():
        base_bytes = peak["json.loads"]
        print(f"{body:<19}" + "".join(f"{n} {peak[n] / 1e6:6.1f} MB {peak[n] / base_bytes:4.2f}x   " for n in peak))


if __name__ == "__main__":
    main()
