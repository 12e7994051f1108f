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


def _warn(old: str, new: str, what: str) -> None:
    # stacklevel 3: past this helper and the wrapper, at the caller's line.
    warnings.warn(f"the {what} {old!r} is deprecated; use {new!r}", DeprecationWarning, stacklevel=3)


def former_keywords(renames: Mapping[str, str]) -> Callable[[F], F]:
    """Accept each keyword of `renames` (old -> new) as the new one, with a DeprecationWarning."""

    def renaming(kwargs: dict[str, Any]) -> dict[str, Any]:
        for old, new in renames.items():
            if old in kwargs:
                _warn(old, new, "keyword")
                kwargs[new] = kwargs.pop(old)
        return kwargs

    def decorate(function: F) -> F:
        if inspect.iscoroutinefunction(function):

            @functools.wraps(function)
            async def call_async(*args: Any, **kwargs: Any) -> Any:
                return await function(*args, **renaming(kwargs))

            return cast(F, call_async)

        @functools.wraps(function)
        def call(*args: Any, **kwargs: Any) -> Any:
            return function(*args, **renaming(kwargs))

        return cast(F, call)

    return decorate


def former_name(old: str, function: F) -> F:
    """`function` under the name it had before, warning on each call that it is now `function.__name__`."""
    if inspect.iscoroutinefunction(function):

        @functools.wraps(function)
        async def call_async(*args: Any, **kwargs: Any) -> Any:
            _warn(old, function.__name__, "method")
            return await function(*args, **kwargs)

        return cast(F, call_async)

    @functools.wraps(function)
    def call(*args: Any, **kwargs: Any) -> Any:
        _warn(old, function.__name__, "method")
        return function(*args, **kwargs)

    return cast(F, call)


def former_attribute(old: str, new: str) -> Any:
    """A read-only property under a former attribute name, warning that it is now `new`.

    Typed `Any`: it exists for callers who have not moved yet, and type checkers should point them at `new`.
    """

    def read(self: object) -> Any:
        _warn(old, new, "attribute")
        return getattr(self, new)

    return property(read, doc=f"Deprecated since 0.7.0: `{new}`.")
