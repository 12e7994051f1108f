"""Reading response bodies: JSON decoding and parse failures as typed errors."""

from __future__ import annotations

import gc
import json
import logging
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from types import TracebackType
from typing import Any

import httpx

from ._errors import ResponseValidationError
from ._operation import Operation
from ._wire import answer_decoder, check_types

__all__ = ["collector_paused", "decode_checked", "decode_json", "parse_failure"]

# Bodies from this size on are decoded and built into models with the cyclic collector paused.
LARGE_BODY = 64 * 1024

# msgspec reads Binance's bodies in 0.4-0.95x the time of json.loads with no more memory; orjson was
# as fast but peaked at 3.5-4x json.loads' memory on the large bodies (bench/parse.py).
_loads: Callable[[bytes], Any]
_SHAPE_ERRORS: tuple[type[Exception], ...]  # a well-formed body of the wrong shape, as msgspec reports it
try:
    from msgspec import ValidationError
    from msgspec.json import Decoder

    _loads = Decoder().decode
    _SHAPE_ERRORS = (ValidationError,)
except ImportError:  # pragma: no cover - e.g. on PyPy
    _loads = json.loads
    _SHAPE_ERRORS = ()

# A body an answer's decoder refuses (signing/_wire.py) is read the slower, plain way. Said once
# per operation, on the logger that reports what Binance sends beyond the spec.
_drift = logging.getLogger("binance_spot_client.drift")
_reported_shapes: set[str] = set()


# Where decode_checked leaves a body it already decoded, for the generated reader to take.
_DECODED = "binance_decoded_json"


def decode_json(response: httpx.Response, operation_id: str) -> Any:
    """The decoded body, or a ResponseValidationError naming the operation and quoting the body."""
    if _DECODED in response.extensions:
        return response.extensions[_DECODED]
    content = response.content
    rows = answer_decoder(operation_id)
    if rows is not None:
        try:
            return rows(content)
        except ValueError as exc:  # not the spec's shape: read plainly, and let the models say what is wrong
            if isinstance(exc, _SHAPE_ERRORS) and operation_id not in _reported_shapes:
                _reported_shapes.add(operation_id)
                _drift.warning("%s answer does not fit the spec (%s): read the slower way", operation_id, exc)
    try:
        return _loads(content)
    except ValueError:
        pass
    try:  # what msgspec refuses and json reads: NaN, lone surrogates, UTF-16 bodies
        return json.loads(content)
    except ValueError:
        excerpt = content[:200].decode("utf-8", "replace") or "(empty body)"
        raise ResponseValidationError(operation_id, [f"body is not JSON: {excerpt!r}"]) from None


def decode_checked(response: httpx.Response, operation: Operation) -> None:
    """Decode the body and check its JSON types against the spec (see _wire), once.

    The decoded body stays on the response, so the generated reader does not decode it again.
    """
    with collector_paused(response):
        data = decode_json(response, operation.operation_id)
        check_types(operation, data)
    response.extensions[_DECODED] = data


def parse_failure(operation_id: str, exc: Exception, payload: object) -> ResponseValidationError:
    """Explain why a decoded body did not fit the model (a missing field, a wrong type)."""
    missing = isinstance(exc, KeyError)
    problem = f"missing required field {exc.args[0]!r}" if missing else f"{type(exc).__name__}: {exc}"
    return ResponseValidationError(operation_id, [problem], payload)


class _CollectorPaused:
    def __enter__(self) -> None:
        gc.disable()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        gc.enable()


def collector_paused(response: httpx.Response) -> AbstractContextManager[None]:
    """Pause the cyclic garbage collector while a large body becomes models.

    Decoding and building tens of thousands of objects (a 5,000-level book, exchangeInfo) sets
    the collector off dozens of times per call, each pass walking every object built so far:
    measured, a third to over half of the call, more the bigger the program's heap. Nothing
    built here forms a cycle, so pausing loses nothing; reference counting still frees it all.
    Small bodies, and a collector the program turned off itself, are left alone. Meant to wrap
    an operation's decode and model building (`with collector_paused(response): ...`).
    """
    if len(response.content) < LARGE_BODY or not gc.isenabled():
        return nullcontext()
    return _CollectorPaused()
