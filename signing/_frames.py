"""Lists of answers (klines, trades, aggregate trades, tickers) as pandas DataFrames.

pandas is optional (the `[pandas]` extra) and imported only when a conversion runs. Columns are the
models' Python field names. Which fields are decimal text is read off the models themselves (each has a
`<field>_decimal` property); which are times, off the field names (`time`, `t` and `*_time`: every time
field of the answers above, in milliseconds unless the client asked for microseconds).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

import attrs

from ._errors import MissingExtraError, ParameterError
from ._types import Unset

if TYPE_CHECKING:
    import pandas

__all__ = ["to_pandas"]


def _field_names(model: type[Any]) -> list[str]:
    """A model's fields in declaration order: an attrs class's (but its extra keys), or a struct's."""
    if attrs.has(model):
        return [f.name for f in attrs.fields(model) if f.name != "additional_properties"]
    return list(getattr(model, "__struct_fields__", ()))


def _is_time(name: str) -> bool:
    return name in ("time", "t") or name.endswith("_time")


def to_pandas(
    rows: Sequence[Any],
    *,
    decimals: Literal["float", "decimal"] = "float",
    microseconds: bool = False,
) -> pandas.DataFrame:
    """A DataFrame with a row per model of `rows` (all of one type) and a column per field.

    Decimal text becomes float64 columns, or `Decimal` objects with `decimals="decimal"`; times become
    UTC datetimes (pass `microseconds=True` for a client created with `microseconds=True`).
    """
    try:
        import pandas
    except ImportError:
        raise MissingExtraError("to_pandas", "pandas", "pandas") from None
    if decimals not in ("float", "decimal"):
        raise ParameterError("decimals", f"expected 'float' or 'decimal', got {decimals!r}")
    if not rows:
        return pandas.DataFrame()
    model = type(rows[0])
    if any(type(row) is not model for row in rows):
        raise ParameterError("rows", f"expected models of one type, got {model.__name__} and others")
    columns: dict[str, Any] = {}
    for name in _field_names(model):
        # An optional field a row lacks becomes a missing value (None, NaN or NaT) in its column.
        values = [None if isinstance(v := getattr(row, name), Unset) else v for row in rows]
        if isinstance(getattr(model, f"{name}_decimal", None), property):
            columns[name] = (
                pandas.Series([None if v is None else Decimal(v) for v in values], dtype=object)
                if decimals == "decimal"
                else pandas.Series(values).astype("float64")
            )
        elif _is_time(name) and all(v is None or isinstance(v, int) for v in values):
            columns[name] = pandas.to_datetime(pandas.Series(values), unit="us" if microseconds else "ms", utc=True)
        else:
            columns[name] = values
    return pandas.DataFrame(columns)
