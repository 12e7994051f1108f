"""Reading WebSocket API responses: `rateLimits` and errors, in the REST client's types.

A response's `rateLimits` array carries what REST sends as X-MBX-USED-WEIGHT-1M and
X-MBX-ORDER-COUNT-10S headers, so it is rewritten as those headers and read by
`RateLimits.from_headers`. An error response (`status` >= 400, `error` {code, msg,
data}) is built by REST's own factory, `error_from_answer`, from its status, payload and
headers, so callers catch the same classes on both transports.
"""

from __future__ import annotations

import math
import time
from collections.abc import Mapping, Sequence
from typing import Any

from binance_spot_client.signing import APIError, RateLimits, error_from_answer

__all__ = ["error_from_message", "rate_limits_from_message"]

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


def error_from_message(status: int, error: Mapping[str, Any], now_ms: float | None = None) -> APIError:
    """The typed error for a failed response, keeping Binance's code, msg and data."""
    data = error.get("data")
    body: dict[str, Any] = {"code": error.get("code"), "msg": error.get("msg", "")}
    headers: dict[str, str] = {}
    if isinstance(data, Mapping):
        body.update(data)
        retry_at = data.get("retryAfter")
        if isinstance(retry_at, int):
            # WebSocket answers give the epoch ms when to retry; REST's errors read seconds from Retry-After.
            now = time.time() * 1000 if now_ms is None else now_ms
            headers["retry-after"] = str(max(0, math.ceil((retry_at - now) / 1000)))
    return error_from_answer(status, body, headers)
