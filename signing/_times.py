"""Time arguments as users hold them: epoch integers, aware datetimes and ISO-8601 text.

Binance reads every time parameter as an integer count since the Unix epoch: milliseconds, or
microseconds when the client asked for them (`ClientOptions.microseconds`). A datetime or text is
turned into that count here, before the parameters are checked, so the rest of the core sees
integers only.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta

from ._errors import ParameterError
from ._operation import Operation

TimeLike = int | datetime | date | str
"""A time argument: epoch milliseconds (microseconds in microsecond mode), an aware datetime, a date (its
midnight, UTC) or ISO-8601 text with a time zone (a date alone is its midnight, UTC)."""

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


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


def with_epoch_times(operation: Operation, arguments: Mapping[str, object], microseconds: bool) -> Mapping[str, object]:
    """`arguments` with every time parameter of `operation` as an epoch integer."""
    times = [p.python_name for p in operation.parameters if p.kind == "time"]
    times = [name for name in times if arguments.get(name) is not None]
    if not times:
        return arguments
    return {**arguments, **{name: epoch_time(name, arguments[name], microseconds) for name in times}}
