"""The iterators of the `fiat` operations: mixins of its group classes (see `_paging.py`).

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Unpack

from ..signing import (
    AsyncSpotClient,
    CallOptions,
    PageWalk,
    Paging,
    SpotClient,
    TimeLike,
    aiterate_pages,
    iterate_pages,
)

if TYPE_CHECKING:
    from ..models import FiatOrder, FiatPayment

DecimalLike = str | int | float | Decimal

_FIAT_DEPOSIT_WITHDRAW_HISTORY = Paging(
    "page", limit="rows", page_size=500, end="end_time", cursor="page", item_time="create_time", items="data"
)
_FIAT_PAYMENTS_HISTORY = Paging(
    "page", limit="rows", page_size=500, end="end_time", cursor="page", item_time="create_time", items="data"
)


class FiatPaging:
    """The iterators of the `fiat` operations, on its group."""

    __slots__ = ()
    _client: SpotClient

    def iter_fiat_deposit_withdraw_history(
        self,
        transaction_type: int,
        *,
        end_time: TimeLike | None = None,
        begin_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[FiatOrder]:
        """Fiat deposit and withdrawal history: every item, page by page.

        Walks the pages of `Spot.fiat.fiat_deposit_withdraw_history` by page number, and yields each
        item once, in time order within each window of the range. Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 45000.

        Args:
            transaction_type: As for `Spot.fiat.fiat_deposit_withdraw_history`.
            end_time: The end of the range, inclusive, in the same forms.
            begin_time: As for `Spot.fiat.fiat_deposit_withdraw_history`.
            page_size: Items per call, at most 500 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.fiat import fiat_deposit_withdraw_history as _operation

        walk = PageWalk(
            _FIAT_DEPOSIT_WITHDRAW_HISTORY,
            {
                "transaction_type": transaction_type,
                "begin_time": begin_time,
            },
            None,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_fiat_payments_history(
        self,
        transaction_type: int,
        *,
        end_time: TimeLike | None = None,
        begin_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[FiatPayment]:
        """Fiat payments history: every item, page by page.

        Walks the pages of `Spot.fiat.fiat_payments_history` by page number, and yields each item once,
        in time order within each window of the range. Before each page it waits out the local
        rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it
        asks again for a page refused with a 429. Each page is one call of weight 1.

        Args:
            transaction_type: As for `Spot.fiat.fiat_payments_history`.
            end_time: The end of the range, inclusive, in the same forms.
            begin_time: As for `Spot.fiat.fiat_payments_history`.
            page_size: Items per call, at most 500 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.fiat import fiat_payments_history as _operation

        walk = PageWalk(
            _FIAT_PAYMENTS_HISTORY,
            {
                "transaction_type": transaction_type,
                "begin_time": begin_time,
            },
            None,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)


class AsyncFiatPaging:
    """The iterators of the `fiat` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient

    def iter_fiat_deposit_withdraw_history(
        self,
        transaction_type: int,
        *,
        end_time: TimeLike | None = None,
        begin_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[FiatOrder]:
        """Every item of `Spot.fiat.fiat_deposit_withdraw_history` over a range, page by page (an async iterator; see `Spot.fiat.iter_fiat_deposit_withdraw_history`)."""
        from ..api.fiat import fiat_deposit_withdraw_history as _operation

        walk = PageWalk(
            _FIAT_DEPOSIT_WITHDRAW_HISTORY,
            {
                "transaction_type": transaction_type,
                "begin_time": begin_time,
            },
            None,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_fiat_payments_history(
        self,
        transaction_type: int,
        *,
        end_time: TimeLike | None = None,
        begin_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[FiatPayment]:
        """Every item of `Spot.fiat.fiat_payments_history` over a range, page by page (an async iterator; see `Spot.fiat.iter_fiat_payments_history`)."""
        from ..api.fiat import fiat_payments_history as _operation

        walk = PageWalk(
            _FIAT_PAYMENTS_HISTORY,
            {
                "transaction_type": transaction_type,
                "begin_time": begin_time,
            },
            None,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)
