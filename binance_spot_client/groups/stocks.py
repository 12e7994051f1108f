"""The `stocks` operations of the /sapi surface, reached as `client.stocks`.

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final, Literal, Unpack

from .._group_paging.stocks import AsyncStocksPaging, StocksPaging
from ..signing import (
    AsyncSpotClient,
    CallOptions,
    SpotClient,
    TimeLike,
    async_raw_response_wrapper,
    raw_response_wrapper,
)

if TYPE_CHECKING:
    from ..models.equity_cancel_ack import EquityCancelAck
    from ..models.equity_exchange_info import EquityExchangeInfo
    from ..models.equity_listen_key import EquityListenKey
    from ..models.equity_order import EquityOrder
    from ..models.equity_order_ack import EquityOrderAck
    from ..models.equity_order_page import EquityOrderPage
    from ..models.equity_order_type import EquityOrderType
    from ..models.equity_quote import EquityQuote
    from ..models.equity_success import EquitySuccess
    from ..models.equity_time_in_force import EquityTimeInForce
    from ..models.equity_trade_page import EquityTradePage
    from ..models.equity_trading_session import EquityTradingSession
    from ..models.equity_wallet_type import EquityWalletType
    from ..models.order_side import OrderSide
    from ..models.tokenized_asset import TokenizedAsset
    from ..models.tokenized_conversion import TokenizedConversion
    from ..models.tokenized_conversion_page import TokenizedConversionPage
    from ..models.tokenized_conversion_unknown import TokenizedConversionUnknown
    from ..models.tokenized_convert_ack import TokenizedConvertAck
    from ..models.tokenized_convert_type import TokenizedConvertType


DecimalLike = str | int | float | Decimal


class Stocks(StocksPaging):
    """`stocks` operations on a synchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: SpotClient) -> None:
        self._client = client

    def cancel_all_equity_orders(
        self,
        **options: Unpack[CallOptions],
    ) -> EquitySuccess:
        """Cancel every open US equity order.

        Cancels all of the caller's open equity orders. The answer does not say what became of each
        order; `equityOrderHistory` does.

        POST /sapi/v1/equity/order/cancel-all · security TRADE · weight 1


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            EquitySuccess
        """
        from ..api.stocks import cancel_all_equity_orders as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def cancel_equity_order(
        self,
        order_id: str,
        **options: Unpack[CallOptions],
    ) -> EquityCancelAck:
        """Cancel a US equity order.

        Cancels one open equity order, named by the `order_id` Binance gave it.

        POST /sapi/v1/equity/order/cancel · security TRADE · weight 1


        Args:
            order_id: Binance's id of the order (a UUID). Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            EquityCancelAck
        """
        from ..api.stocks import cancel_equity_order as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
            ),
            options,
        )

    def equity_exchange_info(
        self,
        *,
        symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> EquityExchangeInfo:
        """Tradable US equities and their rules.

        Lists the US equity tickers open to trading with their quantity and notional bounds, price bands
        and session support; `symbol` narrows it to one ticker. An unknown ticker gives an empty
        `symbols` list rather than an error. Binance serves the answer from a cache.

        GET /sapi/v1/equity/market/exchangeInfo · security MARKET_DATA · weight 1


        Args:
            symbol: One US equity ticker; every active ticker when absent.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            EquityExchangeInfo
        """
        from ..api.stocks import equity_exchange_info as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
            ),
            options,
        )

    def equity_open_orders(
        self,
        **options: Unpack[CallOptions],
    ) -> list[EquityOrder]:
        """Open US equity orders.

        Every equity order of the caller that is not finished yet.

        GET /sapi/v1/equity/order/open-orders · security USER_DATA · weight 1


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[EquityOrder]
        """
        from ..api.stocks import equity_open_orders as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def equity_order_detail(
        self,
        *,
        order_id: str | None = None,
        client_order_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> EquityOrder:
        """One US equity order and its fills.

        One of the caller's equity orders, by `order_id` or `client_order_id`, with the list of its
        executions.

        GET /sapi/v1/equity/order/detail · security USER_DATA · weight 1


        Args:
            order_id: Binance's id of the order.
            client_order_id: Your id of the order.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            EquityOrder
        """
        from ..api.stocks import equity_order_detail as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
                client_order_id=client_order_id,
            ),
            options,
        )

    def equity_order_history(
        self,
        start_time: TimeLike,
        end_time: TimeLike,
        *,
        symbol: str | None = None,
        order_type: EquityOrderType | Literal["MARKET", "LIMIT"] | None = None,
        side: OrderSide | Literal["BUY", "SELL"] | None = None,
        order_status: str | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> EquityOrderPage:
        """US equity order history.

        The caller's equity orders placed in a time window, a page at a time, optionally narrowed by
        ticker, order type, side and status.

        GET /sapi/v1/equity/order/history · security USER_DATA · weight 1


        Args:
            start_time: Start of the window, UTC milliseconds. Required.
            end_time: End of the window, UTC milliseconds. Required.
            symbol: Only orders for this ticker.
            order_type: Only orders of this type.
            side: Only orders on this side.
            order_status: Only orders in these states, comma-separated: `FILLED`, `PARTIALLY_FILLED`, `CANCELED`,
                `EXPIRED`, `REJECTED`.
            current: Page number, counted from 1. Defaults to 1.
            size: Orders per page, 20 by default, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            EquityOrderPage
        """
        from ..api.stocks import equity_order_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                start_time=start_time,
                end_time=end_time,
                symbol=symbol,
                order_type=order_type,
                side=side,
                order_status=order_status,
                current=current,
                size=size,
            ),
            options,
        )

    def equity_quote(
        self,
        symbol: str,
        **options: Unpack[CallOptions],
    ) -> EquityQuote:
        """Best bid and ask of a US equity.

        The most recent best bid and best ask of one ticker, up to about five seconds old. When Binance
        has no quote (unknown, halted or delisted ticker) it answers with an empty body.

        GET /sapi/v1/equity/market/quote · security MARKET_DATA · weight 1


        Args:
            symbol: US equity ticker; Binance upper-cases it. Required.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            EquityQuote
        """
        from ..api.stocks import equity_quote as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
            ),
            options,
        )

    def equity_trade_history(
        self,
        start_time: TimeLike,
        end_time: TimeLike,
        *,
        symbol: str | None = None,
        side: OrderSide | Literal["BUY", "SELL"] | None = None,
        order_id: str | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> EquityTradePage:
        """US equity executions.

        The caller's executions in a time window, a page at a time: one row per fill, so an order filled
        in parts has several rows. Optionally narrowed by ticker, side or order.

        GET /sapi/v1/equity/trade/history · security USER_DATA · weight 1


        Args:
            start_time: Start of the window, UTC milliseconds. Required.
            end_time: End of the window, UTC milliseconds. Required.
            symbol: Only executions of this ticker.
            side: Only executions on this side.
            order_id: Only executions of this order.
            current: Page number, counted from 1. Defaults to 1.
            size: Executions per page, 20 by default, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            EquityTradePage
        """
        from ..api.stocks import equity_trade_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                start_time=start_time,
                end_time=end_time,
                symbol=symbol,
                side=side,
                order_id=order_id,
                current=current,
                size=size,
            ),
            options,
        )

    def new_equity_listen_key(
        self,
        **options: Unpack[CallOptions],
    ) -> EquityListenKey:
        """Open or extend the equity user data stream.

        Gives a listen key for the equity user data stream (order reports): a new one when none is
        active, or the active one with its validity extended.

        POST /sapi/v1/equity/listenKey · security USER_STREAM · weight 1


        Args:
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            EquityListenKey
        """
        from ..api.stocks import new_equity_listen_key as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def new_equity_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        order_type: EquityOrderType | Literal["MARKET", "LIMIT"],
        *,
        quote_asset: str | None = None,
        price: DecimalLike | None = None,
        quantity: DecimalLike | None = None,
        notional: DecimalLike | None = None,
        time_in_force: EquityTimeInForce | Literal["DAY", "GTC"] | None = None,
        trading_session: EquityTradingSession | Literal["RTH", "EXTENDED", "24H"] | None = None,
        wallet_type: EquityWalletType | Literal["CARD", "MAIN"] | None = None,
        client_order_id: str | None = None,
        tokenize: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> EquityOrderAck:
        """Place a US equity order.

        Places a market or limit order for a US equity. A limit order takes `price`, `quantity` and
        `trading_session`; a market buy takes `notional` only; a market sell takes `quantity` only. A
        quantity with decimals, or any order by `notional`, is a fractional-share order, and a
        fractional `GTC` order needs the `EXTENDED` or `24H` session. For a limit buy Binance reserves
        the commission itself. The answer only acknowledges the order; its progress is read with
        `equityOrderDetail`.

        POST /sapi/v1/equity/order/place · security TRADE · weight 1


        Args:
            symbol: US equity ticker with tokenization enabled (see `tokenizedAssets`). Required.
            side: Buy or sell. Required.
            order_type: `MARKET` or `LIMIT`. Required.
            quote_asset: Asset paid or received; `USDC` when absent, and it must be one Binance allows.
            price: Limit price, at most 2 decimals; limit orders only.
            quantity: Number of shares; limit orders and market sells.
            notional: Amount of the quote asset to spend; market buys only.
            time_in_force: `DAY` (the default) or `GTC`, which only limit orders accept.
            trading_session: Session the order may trade in; required for limit orders, refused for market orders.
            wallet_type: Wallet a buy is paid from, `CARD` by default; sells always settle to `CARD`.
            client_order_id: Your id for the order, 32 to 36 letters, digits, `-` or `_`; Binance makes one when
                absent.
            tokenize: Whether bought shares settle as the tokenized asset (`true`, the default) or as the
                underlying equity.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            EquityOrderAck
        """
        from ..api.stocks import new_equity_order as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                side=side,
                order_type=order_type,
                quote_asset=quote_asset,
                price=price,
                quantity=quantity,
                notional=notional,
                time_in_force=time_in_force,
                trading_session=trading_session,
                wallet_type=wallet_type,
                client_order_id=client_order_id,
                tokenize=tokenize,
            ),
            options,
        )

    def sign_equity_disclaimer(
        self,
        **options: Unpack[CallOptions],
    ) -> EquitySuccess:
        """Accept the US equity disclaimer.

        Records that the owner of the API key accepts Binance's US equity disclaimer, which some equity
        trading features require first.

        POST /sapi/v1/equity/account/disclaimer · security TRADE · weight 1


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            EquitySuccess
        """
        from ..api.stocks import sign_equity_disclaimer as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def tokenized_assets(
        self,
        **options: Unpack[CallOptions],
    ) -> list[TokenizedAsset]:
        """Tokenized assets open to mint and redeem.

        Every tokenized asset that can currently be minted or redeemed, with the equity it stands for
        and how many shares one token is worth. Binance serves the answer from a cache.

        GET /sapi/v1/equity/market/tokenized-assets · security MARKET_DATA · weight 1


        Args:
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[TokenizedAsset]
        """
        from ..api.stocks import tokenized_assets as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def tokenized_convert_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        last_id: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> TokenizedConversionPage:
        """Mint and redeem history.

        The caller's mints and redeems, a page at a time. Pages follow a cursor: pass the previous
        page's `nextLastId` as `last_id` while `hasMore` is true.

        GET /sapi/v1/equity/tokenized/history · security USER_DATA · weight 1


        Args:
            start_time: Start of the window, UTC milliseconds.
            end_time: End of the window, UTC milliseconds.
            last_id: `nextLastId` of the previous page; absent for the first page.
            size: Records per page, 20 by default, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            TokenizedConversionPage
        """
        from ..api.stocks import tokenized_convert_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                start_time=start_time,
                end_time=end_time,
                last_id=last_id,
                size=size,
            ),
            options,
        )

    def tokenized_convert_status(
        self,
        issuer_request_id: str,
        convert_type: TokenizedConvertType | Literal["MINT", "REDEEM"],
        **options: Unpack[CallOptions],
    ) -> TokenizedConversion | TokenizedConversionUnknown:
        """Status of one mint or redeem.

        Where one of the caller's mint or redeem requests stands. An id Binance does not know gives an
        empty object.

        GET /sapi/v1/equity/tokenized/convert-status · security USER_DATA · weight 1


        Args:
            issuer_request_id: The request id `tokenizedMint` or `tokenizedRedeem` answered with. Required.
            convert_type: Whether the request was a mint or a redeem. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            TokenizedConversion | TokenizedConversionUnknown
        """
        from ..api.stocks import tokenized_convert_status as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                issuer_request_id=issuer_request_id,
                convert_type=convert_type,
            ),
            options,
        )

    def tokenized_mint(
        self,
        underlying_asset: str,
        underlying_asset_amount: DecimalLike,
        *,
        client_order_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> TokenizedConvertAck:
        """Mint tokenized shares from equity.

        Turns shares of an equity the caller holds into its tokenized asset; Binance picks the tokenized
        asset from the ticker. The conversion runs asynchronously: the answer carries the request id and
        a pending status, and `tokenizedConvertStatus` reports the outcome.

        POST /sapi/v1/equity/tokenized/mint · security TRADE · weight 1


        Args:
            underlying_asset: US equity ticker to convert; an unknown ticker is refused with code -26004. Required.
            underlying_asset_amount: Shares to convert, more than 0. Required.
            client_order_id: Your id for the request, 32 to 36 letters, digits, `-` or `_`, making a repeat harmless.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            TokenizedConvertAck
        """
        from ..api.stocks import tokenized_mint as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                underlying_asset=underlying_asset,
                underlying_asset_amount=underlying_asset_amount,
                client_order_id=client_order_id,
            ),
            options,
        )

    def tokenized_redeem(
        self,
        tokenized_asset: str,
        tokenized_asset_amount: DecimalLike,
        *,
        client_order_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> TokenizedConvertAck:
        """Redeem tokenized shares for equity.

        Turns a tokenized asset back into shares of its equity; Binance picks the equity from the
        tokenized asset. Asynchronous like `tokenizedMint`.

        POST /sapi/v1/equity/tokenized/redeem · security TRADE · weight 1


        Args:
            tokenized_asset: Tokenized asset to redeem (not the equity ticker); an unknown one is refused with code
                -1102. Required.
            tokenized_asset_amount: Amount of the tokenized asset to redeem, more than 0. Required.
            client_order_id: Your id for the request, 32 to 36 letters, digits, `-` or `_`, making a repeat harmless.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            TokenizedConvertAck
        """
        from ..api.stocks import tokenized_redeem as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                tokenized_asset=tokenized_asset,
                tokenized_asset_amount=tokenized_asset_amount,
                client_order_id=client_order_id,
            ),
            options,
        )


