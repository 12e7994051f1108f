"""Runtime types every generated module shares: `UNSET`, the struct bases and unknown-field access.

They belong to the core rather than to a template: nothing in them depends on the spec.
"""

from __future__ import annotations

import inspect
import warnings
from collections.abc import Callable, Sequence
from itertools import starmap
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, TypeVar


class PlainStruct:
    """The stand-in for `msgspec.Struct` where msgspec does not install (PyPy).

    Only what our models use: fields in annotation order, set by position or keyword, defaults
    from the class body, equality and a repr. Class options meant for msgspec (`array_like`,
    `gc`, `rename`, `tag`, ...) are ignored: without msgspec, answers are read by `from_dict`.
    """

    __struct_fields__: ClassVar[tuple[str, ...]] = ()
    __struct_defaults__: ClassVar[dict[str, object]] = {}

    def __init_subclass__(cls, **options: object) -> None:
        super().__init_subclass__()
        declared = [name for name, kind in inspect.get_annotations(cls).items() if not _is_class_var(kind)]
        cls.__struct_fields__ = (*cls.__struct_fields__, *declared)
        defaults = {name: cls.__dict__[name] for name in declared if name in cls.__dict__}
        cls.__struct_defaults__ = cls.__struct_defaults__ | defaults

    def __init__(self, *values: object, **named: object) -> None:
        fields = self.__struct_fields__
        if len(values) > len(fields):
            raise TypeError(f"{type(self).__name__} takes at most {len(fields)} positional arguments")
        given = self.__struct_defaults__ | dict(zip(fields, values, strict=False)) | named
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


def _is_class_var(annotation: object) -> bool:
    """Whether an annotation (or its text, under `from __future__ import annotations`) declares a ClassVar."""
    if isinstance(annotation, str):
        return annotation.startswith(("ClassVar", "typing.ClassVar"))
    return annotation is ClassVar or getattr(annotation, "__origin__", None) is ClassVar


