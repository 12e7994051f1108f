"""The iterators of the `savings` operations: mixins of its group classes (see `_paging.py`).

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Literal, Unpack

from ..signing import (
    AsyncSpotClient,
    CallOptions,
    PageWalk,
    Paging,
    SpotClient,
    aiterate_pages,
    former_keywords,
    iterate_pages,
)

if TYPE_CHECKING:
    from ..models import SavingsFixedProject, SavingsProjectSort, SavingsProjectStatus, SavingsProjectType

DecimalLike = str | int | float | Decimal

_SAVINGS_FIXED_PROJECT_LIST = Paging("page", limit="size", page_size=100, cursor="current")


class SavingsPaging:
    """The iterators of the `savings` operations, on its group."""

    __slots__ = ()
    _client: SpotClient

    @former_keywords({"type_": "type"})
    def iter_savings_fixed_project_list(
        self,
        type: SavingsProjectType | Literal["ACTIVITY", "CUSTOMIZED_FIXED"],
        *,
        asset: str | None = None,
        status: SavingsProjectStatus | Literal["ALL", "SUBSCRIBABLE", "UNSUBSCRIBABLE"] | None = None,
        is_sort_asc: bool | None = None,
        sort_by: SavingsProjectSort | Literal["START_TIME", "LOT_SIZE", "INTEREST_RATE", "DURATION"] | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[SavingsFixedProject]:
        """List fixed savings projects: every item, page by page.

        Walks the pages of `Spot.savings.savings_fixed_project_list` by page number, and yields each
        item once, in the order Binance lists them (it gives no time to sort by). Before each page it
        waits out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 1.

        Args:
            type: As for `Spot.savings.savings_fixed_project_list`.
            asset: As for `Spot.savings.savings_fixed_project_list`.
            status: As for `Spot.savings.savings_fixed_project_list`.
            is_sort_asc: As for `Spot.savings.savings_fixed_project_list`.
            sort_by: As for `Spot.savings.savings_fixed_project_list`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.savings import savings_fixed_project_list as _operation

        walk = PageWalk(
            _SAVINGS_FIXED_PROJECT_LIST,
            {
                "type": type,
                "asset": asset,
                "status": status,
                "is_sort_asc": is_sort_asc,
                "sort_by": sort_by,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)


class AsyncSavingsPaging:
    """The iterators of the `savings` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient

    @former_keywords({"type_": "type"})
    def iter_savings_fixed_project_list(
        self,
        type: SavingsProjectType | Literal["ACTIVITY", "CUSTOMIZED_FIXED"],
        *,
        asset: str | None = None,
        status: SavingsProjectStatus | Literal["ALL", "SUBSCRIBABLE", "UNSUBSCRIBABLE"] | None = None,
        is_sort_asc: bool | None = None,
        sort_by: SavingsProjectSort | Literal["START_TIME", "LOT_SIZE", "INTEREST_RATE", "DURATION"] | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SavingsFixedProject]:
        """Every item of `Spot.savings.savings_fixed_project_list` over a range, page by page (an async iterator; see `Spot.savings.iter_savings_fixed_project_list`)."""
        from ..api.savings import savings_fixed_project_list as _operation

        walk = PageWalk(
            _SAVINGS_FIXED_PROJECT_LIST,
            {
                "type": type,
                "asset": asset,
                "status": status,
                "is_sort_asc": is_sort_asc,
                "sort_by": sort_by,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)
