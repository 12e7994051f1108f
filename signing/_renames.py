"""Deprecated names kept for one minor version after a rename (0.7.0 renamed keywords and methods).

Generated code applies these to what it renamed: the old spelling still works, and warns with a
DeprecationWarning that names the new one. Type checkers see only the new names.
"""

from __future__ import annotations

import functools
import inspect
import warnings
from collections.abc import Callable, Mapping
from typing import Any, TypeVar, cast

__all__ = ["former_attribute", "former_keywords", "former_name"]

F = TypeVar("F", bound=Callable[..., Any])


def _warn(old: str, new: str, what: str, frames_above: int) -> None:
    """Warn at the user's line: `frames_above` is how many frames of ours, our caller included, lie between."""
    warnings.warn(f"the {what} {old!r} is deprecated; use {new!r}", DeprecationWarning, stacklevel=2 + frames_above)


def _around(function: F, before: Callable[[dict[str, Any]], dict[str, Any]]) -> F:
    """`function` (sync or async, as it is) called with its keywords passed through `before` first."""
    if inspect.iscoroutinefunction(function):

        @functools.wraps(function)
        async def call_async(*args: Any, **kwargs: Any) -> Any:
            return await function(*args, **before(kwargs))

        return cast(F, call_async)

    @functools.wraps(function)
    def call(*args: Any, **kwargs: Any) -> Any:
        return function(*args, **before(kwargs))

    return cast(F, call)


def former_keywords(renames: Mapping[str, str]) -> Callable[[F], F]:
    """Accept each keyword of `renames` (old -> new) as the new one, with a DeprecationWarning."""

    def renaming(kwargs: dict[str, Any]) -> dict[str, Any]:
        for old, new in renames.items():
            if old in kwargs:
                _warn(old, new, "keyword", 2)  # under `renaming` and the wrapper
                kwargs[new] = kwargs.pop(old)
        return kwargs

    return lambda function: _around(function, renaming)


def former_name(old: str, function: F) -> F:
    """`function` under the name it had before, warning on each call that it is now `function.__name__`."""

    def warning(kwargs: dict[str, Any]) -> dict[str, Any]:
        _warn(old, function.__name__, "method", 2)  # under `warning` and the wrapper
        return kwargs

    return _around(function, warning)


def former_attribute(old: str, new: str) -> Any:
    """A read-only property under a former attribute name, warning that it is now `new`.

    Typed `Any`: it exists for callers who have not moved yet, and type checkers should point them at `new`.
    """

    def read(self: object) -> Any:
        _warn(old, new, "attribute", 1)  # under the property's getter
        return getattr(self, new)

    return property(read, doc=f"Deprecated since 0.7.0: `{new}`.")
