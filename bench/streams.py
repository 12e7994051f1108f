"""Stream decoding, no socket: a combined-stream frame's bytes in, its typed event out.

    python bench/streams.py [--rounds 5] [--seconds 0.2] [--streams trade,bookTicker,depth20]

One frame per stream of spec/websocket/streams.yaml, each event filled with values of the
size Binance sends (prices of 8 decimals, millisecond times, 20 levels a side for partial
depth and depth updates, 100 symbols for the `!…@arr` streams). For each it counts messages
per second, from the same bytes:

    json.loads        the floor: the frame as plain dicts and lists, no typing
    msgspec struct    the ceiling: a msgspec struct of the event, decoded in one call, nothing else
    ours              what AsyncMarketStreams does per frame: the stream's name read from the
                      frame's first bytes, then the frame by that stream's decoder
                      (binance_spot_client.websocket._decode)
    ours, dicts       json.loads then `parse_event`: the general reading, still used for
                      payloads the structs refuse

and prints the median with the range over the rounds, and ours against json.loads.
Variants are interleaved over rounds so drift hits them all alike; the collector stays on.
Rates count this thread's CPU time (`--clock cpu`, the default): on a shared machine the
neighbours' load then only slows the rounds, rather than landing on one variant's wall
time and swinging the ratios; `--clock wall` counts wall time.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec
import yaml

from binance_spot_client.websocket import parse_event
from binance_spot_client.websocket._decode import decode_combined, decode_envelope, decode_typed

SPEC = yaml.safe_load((Path(__file__).resolve().parents[1] / "spec" / "websocket" / "streams.yaml").read_text())
# A stream name for each pattern of the spec, and an event type for each placeholder event type.
NAMES = {"<symbol>": "btcusdt", "<interval>": "1m", "<window>": "1h", "<levels>": "20"}
SAMPLE = {"string": "BTCUSDT", "decimal": "27123.45000000", "int64": 1672515782136, "boolean": True}
LEVELS = 20
ARRAY = 100


def fill(pattern: str) -> str:
    for placeholder, value in NAMES.items():
        pattern = pattern.replace(placeholder, value)
    return pattern


def payload(event: str, levels: int = LEVELS) -> dict[str, Any]:
    spec = SPEC["events"][event]
    out: dict[str, Any] = {"e": fill(spec["e"])} if "e" in spec else {}
    for key in spec.get("ignored", ()):
        out[key] = True
    for item in spec["fields"]:
        kind = item["type"].removeprefix("nullable:")
        if kind.startswith("object:"):
            out[item["key"]] = payload(kind.removeprefix("object:"))
        elif kind.startswith("array:"):
            out[item["key"]] = [payload(kind.removeprefix("array:"))] * 3
        elif kind == "levels":
            out[item["key"]] = [[f"27{i:03}.45000000", f"{i}.12300000"] for i in range(levels)]
        elif item["key"] != "e":
            out[item["key"]] = SAMPLE[kind]
    return out


def frames() -> dict[str, bytes]:
    """Stream name -> combined frame, one per stream of the spec (the `@+08:00` and `@100ms` twins left out),
    plus partial depth at each size Binance offers, every 1000 ms and every 100 ms."""
    out = {}
    for stream in SPEC["streams"]:
        if stream["name"].endswith(("@+08:00", "@100ms")):
            continue
        for name, data in payloads(stream):
            out[name] = json.dumps({"stream": name, "data": data}, separators=(",", ":")).encode()
    return out


def payloads(stream: dict[str, Any]) -> list[tuple[str, Any]]:
    if "<levels>" in stream["name"]:
        names = [
            (fill(stream["name"].replace("<levels>", str(levels))) + speed, levels)
            for levels in (5, 10, 20)
            for speed in ("", "@100ms")
        ]
        return [(name, payload(stream["event"], levels)) for name, levels in names]
    data: Any = payload(stream["event"])
    return [(fill(stream["name"]), [data] * ARRAY if stream.get("array") else data)]


def ceiling(name: str) -> Callable[[bytes], Any]:
    """A decoder of the frame as one msgspec struct: the envelope with the event in it, nothing else."""
    decode = decode_typed(decode_envelope(frames()[name])[1], name)  # type: ignore[index]
    event = type(decode[0]) if isinstance(decode, tuple) else type(decode)
    data: Any = tuple[event, ...] if isinstance(decode, tuple) else event  # type: ignore[valid-type]
    envelope = msgspec.defstruct("Envelope", [("stream", str), ("data", data)])
    return msgspec.json.Decoder(envelope).decode


def dicts(frame: bytes) -> Any:
    return parse_event(json.loads(frame)["data"])


CLOCKS: dict[str, Callable[[], float]] = {"cpu": time.thread_time, "wall": time.perf_counter}


def rate(decode: Callable[[bytes], Any], frame: bytes, seconds: float, clock: Callable[[], float]) -> float:
    """Calls per second of `clock`, in batches of about 200 KB of frames between readings of it."""
    batch = max(1, 200_000 // len(frame))
    count, start = 0, clock()
    deadline = start + seconds
    while True:
        for _ in range(batch):
            decode(frame)
        count += batch
        now = clock()
        if now >= deadline:
            return count / (now - start)


def interleaved(
    variants: dict[str, Callable[[bytes], Any]], frame: bytes, rounds: int, seconds: float, clock: Callable[[], float]
) -> dict[str, list[float]]:
    """Each variant's rate per round, the variants taking turns within each round (drift hits all alike)."""
    results: dict[str, list[float]] = {key: [] for key in variants}
    for _ in range(rounds):
        for key, decode in variants.items():
            results[key].append(rate(decode, frame, seconds, clock))
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--seconds", type=float, default=0.2)
    ap.add_argument("--streams", help="comma-separated names as in the table (btcusdt@trade ...); all by default")
    ap.add_argument("--clock", choices=CLOCKS, default="cpu", help="count this thread's CPU time or wall time")
    args = ap.parse_args()
    chosen = frames()
    if args.streams:
        chosen = {name: chosen[name] for name in args.streams.split(",")}
    print(
        f"{'stream':<24} {'json.loads':>18} {'msgspec struct':>18} {'ours':>18} {'ours, dicts':>18} {'ours/json':>10}"
    )
    for name, frame in chosen.items():
        if decode_combined(frame) is None:
            raise SystemExit(f"{name}: the frame fell back to the general reading")
        variants = {"json": json.loads, "ceiling": ceiling(name), "ours": decode_combined, "dicts": dicts}
        results = interleaved(variants, frame, args.rounds, args.seconds, CLOCKS[args.clock])
        medians = {key: statistics.median(values) for key, values in results.items()}
        cells = [f"{medians[k] / 1e3:7.0f}k ({min(v) / 1e3:.0f}-{max(v) / 1e3:.0f})" for k, v in results.items()]
        print(f"{name:<24} " + " ".join(f"{c:>18}" for c in cells) + f" {medians['ours'] / medians['json']:>9.2f}x")


if __name__ == "__main__":
    main()
