"""The `fiat` operations of the /sapi surface, reached as `client.fiat`.

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from ..signing import AsyncSpotClient, RecvWindow, SpotClient

if TYPE_CHECKING:
    from ..models.fiat_order_detail import FiatOrderDetail
    from ..models.fiat_order_history import FiatOrderHistory
    from ..models.fiat_payment_history import FiatPaymentHistory


DecimalLike = str | int | float | Decimal


class Fiat:
    """`fiat` operations on a synchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: SpotClient) -> None:
        self._client = client

    def fiat_deposit_withdraw_history(
        self,
        transaction_type: int,
        *,
        begin_time: int | None = None,
        end_time: int | None = None,
        page: int | None = None,
        rows: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> FiatOrderHistory:
        """Fiat deposit and withdrawal history.

        Lists the account's fiat deposits or withdrawals (bank transfers, cards, …). Without a window,
        the last 30 days come back.

        GET /sapi/v1/fiat/orders · security USER_DATA · weight 45000


        Args:
            transaction_type: 0 for deposits, 1 for withdrawals. Required.
            begin_time: Start of the window, UTC milliseconds. Without a window, the last 30 days.
            end_time: End of the window, UTC milliseconds.
            page: Page number, counted from 1. Defaults to 1.
            rows: Rows per page. Defaults to 100; at most 500.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            FiatOrderHistory
        """
        from ..api.fiat import fiat_deposit_withdraw_history as _operation

        return _operation.sync(
            client=self._client,
            transaction_type=transaction_type,
            begin_time=begin_time,
            end_time=end_time,
            page=page,
            rows=rows,
            recv_window=recv_window,
            timeout=timeout,
        )

    def fiat_order_detail(
        self,
        order_no: str,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> FiatOrderDetail:
        """Fiat order detail.

        Returns the state of a fiat deposit or withdrawal order, for example to poll a withdrawal until
        it completes. The account must have passed KYC (or KYB) and activated fiat services.

        GET /sapi/v1/fiat/get-order-detail · security USER_DATA · weight 1


        Args:
            order_no: Id of the order, as returned when it was submitted. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            FiatOrderDetail
        """
        from ..api.fiat import fiat_order_detail as _operation

        return _operation.sync(
            client=self._client,
            order_no=order_no,
            recv_window=recv_window,
            timeout=timeout,
        )

    def fiat_payments_history(
        self,
        transaction_type: int,
        *,
        begin_time: int | None = None,
        end_time: int | None = None,
        page: int | None = None,
        rows: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> FiatPaymentHistory:
        """Fiat payments history.

        Lists the account's purchases of crypto with fiat, or sales of crypto for fiat. Without a
        window, the last 30 days come back.

        GET /sapi/v1/fiat/payments · security USER_DATA · weight 1


        Args:
            transaction_type: 0 for purchases (buy), 1 for sales (sell). Required.
            begin_time: Start of the window, UTC milliseconds. Without a window, the last 30 days.
            end_time: End of the window, UTC milliseconds.
            page: Page number, counted from 1. Defaults to 1.
            rows: Rows per page. Defaults to 100; at most 500.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            FiatPaymentHistory
        """
        from ..api.fiat import fiat_payments_history as _operation

        return _operation.sync(
            client=self._client,
            transaction_type=transaction_type,
            begin_time=begin_time,
            end_time=end_time,
            page=page,
            rows=rows,
            recv_window=recv_window,
            timeout=timeout,
        )


class AsyncFiat:
    """`fiat` operations on an asynchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncSpotClient) -> None:
        self._client = client

    async def fiat_deposit_withdraw_history(
        self,
        transaction_type: int,
        *,
        begin_time: int | None = None,
        end_time: int | None = None,
        page: int | None = None,
        rows: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> FiatOrderHistory:
        """Fiat deposit and withdrawal history.

        Lists the account's fiat deposits or withdrawals (bank transfers, cards, …). Without a window,
        the last 30 days come back.

        GET /sapi/v1/fiat/orders · security USER_DATA · weight 45000


        Args:
            transaction_type: 0 for deposits, 1 for withdrawals. Required.
            begin_time: Start of the window, UTC milliseconds. Without a window, the last 30 days.
            end_time: End of the window, UTC milliseconds.
            page: Page number, counted from 1. Defaults to 1.
            rows: Rows per page. Defaults to 100; at most 500.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            FiatOrderHistory
        """
        from ..api.fiat import fiat_deposit_withdraw_history as _operation

        return await _operation.asyncio(
            client=self._client,
            transaction_type=transaction_type,
            begin_time=begin_time,
            end_time=end_time,
            page=page,
            rows=rows,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def fiat_order_detail(
        self,
        order_no: str,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> FiatOrderDetail:
        """Fiat order detail.

        Returns the state of a fiat deposit or withdrawal order, for example to poll a withdrawal until
        it completes. The account must have passed KYC (or KYB) and activated fiat services.

        GET /sapi/v1/fiat/get-order-detail · security USER_DATA · weight 1


        Args:
            order_no: Id of the order, as returned when it was submitted. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            FiatOrderDetail
        """
        from ..api.fiat import fiat_order_detail as _operation

        return await _operation.asyncio(
            client=self._client,
            order_no=order_no,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def fiat_payments_history(
        self,
        transaction_type: int,
        *,
        begin_time: int | None = None,
        end_time: int | None = None,
        page: int | None = None,
        rows: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> FiatPaymentHistory:
        """Fiat payments history.

        Lists the account's purchases of crypto with fiat, or sales of crypto for fiat. Without a
        window, the last 30 days come back.

        GET /sapi/v1/fiat/payments · security USER_DATA · weight 1


        Args:
            transaction_type: 0 for purchases (buy), 1 for sales (sell). Required.
            begin_time: Start of the window, UTC milliseconds. Without a window, the last 30 days.
            end_time: End of the window, UTC milliseconds.
            page: Page number, counted from 1. Defaults to 1.
            rows: Rows per page. Defaults to 100; at most 500.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            FiatPaymentHistory
        """
        from ..api.fiat import fiat_payments_history as _operation

        return await _operation.asyncio(
            client=self._client,
            transaction_type=transaction_type,
            begin_time=begin_time,
            end_time=end_time,
            page=page,
            rows=rows,
            recv_window=recv_window,
            timeout=timeout,
        )


__all__ = ["AsyncFiat", "Fiat"]
