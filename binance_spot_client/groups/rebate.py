"""The `rebate` operations of the /sapi surface, reached as `client.rebate`.

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final, Unpack

from .._group_paging.rebate import AsyncRebatePaging, RebatePaging
from ..signing import (
    AsyncSpotClient,
    CallOptions,
    SpotClient,
    TimeLike,
    async_raw_response_wrapper,
    raw_response_wrapper,
)

if TYPE_CHECKING:
    from ..models.rebate_history import RebateHistory


DecimalLike = str | int | float | Decimal


class Rebate(RebatePaging):
    """`rebate` operations on a synchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: SpotClient) -> None:
        self._client = client

    def spot_rebate_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page: int | None = None,
        **options: Unpack[CallOptions],
    ) -> RebateHistory:
        """Spot rebate history.

        Lists the spot trading rebates credited to the account (commission rebates and referral
        kickbacks), at most 200 per page. The window is at most 30 days (the last 7 days by default) and
        cannot start before 2020-06-10.

        GET /sapi/v1/rebate/taxQuery · security USER_DATA · weight 12000


        Args:
            start_time: Start of the window, UTC milliseconds; not before 2020-06-10.
            end_time: End of the window, UTC milliseconds; at most 30 days after `start_time`.
            page: Page number, counted from 1, of pages of at most 200 records. Defaults to 1.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            RebateHistory
        """
        from ..api.rebate import spot_rebate_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                start_time=start_time,
                end_time=end_time,
                page=page,
            ),
            options,
        )


class AsyncRebate(AsyncRebatePaging):
    """`rebate` operations on an asynchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncSpotClient) -> None:
        self._client = client

    async def spot_rebate_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page: int | None = None,
        **options: Unpack[CallOptions],
    ) -> RebateHistory:
        """Spot rebate history (the coroutine of `Spot.rebate.spot_rebate_history`, which describes it)."""
        from ..api.rebate import spot_rebate_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                start_time=start_time,
                end_time=end_time,
                page=page,
            ),
            options,
        )


class RebateWithRawResponse:
    """`rebate` operations, each returning the whole `Response`."""

    def __init__(self, group: Rebate) -> None:
        self._group = group
        self.spot_rebate_history: Final = raw_response_wrapper(group.spot_rebate_history)


class AsyncRebateWithRawResponse:
    """`rebate` operations, each returning the whole `Response`."""

    def __init__(self, group: AsyncRebate) -> None:
        self._group = group
        self.spot_rebate_history: Final = async_raw_response_wrapper(group.spot_rebate_history)


__all__ = ["AsyncRebate", "AsyncRebateWithRawResponse", "Rebate", "RebateWithRawResponse"]
