"""The `copy_trading` operations of the /sapi surface, reached as `client.copy_trading`.

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final, Unpack

from .._group_paging.copy_trading import AsyncCopyTradingPaging, CopyTradingPaging
from ..signing import (
    AsyncSpotClient,
    CallOptions,
    SpotClient,
    async_raw_response_wrapper,
    raw_response_wrapper,
)

if TYPE_CHECKING:
    from ..models.copy_trading_lead_symbols import CopyTradingLeadSymbols
    from ..models.copy_trading_lead_trader_status import CopyTradingLeadTraderStatus


DecimalLike = str | int | float | Decimal


class CopyTrading(CopyTradingPaging):
    """`copy_trading` operations on a synchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: SpotClient) -> None:
        self._client = client

    def futures_lead_symbol_whitelist(
        self,
        **options: Unpack[CallOptions],
    ) -> CopyTradingLeadSymbols:
        """Symbols open to futures lead trading.

        Lists the futures symbols a lead trader may trade in copy trading, with their base and quote
        assets, inside Binance's `code`/`message`/`data` envelope.

        GET /sapi/v1/copyTrading/futures/leadSymbol · security USER_DATA · weight 20


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            CopyTradingLeadSymbols
        """
        from ..api.copy_trading import futures_lead_symbol_whitelist as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def futures_lead_trader_status(
        self,
        **options: Unpack[CallOptions],
    ) -> CopyTradingLeadTraderStatus:
        """Whether the caller is a futures lead trader.

        Tells whether the account behind the API key is currently a lead trader of futures copy trading.
        The answer is wrapped in Binance's `code`/`message`/`data` envelope; `code` `000000` means
        success.

        GET /sapi/v1/copyTrading/futures/userStatus · security TRADE · weight 20


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            CopyTradingLeadTraderStatus
        """
        from ..api.copy_trading import futures_lead_trader_status as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)


class AsyncCopyTrading(AsyncCopyTradingPaging):
    """`copy_trading` operations on an asynchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncSpotClient) -> None:
        self._client = client

    async def futures_lead_symbol_whitelist(
        self,
        **options: Unpack[CallOptions],
    ) -> CopyTradingLeadSymbols:
        """Symbols open to futures lead trading (the coroutine of `Spot.copy_trading.futures_lead_symbol_whitelist`, which describes it)."""
        from ..api.copy_trading import futures_lead_symbol_whitelist as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def futures_lead_trader_status(
        self,
        **options: Unpack[CallOptions],
    ) -> CopyTradingLeadTraderStatus:
        """Whether the caller is a futures lead trader (the coroutine of `Spot.copy_trading.futures_lead_trader_status`, which describes it)."""
        from ..api.copy_trading import futures_lead_trader_status as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)


class CopyTradingWithRawResponse:
    """`copy_trading` operations, each returning the whole `Response`."""

    def __init__(self, group: CopyTrading) -> None:
        self._group = group
        self.futures_lead_symbol_whitelist: Final = raw_response_wrapper(group.futures_lead_symbol_whitelist)
        self.futures_lead_trader_status: Final = raw_response_wrapper(group.futures_lead_trader_status)


class AsyncCopyTradingWithRawResponse:
    """`copy_trading` operations, each returning the whole `Response`."""

    def __init__(self, group: AsyncCopyTrading) -> None:
        self._group = group
        self.futures_lead_symbol_whitelist: Final = async_raw_response_wrapper(group.futures_lead_symbol_whitelist)
        self.futures_lead_trader_status: Final = async_raw_response_wrapper(group.futures_lead_trader_status)


__all__ = ["AsyncCopyTrading", "AsyncCopyTradingWithRawResponse", "CopyTrading", "CopyTradingWithRawResponse"]
