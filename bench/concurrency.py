"""1,000 concurrent async calls on loopback: this client against raw httpx with the same pool.

    python bench/concurrency.py [--rounds 5] [--calls 1000] [--max-connections 20]

Serves the benchmark bodies with nginx on 127.0.0.1 (as bench/run.py does). Each round, in a
fresh process per client, starts `--calls` calls at once with `asyncio.gather` and reports the
wall time until the last answer, the calls that raised, and the TCP connections opened:

    raw       httpx.AsyncClient(limits=Limits(max_connections=N)) plus json.loads
    ours      AsyncSpot(max_connections=N): calls take turns for N connections (its pool keeps
              one more, for clock syncs, which these calls never need)

for the public ping and the signed account (HMAC; raw signs with hmac over urlencode), both
with a timeout of 120 s. Rounds
alternate the clients; the table shows the median with the range, and ours against raw.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from run import server  # noqa: E402

WORKS = ("ping", "account")
# Seconds a call may wait, its turn for a connection included: long enough that on a busy machine the last of
# the 1,000 is not failed for queueing alone (each client's default, 10 s and 5 s, would fail some here).
TIMEOUT = 120.0


def count_connections() -> list[int]:
    """Counts every TCP connection httpcore opens (httpx's default transport, ours and raw alike)."""
    from httpcore._backends.auto import AutoBackend

    opened = [0]
    connect = AutoBackend.connect_tcp

    async def counting(self: AutoBackend, *args: Any, **kwargs: Any) -> Any:
        opened[0] += 1
        return await connect(self, *args, **kwargs)

    AutoBackend.connect_tcp = counting  # type: ignore[method-assign]
    return opened


async def measure(client: str, work: str, base: str, calls: int, limit: int) -> dict[str, float]:
    opened = count_connections()
    if client == "raw":
        import httpx
        from clients import signed_query

        limits = httpx.Limits(max_connections=limit)
        http = httpx.AsyncClient(base_url=base, limits=limits, timeout=TIMEOUT)
        key = {"X-MBX-APIKEY": "benchkey"}

        async def call() -> Any:
            if work == "ping":
                return json.loads((await http.get("/api/v3/ping")).content)
            return json.loads((await http.get(f"/api/v3/account?{signed_query({})}", headers=key)).content)

        close = http.aclose
    else:
        from binance_spot_client import AsyncSpot

        spot = AsyncSpot("benchkey", "benchsecret", base_url=base, max_connections=limit, timeout=TIMEOUT)
        call = spot.ping if work == "ping" else spot.account
        close = spot.aclose
    await call()  # imports and first-use caches, outside the timed region
    opened[0] = 0
    start = time.perf_counter()
    results = await asyncio.gather(*(call() for _ in range(calls)), return_exceptions=True)
    elapsed = time.perf_counter() - start
    await close()
    errors = [r for r in results if isinstance(r, BaseException)]
    if errors:
        print(f"{client} {work}: {len(errors)} errors, first: {errors[0]!r}", file=sys.stderr)
    return {"seconds": elapsed, "errors": len(errors), "connections": opened[0]}


def worker(client: str, work: str, base: str, calls: int, limit: int) -> dict[str, float]:
    code = (
        f"import sys, json, asyncio; sys.path.insert(0, {str(HERE)!r}); import concurrency; "
        f"print(json.dumps(asyncio.run(concurrency.measure({client!r}, {work!r}, {base!r}, {calls}, {limit}))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    if out.stderr:
        print(out.stderr, file=sys.stderr, end="")
    result: dict[str, float] = json.loads(out.stdout.splitlines()[-1])
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--calls", type=int, default=1000)
    ap.add_argument("--max-connections", type=int, default=20)
    args = ap.parse_args()
    results: dict[tuple[str, str], list[dict[str, float]]] = {}
    with tempfile.TemporaryDirectory() as scratch, server(Path(scratch)) as base:
        for _ in range(args.rounds):
            for work in WORKS:
                for client in ("raw", "ours"):
                    row = worker(client, work, base, args.calls, args.max_connections)
                    results.setdefault((client, work), []).append(row)
    print(f"{args.calls} concurrent calls, max_connections={args.max_connections}, {args.rounds} rounds")
    print(f"{'client':<6} {'call':<8} {'wall time, ms':>24} {'errors':>7} {'connections':>12} {'ours/raw':>9}")
    for (client, work), rows in results.items():
        times = [row["seconds"] * 1e3 for row in rows]
        median = statistics.median(times)
        raw = statistics.median(row["seconds"] * 1e3 for row in results[("raw", work)])
        connections = sorted({int(row["connections"]) for row in rows})
        print(
            f"{client:<6} {work:<8} {f'{median:.0f} ({min(times):.0f}-{max(times):.0f})':>24} "
            f"{sum(int(row['errors']) for row in rows):>7} {'/'.join(map(str, connections)):>12} {median / raw:>9.2f}"
        )


if __name__ == "__main__":
    main()
