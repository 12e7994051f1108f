"""The `copy_trading` operations of the /sapi surface, reached as `client.copy_trading`.

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from ..signing import AsyncSpotClient, RecvWindow, SpotClient

if TYPE_CHECKING:
    from ..models.copy_trading_lead_symbols import CopyTradingLeadSymbols
    from ..models.copy_trading_lead_trader_status import CopyTradingLeadTraderStatus


DecimalLike = str | int | float | Decimal


class CopyTrading:
    """`copy_trading` operations on a synchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: SpotClient) -> None:
        self._client = client

    def futures_lead_symbol_whitelist(
        self,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> CopyTradingLeadSymbols:
        """Symbols open to futures lead trading.

        Lists the futures symbols a lead trader may trade in copy trading, with their base and quote
        assets, inside Binance's `code`/`message`/`data` envelope.

        GET /sapi/v1/copyTrading/futures/leadSymbol · security USER_DATA · weight 20


        Args:
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CopyTradingLeadSymbols
        """
        from ..api.copy_trading import futures_lead_symbol_whitelist as _operation

        return _operation.sync(
            client=self._client,
            recv_window=recv_window,
            timeout=timeout,
        )

    def futures_lead_trader_status(
        self,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> CopyTradingLeadTraderStatus:
        """Whether the caller is a futures lead trader.

        Tells whether the account behind the API key is currently a lead trader of futures copy trading.
        The answer is wrapped in Binance's `code`/`message`/`data` envelope; `code` `000000` means
        success.

        GET /sapi/v1/copyTrading/futures/userStatus · security TRADE · weight 20


        Args:
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CopyTradingLeadTraderStatus
        """
        from ..api.copy_trading import futures_lead_trader_status as _operation

        return _operation.sync(
            client=self._client,
            recv_window=recv_window,
            timeout=timeout,
        )


class AsyncCopyTrading:
    """`copy_trading` operations on an asynchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncSpotClient) -> None:
        self._client = client

    async def futures_lead_symbol_whitelist(
        self,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> CopyTradingLeadSymbols:
        """Symbols open to futures lead trading.

        Lists the futures symbols a lead trader may trade in copy trading, with their base and quote
        assets, inside Binance's `code`/`message`/`data` envelope.

        GET /sapi/v1/copyTrading/futures/leadSymbol · security USER_DATA · weight 20


        Args:
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CopyTradingLeadSymbols
        """
        from ..api.copy_trading import futures_lead_symbol_whitelist as _operation

        return await _operation.asyncio(
            client=self._client,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def futures_lead_trader_status(
        self,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> CopyTradingLeadTraderStatus:
        """Whether the caller is a futures lead trader.

        Tells whether the account behind the API key is currently a lead trader of futures copy trading.
        The answer is wrapped in Binance's `code`/`message`/`data` envelope; `code` `000000` means
        success.

        GET /sapi/v1/copyTrading/futures/userStatus · security TRADE · weight 20


        Args:
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CopyTradingLeadTraderStatus
        """
        from ..api.copy_trading import futures_lead_trader_status as _operation

        return await _operation.asyncio(
            client=self._client,
            recv_window=recv_window,
            timeout=timeout,
        )


__all__ = ["AsyncCopyTrading", "CopyTrading"]
