"""The iterators of the `sub_account` operations: mixins of its group classes (see `_paging.py`).

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
    aiterate_pages,
    iterate_pages,
)

if TYPE_CHECKING:
    from ..models import SubAccountApiKeyInfo

DecimalLike = str | int | float | Decimal

_SUB_ACCOUNT_API_KEYS = Paging("page", limit="size", page_size=100, cursor="page", item_time="timestamp", items="rows")


class SubAccountPaging:
    """The iterators of the `sub_account` operations, on its group."""

    __slots__ = ()
    _client: SpotClient

    def iter_sub_account_api_keys(
        self,
        email: str,
        *,
        sub_account_api_key: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[SubAccountApiKeyInfo]:
        """API keys of a sub-account: every item, page by page.

        Walks the pages of `Spot.sub_account.sub_account_api_keys` by page number, and yields each item
        once, in time order within each window of the range. Before each page it waits out the local
        rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it
        asks again for a page refused with a 429. Each page is one call of weight 3000.

        Args:
            email: As for `Spot.sub_account.sub_account_api_keys`.
            sub_account_api_key: As for `Spot.sub_account.sub_account_api_keys`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.sub_account import sub_account_api_keys as _operation

        walk = PageWalk(
            _SUB_ACCOUNT_API_KEYS,
            {
                "email": email,
                "sub_account_api_key": sub_account_api_key,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)


class AsyncSubAccountPaging:
    """The iterators of the `sub_account` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient

    def iter_sub_account_api_keys(
        self,
        email: str,
        *,
        sub_account_api_key: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SubAccountApiKeyInfo]:
        """Every item of `Spot.sub_account.sub_account_api_keys` over a range, page by page (an async iterator; see `Spot.sub_account.iter_sub_account_api_keys`)."""
        from ..api.sub_account import sub_account_api_keys as _operation

        walk = PageWalk(
            _SUB_ACCOUNT_API_KEYS,
            {
                "email": email,
                "sub_account_api_key": sub_account_api_key,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)
