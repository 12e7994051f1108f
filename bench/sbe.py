"""SBE against JSON: decode-only and full calls on loopback, and bytes on the wire.

    python bench/sbe.py [--seconds 1.0] [--rounds 3] [--clock wall|cpu]

For depth (5,000 levels a side), klines (1,000) and exchangeInfo (2,000 symbols) from
bench/payloads.py, the SBE body is the fake exchange's encoding of the same data
(testing/_sbe.py). It times, per body:

    json.loads      plain dicts and lists, the raw floor
    ours, JSON      the operation's JSON path: answer plan's decoders, then the typed models
    ours, SBE       the generated SBE decoder, then the same typed models
    SBE decode only the generated SBE decoder alone (price levels and klines already models)
    strings and rows only   what no Python decoder avoids: the rows' strings made by `str.split`
                    and the row models by `map` (depth, klines)

each as a call runs it: the garbage collector paused for a body of 64 KB or more.

Then whole calls (`Spot(encoding=...)`) against the nginx of bench/run.py on 127.0.0.1, which
serves canned bytes and answers SBE to a request that accepts it, so that the server's cost
stays out of the client's timings. Each call is timed on both clocks at once: wall, and the
client process's CPU time (what neighbours on a shared machine disturb least). Medians over
interleaved rounds, with the range of the rounds' medians in brackets.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import socket
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import httpx
import msgspec

sys.path.insert(0, str(Path(__file__).resolve().parent))
from payloads import build
from run import server

from binance_spot_client import Spot
from binance_spot_client._sbe_spot import SCHEMA
from binance_spot_client.api.general.exchange_info import ENDPOINT as EXCHANGE_INFO
from binance_spot_client.api.market.depth import ENDPOINT as DEPTH
from binance_spot_client.api.market.klines import ENDPOINT as KLINES
from binance_spot_client.signing import Endpoint
from binance_spot_client.signing._responses import LARGE_BODY, _CollectorPaused
from binance_spot_client.signing._sbe import Encoding
from binance_spot_client.testing._sbe import ENCODERS

CASES: dict[str, tuple[str, str, Endpoint[Any]]] = {
    "depth": ("depth.json", "/api/v3/depth", DEPTH),
    "klines": ("klines.json", "/api/v3/klines", KLINES),
    "exchangeInfo": ("exchangeInfo.json", "/api/v3/exchangeInfo", EXCHANGE_INFO),
}


def bodies() -> dict[str, tuple[bytes, bytes]]:
    """Path -> (JSON body, SBE body) of the same data."""
    found = {}
    for name, (payload_name, path, _) in CASES.items():
        payload = build(payload_name)
        found[path] = (json.dumps(payload, separators=(",", ":")).encode(), ENCODERS[name](payload))
    return found


def ours_json(endpoint: Endpoint[Any], body: bytes) -> object:
    with paused(body):
        return endpoint.parse(endpoint.answer.decode(body))


def ours_sbe(endpoint: Endpoint[Any], body: bytes) -> object:
    with paused(body):
        return endpoint.parse(endpoint.answer.models_of(SCHEMA.decode(body, endpoint.answer.sbe_row)[1]))


def sbe_only(endpoint: Endpoint[Any], body: bytes) -> object:
    with paused(body):
        return SCHEMA.decode(body, endpoint.answer.sbe_row)


def objects_only(endpoint: Endpoint[Any], body: bytes) -> Callable[[], object] | None:
    """The least any decoder of ours must do for a body of rows, timed alone: make each decimal's
    string (one `str.split` per column of joined text) and each row model (`map` of the model over
    the columns). None for an answer that is not rows."""
    row = endpoint.answer.sbe_row
    data = SCHEMA.decode(body, row)[1]
    rows = data["bids"] + data["asks"] if isinstance(data, dict) and "bids" in data else data
    if row is None or not isinstance(rows, list):
        return None
    columns = list(zip(*map(msgspec.structs.astuple, rows), strict=True))
    texts = {index: ",".join(column) for index, column in enumerate(columns) if isinstance(column[0], str)}

    def build() -> object:
        with paused(body):
            made = [texts[index].split(",") if index in texts else column for index, column in enumerate(columns)]
            return list(map(row, *made))

    return build


def paused(body: bytes) -> AbstractContextManager[None]:
    """The collector paused as a call pauses it for a large body (signing/_responses.py)."""
    return _CollectorPaused() if len(body) >= LARGE_BODY else contextlib.nullcontext()


CLOCKS: dict[str, Callable[[], float]] = {"wall": time.perf_counter, "cpu": time.process_time}
clock = time.perf_counter


def per_call(function: Callable[[], object], seconds: float) -> float:
    """Median seconds per call (on `clock`) over a stretch of `seconds` of wall time."""
    times: list[float] = []
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline or len(times) < 3:
        started = clock()
        function()
        times.append(clock() - started)
    return statistics.median(times)


def per_call_both(function: Callable[[], object], seconds: float) -> tuple[float, float]:
    """Median seconds per call on the wall clock and on this process's CPU clock, timed together."""
    function()  # warm up: the connection, the decoders' import
    walls: list[float] = []
    cpus: list[float] = []
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline or len(walls) < 3:
        wall, cpu = time.perf_counter(), time.process_time()
        function()
        cpus.append(time.process_time() - cpu)
        walls.append(time.perf_counter() - wall)
    return statistics.median(walls), statistics.median(cpus)


