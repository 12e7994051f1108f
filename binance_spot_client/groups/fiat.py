"""The `fiat` operations of the /sapi surface, reached as `client.fiat`.

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Final, Unpack

from .._group_paging.fiat import AsyncFiatPaging, FiatPaging
from ..signing import (
    AsyncSpotClient,
    CallOptions,
    SpotClient,
    TimeLike,
    async_raw_response_wrapper,
    raw_response_wrapper,
)

if TYPE_CHECKING:
    from ..models.fiat_order_detail import FiatOrderDetail
    from ..models.fiat_order_history import FiatOrderHistory
    from ..models.fiat_order_submitted import FiatOrderSubmitted
    from ..models.fiat_payment_history import FiatPaymentHistory


DecimalLike = str | int | float | Decimal


class Fiat(FiatPaging):
    """`fiat` operations on a synchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: SpotClient) -> None:
        self._client = client

    def fiat_deposit(
        self,
        currency: str,
        api_payment_method: str,
        amount: DecimalLike,
        *,
        ext: Mapping[str, object] | None = None,
        **options: Unpack[CallOptions],
    ) -> FiatOrderSubmitted:
        """Submit a fiat deposit.

        Opens a fiat deposit order; for now Binance takes only Brazilian real (BRL) through Pix, and the
        order must exist before the money is sent from the bank. The account must have passed KYC (or
        KYB) and activated fiat services. The fields travel in a JSON body; the signature parameters
        stay in the query string.

        POST /sapi/v1/fiat/deposit · security TRADE · weight 45000


        Args:
            currency: Fiat currency to deposit; currently only `BRL`. Required.
            api_payment_method: Payment channel; currently only Pix. Required.
            amount: Amount to deposit, in `currency`; sent as a JSON number written with the exact digits
                given. Required.
            ext: Extra, channel-specific details for the deposit, passed through as given.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            FiatOrderSubmitted
        """
        from ..api.fiat import fiat_deposit as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                currency=currency,
                api_payment_method=api_payment_method,
                amount=amount,
                ext=ext,
            ),
            options,
        )

    def fiat_deposit_withdraw_history(
        self,
        transaction_type: int,
        *,
        begin_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page: int | None = None,
        rows: int | None = None,
        **options: Unpack[CallOptions],
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
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            FiatOrderHistory
        """
        from ..api.fiat import fiat_deposit_withdraw_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                transaction_type=transaction_type,
                begin_time=begin_time,
                end_time=end_time,
                page=page,
                rows=rows,
            ),
            options,
        )

    def fiat_order_detail(
        self,
        order_no: str,
        **options: Unpack[CallOptions],
    ) -> FiatOrderDetail:
        """Fiat order detail.

        Returns the state of a fiat deposit or withdrawal order, for example to poll a withdrawal until
        it completes. The account must have passed KYC (or KYB) and activated fiat services.

        GET /sapi/v1/fiat/get-order-detail · security USER_DATA · weight 1


        Args:
            order_no: Id of the order, as returned when it was submitted. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            FiatOrderDetail
        """
        from ..api.fiat import fiat_order_detail as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_no=order_no,
            ),
            options,
        )

    def fiat_payments_history(
        self,
        transaction_type: int,
        *,
        begin_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page: int | None = None,
        rows: int | None = None,
        **options: Unpack[CallOptions],
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
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            FiatPaymentHistory
        """
        from ..api.fiat import fiat_payments_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                transaction_type=transaction_type,
                begin_time=begin_time,
                end_time=end_time,
                page=page,
                rows=rows,
            ),
            options,
        )

    def fiat_withdraw(
        self,
        currency: str,
        api_payment_method: str,
        amount: DecimalLike,
        account_info: Mapping[str, object],
        *,
        ext: Mapping[str, object] | None = None,
        **options: Unpack[CallOptions],
    ) -> FiatOrderSubmitted:
        """Submit a fiat withdrawal.

        Opens a withdrawal of fiat (BRL, ARS or MXN) by bank transfer to a bank account already bound to
        the Binance account on the website or app. The answer only carries the order id: poll the fiat
        order detail until the order completes. The account must have passed KYC (or KYB) and activated
        fiat services. The fields travel in a JSON body; the signature parameters stay in the query
        string.

        POST /sapi/v2/fiat/withdraw · security TRADE · weight 45000


        Args:
            currency: Fiat currency to withdraw, such as `BRL`, `ARS` or `MXN`. Required.
            api_payment_method: Payment channel; currently only `bank_transfer`. Required.
            amount: Amount to withdraw, in `currency`; sent as a JSON number written with the exact digits
                given. Required.
            account_info: The bank account that receives the money; it must already be bound to the Binance
                account. Required.
            ext: Extra, channel-specific details for the withdrawal, passed through as given.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            FiatOrderSubmitted
        """
        from ..api.fiat import fiat_withdraw as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                currency=currency,
                api_payment_method=api_payment_method,
                amount=amount,
                account_info=account_info,
                ext=ext,
            ),
            options,
        )


