"""The iterators of the `nft` operations: mixins of its group classes (see `_paging.py`).

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
    from ..models import NftDeposit, NftToken, NftTransaction, NftWithdrawal

DecimalLike = str | int | float | Decimal

_NFT_ASSETS = Paging("page", limit="limit", page_size=50, cursor="page", items="list_")
_NFT_DEPOSIT_HISTORY = Paging(
    "page",
    limit="limit",
    page_size=50,
    start="start_time",
    end="end_time",
    cursor="page",
    item_time="timestamp",
    items="list_",
)
_NFT_TRANSACTION_HISTORY = Paging(
    "page", limit="limit", page_size=50, start="start_time", end="end_time", cursor="page", items="list_"
)
_NFT_WITHDRAW_HISTORY = Paging(
    "page",
    limit="limit",
    page_size=50,
    start="start_time",
    end="end_time",
    cursor="page",
    item_time="timestamp",
    items="list_",
)


class NftPaging:
    """The iterators of the `nft` operations, on its group."""

    __slots__ = ()
    _client: SpotClient

    def iter_nft_assets(
        self,
        *,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[NftToken]:
        """NFT assets: every item, page by page.

        Walks the pages of `Spot.nft.nft_assets` by page number, and yields each item once, in the order
        Binance lists them (it gives no time to sort by). Before each page it waits out the local
        rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it
        asks again for a page refused with a 429. Each page is one call of weight 3000.

        Args:
            page_size: Items per call, at most 50 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.nft import nft_assets as _operation

        walk = PageWalk(_NFT_ASSETS, {}, None, None, page_size, self._client.clock.timestamp_ms())
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_nft_deposit_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[NftDeposit]:
        """NFT deposit history: every item, page by page.

        Walks the pages of `Spot.nft.nft_deposit_history` by page number, and yields each item once, in
        time order within each window of the range. Before each page it waits out the local rate-limit
        guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it asks again
        for a page refused with a 429. Each page is one call of weight 3000.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            page_size: Items per call, at most 50 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.nft import nft_deposit_history as _operation

        walk = PageWalk(_NFT_DEPOSIT_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms())
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_nft_transaction_history(
        self,
        order_type: int,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[NftTransaction]:
        """NFT transaction history: every item, page by page.

        Walks the pages of `Spot.nft.nft_transaction_history` by page number, and yields each item once,
        in the order Binance lists them (it gives no time to sort by). Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 3000.

        Args:
            order_type: As for `Spot.nft.nft_transaction_history`.
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            page_size: Items per call, at most 50 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.nft import nft_transaction_history as _operation

        walk = PageWalk(
            _NFT_TRANSACTION_HISTORY,
            {
                "order_type": order_type,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_nft_withdraw_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[NftWithdrawal]:
        """NFT withdraw history: every item, page by page.

        Walks the pages of `Spot.nft.nft_withdraw_history` by page number, and yields each item once, in
        time order within each window of the range. Before each page it waits out the local rate-limit
        guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it asks again
        for a page refused with a 429. Each page is one call of weight 3000.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            page_size: Items per call, at most 50 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.nft import nft_withdraw_history as _operation

        walk = PageWalk(_NFT_WITHDRAW_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms())
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)


class AsyncNftPaging:
    """The iterators of the `nft` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient

    def iter_nft_assets(
        self,
        *,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[NftToken]:
        """Every item of `Spot.nft.nft_assets` over a range, page by page (an async iterator; see `Spot.nft.iter_nft_assets`)."""
        from ..api.nft import nft_assets as _operation

        walk = PageWalk(_NFT_ASSETS, {}, None, None, page_size, self._client.clock.timestamp_ms())
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_nft_deposit_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[NftDeposit]:
        """Every item of `Spot.nft.nft_deposit_history` over a range, page by page (an async iterator; see `Spot.nft.iter_nft_deposit_history`)."""
        from ..api.nft import nft_deposit_history as _operation

        walk = PageWalk(_NFT_DEPOSIT_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms())
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_nft_transaction_history(
        self,
        order_type: int,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[NftTransaction]:
        """Every item of `Spot.nft.nft_transaction_history` over a range, page by page (an async iterator; see `Spot.nft.iter_nft_transaction_history`)."""
        from ..api.nft import nft_transaction_history as _operation

        walk = PageWalk(
            _NFT_TRANSACTION_HISTORY,
            {
                "order_type": order_type,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_nft_withdraw_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[NftWithdrawal]:
        """Every item of `Spot.nft.nft_withdraw_history` over a range, page by page (an async iterator; see `Spot.nft.iter_nft_withdraw_history`)."""
        from ..api.nft import nft_withdraw_history as _operation

        walk = PageWalk(_NFT_WITHDRAW_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms())
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)
