"""The `convert` operations of the /sapi surface, reached as `client.convert`.

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final, Literal, Unpack

from .._group_paging.convert import AsyncConvertPaging, ConvertPaging
from ..signing import (
    AsyncSpotClient,
    CallOptions,
    SpotClient,
    TimeLike,
    async_raw_response_wrapper,
    raw_response_wrapper,
)

if TYPE_CHECKING:
    from ..models.convert_accepted_quote import ConvertAcceptedQuote
    from ..models.convert_asset_precision import ConvertAssetPrecision
    from ..models.convert_expired_type import ConvertExpiredType
    from ..models.convert_limit_order_result import ConvertLimitOrderResult
    from ..models.convert_order import ConvertOrder
    from ..models.convert_order_list import ConvertOrderList
    from ..models.convert_pair import ConvertPair
    from ..models.convert_quote import ConvertQuote
    from ..models.convert_quote_valid_time import ConvertQuoteValidTime
    from ..models.convert_trade_history import ConvertTradeHistory
    from ..models.convert_wallet_type import ConvertWalletType
    from ..models.order_side import OrderSide


DecimalLike = str | int | float | Decimal


class Convert(ConvertPaging):
    """`convert` operations on a synchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: SpotClient) -> None:
        self._client = client

    def accept_convert_quote(
        self,
        quote_id: str,
        **options: Unpack[CallOptions],
    ) -> ConvertAcceptedQuote:
        """Accept a quote.

        Accepts a quote by its id, which creates the conversion order.

        POST /sapi/v1/convert/acceptQuote · security TRADE · weight 500


        Args:
            quote_id: Id of the quote to accept. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            ConvertAcceptedQuote
        """
        from ..api.convert import accept_convert_quote as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                quote_id=quote_id,
            ),
            options,
        )

    def cancel_convert_limit_order(
        self,
        order_id: int,
        **options: Unpack[CallOptions],
    ) -> ConvertLimitOrderResult:
        """Cancel a limit order.

        Cancels an open convert limit order.

        POST /sapi/v1/convert/limit/cancelOrder · security TRADE · weight 200


        Args:
            order_id: Id of the order, as returned when it was placed. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            ConvertLimitOrderResult
        """
        from ..api.convert import cancel_convert_limit_order as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
            ),
            options,
        )

    def convert_asset_precision(
        self,
        **options: Unpack[CallOptions],
    ) -> list[ConvertAssetPrecision]:
        """Asset precision.

        Lists how many decimal places Binance Convert accepts in amounts of each asset.

        GET /sapi/v1/convert/assetInfo · security USER_DATA · weight 100


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[ConvertAssetPrecision]
        """
        from ..api.convert import convert_asset_precision as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def convert_limit_open_orders(
        self,
        **options: Unpack[CallOptions],
    ) -> ConvertOrderList:
        """Open limit orders.

        Lists the account's open convert limit orders.

        GET /sapi/v1/convert/limit/queryOpenOrders · security USER_DATA · weight 3000


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            ConvertOrderList
        """
        from ..api.convert import convert_limit_open_orders as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def convert_order_status(
        self,
        *,
        order_id: str | None = None,
        quote_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> ConvertOrder:
        """Conversion order status.

        Returns a conversion order, found by its order id or by the id of the quote it came from.

        GET /sapi/v1/convert/orderStatus · security USER_DATA · weight 100


        Args:
            order_id: Id of the order.
            quote_id: Id of the quote the order came from.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            ConvertOrder
        """
        from ..api.convert import convert_order_status as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
                quote_id=quote_id,
            ),
            options,
        )

    def convert_trade_history(
        self,
        start_time: TimeLike,
        end_time: TimeLike,
        *,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> ConvertTradeHistory:
        """Conversion history.

        Lists the account's conversions in a window of at most 30 days.

        GET /sapi/v1/convert/tradeFlow · security USER_DATA · weight 3000


        Args:
            start_time: Start of the window, UTC milliseconds. Required.
            end_time: End of the window, UTC milliseconds; at most 30 days after `start_time`. Required.
            limit: Number of conversions returned. Defaults to 100; at most 1000.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            ConvertTradeHistory
        """
        from ..api.convert import convert_trade_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            options,
        )

    def list_convert_pairs(
        self,
        *,
        from_asset: str | None = None,
        to_asset: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[ConvertPair]:
        """List convert pairs.

        Lists the pairs Binance Convert supports and the amount limits of each side. Send `from_asset`,
        `to_asset` or both; with neither, only part of the pairs comes back.

        GET /sapi/v1/convert/exchangeInfo · security NONE · weight 3000


        Args:
            from_asset: Only pairs giving this asset.
            to_asset: Only pairs receiving this asset.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[ConvertPair]
        """
        from ..api.convert import list_convert_pairs as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                from_asset=from_asset,
                to_asset=to_asset,
            ),
            options,
        )

    def place_convert_limit_order(
        self,
        base_asset: str,
        quote_asset: str,
        limit_price: DecimalLike,
        side: OrderSide | Literal["BUY", "SELL"],
        expired_type: ConvertExpiredType | Literal["1_D", "3_D", "7_D", "30_D"],
        *,
        base_amount: DecimalLike | None = None,
        quote_amount: DecimalLike | None = None,
        wallet_type: ConvertWalletType
        | Literal["SPOT", "FUNDING", "EARN", "SPOT_FUNDING", "FUNDING_EARN", "SPOT_FUNDING_EARN", "SPOT_EARN"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> ConvertLimitOrderResult:
        """Place a limit order.

        Places a convert limit order that executes when the price from `base_asset` to `quote_asset`
        reaches `limit_price`. Which asset is the base comes from `fromIsBase` in the pair list. Give
        the amount on one side only: `base_amount` or `quote_amount`.

        POST /sapi/v1/convert/limit/placeOrder · security TRADE · weight 500


        Args:
            base_asset: Base asset of the pair. Required.
            quote_asset: Quote asset of the pair. Required.
            limit_price: Limit price, in `quote_asset` per unit of `base_asset`. Required.
            base_amount: Amount of the base asset.
            quote_amount: Amount of the quote asset.
            side: `BUY` or `SELL` the base asset. Required.
            wallet_type: Wallet(s) to pay from. Defaults to `SPOT`.
            expired_type: How long the order stays open. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            ConvertLimitOrderResult
        """
        from ..api.convert import place_convert_limit_order as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                base_asset=base_asset,
                quote_asset=quote_asset,
                limit_price=limit_price,
                base_amount=base_amount,
                quote_amount=quote_amount,
                side=side,
                wallet_type=wallet_type,
                expired_type=expired_type,
            ),
            options,
        )

    def request_convert_quote(
        self,
        from_asset: str,
        to_asset: str,
        *,
        from_amount: DecimalLike | None = None,
        to_amount: DecimalLike | None = None,
        wallet_type: ConvertWalletType
        | Literal["SPOT", "FUNDING", "EARN", "SPOT_FUNDING", "FUNDING_EARN", "SPOT_FUNDING_EARN", "SPOT_EARN"]
        | None = None,
        valid_time: ConvertQuoteValidTime | Literal["10s", "30s", "1m"] | None = None,
        **options: Unpack[CallOptions],
    ) -> ConvertQuote:
        """Request a quote.

        Asks for a price to convert one asset into another. Give either the amount to spend
        (`from_amount`) or the amount to receive (`to_amount`). The quote carries a `quoteId` only when
        the balance is enough; accept it before `validTimestamp` to convert.

        POST /sapi/v1/convert/getQuote · security TRADE · weight 200


        Args:
            from_asset: Asset to give. Required.
            to_asset: Asset to receive. Required.
            from_amount: Amount to give; debited when the quote is accepted.
            to_amount: Amount to receive; credited when the quote is accepted.
            wallet_type: Wallet(s) to pay from. Defaults to `SPOT`.
            valid_time: How long the quote stays valid. Defaults to `10s`.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            ConvertQuote
        """
        from ..api.convert import request_convert_quote as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                from_asset=from_asset,
                to_asset=to_asset,
                from_amount=from_amount,
                to_amount=to_amount,
                wallet_type=wallet_type,
                valid_time=valid_time,
            ),
            options,
        )


