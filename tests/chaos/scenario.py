"""The chaos scenario: many concurrent calls, reads and orders mixed, against the chaos server.

`run(...)` returns what happened to every call, what the server saw, and what became of each
order whose outcome was unknown (looked up afterwards, as a caller would). `python -m
tests.chaos.scenario` prints the table the README's reliability section quotes.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from binance_spot_client import AsyncSpot, RetryPolicy
from binance_spot_client.errors import APIError, BinanceError, ClientError, OrderStatusUnknownError, TransportError
from binance_spot_client.testing import DEMO_API_KEY, DEMO_SECRET_KEY

ROOT = Path(__file__).resolve().parents[2]
SYMBOL = "BNBUSDT"
KINDS = ("depth", "account", "open_orders", "new_order")
MAX_CONNECTIONS = 20
SKEW_MS = 1500


@dataclass
class Outcome:
    call: int
    kind: str
    result: str
    """"model", or the error's type (with Binance's code, or "not sent")."""
    error: BinanceError | None = None


@dataclass
class Run:
    outcomes: list[Outcome]
    unexpected: list[BaseException]
    stats: dict[str, Any]
    offset_ms: float
    placed: dict[str, bool] = field(default_factory=dict)
    """Client order id of each order call -> whether the exchange holds that order afterwards."""


@contextmanager
def chaos_server(seed: int, skew_ms: int = SKEW_MS) -> Iterator[str]:
    """The chaos server in a process of its own, so the client's memory and GIL are its own here."""
    command = [sys.executable, "-m", "tests.chaos.server", "--seed", str(seed), "--skew-ms", str(skew_ms)]
    process = subprocess.Popen(command, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None and process.stdin is not None
        port = int(process.stdout.readline())
        yield f"http://127.0.0.1:{port}"
    finally:
        if process.stdin is not None:
            process.stdin.close()
        process.wait(timeout=10)


def describe(error: BinanceError) -> str:
    if isinstance(error, APIError) and error.code is not None:
        return f"{type(error).__name__} {error.code}"
    if isinstance(error, TransportError) and error.not_sent:
        return f"{type(error).__name__} (not sent)"
    return type(error).__name__


def client_order_id(call: int) -> str:
    return f"chaos-{call}"


async def one_call(client: AsyncSpot, call: int) -> Outcome:
    kind = KINDS[call % len(KINDS)]
    headers = {"X-Chaos-Call": str(call)}
    try:
        if kind == "depth":
            await client.depth(SYMBOL, limit=5, extra_headers=headers)
        elif kind == "account":
            await client.account(extra_headers=headers)
        elif kind == "open_orders":
            await client.open_orders(symbol=SYMBOL, extra_headers=headers)
        else:
            await client.new_order(
                SYMBOL,
                "BUY",
                "LIMIT",
                time_in_force="GTC",
                quantity="0.1",
                price="290.00",
                new_client_order_id=client_order_id(call),
                extra_headers=headers,
            )
    except BinanceError as error:
        return Outcome(call, kind, describe(error), error)
    return Outcome(call, kind, "model")


def new_client(url: str) -> AsyncSpot:
    return AsyncSpot(
        DEMO_API_KEY,
        DEMO_SECRET_KEY,
        base_url=url,
        retry=RetryPolicy(attempts=3, backoff=0.01),
        timeout=60.0,  # a call may wait its turn behind 999 others on a busy machine
        max_connections=MAX_CONNECTIONS,
    )


async def _placed(client: AsyncSpot, outcomes: list[Outcome]) -> dict[str, bool]:
    """Look up every order call afterwards, without faults, as a caller does after an unknown outcome."""
    placed: dict[str, bool] = {}
    for outcome in outcomes:
        if outcome.kind != "new_order":
            continue
        cid = client_order_id(outcome.call)
        try:
            order = await client.query_order(SYMBOL, orig_client_order_id=cid)
        except ClientError as error:
            if error.code != -2013:  # "Order does not exist."
                raise
            placed[cid] = False
        else:
            placed[cid] = order.client_order_id == cid
    return placed


async def run_calls(url: str, calls: int) -> Run:
    async with new_client(url) as client:
        results = await asyncio.gather(*(one_call(client, call) for call in range(calls)), return_exceptions=True)
        outcomes = [result for result in results if isinstance(result, Outcome)]
        unexpected = [result for result in results if not isinstance(result, Outcome)]
        offset = client.clock.offset_ms
        placed = await _placed(client, outcomes)
        async with httpx.AsyncClient() as plain:
            stats = (await plain.get(f"{url}/chaos/stats")).json()
    return Run(outcomes, unexpected, stats, offset, placed)


def run(seed: int, calls: int) -> Run:
    with chaos_server(seed) as url:
        return asyncio.run(run_calls(url, calls))


def report(result: Run) -> str:
    """The outcomes as a Markdown table: per kind of call, how many ended how."""
    table = Counter((outcome.kind, outcome.result) for outcome in result.outcomes)
    unknown = [o for o in result.outcomes if isinstance(o.error, OrderStatusUnknownError)]
    found = sum(result.placed[client_order_id(o.call)] for o in unknown)
    lines = [
        f"{len(result.outcomes)} calls, {sum(result.stats['attempts'].values())} requests; faults injected: "
        + ", ".join(f"{name} {count}" for name, count in sorted(result.stats["faults"].items())),
        "",
        "| call | outcome | calls |",
        "|---|---|--:|",
        *(f"| {kind} | {outcome} | {count} |" for (kind, outcome), count in sorted(table.items())),
        "",
        f"Unknown orders looked up afterwards: {found} placed, {len(unknown) - found} not placed. "
        f"Connections: {result.stats['connections']} opened, at most {result.stats['max_open_connections']} open "
        f"at once. Clock offset learned: {result.offset_ms:.0f} ms (server ahead by {SKEW_MS}).",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    print(report(run(seed=7, calls=1000)))
