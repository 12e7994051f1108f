"""Reading WebSocket API messages: the envelope, `rateLimits` and errors, in the REST client's types.

`decode_api_message` reads a message's envelope (`id`, `status`, `rateLimits`, `error`, or a
user data `event`) in one msgspec pass and leaves `result` as raw JSON bytes, for the method's
REST answer plan to decode into its model (`Endpoint.read_content`), as REST decodes a body.

A response's `rateLimits` array carries what REST sends as X-MBX-USED-WEIGHT-1M and
X-MBX-ORDER-COUNT-10S headers, so it is rewritten as those headers and read by
`RateLimits.from_headers`. An error response (`status` >= 400, `error` {code, msg,
data}) is built by REST's own factory, `error_from_answer`, from its status, payload and
headers, so callers catch the same classes on both transports.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from binance_spot_client.signing import APIError, RateLimits, error_from_answer
from binance_spot_client.signing._types import Struct

if TYPE_CHECKING:
    import msgspec
else:
    try:
        import msgspec
    except ImportError:  # e.g. on PyPy: messages are read by json, their result encoded again for its plan
        msgspec = None

__all__ = ["ApiMessage", "api_message_of", "decode_api_message", "error_from_message", "rate_limits_from_message"]


if TYPE_CHECKING:
    RawJSON = bytes | msgspec.Raw  # msgspec.Raw where msgspec decoded the message, else bytes
else:
    RawJSON = bytes if msgspec is None else msgspec.Raw
_ABSENT: RawJSON = b"" if msgspec is None else msgspec.Raw()
_NULL: RawJSON = b"null" if msgspec is None else msgspec.Raw(b"null")


class ApiMessage(Struct, rename="camel", gc=False):
    """One message of a WebSocket API connection: an answer to a request, or a user data event.

    `result` and `event` stay JSON text (`null` and empty when absent): what the request's
    method or the event's type makes of them is decided later. The rest is read in the same pass, in C.
    """

    id: Any = None
    status: Any = 200
    result: RawJSON = _NULL
    error: Any = None
    rate_limits: Any = None
    event: RawJSON = _ABSENT
    subscription_id: Any = None


if msgspec is not None:
    _decode_message = msgspec.json.Decoder(ApiMessage).decode


def decode_api_message(frame: bytes | str) -> ApiMessage | None:
    """A WebSocket API message's envelope, its result left as JSON text; None for a frame that is no JSON object."""
    if msgspec is None:
        return _read_plainly(frame)
    try:
        message: ApiMessage = _decode_message(frame)
    except msgspec.DecodeError:
        return _read_plainly(frame)  # what json reads and msgspec refuses (a NaN, a lone surrogate)
    return message


def _read_plainly(frame: bytes | str) -> ApiMessage | None:
    try:
        message = json.loads(frame)
    except ValueError:
        return None
    if not isinstance(message, dict):
        return None
    return api_message_of(message)


def api_message_of(message: Mapping[str, Any]) -> ApiMessage:
    """The envelope of a message already read as a dict (by json, or from an SBE frame)."""
    return ApiMessage(
        id=message.get("id"),
        status=message.get("status", 200),
        result=_json_text(message, "result", _NULL),
        error=message.get("error"),
        rate_limits=message.get("rateLimits"),
        event=_json_text(message, "event", _ABSENT),
        subscription_id=message.get("subscriptionId"),
    )


def _json_text(message: Mapping[str, Any], key: str, absent: RawJSON) -> RawJSON:
    return json.dumps(message[key]).encode() if key in message else absent


_KIND = {"REQUEST_WEIGHT": "used-weight", "ORDERS": "order-count"}
_UNIT = {"SECOND": "s", "MINUTE": "m", "HOUR": "h", "DAY": "d"}


def rate_limits_from_message(entries: Sequence[Mapping[str, Any]], received_at: float | None = None) -> RateLimits:
    """RateLimits from a response's `rateLimits` array."""
    headers: dict[str, str] = {}
    for entry in entries:
        kind = _KIND.get(str(entry.get("rateLimitType")))
        unit = _UNIT.get(str(entry.get("interval")))
        if kind is None or unit is None:
            continue
        headers[f"x-mbx-{kind}-{entry.get('intervalNum')}{unit}"] = str(entry.get("count"))
    return RateLimits.from_headers(headers, received_at)


_EPOCH_MS_BEFORE_5138 = 10**14
"""Epoch milliseconds stay below this until the year 5138; epoch microseconds passed it in 1973."""


def error_from_message(status: int, error: Mapping[str, Any], now_ms: float | None = None) -> APIError:
    """The typed error for a failed response, keeping Binance's code, msg and data."""
    data = error.get("data")
    body: dict[str, Any] = {"code": error.get("code"), "msg": error.get("msg", "")}
    headers: dict[str, str] = {}
    if isinstance(data, Mapping):
        body.update(data)
        retry_at = data.get("retryAfter")
        if isinstance(retry_at, int):
            # WebSocket answers give the epoch time when to retry; REST's errors read seconds from Retry-After.
            if retry_at > _EPOCH_MS_BEFORE_5138:  # a session in microseconds (timeUnit, or SBE) gives µs
                retry_at //= 1000
            now = time.time() * 1000 if now_ms is None else now_ms
            headers["retry-after"] = str(max(0, math.ceil((retry_at - now) / 1000)))
    return error_from_answer(status, body, headers)
