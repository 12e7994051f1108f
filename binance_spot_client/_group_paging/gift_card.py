"""The iterators of the `gift_card` operations: mixins of its group classes (see `_paging.py`).

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


class GiftCardPaging:
    """The iterators of the `gift_card` operations, on its group."""

    __slots__ = ()
    _client: SpotClient


class AsyncGiftCardPaging:
    """The iterators of the `gift_card` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient
