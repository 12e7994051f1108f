"""Time arguments as users hold them: epoch integers, aware datetimes and ISO-8601 text; durations as
numbers or timedeltas.

Binance reads every time parameter as an integer count since the Unix epoch: milliseconds, or
microseconds when the client asked for them (`ClientOptions.microseconds`). A datetime or text is
turned into that count here, before the parameters are checked, so the rest of the core sees
integers only. A duration parameter (`x-binance-duration` in the spec) is a count of its unit, or a
window size such as `"4h"`; a timedelta is turned into either here too, as are the client's own
durations (recvWindow, timeouts).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from ._errors import ParameterError
from ._operation import Operation

TimeLike = int | datetime | date | str
"""A time argument: epoch milliseconds (microseconds in microsecond mode), an aware datetime, a date (its
midnight, UTC) or ISO-8601 text with a time zone (a date alone is its midnight, UTC)."""

DurationLike = int | timedelta
"""A duration parameter: a count of the unit the parameter's description names, or a timedelta."""

WindowLike = str | timedelta
"""A window size: Binance's text (`"30m"`, `"4h"`, `"1d"`) or a timedelta of whole minutes, hours or days."""

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)
_DURATION_UNITS = {"ms": timedelta(milliseconds=1), "s": timedelta(seconds=1), "d": timedelta(days=1)}
_UNIT_NAMES = {"ms": "milliseconds", "s": "seconds", "d": "days"}
# Binance's window sizes: one unit, the largest that fits, from 1 up to the most that unit allows.
_WINDOW_UNITS = (("d", timedelta(days=1), 7), ("h", timedelta(hours=1), 23), ("m", timedelta(minutes=1), 59))


def epoch_time(name: str, value: object, microseconds: bool) -> object:
    """`value` as Binance's epoch integer; other types pass through for the integer check to refuse."""
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime(value.year, value.month, value.day, tzinfo=UTC)
    elif isinstance(value, str):
        # dateutil (0.5 MB, and tens of ms to import) only once a call passes time as text
        from dateutil.parser import isoparse

        try:
            moment = isoparse(value)
        except (ValueError, OverflowError):
            raise ParameterError(name, f"{value!r} is not an ISO-8601 time") from None
        if len(value.strip()) == 10:  # a date alone ("2024-01-01"): a day has no time zone to get wrong
            moment = moment.replace(tzinfo=UTC)
    else:
        return value
    if moment.utcoffset() is None:
        # A naive time is a different instant on every machine; guessing the zone would shift orders and reports.
        raise ParameterError(name, f"{value!r} has no time zone; give one (UTC: tzinfo=UTC, or 'Z' in the text)")
    unit = timedelta(microseconds=1) if microseconds else timedelta(milliseconds=1)
    return (moment - _EPOCH) // unit


def duration_in(name: str, value: timedelta, unit: str) -> Decimal:
    """`value` as an exact count of `unit` ("ms", "s" or "d"); a negative duration raises ParameterError."""
    if value < timedelta(0):
        raise ParameterError(name, f"{value} is negative; a duration is zero or more")
    return Decimal(value // _MICROSECOND) / Decimal(_DURATION_UNITS[unit] // _MICROSECOND)


def duration_count(name: str, value: object, unit: str) -> object:
    """A timedelta as the whole count of `unit` Binance takes; other types pass through for the checks."""
    if not isinstance(value, timedelta):
        return value
    count = duration_in(name, value, unit)
    if count != count.to_integral_value():
        raise ParameterError(name, f"{value} is not a whole number of {_UNIT_NAMES[unit]}")
    return int(count)


def window_size(name: str, value: object) -> object:
    """A timedelta as Binance's window text (`"90m"` is refused: one unit only); other types pass through."""
    if not isinstance(value, timedelta):
        return value
    if value < timedelta(0):
        raise ParameterError(name, f"{value} is negative; a window size is 1 minute to 7 days")
    for letter, unit, most in _WINDOW_UNITS:
        count, rest = divmod(value, unit)
        if not rest and 1 <= count <= most:
            return f"{count}{letter}"
    raise ParameterError(
        name, f"{value} is no window size Binance takes: 1-59 whole minutes, 1-23 whole hours or 1-7 whole days"
    )


def with_wire_times(operation: Operation, arguments: Mapping[str, object], microseconds: bool) -> Mapping[str, object]:
    """`arguments` with every time parameter of `operation` as an epoch integer and every duration as
    Binance's count or window text."""
    converted: dict[str, object] = {}
    for parameter in operation.parameters:
        name = parameter.python_name
        value = arguments.get(name)
        if value is None:
            continue
        if parameter.kind == "time":
            converted[name] = epoch_time(name, value, microseconds)
        elif parameter.duration == "window":
            converted[name] = window_size(name, value)
        elif parameter.duration:
            converted[name] = duration_count(name, value, parameter.duration)
    return {**arguments, **converted} if converted else arguments
