"""The `futures` operations of the /sapi surface, reached as `client.futures`.

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final, Literal, Unpack

from .._group_paging.futures import AsyncFuturesPaging, FuturesPaging
from ..signing import (
    AsyncSpotClient,
    CallOptions,
    SpotClient,
    TimeLike,
    async_raw_response_wrapper,
    former_keywords,
    raw_response_wrapper,
)

if TYPE_CHECKING:
    from ..models.futures_hist_data_links import FuturesHistDataLinks
    from ..models.futures_hist_data_type import FuturesHistDataType
    from ..models.futures_transfer_history import FuturesTransferHistory
    from ..models.futures_transfer_result import FuturesTransferResult


DecimalLike = str | int | float | Decimal


class Futures(FuturesPaging):
    """`futures` operations on a synchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: SpotClient) -> None:
        self._client = client

    def futures_historical_data_link(
        self,
        symbol: str,
        data_type: FuturesHistDataType | Literal["T_DEPTH", "S_DEPTH"],
        start_time: TimeLike,
        end_time: TimeLike,
        **options: Unpack[CallOptions],
    ) -> FuturesHistDataLinks:
        """Download links for historical futures order book data.

        Returns one download link per day for tick-level (`T_DEPTH`) or snapshot (`S_DEPTH`) order book
        data of a futures symbol. Only VIP users may call it; the window between `start_time` and
        `end_time` is at most 7 days, each link expires after one day, and Binance's current
        documentation says no data after 2024-11-01 is offered (Binance's Java connector dropped the
        endpoint as deprecated in 2024, but the documentation still lists it).

        GET /sapi/v1/futures/histDataLink · security USER_DATA · weight 200


        Args:
            symbol: Futures symbol, e.g. `BTCUSDT` (USDⓈ-M) or `BTCUSD_PERP` (COIN-M). Required.
            data_type: `T_DEPTH` for tick-level order book data, `S_DEPTH` for order book snapshots. Required.
            start_time: Start of the period, UTC milliseconds. Required.
            end_time: End of the period, UTC milliseconds; at most 7 days after `start_time`. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            FuturesHistDataLinks
        """
        from ..api.futures import futures_historical_data_link as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                data_type=data_type,
                start_time=start_time,
                end_time=end_time,
            ),
            options,
        )

    def futures_transfer_history(
        self,
        asset: str,
        start_time: TimeLike,
        *,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> FuturesTransferHistory:
        """History of spot–futures transfers.

        Lists the caller's transfers of one asset between the spot wallet and the futures wallets, one
        page at a time (`current`, `size`). Retired; the wallet's universal transfer history (`GET
        /sapi/v1/asset/transfer`) covers these moves.

        GET /sapi/v1/futures/transfer · security USER_DATA · weight 10

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            asset: Asset whose transfers are listed. Required.
            start_time: Earliest transfer time to include, UTC milliseconds. Required.
            end_time: Latest transfer time to include, UTC milliseconds.
            current: Page number, starting at 1 (default 1).
            size: Rows per page (default 10, at most 100).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            FuturesTransferHistory
        """
        from ..api.futures import futures_transfer_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    def new_futures_transfer(
        self,
        asset: str,
        amount: DecimalLike,
        type: int,
        **options: Unpack[CallOptions],
    ) -> FuturesTransferResult:
        """Move an asset between spot and futures.

        Transfers an amount of one asset between the caller's spot wallet and one of its futures wallets
        (USDⓈ-M or COIN-M); `type` picks the direction. Answers with the id of the transfer. Retired;
        use the wallet's universal transfer.

        POST /sapi/v1/futures/transfer · security USER_DATA · weight 1

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            asset: Asset to move, e.g. `USDT`. Required.
            amount: Amount of the asset to move. Required.
            type: Direction of the move: `1` spot → USDⓈ-M futures, `2` USDⓈ-M futures → spot, `3` spot →
                COIN-M futures, `4` COIN-M futures → spot. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            FuturesTransferResult
        """
        from ..api.futures import new_futures_transfer as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                amount=amount,
                type=type,
            ),
            options,
        )


class AsyncFutures(AsyncFuturesPaging):
    """`futures` operations on an asynchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncSpotClient) -> None:
        self._client = client

    async def futures_historical_data_link(
        self,
        symbol: str,
        data_type: FuturesHistDataType | Literal["T_DEPTH", "S_DEPTH"],
        start_time: TimeLike,
        end_time: TimeLike,
        **options: Unpack[CallOptions],
    ) -> FuturesHistDataLinks:
        """Download links for historical futures order book data (the coroutine of `Spot.futures.futures_historical_data_link`, which describes it)."""
        from ..api.futures import futures_historical_data_link as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                data_type=data_type,
                start_time=start_time,
                end_time=end_time,
            ),
            options,
        )

    async def futures_transfer_history(
        self,
        asset: str,
        start_time: TimeLike,
        *,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> FuturesTransferHistory:
        """History of spot–futures transfers (the coroutine of `Spot.futures.futures_transfer_history`, which describes it)."""
        from ..api.futures import futures_transfer_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    async def new_futures_transfer(
        self,
        asset: str,
        amount: DecimalLike,
        type: int,
        **options: Unpack[CallOptions],
    ) -> FuturesTransferResult:
        """Move an asset between spot and futures (the coroutine of `Spot.futures.new_futures_transfer`, which describes it)."""
        from ..api.futures import new_futures_transfer as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                amount=amount,
                type=type,
            ),
            options,
        )


class FuturesWithRawResponse:
    """`futures` operations, each returning the whole `Response`."""

    def __init__(self, group: Futures) -> None:
        self._group = group
        self.futures_historical_data_link: Final = raw_response_wrapper(group.futures_historical_data_link)
        self.futures_transfer_history: Final = raw_response_wrapper(group.futures_transfer_history)
        self.new_futures_transfer: Final = raw_response_wrapper(group.new_futures_transfer)


class AsyncFuturesWithRawResponse:
    """`futures` operations, each returning the whole `Response`."""

    def __init__(self, group: AsyncFutures) -> None:
        self._group = group
        self.futures_historical_data_link: Final = async_raw_response_wrapper(group.futures_historical_data_link)
        self.futures_transfer_history: Final = async_raw_response_wrapper(group.futures_transfer_history)
        self.new_futures_transfer: Final = async_raw_response_wrapper(group.new_futures_transfer)


__all__ = ["AsyncFutures", "AsyncFuturesWithRawResponse", "Futures", "FuturesWithRawResponse"]