class AsyncStocks(AsyncStocksPaging):
    """`stocks` operations on an asynchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncSpotClient) -> None:
        self._client = client

    async def cancel_all_equity_orders(
        self,
        **options: Unpack[CallOptions],
    ) -> EquitySuccess:
        """Cancel every open US equity order (the coroutine of `Spot.stocks.cancel_all_equity_orders`, which describes it)."""
        from ..api.stocks import cancel_all_equity_orders as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def cancel_equity_order(
        self,
        order_id: str,
        **options: Unpack[CallOptions],
    ) -> EquityCancelAck:
        """Cancel a US equity order (the coroutine of `Spot.stocks.cancel_equity_order`, which describes it)."""
        from ..api.stocks import cancel_equity_order as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
            ),
            options,
        )

    async def equity_exchange_info(
        self,
        *,
        symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> EquityExchangeInfo:
        """Tradable US equities and their rules (the coroutine of `Spot.stocks.equity_exchange_info`, which describes it)."""
        from ..api.stocks import equity_exchange_info as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
            ),
            options,
        )

    async def equity_open_orders(
        self,
        **options: Unpack[CallOptions],
    ) -> list[EquityOrder]:
        """Open US equity orders (the coroutine of `Spot.stocks.equity_open_orders`, which describes it)."""
        from ..api.stocks import equity_open_orders as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def equity_order_detail(
        self,
        *,
        order_id: str | None = None,
        client_order_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> EquityOrder:
        """One US equity order and its fills (the coroutine of `Spot.stocks.equity_order_detail`, which describes it)."""
        from ..api.stocks import equity_order_detail as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
                client_order_id=client_order_id,
            ),
            options,
        )

    async def equity_order_history(
        self,
        start_time: TimeLike,
        end_time: TimeLike,
        *,
        symbol: str | None = None,
        order_type: EquityOrderType | Literal["MARKET", "LIMIT"] | None = None,
        side: OrderSide | Literal["BUY", "SELL"] | None = None,
        order_status: str | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> EquityOrderPage:
        """US equity order history (the coroutine of `Spot.stocks.equity_order_history`, which describes it)."""
        from ..api.stocks import equity_order_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                start_time=start_time,
                end_time=end_time,
                symbol=symbol,
                order_type=order_type,
                side=side,
                order_status=order_status,
                current=current,
                size=size,
            ),
            options,
        )

    async def equity_quote(
        self,
        symbol: str,
        **options: Unpack[CallOptions],
    ) -> EquityQuote:
        """Best bid and ask of a US equity (the coroutine of `Spot.stocks.equity_quote`, which describes it)."""
        from ..api.stocks import equity_quote as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
            ),
            options,
        )

    async def equity_trade_history(
        self,
        start_time: TimeLike,
        end_time: TimeLike,
        *,
        symbol: str | None = None,
        side: OrderSide | Literal["BUY", "SELL"] | None = None,
        order_id: str | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> EquityTradePage:
        """US equity executions (the coroutine of `Spot.stocks.equity_trade_history`, which describes it)."""
        from ..api.stocks import equity_trade_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                start_time=start_time,
                end_time=end_time,
                symbol=symbol,
                side=side,
                order_id=order_id,
                current=current,
                size=size,
            ),
            options,
        )

    async def new_equity_listen_key(
        self,
        **options: Unpack[CallOptions],
    ) -> EquityListenKey:
        """Open or extend the equity user data stream (the coroutine of `Spot.stocks.new_equity_listen_key`, which describes it)."""
        from ..api.stocks import new_equity_listen_key as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def new_equity_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        order_type: EquityOrderType | Literal["MARKET", "LIMIT"],
        *,
        quote_asset: str | None = None,
        price: DecimalLike | None = None,
        quantity: DecimalLike | None = None,
        notional: DecimalLike | None = None,
        time_in_force: EquityTimeInForce | Literal["DAY", "GTC"] | None = None,
        trading_session: EquityTradingSession | Literal["RTH", "EXTENDED", "24H"] | None = None,
        wallet_type: EquityWalletType | Literal["CARD", "MAIN"] | None = None,
        client_order_id: str | None = None,
        tokenize: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> EquityOrderAck:
        """Place a US equity order (the coroutine of `Spot.stocks.new_equity_order`, which describes it)."""
        from ..api.stocks import new_equity_order as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                side=side,
                order_type=order_type,
                quote_asset=quote_asset,
                price=price,
                quantity=quantity,
                notional=notional,
                time_in_force=time_in_force,
                trading_session=trading_session,
                wallet_type=wallet_type,
                client_order_id=client_order_id,
                tokenize=tokenize,
            ),
            options,
        )

    async def sign_equity_disclaimer(
        self,
        **options: Unpack[CallOptions],
    ) -> EquitySuccess:
        """Accept the US equity disclaimer (the coroutine of `Spot.stocks.sign_equity_disclaimer`, which describes it)."""
        from ..api.stocks import sign_equity_disclaimer as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def tokenized_assets(
        self,
        **options: Unpack[CallOptions],
    ) -> list[TokenizedAsset]:
        """Tokenized assets open to mint and redeem (the coroutine of `Spot.stocks.tokenized_assets`, which describes it)."""
        from ..api.stocks import tokenized_assets as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def tokenized_convert_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        last_id: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> TokenizedConversionPage:
        """Mint and redeem history (the coroutine of `Spot.stocks.tokenized_convert_history`, which describes it)."""
        from ..api.stocks import tokenized_convert_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                start_time=start_time,
                end_time=end_time,
                last_id=last_id,
                size=size,
            ),
            options,
        )

    async def tokenized_convert_status(
        self,
        issuer_request_id: str,
        convert_type: TokenizedConvertType | Literal["MINT", "REDEEM"],
        **options: Unpack[CallOptions],
    ) -> TokenizedConversion | TokenizedConversionUnknown:
        """Status of one mint or redeem (the coroutine of `Spot.stocks.tokenized_convert_status`, which describes it)."""
        from ..api.stocks import tokenized_convert_status as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                issuer_request_id=issuer_request_id,
                convert_type=convert_type,
            ),
            options,
        )

    async def tokenized_mint(
        self,
        underlying_asset: str,
        underlying_asset_amount: DecimalLike,
        *,
        client_order_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> TokenizedConvertAck:
        """Mint tokenized shares from equity (the coroutine of `Spot.stocks.tokenized_mint`, which describes it)."""
        from ..api.stocks import tokenized_mint as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                underlying_asset=underlying_asset,
                underlying_asset_amount=underlying_asset_amount,
                client_order_id=client_order_id,
            ),
            options,
        )

    async def tokenized_redeem(
        self,
        tokenized_asset: str,
        tokenized_asset_amount: DecimalLike,
        *,
        client_order_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> TokenizedConvertAck:
        """Redeem tokenized shares for equity (the coroutine of `Spot.stocks.tokenized_redeem`, which describes it)."""
        from ..api.stocks import tokenized_redeem as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                tokenized_asset=tokenized_asset,
                tokenized_asset_amount=tokenized_asset_amount,
                client_order_id=client_order_id,
            ),
            options,
        )


class StocksWithRawResponse:
    """`stocks` operations, each returning the whole `Response`."""

    def __init__(self, group: Stocks) -> None:
        self._group = group
        self.cancel_all_equity_orders: Final = raw_response_wrapper(group.cancel_all_equity_orders)
        self.cancel_equity_order: Final = raw_response_wrapper(group.cancel_equity_order)
        self.equity_exchange_info: Final = raw_response_wrapper(group.equity_exchange_info)
        self.equity_open_orders: Final = raw_response_wrapper(group.equity_open_orders)
        self.equity_order_detail: Final = raw_response_wrapper(group.equity_order_detail)
        self.equity_order_history: Final = raw_response_wrapper(group.equity_order_history)
        self.equity_quote: Final = raw_response_wrapper(group.equity_quote)
        self.equity_trade_history: Final = raw_response_wrapper(group.equity_trade_history)
        self.new_equity_listen_key: Final = raw_response_wrapper(group.new_equity_listen_key)
        self.new_equity_order: Final = raw_response_wrapper(group.new_equity_order)
        self.sign_equity_disclaimer: Final = raw_response_wrapper(group.sign_equity_disclaimer)
        self.tokenized_assets: Final = raw_response_wrapper(group.tokenized_assets)
        self.tokenized_convert_history: Final = raw_response_wrapper(group.tokenized_convert_history)
        self.tokenized_convert_status: Final = raw_response_wrapper(group.tokenized_convert_status)
        self.tokenized_mint: Final = raw_response_wrapper(group.tokenized_mint)
        self.tokenized_redeem: Final = raw_response_wrapper(group.tokenized_redeem)


class AsyncStocksWithRawResponse:
    """`stocks` operations, each returning the whole `Response`."""

    def __init__(self, group: AsyncStocks) -> None:
        self._group = group
        self.cancel_all_equity_orders: Final = async_raw_response_wrapper(group.cancel_all_equity_orders)
        self.cancel_equity_order: Final = async_raw_response_wrapper(group.cancel_equity_order)
        self.equity_exchange_info: Final = async_raw_response_wrapper(group.equity_exchange_info)
        self.equity_open_orders: Final = async_raw_response_wrapper(group.equity_open_orders)
        self.equity_order_detail: Final = async_raw_response_wrapper(group.equity_order_detail)
        self.equity_order_history: Final = async_raw_response_wrapper(group.equity_order_history)
        self.equity_quote: Final = async_raw_response_wrapper(group.equity_quote)
        self.equity_trade_history: Final = async_raw_response_wrapper(group.equity_trade_history)
        self.new_equity_listen_key: Final = async_raw_response_wrapper(group.new_equity_listen_key)
        self.new_equity_order: Final = async_raw_response_wrapper(group.new_equity_order)
        self.sign_equity_disclaimer: Final = async_raw_response_wrapper(group.sign_equity_disclaimer)
        self.tokenized_assets: Final = async_raw_response_wrapper(group.tokenized_assets)
        self.tokenized_convert_history: Final = async_raw_response_wrapper(group.tokenized_convert_history)
        self.tokenized_convert_status: Final = async_raw_response_wrapper(group.tokenized_convert_status)
        self.tokenized_mint: Final = async_raw_response_wrapper(group.tokenized_mint)
        self.tokenized_redeem: Final = async_raw_response_wrapper(group.tokenized_redeem)


__all__ = ["AsyncStocks", "AsyncStocksWithRawResponse", "Stocks", "StocksWithRawResponse"]