class AsyncFiat(AsyncFiatPaging):
    """`fiat` operations on an asynchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncSpotClient) -> None:
        self._client = client

    async def fiat_deposit(
        self,
        currency: str,
        api_payment_method: str,
        amount: DecimalLike,
        *,
        ext: Mapping[str, object] | None = None,
        **options: Unpack[CallOptions],
    ) -> FiatOrderSubmitted:
        """Submit a fiat deposit (the coroutine of `Spot.fiat.fiat_deposit`, which describes it)."""
        from ..api.fiat import fiat_deposit as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                currency=currency,
                api_payment_method=api_payment_method,
                amount=amount,
                ext=ext,
            ),
            options,
        )

    async def fiat_deposit_withdraw_history(
        self,
        transaction_type: int,
        *,
        begin_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page: int | None = None,
        rows: int | None = None,
        **options: Unpack[CallOptions],
    ) -> FiatOrderHistory:
        """Fiat deposit and withdrawal history (the coroutine of `Spot.fiat.fiat_deposit_withdraw_history`, which describes it)."""
        from ..api.fiat import fiat_deposit_withdraw_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                transaction_type=transaction_type,
                begin_time=begin_time,
                end_time=end_time,
                page=page,
                rows=rows,
            ),
            options,
        )

    async def fiat_order_detail(
        self,
        order_no: str,
        **options: Unpack[CallOptions],
    ) -> FiatOrderDetail:
        """Fiat order detail (the coroutine of `Spot.fiat.fiat_order_detail`, which describes it)."""
        from ..api.fiat import fiat_order_detail as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_no=order_no,
            ),
            options,
        )

    async def fiat_payments_history(
        self,
        transaction_type: int,
        *,
        begin_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page: int | None = None,
        rows: int | None = None,
        **options: Unpack[CallOptions],
    ) -> FiatPaymentHistory:
        """Fiat payments history (the coroutine of `Spot.fiat.fiat_payments_history`, which describes it)."""
        from ..api.fiat import fiat_payments_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                transaction_type=transaction_type,
                begin_time=begin_time,
                end_time=end_time,
                page=page,
                rows=rows,
            ),
            options,
        )

    async def fiat_withdraw(
        self,
        currency: str,
        api_payment_method: str,
        amount: DecimalLike,
        account_info: Mapping[str, object],
        *,
        ext: Mapping[str, object] | None = None,
        **options: Unpack[CallOptions],
    ) -> FiatOrderSubmitted:
        """Submit a fiat withdrawal (the coroutine of `Spot.fiat.fiat_withdraw`, which describes it)."""
        from ..api.fiat import fiat_withdraw as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                currency=currency,
                api_payment_method=api_payment_method,
                amount=amount,
                account_info=account_info,
                ext=ext,
            ),
            options,
        )


class FiatWithRawResponse:
    """`fiat` operations, each returning the whole `Response`."""

    def __init__(self, group: Fiat) -> None:
        self._group = group
        self.fiat_deposit: Final = raw_response_wrapper(group.fiat_deposit)
        self.fiat_deposit_withdraw_history: Final = raw_response_wrapper(group.fiat_deposit_withdraw_history)
        self.fiat_order_detail: Final = raw_response_wrapper(group.fiat_order_detail)
        self.fiat_payments_history: Final = raw_response_wrapper(group.fiat_payments_history)
        self.fiat_withdraw: Final = raw_response_wrapper(group.fiat_withdraw)


class AsyncFiatWithRawResponse:
    """`fiat` operations, each returning the whole `Response`."""

    def __init__(self, group: AsyncFiat) -> None:
        self._group = group
        self.fiat_deposit: Final = async_raw_response_wrapper(group.fiat_deposit)
        self.fiat_deposit_withdraw_history: Final = async_raw_response_wrapper(group.fiat_deposit_withdraw_history)
        self.fiat_order_detail: Final = async_raw_response_wrapper(group.fiat_order_detail)
        self.fiat_payments_history: Final = async_raw_response_wrapper(group.fiat_payments_history)
        self.fiat_withdraw: Final = async_raw_response_wrapper(group.fiat_withdraw)


__all__ = ["AsyncFiat", "AsyncFiatWithRawResponse", "Fiat", "FiatWithRawResponse"]
