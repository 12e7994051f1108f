"""Types shared by the generated modules. Generated from spec/; do not edit."""

from collections.abc import Callable, Iterable, MutableMapping, Sequence
from http import HTTPStatus
from itertools import starmap
from typing import Any, Generic, Literal, TypeVar

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


def rows_of(model: Callable[..., T], rows: Iterable[Sequence[Any]], width: int) -> list[T]:
    """Models of positional rows (price levels, klines), each row's items passed as they stand.

    `starmap` calls the constructor from C, a sixth faster than indexing each row in a
    comprehension. Rows longer than the spec's `width` (a field Binance added since) are cut
    to it; shorter ones still fail, as a missing required field should.
    """
    try:
        return list(starmap(model, rows))
    except TypeError:
        return [model(*row[:width]) for row in rows]


__all__ = ["UNSET", "Response", "Unset", "rows_of"]
