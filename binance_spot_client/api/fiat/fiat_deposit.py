"""Submit a fiat deposit: POST /sapi/v1/fiat/deposit (TRADE, weight 45000).

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
OPERATION = OPERATIONS["fiatDeposit"]


def _arguments(
    currency: str,
    api_payment_method: str,
    amount: DecimalLike,
    *,
    ext: Mapping[str, object] | None = None,
) -> dict[str, object]:
    return {
        "currency": currency,
        "api_payment_method": api_payment_method,
        "amount": amount,
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
    ext: Mapping[str, object] | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[FiatOrderSubmitted]:
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
    ext: Mapping[str, object] | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
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
    ext: Mapping[str, object] | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[FiatOrderSubmitted]:
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
    ext: Mapping[str, object] | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
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
                ext=ext,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
