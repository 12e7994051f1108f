"""The `algo` operations of the /sapi surface, reached as `client.algo`.

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final, Literal, Unpack

from .._group_paging.algo import AlgoPaging, AsyncAlgoPaging
from ..signing import (
    AsyncSpotClient,
    CallOptions,
    DurationLike,
    SpotClient,
    TimeLike,
    async_raw_response_wrapper,
    raw_response_wrapper,
)

if TYPE_CHECKING:
    from ..models.algo_cancel_result import AlgoCancelResult
    from ..models.algo_new_order_result import AlgoNewOrderResult
    from ..models.algo_orders import AlgoOrders
    from ..models.algo_position_side import AlgoPositionSide
    from ..models.algo_sub_orders import AlgoSubOrders
    from ..models.algo_urgency import AlgoUrgency
    from ..models.order_side import OrderSide


DecimalLike = str | int | float | Decimal


class Algo(AlgoPaging):
    """`algo` operations on a synchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: SpotClient) -> None:
        self._client = client

    def cancel_futures_algo_order(
        self,
        *,
        algo_id: int | None = None,
        client_algo_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AlgoCancelResult:
        """Cancel a futures algo order.

        Stops an active futures algo order (VP or TWAP), named by `algo_id` or by `client_algo_id`.
        Needs an API key with futures trading enabled.

        DELETE /sapi/v1/algo/futures/order · security TRADE · weight 1


        Args:
            algo_id: Id of the algo order, as returned by the order queries; send it or `client_algo_id`.
            client_algo_id: The client id given to the algo order when it was placed; send it or `algo_id`.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            AlgoCancelResult
        """
        from ..api.algo import cancel_futures_algo_order as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                algo_id=algo_id,
                client_algo_id=client_algo_id,
            ),
            options,
        )

    def cancel_spot_algo_order(
        self,
        algo_id: int,
        **options: Unpack[CallOptions],
    ) -> AlgoCancelResult:
        """Cancel a spot algo order.

        Stops an open spot TWAP order.

        DELETE /sapi/v1/algo/spot/order · security TRADE · weight 1


        Args:
            algo_id: Id of the algo order, as returned by the order queries. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            AlgoCancelResult
        """
        from ..api.algo import cancel_spot_algo_order as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                algo_id=algo_id,
            ),
            options,
        )

    def futures_algo_historical_orders(
        self,
        *,
        symbol: str | None = None,
        side: OrderSide | Literal["BUY", "SELL"] | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AlgoOrders:
        """Past futures algo orders.

        Lists the caller's futures algo orders, finished ones included, filtered by symbol, side and
        time and paged with `page`/`page_size`. Needs an API key with futures trading enabled.

        GET /sapi/v1/algo/futures/historicalOrders · security USER_DATA · weight 1


        Args:
            symbol: Only orders of this symbol.
            side: Only orders of this side.
            start_time: Earliest order time to include, UTC milliseconds.
            end_time: Latest order time to include, UTC milliseconds.
            page: Page number, starting at 1 (default 1).
            page_size: Orders per page, 1 to 100 (default 100).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            AlgoOrders
        """
        from ..api.algo import futures_algo_historical_orders as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                side=side,
                start_time=start_time,
                end_time=end_time,
                page=page,
                page_size=page_size,
            ),
            options,
        )

    def futures_algo_open_orders(
        self,
        **options: Unpack[CallOptions],
    ) -> AlgoOrders:
        """Open futures algo orders.

        Lists the caller's futures algo orders that are still running. Needs an API key with futures
        trading enabled.

        GET /sapi/v1/algo/futures/openOrders · security USER_DATA · weight 1


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            AlgoOrders
        """
        from ..api.algo import futures_algo_open_orders as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def futures_algo_sub_orders(
        self,
        algo_id: int,
        *,
        page: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AlgoSubOrders:
        """Sub-orders of a futures algo order.

        Lists the orders a futures algo order has placed on the market, with the algo's executed totals.
        Needs an API key with futures trading enabled.

        GET /sapi/v1/algo/futures/subOrders · security USER_DATA · weight 1


        Args:
            algo_id: Id of the algo order. Required.
            page: Page number, starting at 1 (default 1).
            page_size: Sub-orders per page, 1 to 100 (default 100).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            AlgoSubOrders
        """
        from ..api.algo import futures_algo_sub_orders as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                algo_id=algo_id,
                page=page,
                page_size=page_size,
            ),
            options,
        )

    def new_futures_twap_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        quantity: DecimalLike,
        duration: DurationLike,
        *,
        position_side: AlgoPositionSide | Literal["BOTH", "LONG", "SHORT"] | None = None,
        client_algo_id: str | None = None,
        reduce_only: bool | None = None,
        limit_price: DecimalLike | None = None,
        **options: Unpack[CallOptions],
    ) -> AlgoNewOrderResult:
        """Place a futures TWAP order.

        Starts a time-weighted average price algo on a USDⓈ-M futures symbol: the quantity is spread
        evenly over `duration` seconds, at market price or within `limit_price`. `quantity × 60 /
        duration` must exceed the symbol's minimum quantity, and on delivery contracts the algo must end
        at least one hour before delivery. Needs an API key with futures trading enabled; leverage and
        position mode follow the futures account's settings. As with VP orders, `success: true` only
        means accepted: query the order to learn whether it runs or expired.

        POST /sapi/v1/algo/futures/newOrderTwap · security TRADE · weight 3000


        Args:
            symbol: USDⓈ-M futures symbol, e.g. `BTCUSDT`. Required.
            side: Buy or sell. Required.
            position_side: Position side. In one-way mode it can be left out (it is `BOTH`); in hedge mode it is
                mandatory and must be `LONG` or `SHORT`.
            quantity: Base asset quantity. Binance's 2024 file bounds its notional value (quantity × mark
                price) between the equivalents of 10,000 and 1,000,000 USDT; its current Chinese page
                gives 1,000 USDT as the lower bound. Required.
            duration: Running time of the algo in seconds, from 300 (5 minutes) to 86400 (24 hours); Binance's
                2024 file says values outside are moved to the nearest bound. Required.
            client_algo_id: Your own id for the algo order, 32 characters, unique among your algo orders; generated
                when omitted.
            reduce_only: Only reduce an existing position (default false). Not accepted in hedge mode, nor on an
                order that opens a position.
            limit_price: Worst price the sub-orders may trade at; without it the algo trades at market price.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            AlgoNewOrderResult
        """
        from ..api.algo import new_futures_twap_order as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                side=side,
                position_side=position_side,
                quantity=quantity,
                duration=duration,
                client_algo_id=client_algo_id,
                reduce_only=reduce_only,
                limit_price=limit_price,
            ),
            options,
        )

    def new_futures_vp_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        quantity: DecimalLike,
        urgency: AlgoUrgency | Literal["LOW", "MEDIUM", "HIGH"],
        *,
        position_side: AlgoPositionSide | Literal["BOTH", "LONG", "SHORT"] | None = None,
        client_algo_id: str | None = None,
        reduce_only: bool | None = None,
        limit_price: DecimalLike | None = None,
        **options: Unpack[CallOptions],
    ) -> AlgoNewOrderResult:
        """Place a futures volume participation (VP) order.

        Starts a volume participation algo on a USDⓈ-M futures symbol: the quantity is worked into the
        market at a pace set by `urgency`, at market price or within `limit_price`. Needs an API key
        with futures trading enabled; at most 10 algo orders may be open at once, and leverage and
        position mode follow the futures account's settings. `success: true` only means the order was
        accepted: it can still expire right away (too little balance, a `reduce_only` that would open a
        position, a position side that does not match the mode), so check its status with the open or
        historical algo order queries.

        POST /sapi/v1/algo/futures/newOrderVp · security TRADE · weight 3000


        Args:
            symbol: USDⓈ-M futures symbol, e.g. `BTCUSDT`. Required.
            side: Buy or sell. Required.
            position_side: Position side. In one-way mode it can be left out (it is `BOTH`); in hedge mode it is
                mandatory and must be `LONG` or `SHORT`.
            quantity: Base asset quantity. Its notional value (quantity × mark price) must be above the
                equivalent of 10,000 USDT and below the equivalent of 1,000,000 USDT. Required.
            urgency: How fast the algo works the order relative to the market's volume. Required.
            client_algo_id: Your own id for the algo order, 32 characters, unique among your algo orders; generated
                when omitted.
            reduce_only: Only reduce an existing position (default false). Not accepted in hedge mode, nor on an
                order that opens a position.
            limit_price: Worst price the sub-orders may trade at; without it the algo trades at market price.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            AlgoNewOrderResult
        """
        from ..api.algo import new_futures_vp_order as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                side=side,
                position_side=position_side,
                quantity=quantity,
                urgency=urgency,
                client_algo_id=client_algo_id,
                reduce_only=reduce_only,
                limit_price=limit_price,
            ),
            options,
        )

    def new_spot_twap_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        quantity: DecimalLike,
        duration: DurationLike,
        *,
        client_algo_id: str | None = None,
        limit_price: DecimalLike | None = None,
        **options: Unpack[CallOptions],
    ) -> AlgoNewOrderResult:
        """Place a spot TWAP order.

        Starts a time-weighted average price algo on a spot symbol: the quantity is spread evenly over
        `duration` seconds, at market price or within `limit_price`. At most 20 spot algo orders may be
        open at once (current documentation).

        POST /sapi/v1/algo/spot/newOrderTwap · security TRADE · weight 3000


        Args:
            symbol: Spot symbol, e.g. `BTCUSDT`. Required.
            side: Buy or sell. Required.
            quantity: Base asset quantity. Depending on the symbol, one algo order may be worth at most the
                equivalent of 200,000, 2,000,000 or 10,000,000 USD. Required.
            duration: Running time of the algo in seconds, from 300 (5 minutes) to 86400 (24 hours). Required.
            client_algo_id: Your own id for the algo order, 32 characters, unique among your algo orders; generated
                when omitted.
            limit_price: Worst price the sub-orders may trade at; without it the algo trades at market price.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            AlgoNewOrderResult
        """
        from ..api.algo import new_spot_twap_order as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                side=side,
                quantity=quantity,
                duration=duration,
                client_algo_id=client_algo_id,
                limit_price=limit_price,
            ),
            options,
        )

    def spot_algo_historical_orders(
        self,
        *,
        symbol: str | None = None,
        side: OrderSide | Literal["BUY", "SELL"] | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AlgoOrders:
        """Past spot algo orders.

        Lists the caller's spot TWAP orders, finished ones included, filtered by symbol, side and time
        and paged with `page`/`page_size`.

        GET /sapi/v1/algo/spot/historicalOrders · security USER_DATA · weight 1


        Args:
            symbol: Only orders of this symbol.
            side: Only orders of this side.
            start_time: Earliest order time to include, UTC milliseconds.
            end_time: Latest order time to include, UTC milliseconds.
            page: Page number, starting at 1 (default 1).
            page_size: Orders per page, 1 to 100 (default 100).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            AlgoOrders
        """
        from ..api.algo import spot_algo_historical_orders as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                side=side,
                start_time=start_time,
                end_time=end_time,
                page=page,
                page_size=page_size,
            ),
            options,
        )

    def spot_algo_open_orders(
        self,
        **options: Unpack[CallOptions],
    ) -> AlgoOrders:
        """Open spot algo orders.

        Lists the caller's spot TWAP orders that are still running.

        GET /sapi/v1/algo/spot/openOrders · security USER_DATA · weight 1


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            AlgoOrders
        """
        from ..api.algo import spot_algo_open_orders as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def spot_algo_sub_orders(
        self,
        algo_id: int,
        *,
        page: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AlgoSubOrders:
        """Sub-orders of a spot algo order.

        Lists the orders a spot TWAP order has placed on the market, with the algo's executed totals.

        GET /sapi/v1/algo/spot/subOrders · security USER_DATA · weight 1


        Args:
            algo_id: Id of the algo order. Required.
            page: Page number, starting at 1 (default 1).
            page_size: Sub-orders per page, 1 to 100 (default 100).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            AlgoSubOrders
        """
        from ..api.algo import spot_algo_sub_orders as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                algo_id=algo_id,
                page=page,
                page_size=page_size,
            ),
            options,
        )