class AsyncConvert(AsyncConvertPaging):
    """`convert` operations on an asynchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncSpotClient) -> None:
        self._client = client

    async def accept_convert_quote(
        self,
        quote_id: str,
        **options: Unpack[CallOptions],
    ) -> ConvertAcceptedQuote:
        """Accept a quote (the coroutine of `Spot.convert.accept_convert_quote`, which describes it)."""
        from ..api.convert import accept_convert_quote as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                quote_id=quote_id,
            ),
            options,
        )

    async def cancel_convert_limit_order(
        self,
        order_id: int,
        **options: Unpack[CallOptions],
    ) -> ConvertLimitOrderResult:
        """Cancel a limit order (the coroutine of `Spot.convert.cancel_convert_limit_order`, which describes it)."""
        from ..api.convert import cancel_convert_limit_order as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
            ),
            options,
        )

    async def convert_asset_precision(
        self,
        **options: Unpack[CallOptions],
    ) -> list[ConvertAssetPrecision]:
        """Asset precision (the coroutine of `Spot.convert.convert_asset_precision`, which describes it)."""
        from ..api.convert import convert_asset_precision as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def convert_limit_open_orders(
        self,
        **options: Unpack[CallOptions],
    ) -> ConvertOrderList:
        """Open limit orders (the coroutine of `Spot.convert.convert_limit_open_orders`, which describes it)."""
        from ..api.convert import convert_limit_open_orders as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def convert_order_status(
        self,
        *,
        order_id: str | None = None,
        quote_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> ConvertOrder:
        """Conversion order status (the coroutine of `Spot.convert.convert_order_status`, which describes it)."""
        from ..api.convert import convert_order_status as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
                quote_id=quote_id,
            ),
            options,
        )

    async def convert_trade_history(
        self,
        start_time: TimeLike,
        end_time: TimeLike,
        *,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> ConvertTradeHistory:
        """Conversion history (the coroutine of `Spot.convert.convert_trade_history`, which describes it)."""
        from ..api.convert import convert_trade_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            options,
        )

    async def list_convert_pairs(
        self,
        *,
        from_asset: str | None = None,
        to_asset: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[ConvertPair]:
        """List convert pairs (the coroutine of `Spot.convert.list_convert_pairs`, which describes it)."""
        from ..api.convert import list_convert_pairs as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                from_asset=from_asset,
                to_asset=to_asset,
            ),
            options,
        )

    async def place_convert_limit_order(
        self,
        base_asset: str,
        quote_asset: str,
        limit_price: DecimalLike,
        side: OrderSide | Literal["BUY", "SELL"],
        expired_type: ConvertExpiredType | Literal["1_D", "3_D", "7_D", "30_D"],
        *,
        base_amount: DecimalLike | None = None,
        quote_amount: DecimalLike | None = None,
        wallet_type: ConvertWalletType
        | Literal["SPOT", "FUNDING", "EARN", "SPOT_FUNDING", "FUNDING_EARN", "SPOT_FUNDING_EARN", "SPOT_EARN"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> ConvertLimitOrderResult:
        """Place a limit order (the coroutine of `Spot.convert.place_convert_limit_order`, which describes it)."""
        from ..api.convert import place_convert_limit_order as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                base_asset=base_asset,
                quote_asset=quote_asset,
                limit_price=limit_price,
                base_amount=base_amount,
                quote_amount=quote_amount,
                side=side,
                wallet_type=wallet_type,
                expired_type=expired_type,
            ),
            options,
        )

    async def request_convert_quote(
        self,
        from_asset: str,
        to_asset: str,
        *,
        from_amount: DecimalLike | None = None,
        to_amount: DecimalLike | None = None,
        wallet_type: ConvertWalletType
        | Literal["SPOT", "FUNDING", "EARN", "SPOT_FUNDING", "FUNDING_EARN", "SPOT_FUNDING_EARN", "SPOT_EARN"]
        | None = None,
        valid_time: ConvertQuoteValidTime | Literal["10s", "30s", "1m"] | None = None,
        **options: Unpack[CallOptions],
    ) -> ConvertQuote:
        """Request a quote (the coroutine of `Spot.convert.request_convert_quote`, which describes it)."""
        from ..api.convert import request_convert_quote as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                from_asset=from_asset,
                to_asset=to_asset,
                from_amount=from_amount,
                to_amount=to_amount,
                wallet_type=wallet_type,
                valid_time=valid_time,
            ),
            options,
        )


class ConvertWithRawResponse:
    """`convert` operations, each returning the whole `Response`."""

    def __init__(self, group: Convert) -> None:
        self._group = group
        self.accept_convert_quote: Final = raw_response_wrapper(group.accept_convert_quote)
        self.cancel_convert_limit_order: Final = raw_response_wrapper(group.cancel_convert_limit_order)
        self.convert_asset_precision: Final = raw_response_wrapper(group.convert_asset_precision)
        self.convert_limit_open_orders: Final = raw_response_wrapper(group.convert_limit_open_orders)
        self.convert_order_status: Final = raw_response_wrapper(group.convert_order_status)
        self.convert_trade_history: Final = raw_response_wrapper(group.convert_trade_history)
        self.list_convert_pairs: Final = raw_response_wrapper(group.list_convert_pairs)
        self.place_convert_limit_order: Final = raw_response_wrapper(group.place_convert_limit_order)
        self.request_convert_quote: Final = raw_response_wrapper(group.request_convert_quote)


class AsyncConvertWithRawResponse:
    """`convert` operations, each returning the whole `Response`."""

    def __init__(self, group: AsyncConvert) -> None:
        self._group = group
        self.accept_convert_quote: Final = async_raw_response_wrapper(group.accept_convert_quote)
        self.cancel_convert_limit_order: Final = async_raw_response_wrapper(group.cancel_convert_limit_order)
        self.convert_asset_precision: Final = async_raw_response_wrapper(group.convert_asset_precision)
        self.convert_limit_open_orders: Final = async_raw_response_wrapper(group.convert_limit_open_orders)
        self.convert_order_status: Final = async_raw_response_wrapper(group.convert_order_status)
        self.convert_trade_history: Final = async_raw_response_wrapper(group.convert_trade_history)
        self.list_convert_pairs: Final = async_raw_response_wrapper(group.list_convert_pairs)
        self.place_convert_limit_order: Final = async_raw_response_wrapper(group.place_convert_limit_order)
        self.request_convert_quote: Final = async_raw_response_wrapper(group.request_convert_quote)


__all__ = ["AsyncConvert", "AsyncConvertWithRawResponse", "Convert", "ConvertWithRawResponse"]
