"""Reading response bodies: within the client's caps, JSON decoding, and parse failures as typed errors."""

from __future__ import annotations

import gc
import zlib
from contextlib import AbstractContextManager, nullcontext
from types import TracebackType
from typing import Any

import httpx

from ._answers import AnswerPlan, plain_json
from ._errors import AnswerTooLargeError, ResponseValidationError
from ._sbe import is_sbe

__all__ = [
    "AnswerCaps",
    "collector_paused",
    "decode_answer",
    "decode_checked",
    "decode_json",
    "parse_failure",
]

# Answers up to this size are never refused for how well they compressed.
_RATIO_FLOOR = 1024 * 1024
_INFLATE_STEP = 256 * 1024

# Bodies from this size on are decoded and built into models with the cyclic collector paused.
LARGE_BODY = 64 * 1024

# Where decode_checked leaves a body it already decoded, for the generated reader to take.
_DECODED = "binance_decoded_json"


class AnswerCaps:
    """Reads a streamed answer's body, stopping with AnswerTooLargeError as soon as it passes a cap:
    `max_bytes` once decompressed, or `max_ratio` times the bytes that came over the wire (past the
    first MiB), so a gzip bomb is refused after its first MiB instead of being inflated in full."""

    def __init__(self, max_bytes: int, max_ratio: int) -> None:
        self.max_bytes = max_bytes
        self.max_ratio = max_ratio

    def read(self, response: httpx.Response) -> None:
        """Read the body of a response sent with `stream=True`, within the caps."""
        reading = _Reading(self, response)
        for data in response.iter_raw() if reading.inflater else response.iter_bytes():
            reading.take(data)
        reading.finish()

    async def aread(self, response: httpx.Response) -> None:
        """`read`, for a response of an async client."""
        reading = _Reading(self, response)
        async for data in response.aiter_raw() if reading.inflater else response.aiter_bytes():
            reading.take(data)
        reading.finish()


class _Reading:
    """One body being read. Gzip, what Binance sends, is inflated here at most `_INFLATE_STEP` at a
    time (httpx inflates a whole network chunk at once: up to 64 MiB out of a 64 KiB bomb chunk);
    other encodings come already decoded by httpx."""

    def __init__(self, caps: AnswerCaps, response: httpx.Response) -> None:
        self.caps = caps
        self.response = response
        self.chunks: list[bytes] = []
        self.size = 0
        gzip = response.headers.get("content-encoding", "").strip().lower() == "gzip"
        self.inflater = zlib.decompressobj(zlib.MAX_WBITS | 16) if gzip else None

    def take(self, data: bytes) -> None:
        if self.inflater is None:
            self._keep(data)
            return
        try:
            while data:
                self._keep(self.inflater.decompress(data, _INFLATE_STEP))
                data = self.inflater.unconsumed_tail
        except zlib.error as exc:
            raise httpx.DecodingError(f"not the gzip it claims to be: {exc}", request=self.response.request) from None

    def finish(self) -> None:
        if self.inflater is not None:
            self._keep(self.inflater.flush())
        # What httpx's own Response.read() does with the chunks it iterates: later reads return them.
        self.response._content = b"".join(self.chunks)

    def _keep(self, chunk: bytes) -> None:
        self.size += len(chunk)
        self.chunks.append(chunk)
        size, response = self.size, self.response
        if size > _RATIO_FLOOR and size > self.caps.max_ratio * response.num_bytes_downloaded:
            problem = f"{response.num_bytes_downloaded} bytes inflated to {size}, past max_decompression_ratio"
            raise AnswerTooLargeError(f"{_where(response)}{problem}={self.caps.max_ratio}", self.caps.max_ratio, size)
        if size > self.caps.max_bytes:
            problem = f"answer passed max_answer_bytes={self.caps.max_bytes} (read {size} bytes)"
            raise AnswerTooLargeError(_where(response) + problem, self.caps.max_bytes, size)


def _where(response: httpx.Response) -> str:
    return f"{response.request.method} {response.request.url.path}: "


def decode_answer(response: httpx.Response, answer: AnswerPlan) -> Any:
    """The decoded body (models where the answer's fast decoders take it), decoded once per response."""
    if _DECODED in response.extensions:
        return response.extensions[_DECODED]
    sbe = answer.sbe if answer.answers_in_sbe and is_sbe(response) else None  # `sbe` imports the decoders
    if sbe is not None:
        microseconds = response.request.headers.get("X-MBX-TIME-UNIT", "").upper() == "MICROSECOND"
        return answer.models_of(sbe.decode(response.content, answer.sbe_row, microseconds)[1])
    return answer.decode(response.content)


def decode_json(response: httpx.Response, operation_id: str) -> Any:
    """The body as plain JSON values, or a ResponseValidationError naming the operation and quoting the body."""
    return plain_json(response.content, operation_id)


def decode_checked(response: httpx.Response, answer: AnswerPlan) -> None:
    """Decode the body and check its JSON types against the spec (see _answers), once.

    The decoded body, as the tolerant reader converted it where it differs without loss, stays
    on the response, so the generated reader does not decode it again.
    """
    with collector_paused(response.content):
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


def collector_paused(body: bytes) -> AbstractContextManager[None]:
    """Pause the cyclic garbage collector while a large body (HTTP or WebSocket) becomes models.

    Decoding and building tens of thousands of objects (a 5,000-level book, exchangeInfo) sets
    the collector off dozens of times per call, each pass walking every object built so far:
    measured, a third to over half of the call, more the bigger the program's heap. Nothing
    built here forms a cycle, so pausing loses nothing; reference counting still frees it all.
    Small bodies, and a collector the program turned off itself, are left alone. Meant to wrap
    an operation's decode and model building (`with collector_paused(response.content): ...`).
    """
    if len(body) < LARGE_BODY or not gc.isenabled():
        return nullcontext()
    return _CollectorPaused()
