"""Watching the answers Spot clients receive: recording real ones to files, and checking them later.

`observe_responses` wraps `SpotClient.send` and `AsyncSpotClient.send` for as long
as it is active, so every successful answer of a spec operation reaches a callback,
whichever client or code path made the call. `record_responses` uses it to save
Binance's real answers as `*.spot.json` files (`{"operation_id", "body", ...}`, which
`python -m generator drift` also reads); `check_recording` validates one such file
against the current spec, strictly: a field the spec does not know means Binance
changed the API and the spec needs an update.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

import httpx

from binance_spot_client import OPERATIONS
from binance_spot_client.signing import AsyncSpotClient, Operation, SpotClient

from ._exchange import FAKE_HEADER

__all__ = ["RECORDING_SUFFIX", "check_recording", "observe_responses", "record_responses"]

RECORDING_SUFFIX = ".spot.json"
_UNSIGNED = ("timestamp", "recvWindow", "signature")

Observer = Callable[[Operation, httpx.Response], None]


@contextmanager
def observe_responses(observer: Observer) -> Iterator[None]:
    """Call `observer(operation, response)` for every 2xx answer to a spec operation while active."""
    sync_send, async_send = SpotClient.send, AsyncSpotClient.send

    def send(self: SpotClient, operation: Operation, *args: Any, **kwargs: Any) -> httpx.Response:
        response: httpx.Response = sync_send(self, operation, *args, **kwargs)
        if operation.operation_id in OPERATIONS:
            observer(operation, response)
        return response

    async def asend(self: AsyncSpotClient, operation: Operation, *args: Any, **kwargs: Any) -> httpx.Response:
        response: httpx.Response = await async_send(self, operation, *args, **kwargs)
        if operation.operation_id in OPERATIONS:
            observer(operation, response)
        return response

    # Patched on the classes, so clients built anywhere (inside the code under test too) are seen.
    sync_class: Any = SpotClient
    async_class: Any = AsyncSpotClient
    sync_class.send, async_class.send = send, asend
    try:
        yield
    finally:
        sync_class.send, async_class.send = sync_send, async_send


@contextmanager
def record_responses(directory: Path | str) -> Iterator[list[Path]]:
    """Save every real answer (not the fake exchange's) received while active; yields the files written.

    Files are named `<operationId>-<hash of the body><RECORDING_SUFFIX>`, so recording
    the same answer twice writes one file. Signatures and timestamps are not kept.
    """
    folder = Path(directory)
    written: list[Path] = []

    def save(operation: Operation, response: httpx.Response) -> None:
        if FAKE_HEADER in response.headers:
            return
        body = json.loads(response.content)
        digest = hashlib.sha256(response.content).hexdigest()[:12]
        query = urlencode([(k, v) for k, v in parse_qsl(response.request.url.query.decode()) if k not in _UNSIGNED])
        record = {
            "operation_id": operation.operation_id,  # the shape `python -m generator drift` reads too
            "method": operation.method,
            "path": operation.path,
            "query": query,
            "status": response.status_code,
            "body": body,
        }
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{operation.operation_id}-{digest}{RECORDING_SUFFIX}"
        path.write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        written.append(path)

    with observe_responses(save):
        yield written


def check_recording(path: Path | str, *, strict: bool = True) -> list[str]:
    """The mismatches between a recorded answer and the spec (empty when it still fits)."""
    from ._validation import response_mismatches

    record = json.loads(Path(path).read_text(encoding="utf-8"))
    operation_id = record.get("operation_id")
    if operation_id not in OPERATIONS:
        return [f"the spec has no operation {operation_id!r} any more"]
    return response_mismatches(operation_id, record["body"], strict=strict)