class AsyncAlgo(AsyncAlgoPaging):
    """`algo` operations on an asynchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncSpotClient) -> None:
        self._client = client

    async def cancel_futures_algo_order(
        self,
        *,
        algo_id: int | None = None,
        client_algo_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AlgoCancelResult:
        """Cancel a futures algo order (the coroutine of `Spot.algo.cancel_futures_algo_order`, which describes it)."""
        from ..api.algo import cancel_futures_algo_order as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                algo_id=algo_id,
                client_algo_id=client_algo_id,
            ),
            options,
        )

    async def cancel_spot_algo_order(
        self,
        algo_id: int,
        **options: Unpack[CallOptions],
    ) -> AlgoCancelResult:
        """Cancel a spot algo order (the coroutine of `Spot.algo.cancel_spot_algo_order`, which describes it)."""
        from ..api.algo import cancel_spot_algo_order as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                algo_id=algo_id,
            ),
            options,
        )

    async def futures_algo_historical_orders(
        self,
        *,
        symbol: str | None = None,
        side: OrderSide | Literal["BUY", "SELL"] | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AlgoOrders:
        """Past futures algo orders (the coroutine of `Spot.algo.futures_algo_historical_orders`, which describes it)."""
        from ..api.algo import futures_algo_historical_orders as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                side=side,
                start_time=start_time,
                end_time=end_time,
                page=page,
                page_size=page_size,
            ),
            options,
        )

    async def futures_algo_open_orders(
        self,
        **options: Unpack[CallOptions],
    ) -> AlgoOrders:
        """Open futures algo orders (the coroutine of `Spot.algo.futures_algo_open_orders`, which describes it)."""
        from ..api.algo import futures_algo_open_orders as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def futures_algo_sub_orders(
        self,
        algo_id: int,
        *,
        page: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AlgoSubOrders:
        """Sub-orders of a futures algo order (the coroutine of `Spot.algo.futures_algo_sub_orders`, which describes it)."""
        from ..api.algo import futures_algo_sub_orders as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                algo_id=algo_id,
                page=page,
                page_size=page_size,
            ),
            options,
        )

    async def new_futures_twap_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        quantity: DecimalLike,
        duration: DurationLike,
        *,
        position_side: AlgoPositionSide | Literal["BOTH", "LONG", "SHORT"] | None = None,
        client_algo_id: str | None = None,
        reduce_only: bool | None = None,
        limit_price: DecimalLike | None = None,
        **options: Unpack[CallOptions],
    ) -> AlgoNewOrderResult:
        """Place a futures TWAP order (the coroutine of `Spot.algo.new_futures_twap_order`, which describes it)."""
        from ..api.algo import new_futures_twap_order as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                side=side,
                position_side=position_side,
                quantity=quantity,
                duration=duration,
                client_algo_id=client_algo_id,
                reduce_only=reduce_only,
                limit_price=limit_price,
            ),
            options,
        )

    async def new_futures_vp_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        quantity: DecimalLike,
        urgency: AlgoUrgency | Literal["LOW", "MEDIUM", "HIGH"],
        *,
        position_side: AlgoPositionSide | Literal["BOTH", "LONG", "SHORT"] | None = None,
        client_algo_id: str | None = None,
        reduce_only: bool | None = None,
        limit_price: DecimalLike | None = None,
        **options: Unpack[CallOptions],
    ) -> AlgoNewOrderResult:
        """Place a futures volume participation (VP) order (the coroutine of `Spot.algo.new_futures_vp_order`, which describes it)."""
        from ..api.algo import new_futures_vp_order as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                side=side,
                position_side=position_side,
                quantity=quantity,
                urgency=urgency,
                client_algo_id=client_algo_id,
                reduce_only=reduce_only,
                limit_price=limit_price,
            ),
            options,
        )

    async def new_spot_twap_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        quantity: DecimalLike,
        duration: DurationLike,
        *,
        client_algo_id: str | None = None,
        limit_price: DecimalLike | None = None,
        **options: Unpack[CallOptions],
    ) -> AlgoNewOrderResult:
        """Place a spot TWAP order (the coroutine of `Spot.algo.new_spot_twap_order`, which describes it)."""
        from ..api.algo import new_spot_twap_order as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                side=side,
                quantity=quantity,
                duration=duration,
                client_algo_id=client_algo_id,
                limit_price=limit_price,
            ),
            options,
        )

    async def spot_algo_historical_orders(
        self,
        *,
        symbol: str | None = None,
        side: OrderSide | Literal["BUY", "SELL"] | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AlgoOrders:
        """Past spot algo orders (the coroutine of `Spot.algo.spot_algo_historical_orders`, which describes it)."""
        from ..api.algo import spot_algo_historical_orders as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                side=side,
                start_time=start_time,
                end_time=end_time,
                page=page,
                page_size=page_size,
            ),
            options,
        )

    async def spot_algo_open_orders(
        self,
        **options: Unpack[CallOptions],
    ) -> AlgoOrders:
        """Open spot algo orders (the coroutine of `Spot.algo.spot_algo_open_orders`, which describes it)."""
        from ..api.algo import spot_algo_open_orders as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def spot_algo_sub_orders(
        self,
        algo_id: int,
        *,
        page: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AlgoSubOrders:
        """Sub-orders of a spot algo order (the coroutine of `Spot.algo.spot_algo_sub_orders`, which describes it)."""
        from ..api.algo import spot_algo_sub_orders as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                algo_id=algo_id,
                page=page,
                page_size=page_size,
            ),
            options,
        )


class AlgoWithRawResponse:
    """`algo` operations, each returning the whole `Response`."""

    def __init__(self, group: Algo) -> None:
        self._group = group
        self.cancel_futures_algo_order: Final = raw_response_wrapper(group.cancel_futures_algo_order)
        self.cancel_spot_algo_order: Final = raw_response_wrapper(group.cancel_spot_algo_order)
        self.futures_algo_historical_orders: Final = raw_response_wrapper(group.futures_algo_historical_orders)
        self.futures_algo_open_orders: Final = raw_response_wrapper(group.futures_algo_open_orders)
        self.futures_algo_sub_orders: Final = raw_response_wrapper(group.futures_algo_sub_orders)
        self.new_futures_twap_order: Final = raw_response_wrapper(group.new_futures_twap_order)
        self.new_futures_vp_order: Final = raw_response_wrapper(group.new_futures_vp_order)
        self.new_spot_twap_order: Final = raw_response_wrapper(group.new_spot_twap_order)
        self.spot_algo_historical_orders: Final = raw_response_wrapper(group.spot_algo_historical_orders)
        self.spot_algo_open_orders: Final = raw_response_wrapper(group.spot_algo_open_orders)
        self.spot_algo_sub_orders: Final = raw_response_wrapper(group.spot_algo_sub_orders)


class AsyncAlgoWithRawResponse:
    """`algo` operations, each returning the whole `Response`."""

    def __init__(self, group: AsyncAlgo) -> None:
        self._group = group
        self.cancel_futures_algo_order: Final = async_raw_response_wrapper(group.cancel_futures_algo_order)
        self.cancel_spot_algo_order: Final = async_raw_response_wrapper(group.cancel_spot_algo_order)
        self.futures_algo_historical_orders: Final = async_raw_response_wrapper(group.futures_algo_historical_orders)
        self.futures_algo_open_orders: Final = async_raw_response_wrapper(group.futures_algo_open_orders)
        self.futures_algo_sub_orders: Final = async_raw_response_wrapper(group.futures_algo_sub_orders)
        self.new_futures_twap_order: Final = async_raw_response_wrapper(group.new_futures_twap_order)
        self.new_futures_vp_order: Final = async_raw_response_wrapper(group.new_futures_vp_order)
        self.new_spot_twap_order: Final = async_raw_response_wrapper(group.new_spot_twap_order)
        self.spot_algo_historical_orders: Final = async_raw_response_wrapper(group.spot_algo_historical_orders)
        self.spot_algo_open_orders: Final = async_raw_response_wrapper(group.spot_algo_open_orders)
        self.spot_algo_sub_orders: Final = async_raw_response_wrapper(group.spot_algo_sub_orders)


__all__ = ["AsyncAlgo", "AsyncAlgoWithRawResponse", "Algo", "AlgoWithRawResponse"]