def raw_socket_call(base_url: str, target: str, accept: str) -> Callable[[], object]:
    """The floor of a call: a request written to a kept-alive socket, its answer read into one buffer."""
    host, _, port = base_url.removeprefix("http://").partition(":")
    connection = socket.create_connection((host, int(port)))
    request = f"GET {target} HTTP/1.1\r\nHost: {host}\r\nAccept: {accept}\r\n\r\n".encode()

    def call() -> object:
        connection.sendall(request)
        head = connection.recv(65536)
        end = head.index(b"\r\n\r\n") + 4
        length = int(head[: end - 4].lower().split(b"content-length:")[1].split(b"\r\n")[0])
        body = bytearray(length)
        view = memoryview(body)
        got = len(head) - end
        view[:got] = head[end:]
        while got < length:
            got += connection.recv_into(view[got:])
        return body

    return call


def layers(base_url: str, seconds: float, rounds: int) -> None:
    """CPU ms of a depth call (5,000 levels), layer by layer: where its time goes besides decoding."""
    target = "/api/v3/depth?symbol=BTCUSDT&limit=5000"
    arguments = {"symbol": "BTCUSDT", "limit": 5000}
    plain = httpx.Client(base_url=base_url)
    steps: dict[str, Callable[[], object]] = {}
    accepts: dict[Encoding, str] = {"json": "application/json", "sbe": "application/sbe"}
    for encoding, accept in accepts.items():
        client = Spot(base_url=base_url, encoding=encoding)
        steps[f"{encoding}: socket, one buffer"] = raw_socket_call(base_url, target, accept)
        steps[f"{encoding}: httpx, .content"] = functools.partial(
            lambda accept: plain.get(target, headers={"Accept": accept}).content, accept
        )
        steps[f"{encoding}: Spot.send (all but decoding)"] = functools.partial(
            client.send, DEPTH.operation, arguments, DEPTH.answer
        )
        steps[f"{encoding}: Spot.depth (the whole call)"] = functools.partial(client.depth, "BTCUSDT", limit=5000)
    times: dict[str, list[float]] = {name: [] for name in steps}
    for _ in range(rounds):
        for name, step in steps.items():
            times[name].append(per_call_both(step, seconds / len(steps) * 2)[1] * 1000)
    print("\nwhere a depth call's CPU time goes, ms: median [range of rounds]")
    for name, values in times.items():
        print(f"  {name:40} {spread(values, 2)}")


def spread(values: list[float], digits: int = 1) -> str:
    """The median of `values` and their range."""
    return f"{statistics.median(values):7.{digits}f} [{min(values):.{digits}f}-{max(values):.{digits}f}]"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=1.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--clock",
        choices=sorted(CLOCKS),
        default="wall",
        help="cpu: this process's CPU time (the server's is not counted), which neighbours disturb less",
    )
    args = parser.parse_args()
    global clock
    clock = CLOCKS[args.clock]
    served = bodies()
    print("bytes on the wire (uncompressed): JSON / SBE")
    for name, (_, path, _) in CASES.items():
        json_body, sbe_body = served[path]
        print(f"  {name:13} {len(json_body):>10,} / {len(sbe_body):>10,}  ({len(json_body) / len(sbe_body):.1f}x)")

    print("\ndecode only, ms per body (ratio to json.loads)")
    for name, (_, path, endpoint) in CASES.items():
        json_body, sbe_body = served[path]
        variants: dict[str, Callable[[], object]] = {
            "json.loads": functools.partial(json.loads, json_body),
            "ours, JSON": functools.partial(ours_json, endpoint, json_body),
            "ours, SBE": functools.partial(ours_sbe, endpoint, sbe_body),
            "SBE decode only": functools.partial(sbe_only, endpoint, sbe_body),
        }
        floor_work = objects_only(endpoint, sbe_body)
        if floor_work is not None:
            variants["strings and rows only"] = floor_work
        results: dict[str, list[float]] = {key: [] for key in variants}
        for _ in range(args.rounds):
            for key, function in variants.items():
                results[key].append(per_call(function, args.seconds / len(variants)))
        floor = statistics.median(results["json.loads"])
        cells = [
            f"{key} {statistics.median(times) * 1000:.2f} ({statistics.median(times) / floor:.2f})"
            for key, times in results.items()
        ]
        print(f"  {name:13} " + " | ".join(cells))

    sbe_files = {f"{Path(payload_name).stem}.sbe": served[path][1] for payload_name, path, _ in CASES.values()}
    with tempfile.TemporaryDirectory() as scratch, server(Path(scratch), sbe_files) as base_url:
        print("\nfull calls on loopback (nginx), calls/s: median [range of rounds]")
        clients = {encoding: Spot(base_url=base_url, encoding=encoding) for encoding in ("json", "sbe")}
        calls: dict[str, Callable[[Spot], object]] = {
            "depth": lambda client: client.depth("BTCUSDT", limit=5000),
            "klines": lambda client: client.klines("BTCUSDT", "1m", limit=1000),
            "exchangeInfo": lambda client: client.exchange_info(),
        }
        for name, call in calls.items():
            rates: dict[tuple[str, str], list[float]] = {(e, k): [] for e in clients for k in ("wall", "cpu")}
            for _ in range(args.rounds):
                for encoding, client in clients.items():
                    wall, cpu = per_call_both(functools.partial(call, client), args.seconds / 2)
                    rates[encoding, "wall"].append(1 / wall)
                    rates[encoding, "cpu"].append(1 / cpu)
            for kind in ("wall", "cpu"):
                json_rate, sbe_rate = (statistics.median(rates[encoding, kind]) for encoding in clients)
                print(
                    f"  {name:13} {kind:4} JSON {spread(rates['json', kind])}  SBE {spread(rates['sbe', kind])}"
                    f"  ({sbe_rate / json_rate:.2f}x)"
                )
        layers(base_url, args.seconds, args.rounds)


if __name__ == "__main__":
    main()
