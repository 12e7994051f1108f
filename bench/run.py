"""Calls per second of this client against the raw floor, over real HTTP on loopback.

    python bench/run.py [--rounds 3] [--seconds 0.6] [--work depth,klines] [--clients raw,ours] [--json]

Writes maximum-size Binance bodies (bench/payloads.py) to a scratch folder, serves them with
nginx on 127.0.0.1 (keep-alive, canned answers, no signature checks), then measures each
client making the same calls in a loop. `raw` is httpx plus json.loads with no typing: every
ratio is against it, sync against sync and async against async. Each client and mode runs in
a fresh process of its own per round (imported libraries change the garbage collector's cost
per call by up to 3x), and rounds interleave the clients so machine drift hits all alike; the
table shows medians over the rounds. Peers are measured when installed (`pip install
binance-connector`, ...). nginx must be on PATH (`apt-get install nginx-light`).
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Awaitable, Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from clients import ASYNC, MODULES, PEERS, SYNC, WORKLOADS  # noqa: E402
from payloads import write  # noqa: E402

# One worker, keep-alive forever, bodies straight from disk. POST and DELETE on a static
# file would answer 405, so error_page turns that into the same canned 200. A request that
# accepts application/sbe is answered from /sbe/<path>, the route's .sbe body where bench/sbe.py
# wrote one, as Binance picks the encoding by the Accept header.
NGINX_CONF = """
worker_processes 1;
daemon off;
pid {run}/nginx.pid;
error_log {run}/error.log warn;
events {{ worker_connections 256; }}
http {{
    access_log off;
    default_type application/json;
    keepalive_requests 10000000;
    keepalive_timeout 300s;
    client_body_temp_path {run}/client_body;
    proxy_temp_path {run}/proxy;
    fastcgi_temp_path {run}/fastcgi;
    uwsgi_temp_path {run}/uwsgi;
    scgi_temp_path {run}/scgi;
    server {{
        listen 127.0.0.1:{port};
        add_header X-MBX-USED-WEIGHT-1M 42 always;
        error_page 405 =200 $uri;
        if ($http_accept ~ application/sbe) {{ rewrite ^ /sbe$uri last; }}
{locations}
        location / {{ return 404 '{{"code":-1,"msg":"not served by the benchmark"}}'; }}
    }}
}}
"""
ROUTES = {
    "/api/v3/depth": "depth.json",
    "/api/v3/klines": "klines.json",
    "/api/v3/ticker/24hr": "ticker24hr.json",
    "/api/v3/exchangeInfo": "exchangeInfo.json",
    "/api/v3/account": "account.json",
    "/api/v3/order": "order.json",
    "/api/v3/ping": "ping.json",
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def server(scratch: Path, sbe: Mapping[str, bytes] | None = None) -> Iterator[str]:
    """nginx serving the benchmark bodies, and `sbe` (file name -> SBE body of the same route) to
    requests accepting SBE; yields its base URL and stops it on exit."""
    nginx = shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if Path(p).exists()), None)
    if nginx is None:
        raise SystemExit("nginx not found: install it (apt-get install nginx-light, brew install nginx)")
    data, run = scratch / "data", scratch / "run"
    write(data)
    for name, body in (sbe or {}).items():
        (data / name).write_bytes(body)
    run.mkdir()
    for folder in (scratch, data):  # nginx's worker may run as another user (nobody) when started by root
        folder.chmod(0o755)
    port = free_port()
    locations = "\n".join(f"        location = {path} {{ alias {data / name}; }}" for path, name in ROUTES.items())
    locations += "".join(
        f"\n        location = /sbe{path} {{ default_type application/sbe; alias {data / Path(name).stem}.sbe; }}"
        for path, name in ROUTES.items()
        if f"{Path(name).stem}.sbe" in (sbe or {})
    )
    conf = run / "nginx.conf"
    conf.write_text(NGINX_CONF.format(run=run, port=port, locations=locations))
    process = subprocess.Popen([nginx, "-c", str(conf), "-p", str(run)], stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                with urllib.request.urlopen(base + "/api/v3/ping", timeout=1) as answer:
                    if answer.read() != b"{}":
                        raise SystemExit(f"nginx answers, but not with the benchmark bodies: see {run}/error.log")
                break
            except urllib.error.HTTPError as exc:
                raise SystemExit(f"nginx answers {exc.code}: see {run}/error.log") from exc
            except OSError as exc:
                if process.poll() is not None:
                    reason = process.stderr.read().decode() if process.stderr else ""
                    raise SystemExit(f"nginx failed: {reason}") from exc
                time.sleep(0.05)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


MIN_CALLS = 10  # a slow workload (exchangeInfo) still gets enough calls to measure


# Calls per second of wall time, or per second of the client process's own CPU time: on a
# shared machine whose neighbours steal cycles, the latter shows the client's cost far steadier.
CLOCKS = {"wall": time.perf_counter, "cpu": time.process_time}


def rate(call: Callable[[], Any], seconds: float, clock: Callable[[], float]) -> float:
    call()  # warm up: connection, imports, caches
    n, start, spent = 0, time.perf_counter(), clock()
    while time.perf_counter() - start < seconds or n < MIN_CALLS:
        call()  # the result is dropped at once, as in a loop that uses it and moves on
        n += 1
    return n / (clock() - spent)


async def rate_async(call: Callable[[], Awaitable[Any]], seconds: float, clock: Callable[[], float]) -> float:
    await call()
    n, start, spent = 0, time.perf_counter(), clock()
    while time.perf_counter() - start < seconds or n < MIN_CALLS:
        await call()
        n += 1
    return n / (clock() - spent)


def worker(client: str, mode: str, base: str, works: list[str], seconds: float, clock: str) -> dict[str, float]:
    """Runs in its own process: calls/s of one client on each workload."""
    read = CLOCKS[clock]
    if mode == "sync":
        calls = SYNC[client](base)
        return {w: rate(calls[w], seconds, read) for w in works}

    async def measure() -> dict[str, float]:
        calls = ASYNC[client](base)
        return {w: await rate_async(calls[w], seconds, read) for w in works}

    return asyncio.run(measure())


def measure(
    base: str, runs: list[tuple[str, str]], works: list[str], rounds: int, seconds: float, clock: str
) -> dict[str, Any]:
    results: dict[str, dict[str, dict[str, list[float]]]] = {}
    for number in range(1, rounds + 1):
        for client, mode in runs:
            argv = [sys.executable, __file__, "--worker", client, "--mode", mode, "--base", base]
            argv += ["--work", ",".join(works), "--seconds", str(seconds), "--clock", clock]
            done = subprocess.run(argv, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                print(f"# {client} ({mode}) failed: {done.stderr.strip()[-400:]}", file=sys.stderr)
                continue
            by_work = results.setdefault(mode, {}).setdefault(client, {w: [] for w in works})
            for w, value in json.loads(done.stdout.splitlines()[-1]).items():
                by_work[w].append(value)
        print(f"# round {number}/{rounds} done", file=sys.stderr)
    return results


def medians_of(results: dict[str, Any]) -> dict[str, Any]:
    return {
        mode: {client: {w: statistics.median(v) for w, v in by.items() if v} for client, by in clients.items()}
        for mode, clients in results.items()
    }


def report(results: dict[str, Any], works: list[str], clock: str) -> None:
    """Median calls/s, the median ratio to the floor, and in brackets the range of the ratios of
    single rounds (each client against the floor's run of the same round)."""
    per = "" if clock == "wall" else " of client CPU time"
    print(f"python {sys.version.split()[0]}; calls/s{per} (median of rounds) and ratio to raw httpx + json.loads")
    print(f"{'client':<24}" + "".join(f"{w:>30}" for w in works))
    medians = medians_of(results)
    for mode, clients in medians.items():
        floor = clients.get("raw", {})
        for client, by_work in clients.items():
            cells = ""
            for w in works:
                value = by_work.get(w)
                if not value:
                    cells += f"{'-':>30}"
                    continue
                ratio = ""
                if floor.get(w):
                    rounds = [c / r for c, r in zip(results[mode][client][w], results[mode]["raw"][w], strict=False)]
                    ratio = f" {value / floor[w]:4.2f} ({min(rounds):.2f}-{max(rounds):.2f})"
                cells += f"{f'{value:.0f}/s{ratio}':>30}"
            print(f"{f'{client} ({mode})':<24}{cells}")


def installed(client: str) -> bool:
    if client not in PEERS:
        return True
    try:
        return importlib.util.find_spec(MODULES[client]) is not None
    except ModuleNotFoundError:  # its parent package is missing
        return False


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--seconds", type=float, default=0.6, help="time per workload per round")
    ap.add_argument("--work", default=",".join(WORKLOADS))
    ap.add_argument("--clients", help="default: raw, ours and every installed peer")
    ap.add_argument("--modes", default="sync,async")
    ap.add_argument("--base", help="measure against a server already running here")
    ap.add_argument("--json", action="store_true", help="print the medians as JSON")
    ap.add_argument("--clock", choices=sorted(CLOCKS), default="wall", help="cpu: calls per second of client CPU time")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--mode", default="sync", help=argparse.SUPPRESS)
    a = ap.parse_args()
    works = a.work.split(",")
    if a.worker:
        print(json.dumps(worker(a.worker, a.mode, a.base, works, a.seconds, a.clock)))
        return
    names = a.clients.split(",") if a.clients else [c for c in SYNC if installed(c)]
    runs = [(c, m) for m in a.modes.split(",") for c in names if c in (SYNC if m == "sync" else ASYNC)]
    if a.base:
        results = measure(a.base, runs, works, a.rounds, a.seconds, a.clock)
    else:
        with tempfile.TemporaryDirectory() as scratch, server(Path(scratch)) as base:
            results = measure(base, runs, works, a.rounds, a.seconds, a.clock)
    if a.json:
        print(json.dumps(medians_of(results), indent=1))
    else:
        report(results, works, a.clock)


if __name__ == "__main__":
    main()
