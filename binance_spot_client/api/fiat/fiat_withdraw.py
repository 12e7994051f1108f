"""Submit a fiat withdrawal: POST /sapi/v2/fiat/withdraw (TRADE, weight 45000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from collections.abc import Mapping
from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.fiat_order_submitted import FiatOrderSubmitted
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["fiatWithdraw"]


def _arguments(
    currency: str,
    api_payment_method: str,
    amount: DecimalLike,
    account_info: Mapping[str, object],
    *,
    ext: Mapping[str, object] | None = None,
) -> dict[str, object]:
    return {
        "currency": currency,
        "api_payment_method": api_payment_method,
        "amount": amount,
        "account_info": account_info,
        "ext": ext,
    }


def _parse_response(response: httpx.Response) -> FiatOrderSubmitted:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> FiatOrderSubmitted:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = FiatOrderSubmitted.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[FiatOrderSubmitted]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
        rate_limits=RateLimits.from_headers(response.headers),
    )


def sync_detailed(
    *,
    client: SpotClient,
    currency: str,
    api_payment_method: str,
    amount: DecimalLike,
    account_info: Mapping[str, object],
    ext: Mapping[str, object] | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[FiatOrderSubmitted]:
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
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            currency=currency,
            api_payment_method=api_payment_method,
            amount=amount,
            account_info=account_info,
            ext=ext,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    currency: str,
    api_payment_method: str,
    amount: DecimalLike,
    account_info: Mapping[str, object],
    ext: Mapping[str, object] | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
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
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        FiatOrderSubmitted
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                currency=currency,
                api_payment_method=api_payment_method,
                amount=amount,
                account_info=account_info,
                ext=ext,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    currency: str,
    api_payment_method: str,
    amount: DecimalLike,
    account_info: Mapping[str, object],
    ext: Mapping[str, object] | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[FiatOrderSubmitted]:
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
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            currency=currency,
            api_payment_method=api_payment_method,
            amount=amount,
            account_info=account_info,
            ext=ext,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    currency: str,
    api_payment_method: str,
    amount: DecimalLike,
    account_info: Mapping[str, object],
    ext: Mapping[str, object] | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
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
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        FiatOrderSubmitted
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                currency=currency,
                api_payment_method=api_payment_method,
                amount=amount,
                account_info=account_info,
                ext=ext,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
