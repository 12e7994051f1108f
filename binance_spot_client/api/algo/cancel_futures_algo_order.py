"""Cancel a futures algo order: DELETE /sapi/v1/algo/futures/order (TRADE, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.algo_cancel_result import AlgoCancelResult
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["cancelFuturesAlgoOrder"]


def _arguments(
    *,
    algo_id: int | None = None,
    client_algo_id: str | None = None,
) -> dict[str, object]:
    return {
        "algo_id": algo_id,
        "client_algo_id": client_algo_id,
    }


def _parse_response(response: httpx.Response) -> AlgoCancelResult:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> AlgoCancelResult:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = AlgoCancelResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[AlgoCancelResult]:
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
    algo_id: int | None = None,
    client_algo_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[AlgoCancelResult]:
    """Cancel a futures algo order.

    Stops an active futures algo order (VP or TWAP), named by `algoId` or by `clientAlgoId`. Needs
    an API key with futures trading enabled.

    DELETE /sapi/v1/algo/futures/order · security TRADE · weight 1


    Args:
        algo_id: Id of the algo order, as returned by the order queries; send it or `clientAlgoId`.
        client_algo_id: The client id given to the algo order when it was placed; send it or `algoId`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            algo_id=algo_id,
            client_algo_id=client_algo_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    algo_id: int | None = None,
    client_algo_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> AlgoCancelResult:
    """Cancel a futures algo order.

    Stops an active futures algo order (VP or TWAP), named by `algoId` or by `clientAlgoId`. Needs
    an API key with futures trading enabled.

    DELETE /sapi/v1/algo/futures/order · security TRADE · weight 1


    Args:
        algo_id: Id of the algo order, as returned by the order queries; send it or `clientAlgoId`.
        client_algo_id: The client id given to the algo order when it was placed; send it or `algoId`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        AlgoCancelResult
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                algo_id=algo_id,
                client_algo_id=client_algo_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    algo_id: int | None = None,
    client_algo_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[AlgoCancelResult]:
    """Cancel a futures algo order.

    Stops an active futures algo order (VP or TWAP), named by `algoId` or by `clientAlgoId`. Needs
    an API key with futures trading enabled.

    DELETE /sapi/v1/algo/futures/order · security TRADE · weight 1


    Args:
        algo_id: Id of the algo order, as returned by the order queries; send it or `clientAlgoId`.
        client_algo_id: The client id given to the algo order when it was placed; send it or `algoId`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            algo_id=algo_id,
            client_algo_id=client_algo_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    algo_id: int | None = None,
    client_algo_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> AlgoCancelResult:
    """Cancel a futures algo order.

    Stops an active futures algo order (VP or TWAP), named by `algoId` or by `clientAlgoId`. Needs
    an API key with futures trading enabled.

    DELETE /sapi/v1/algo/futures/order · security TRADE · weight 1


    Args:
        algo_id: Id of the algo order, as returned by the order queries; send it or `clientAlgoId`.
        client_algo_id: The client id given to the algo order when it was placed; send it or `algoId`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        AlgoCancelResult
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                algo_id=algo_id,
                client_algo_id=client_algo_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
