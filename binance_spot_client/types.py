"""Types shared by the generated modules. Generated from spec/; do not edit."""

from collections.abc import MutableMapping
from http import HTTPStatus
from typing import Generic, Literal, TypeVar

from attrs import define

from .signing import RateLimits


class Unset:
    """Marks a model field that was absent from the payload (as opposed to null)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

T = TypeVar("T")


@define
class Response(Generic[T]):
    """A successful response: HTTP status, raw body, headers, the typed model and Binance's usage counters."""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T
    rate_limits: RateLimits


__all__ = ["UNSET", "Response", "Unset"]
