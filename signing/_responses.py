"""Reading response bodies: JSON decoding and parse failures as typed errors."""

from __future__ import annotations

import gc
from contextlib import AbstractContextManager, nullcontext
from types import TracebackType
from typing import Any

import httpx

from ._answers import AnswerPlan, plain_json
from ._errors import ResponseValidationError

__all__ = ["collector_paused", "decode_answer", "decode_checked", "decode_json", "parse_failure"]

# Bodies from this size on are decoded and built into models with the cyclic collector paused.
LARGE_BODY = 64 * 1024

# Where decode_checked leaves a body it already decoded, for the generated reader to take.
_DECODED = "binance_decoded_json"


def decode_answer(response: httpx.Response, answer: AnswerPlan) -> Any:
    """The decoded body (models where the answer's fast decoders take it), decoded once per response."""
    if _DECODED in response.extensions:
        return response.extensions[_DECODED]
    return answer.decode(response.content)


def decode_json(response: httpx.Response, operation_id: str) -> Any:
    """The body as plain JSON values, or a ResponseValidationError naming the operation and quoting the body."""
    return plain_json(response.content, operation_id)


def decode_checked(response: httpx.Response, answer: AnswerPlan) -> None:
    """Decode the body and check its JSON types against the spec (see _answers), once.

    The decoded body, as the tolerant reader converted it where it differs without loss, stays
    on the response, so the generated reader does not decode it again.
    """
    with collector_paused(response):
        data = answer.check(decode_answer(response, answer))
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
