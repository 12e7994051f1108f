"""Types shared by the generated modules. Generated from spec/; do not edit."""

from collections.abc import Callable, MutableMapping, Sequence
from http import HTTPStatus
from itertools import starmap
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, TypeVar

from attrs import define

from .signing import RateLimits


class PlainStruct:
    """The stand-in for `msgspec.Struct` where msgspec does not install (PyPy).

    Only what `Row` models use: fields in annotation order, set by position or keyword, with
    equality and a repr. Class options meant for msgspec (`array_like`, `gc`) are ignored.
    """

    __struct_fields__: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **options: object) -> None:
        super().__init_subclass__()
        cls.__struct_fields__ = (*cls.__struct_fields__, *cls.__dict__.get("__annotations__", {}))

    def __init__(self, *values: object, **named: object) -> None:
        fields = self.__struct_fields__
        if len(values) > len(fields):
            raise TypeError(f"{type(self).__name__} takes at most {len(fields)} positional arguments")
        given = dict(zip(fields, values, strict=False)) | named
        missing = [name for name in fields if name not in given]
        unknown = set(given) - set(fields)
        if missing or unknown:
            raise TypeError(f"{type(self).__name__}: missing {missing}, unexpected {sorted(unknown)}")
        for name in fields:
            setattr(self, name, given[name])

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self.__struct_fields__)

    def __repr__(self) -> str:
        values = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__struct_fields__)
        return f"{type(self).__name__}({values})"


if TYPE_CHECKING:
    from msgspec import Struct
else:
    try:
        from msgspec import Struct
    except ImportError:  # e.g. on PyPy: rows are then plain Python objects, built more slowly
        Struct = PlainStruct


class Row(Struct, array_like=True, gc=False):
    """Base of the models Binance sends as fixed-position arrays (price levels, klines).

    They are msgspec structs rather than attrs classes: the decoder builds them straight from
    the JSON arrays in C, which makes a 5,000-level book about three times faster to read than
    `json.loads` alone gives plain lists (bench/parse.py). They hold strings, ints and no other
    objects, so the cyclic garbage collector need not track them (`gc=False`).
    """


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


def rows_of(model: Callable[..., T], rows: Sequence[Any], width: int) -> list[T]:
    """Models of positional rows (price levels, klines), each row's items passed as they stand.

    Rows the operation's decoder already built as `model` (signing/_wire.py, `answer_decoder`)
    come back as they are. Otherwise `starmap` calls the constructor from C. Rows longer than
    the spec's `width` (a field Binance added since) are cut to it; shorter ones still fail,
    as a missing required field should.
    """
    if isinstance(rows, list) and rows and type(rows[0]) is model:
        return rows
    try:
        return list(starmap(model, rows))
    except TypeError:
        return [model(*row[:width]) for row in rows]


__all__ = ["UNSET", "PlainStruct", "Response", "Row", "Unset", "rows_of"]
