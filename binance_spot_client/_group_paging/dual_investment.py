"""The iterators of the `dual_investment` operations: mixins of its group classes (see `_paging.py`).

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
    iterate_pages,
)

if TYPE_CHECKING:
    from ..models import (
        DualInvestmentOptionType,
        DualInvestmentPosition,
        DualInvestmentPositionStatus,
        DualInvestmentProduct,
    )

DecimalLike = str | int | float | Decimal

_DUAL_INVESTMENT_POSITIONS = Paging(
    "page", limit="page_size", page_size=100, cursor="page_index", item_time="subscription_time", items="list_"
)
_DUAL_INVESTMENT_PRODUCT_LIST = Paging("page", limit="page_size", page_size=100, cursor="page_index", items="list_")


class DualInvestmentPaging:
    """The iterators of the `dual_investment` operations, on its group."""

    __slots__ = ()
    _client: SpotClient

    def iter_dual_investment_positions(
        self,
        *,
        status: DualInvestmentPositionStatus
        | Literal["PENDING", "PURCHASE_SUCCESS", "SETTLED", "PURCHASE_FAIL", "REFUNDING", "REFUND_SUCCESS", "SETTLING"]
        | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[DualInvestmentPosition]:
        """Dual Investment positions: every item, page by page.

        Walks the pages of `Spot.dual_investment.dual_investment_positions` by page number, and yields
        each item once, in time order within each window of the range. Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 1.

        Args:
            status: As for `Spot.dual_investment.dual_investment_positions`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.dual_investment import dual_investment_positions as _operation

        walk = PageWalk(
            _DUAL_INVESTMENT_POSITIONS,
            {
                "status": status,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_dual_investment_product_list(
        self,
        option_type: DualInvestmentOptionType | Literal["CALL", "PUT"],
        exercised_coin: str,
        invest_coin: str,
        *,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[DualInvestmentProduct]:
        """List Dual Investment products: every item, page by page.

        Walks the pages of `Spot.dual_investment.dual_investment_product_list` by page number, and
        yields each item once, in the order Binance lists them (it gives no time to sort by). Before
        each page it waits out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 1.

        Args:
            option_type: As for `Spot.dual_investment.dual_investment_product_list`.
            exercised_coin: As for `Spot.dual_investment.dual_investment_product_list`.
            invest_coin: As for `Spot.dual_investment.dual_investment_product_list`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.dual_investment import dual_investment_product_list as _operation

        walk = PageWalk(
            _DUAL_INVESTMENT_PRODUCT_LIST,
            {
                "option_type": option_type,
                "exercised_coin": exercised_coin,
                "invest_coin": invest_coin,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)


class AsyncDualInvestmentPaging:
    """The iterators of the `dual_investment` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient

    def iter_dual_investment_positions(
        self,
        *,
        status: DualInvestmentPositionStatus
        | Literal["PENDING", "PURCHASE_SUCCESS", "SETTLED", "PURCHASE_FAIL", "REFUNDING", "REFUND_SUCCESS", "SETTLING"]
        | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[DualInvestmentPosition]:
        """Every item of `Spot.dual_investment.dual_investment_positions` over a range, page by page (an async iterator; see `Spot.dual_investment.iter_dual_investment_positions`)."""
        from ..api.dual_investment import dual_investment_positions as _operation

        walk = PageWalk(
            _DUAL_INVESTMENT_POSITIONS,
            {
                "status": status,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_dual_investment_product_list(
        self,
        option_type: DualInvestmentOptionType | Literal["CALL", "PUT"],
        exercised_coin: str,
        invest_coin: str,
        *,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[DualInvestmentProduct]:
        """Every item of `Spot.dual_investment.dual_investment_product_list` over a range, page by page (an async iterator; see `Spot.dual_investment.iter_dual_investment_product_list`)."""
        from ..api.dual_investment import dual_investment_product_list as _operation

        walk = PageWalk(
            _DUAL_INVESTMENT_PRODUCT_LIST,
            {
                "option_type": option_type,
                "exercised_coin": exercised_coin,
                "invest_coin": invest_coin,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)
