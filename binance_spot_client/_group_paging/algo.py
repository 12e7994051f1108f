"""The iterators of the `algo` operations: mixins of its group classes (see `_paging.py`).

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from ..signing import (
    AsyncSpotClient,
    SpotClient,
)

if TYPE_CHECKING:
    pass

DecimalLike = str | int | float | Decimal


class AlgoPaging:
    """The iterators of the `algo` operations, on its group."""

    __slots__ = ()
    _client: SpotClient


class AsyncAlgoPaging:
    """The iterators of the `algo` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient
