"""How answers are shown: an aligned table for a person, JSON for a program, CSV for a file."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from ..signing import Row

__all__ = ["as_csv", "as_json", "as_table", "columns_of"]


def columns_of(parsed: Any) -> list[str] | None:
    """Column names for positional rows (klines): the fields of the model the rows were read into."""
    if isinstance(parsed, list) and parsed and isinstance(parsed[0], Row):
        return list(type(parsed[0]).__struct_fields__)
    return None


def _cell(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, separators=(",", ":"))


def _rows(data: Any, header: Sequence[str] | None) -> tuple[list[str], list[list[str]]]:
    """A header and rows of text: a list of objects by key, a list of lists by `header`, an object by field."""
    if isinstance(data, list) and data and all(isinstance(item, dict) for item in data):
        keys = list(dict.fromkeys(key for item in data for key in item))
        return keys, [[_cell(item.get(key, "")) for key in keys] for item in data]
    if isinstance(data, list) and data and all(isinstance(item, list) for item in data):
        width = max(len(item) for item in data)
        names = list(header or ())[:width] + [str(i) for i in range(len(header or ()), width)]
        return names, [[_cell(value) for value in item] for item in data]
    if isinstance(data, list):
        return ["value"], [[_cell(item)] for item in data]
    if isinstance(data, dict):
        return ["field", "value"], [[key, _cell(value)] for key, value in data.items()]
    return ["value"], [[_cell(data)]]


def as_table(data: Any, header: Sequence[str] | None = None) -> str:
    """Columns padded to their widest cell, a rule under the header."""
    names, rows = _rows(data, header)
    widths = [max(len(row[i]) for row in [names, *rows]) for i in range(len(names))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows]
    top = "  ".join(name.ljust(width) for name, width in zip(names, widths, strict=True)).rstrip()
    return "\n".join([top, "  ".join("-" * width for width in widths), *lines])


def as_json(data: Any) -> str:
    return json.dumps(data, indent=2)


def as_csv(data: Any, header: Sequence[str] | None = None) -> str:
    names, rows = _rows(data, header)
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(names)
    writer.writerows(rows)
    return text.getvalue()