class PlainUnset:
    """The stand-in for `msgspec.UNSET`'s type where msgspec does not install (PyPy)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


# `UNSET` marks a model field that was absent from the payload (as opposed to null). It is
# msgspec's own marker, so that structs decoded by msgspec carry the same value as models
# built by `from_dict`.
if TYPE_CHECKING:
    from msgspec import UNSET, Struct
    from msgspec import UnsetType as Unset
else:
    try:
        from msgspec import UNSET, Struct
        from msgspec import UnsetType as Unset
    except ImportError:  # e.g. on PyPy: structs are then plain Python objects, built more slowly
        Struct, Unset = PlainStruct, PlainUnset
        UNSET = Unset()


class Row(Struct, array_like=True, gc=False):
    """Base of the models Binance sends as fixed-position arrays (price levels, klines).

    They are msgspec structs rather than attrs classes: the decoder builds them straight from
    the JSON arrays in C, which makes a 5,000-level book about three times faster to read than
    `json.loads` alone gives plain lists (bench/parse.py). They hold strings, ints and no other
    objects, so the cyclic garbage collector need not track them (`gc=False`).
    """


V = TypeVar("V")


class AdditionalProperties(Generic[V]):
    """Item access to the fields Binance sent that the spec does not describe.

    Models keep such fields in `unknown_fields`: `model["newField"]`, `"newField" in model`, as
    stream events do. A map answer (symbol -> value) is all unknown fields. `additional_properties`,
    openapi-python-client's name, is where the models store them.
    """

    __slots__ = ()
    additional_properties: dict[str, V]

    @property
    def unknown_fields(self) -> dict[str, V]:
        """The fields Binance sent that the spec does not describe, by wire name."""
        return self.additional_properties

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> V:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: V) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class StructModel(Struct, AdditionalProperties[Any], forbid_unknown_fields=True, dict=True):
    """Base of the object models of answers decoded straight into msgspec structs.

    Those answers (exchangeInfo, the tickers: `STRUCT_ANSWERS` in generator/index.py) are the
    ones whose thousands of models cost more to build as attrs classes than the JSON costs to
    decode (bench/parse.py); msgspec builds these structs in C while it reads the bytes. A field
    the spec does not know makes that decoding fail (`forbid_unknown_fields`), and the answer
    is then read by the models' `from_dict`, which keeps such fields in `additional_properties`
    (stored in the instance `__dict__`, outside the struct's own fields).
    """

    @property
    def additional_properties(self) -> dict[str, Any]:
        extra: dict[str, Any] = self.__dict__.setdefault("additional_properties", {})
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self.__dict__["additional_properties"] = value

    # Struct equality, repr, copies and pickles know the declared fields only. The fields the
    # spec does not know belong to the value too, as they do in the attrs models.

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return super().__eq__(other) is True and self.__dict__.get("additional_properties", {}) == other.__dict__.get(
            "additional_properties", {}
        )

    def __repr__(self) -> str:
        extra = self.__dict__.get("additional_properties")
        fields = super().__repr__()
        return f"{fields[:-1]}, additional_properties={extra!r})" if extra else fields

    def __copy__(self) -> StructModel:
        clone = type(self)(*(getattr(self, name) for name in self.__struct_fields__))
        clone.__dict__.update(self.__dict__)
        return clone

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), tuple(getattr(self, name) for name in self.__struct_fields__), self.__dict__.copy() or None


class EventModel(Struct, frozen=True, forbid_unknown_fields=True, dict=True):
    """Base of the stream and user data events (generated from spec/websocket/streams.yaml).

    Events are the highest-volume objects a client reads, so msgspec builds them in C straight
    from a frame's bytes (`websocket/_decode.py`). As with `StructModel`, a key the spec does not
    know makes that decoding fail and the payload is then read by the event's `from_payload`,
    which keeps such keys in `unknown_fields` (the instance `__dict__`, outside the struct's fields),
    read as the REST models' are: `event["newKey"]`, `"newKey" in event`. Keys Binance documents as
    ones to ignore are declared as private fields (`_IGNORED` names them), so the bytes still decode
    in C; `unknown_fields` shows them as before.
    """

    _IGNORED: ClassVar[tuple[tuple[str, str], ...]] = ()
    """(wire key, field name) of the keys Binance documents as ones to ignore."""

    @property
    def unknown_fields(self) -> dict[str, Any]:
        """The keys of the payload this event does not read, by wire name."""
        unknown: dict[str, Any] = self.__dict__.get("extra", {})
        if not self._IGNORED:
            return unknown
        ignored = {key: value for key, name in self._IGNORED if (value := getattr(self, name)) is not UNSET}
        return ignored | unknown if ignored else unknown

    @property
    def extra(self) -> dict[str, Any]:
        """Deprecated since 0.7.0: `unknown_fields`, the name the REST models share."""
        warnings.warn("the attribute 'extra' is deprecated; use 'unknown_fields'", DeprecationWarning, stacklevel=2)
        return self.unknown_fields

    def __getitem__(self, key: str) -> Any:
        return self.unknown_fields[key]

    def __contains__(self, key: str) -> bool:
        return key in self.unknown_fields

    def keep_unknown(self, unknown: dict[str, Any]) -> None:
        """Keep the payload's unknown keys with the event (`from_payload` calls it)."""
        if unknown:
            self.__dict__["extra"] = unknown

    def _declared(self) -> tuple[str, ...]:
        return tuple(name for name in self.__struct_fields__ if not name.startswith("_"))

    # Equality, repr and pickles count the unknown keys too, and leave the private fields to `unknown_fields`.

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return super().__eq__(other) is True and self.__dict__.get("extra", {}) == other.__dict__.get("extra", {})

    def __repr__(self) -> str:
        values = [f"{name}={getattr(self, name)!r}" for name in self._declared()]
        unknown = self.unknown_fields
        return f"{type(self).__name__}({', '.join([*values, f'unknown_fields={unknown!r}'] if unknown else values)})"

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), tuple(getattr(self, name) for name in self.__struct_fields__), self.__dict__.copy() or None

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)


T = TypeVar("T")


def rows_of(model: Callable[..., T], rows: Sequence[Any], width: int) -> list[T]:
    """Models of positional rows (price levels, klines), each row's items passed as they stand.

    Rows the operation's decoder already built as `model` (signing/_answers.py)
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


__all__ = [
    "UNSET",
    "AdditionalProperties",
    "EventModel",
    "PlainStruct",
    "PlainUnset",
    "Row",
    "Struct",
    "StructModel",
    "Unset",
    "rows_of",
]
