"""The `c2c` operations of the /sapi surface, reached as `client.c2c`.

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final, Literal, Unpack

from .._group_paging.c2c import AsyncC2cPaging, C2cPaging
from ..signing import (
    AsyncSpotClient,
    CallOptions,
    SpotClient,
    TimeLike,
    async_raw_response_wrapper,
    raw_response_wrapper,
)

if TYPE_CHECKING:
    from ..models.c2c_trade_history import C2CTradeHistory
    from ..models.order_side import OrderSide


DecimalLike = str | int | float | Decimal


class C2c(C2cPaging):
    """`c2c` operations on a synchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: SpotClient) -> None:
        self._client = client

    def c_2_c_trade_history(
        self,
        *,
        trade_type: OrderSide | Literal["BUY", "SELL"] | None = None,
        start_timestamp: TimeLike | None = None,
        end_timestamp: TimeLike | None = None,
        page: int | None = None,
        rows: int | None = None,
        **options: Unpack[CallOptions],
    ) -> C2CTradeHistory:
        """C2C trade history.

        Lists the account's peer-to-peer (P2P/C2C) trades. The window is at most 30 days; without one,
        the last 30 days come back.

        GET /sapi/v1/c2c/orderMatch/listUserOrderHistory · security USER_DATA · weight 1


        Args:
            trade_type: Only purchases (`BUY`) or only sales (`SELL`).
            start_timestamp: Start of the window, UTC milliseconds.
            end_timestamp: End of the window, UTC milliseconds; at most 30 days after the start.
            page: Page number, counted from 1. Defaults to 1.
            rows: Rows per page. Defaults to 100; at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            C2CTradeHistory
        """
        from ..api.c2c import c_2_c_trade_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                trade_type=trade_type,
                start_timestamp=start_timestamp,
                end_timestamp=end_timestamp,
                page=page,
                rows=rows,
            ),
            options,
        )


class AsyncC2c(AsyncC2cPaging):
    """`c2c` operations on an asynchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncSpotClient) -> None:
        self._client = client

    async def c_2_c_trade_history(
        self,
        *,
        trade_type: OrderSide | Literal["BUY", "SELL"] | None = None,
        start_timestamp: TimeLike | None = None,
        end_timestamp: TimeLike | None = None,
        page: int | None = None,
        rows: int | None = None,
        **options: Unpack[CallOptions],
    ) -> C2CTradeHistory:
        """C2C trade history (the coroutine of `Spot.c2c.c_2_c_trade_history`, which describes it)."""
        from ..api.c2c import c_2_c_trade_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                trade_type=trade_type,
                start_timestamp=start_timestamp,
                end_timestamp=end_timestamp,
                page=page,
                rows=rows,
            ),
            options,
        )


class C2cWithRawResponse:
    """`c2c` operations, each returning the whole `Response`."""

    def __init__(self, group: C2c) -> None:
        self._group = group
        self.c_2_c_trade_history: Final = raw_response_wrapper(group.c_2_c_trade_history)


class AsyncC2cWithRawResponse:
    """`c2c` operations, each returning the whole `Response`."""

    def __init__(self, group: AsyncC2c) -> None:
        self._group = group
        self.c_2_c_trade_history: Final = async_raw_response_wrapper(group.c_2_c_trade_history)


__all__ = ["AsyncC2c", "AsyncC2cWithRawResponse", "C2c", "C2cWithRawResponse"]
