"""The `pay` operations of the /sapi surface, reached as `client.pay`.

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final, Unpack

from .._group_paging.pay import AsyncPayPaging, PayPaging
from ..signing import (
    AsyncSpotClient,
    CallOptions,
    SpotClient,
    TimeLike,
    async_raw_response_wrapper,
    raw_response_wrapper,
)

if TYPE_CHECKING:
    from ..models.pay_trade_history import PayTradeHistory


DecimalLike = str | int | float | Decimal


class Pay(PayPaging):
    """`pay` operations on a synchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: SpotClient) -> None:
        self._client = client

    def pay_trade_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> PayTradeHistory:
        """Pay trade history.

        Lists the account's Binance Pay transactions: merchant payments, transfers between users, crypto
        boxes, payouts and their refunds. The window is at most 90 days (the last 90 days by default)
        and only the last 18 months can be queried.

        GET /sapi/v1/pay/transactions · security USER_DATA · weight 3000


        Args:
            start_time: Start of the window, UTC milliseconds.
            end_time: End of the window, UTC milliseconds; at most 90 days after `start_time`.
            limit: Number of transactions returned. Defaults to 100; at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PayTradeHistory
        """
        from ..api.pay import pay_trade_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            options,
        )


class AsyncPay(AsyncPayPaging):
    """`pay` operations on an asynchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncSpotClient) -> None:
        self._client = client

    async def pay_trade_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> PayTradeHistory:
        """Pay trade history (the coroutine of `Spot.pay.pay_trade_history`, which describes it)."""
        from ..api.pay import pay_trade_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            options,
        )


class PayWithRawResponse:
    """`pay` operations, each returning the whole `Response`."""

    def __init__(self, group: Pay) -> None:
        self._group = group
        self.pay_trade_history: Final = raw_response_wrapper(group.pay_trade_history)


class AsyncPayWithRawResponse:
    """`pay` operations, each returning the whole `Response`."""

    def __init__(self, group: AsyncPay) -> None:
        self._group = group
        self.pay_trade_history: Final = async_raw_response_wrapper(group.pay_trade_history)


__all__ = ["AsyncPay", "AsyncPayWithRawResponse", "Pay", "PayWithRawResponse"]
