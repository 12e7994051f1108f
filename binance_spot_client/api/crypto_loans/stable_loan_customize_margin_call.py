"""Set a stable-rate loan's margin call (retired): POST /sapi/v1/loan/customize/margin_call (TRADE, weight 6000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.crypto_loans_stable_margin_calls import CryptoLoansStableMarginCalls
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["stableLoanCustomizeMarginCall"]


def _arguments(
    margin_call: DecimalLike,
    *,
    order_id: int | None = None,
    collateral_coin: str | None = None,
) -> dict[str, object]:
    return {
        "order_id": order_id,
        "collateral_coin": collateral_coin,
        "margin_call": margin_call,
    }


def _parse_response(response: httpx.Response) -> CryptoLoansStableMarginCalls:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> CryptoLoansStableMarginCalls:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = CryptoLoansStableMarginCalls.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[CryptoLoansStableMarginCalls]:
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
    margin_call: DecimalLike,
    order_id: int | None = None,
    collateral_coin: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[CryptoLoansStableMarginCalls]:
    """Set a stable-rate loan's margin call (retired).

    Set the LTV at which Binance sends a margin call for open stable-rate loans, either for one
    order or for every order using a collateral coin. Binance retired it on 2024-11-05 together with
    the other stable-rate loan endpoints.

    POST /sapi/v1/loan/customize/margin_call · security TRADE · weight 6000

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        order_id: Loan order to change; takes precedence over `collateralCoin` when both are sent.
        collateral_coin: Change every open loan secured by this coin; used when `orderId` is not sent.
        margin_call: New margin-call LTV. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            order_id=order_id,
            collateral_coin=collateral_coin,
            margin_call=margin_call,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    margin_call: DecimalLike,
    order_id: int | None = None,
    collateral_coin: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> CryptoLoansStableMarginCalls:
    """Set a stable-rate loan's margin call (retired).

    Set the LTV at which Binance sends a margin call for open stable-rate loans, either for one
    order or for every order using a collateral coin. Binance retired it on 2024-11-05 together with
    the other stable-rate loan endpoints.

    POST /sapi/v1/loan/customize/margin_call · security TRADE · weight 6000

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        order_id: Loan order to change; takes precedence over `collateralCoin` when both are sent.
        collateral_coin: Change every open loan secured by this coin; used when `orderId` is not sent.
        margin_call: New margin-call LTV. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        CryptoLoansStableMarginCalls
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                order_id=order_id,
                collateral_coin=collateral_coin,
                margin_call=margin_call,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    margin_call: DecimalLike,
    order_id: int | None = None,
    collateral_coin: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[CryptoLoansStableMarginCalls]:
    """Set a stable-rate loan's margin call (retired).

    Set the LTV at which Binance sends a margin call for open stable-rate loans, either for one
    order or for every order using a collateral coin. Binance retired it on 2024-11-05 together with
    the other stable-rate loan endpoints.

    POST /sapi/v1/loan/customize/margin_call · security TRADE · weight 6000

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        order_id: Loan order to change; takes precedence over `collateralCoin` when both are sent.
        collateral_coin: Change every open loan secured by this coin; used when `orderId` is not sent.
        margin_call: New margin-call LTV. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            order_id=order_id,
            collateral_coin=collateral_coin,
            margin_call=margin_call,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    margin_call: DecimalLike,
    order_id: int | None = None,
    collateral_coin: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> CryptoLoansStableMarginCalls:
    """Set a stable-rate loan's margin call (retired).

    Set the LTV at which Binance sends a margin call for open stable-rate loans, either for one
    order or for every order using a collateral coin. Binance retired it on 2024-11-05 together with
    the other stable-rate loan endpoints.

    POST /sapi/v1/loan/customize/margin_call · security TRADE · weight 6000

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        order_id: Loan order to change; takes precedence over `collateralCoin` when both are sent.
        collateral_coin: Change every open loan secured by this coin; used when `orderId` is not sent.
        margin_call: New margin-call LTV. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        CryptoLoansStableMarginCalls
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                order_id=order_id,
                collateral_coin=collateral_coin,
                margin_call=margin_call,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
