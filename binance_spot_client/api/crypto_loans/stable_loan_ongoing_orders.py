"""Ongoing stable-rate loans (retired): GET /sapi/v1/loan/ongoing/orders (USER_DATA, weight 300).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.crypto_loans_stable_ongoing_orders import CryptoLoansStableOngoingOrders
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["stableLoanOngoingOrders"]


def _arguments(
    *,
    order_id: int | None = None,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    current: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "order_id": order_id,
        "loan_coin": loan_coin,
        "collateral_coin": collateral_coin,
        "current": current,
        "limit": limit,
    }


def _parse_response(response: httpx.Response) -> CryptoLoansStableOngoingOrders:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> CryptoLoansStableOngoingOrders:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = CryptoLoansStableOngoingOrders.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[CryptoLoansStableOngoingOrders]:
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
    order_id: int | None = None,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    current: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[CryptoLoansStableOngoingOrders]:
    """Ongoing stable-rate loans (retired).

    Listed the account's open stable-rate crypto loans with their debt and LTV. Binance retired it
    on 2024-11-05 together with the other stable-rate loan endpoints.

    GET /sapi/v1/loan/ongoing/orders · security USER_DATA · weight 300

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        order_id: Only this loan order.
        loan_coin: Only loans that borrow this coin.
        collateral_coin: Only loans secured by this collateral coin.
        current: Page to return, counted from 1 (default 1, at most 1000).
        limit: Rows per page (default 10, at most 100).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            order_id=order_id,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            current=current,
            limit=limit,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    order_id: int | None = None,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    current: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> CryptoLoansStableOngoingOrders:
    """Ongoing stable-rate loans (retired).

    Listed the account's open stable-rate crypto loans with their debt and LTV. Binance retired it
    on 2024-11-05 together with the other stable-rate loan endpoints.

    GET /sapi/v1/loan/ongoing/orders · security USER_DATA · weight 300

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        order_id: Only this loan order.
        loan_coin: Only loans that borrow this coin.
        collateral_coin: Only loans secured by this collateral coin.
        current: Page to return, counted from 1 (default 1, at most 1000).
        limit: Rows per page (default 10, at most 100).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        CryptoLoansStableOngoingOrders
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                order_id=order_id,
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                current=current,
                limit=limit,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    order_id: int | None = None,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    current: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[CryptoLoansStableOngoingOrders]:
    """Ongoing stable-rate loans (retired).

    Listed the account's open stable-rate crypto loans with their debt and LTV. Binance retired it
    on 2024-11-05 together with the other stable-rate loan endpoints.

    GET /sapi/v1/loan/ongoing/orders · security USER_DATA · weight 300

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        order_id: Only this loan order.
        loan_coin: Only loans that borrow this coin.
        collateral_coin: Only loans secured by this collateral coin.
        current: Page to return, counted from 1 (default 1, at most 1000).
        limit: Rows per page (default 10, at most 100).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            order_id=order_id,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            current=current,
            limit=limit,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    order_id: int | None = None,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    current: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> CryptoLoansStableOngoingOrders:
    """Ongoing stable-rate loans (retired).

    Listed the account's open stable-rate crypto loans with their debt and LTV. Binance retired it
    on 2024-11-05 together with the other stable-rate loan endpoints.

    GET /sapi/v1/loan/ongoing/orders · security USER_DATA · weight 300

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        order_id: Only this loan order.
        loan_coin: Only loans that borrow this coin.
        collateral_coin: Only loans secured by this collateral coin.
        current: Page to return, counted from 1 (default 1, at most 1000).
        limit: Rows per page (default 10, at most 100).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        CryptoLoansStableOngoingOrders
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                order_id=order_id,
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                current=current,
                limit=limit,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
