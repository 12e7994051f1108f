"""Reading response bodies: JSON decoding and parse failures as typed errors."""

from __future__ import annotations

import json
from typing import Any

import httpx

from ._errors import ResponseValidationError

__all__ = ["decode_json", "parse_failure"]


def decode_json(response: httpx.Response, operation_id: str) -> Any:
    """The decoded body, or a ResponseValidationError naming the operation and quoting the body."""
    try:
        return json.loads(response.content)
    except ValueError:
        excerpt = response.content[:200].decode("utf-8", "replace") or "(empty body)"
        raise ResponseValidationError(operation_id, [f"body is not JSON: {excerpt!r}"]) from None


def parse_failure(operation_id: str, exc: Exception, payload: object) -> ResponseValidationError:
    """Explain why a decoded body did not fit the model (a missing field, a wrong type)."""
    missing = isinstance(exc, KeyError)
    problem = f"missing required field {exc.args[0]!r}" if missing else f"{type(exc).__name__}: {exc}"
    return ResponseValidationError(operation_id, [problem], payload)
