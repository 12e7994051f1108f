"""Index-linked plan position: GET /sapi/v1/lending/auto-invest/index/user-summary (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.auto_invest_index_position import AutoInvestIndexPosition
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["indexLinkedPlanPosition"]


def _arguments(
    index_id: int,
) -> dict[str, object]:
    return {
        "index_id": index_id,
    }


def _parse_response(response: httpx.Response) -> AutoInvestIndexPosition:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> AutoInvestIndexPosition:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = AutoInvestIndexPosition.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[AutoInvestIndexPosition]:
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
    index_id: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[AutoInvestIndexPosition]:
    """Index-linked plan position.

    Shows the account's position in the plan following an index: totals, allocation and each asset's
    holding.

    GET /sapi/v1/lending/auto-invest/index/user-summary · security USER_DATA · weight 1


    Args:
        index_id: Index of the plan. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            index_id=index_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    index_id: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> AutoInvestIndexPosition:
    """Index-linked plan position.

    Shows the account's position in the plan following an index: totals, allocation and each asset's
    holding.

    GET /sapi/v1/lending/auto-invest/index/user-summary · security USER_DATA · weight 1


    Args:
        index_id: Index of the plan. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        AutoInvestIndexPosition
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                index_id=index_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    index_id: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[AutoInvestIndexPosition]:
    """Index-linked plan position.

    Shows the account's position in the plan following an index: totals, allocation and each asset's
    holding.

    GET /sapi/v1/lending/auto-invest/index/user-summary · security USER_DATA · weight 1


    Args:
        index_id: Index of the plan. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            index_id=index_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    index_id: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> AutoInvestIndexPosition:
    """Index-linked plan position.

    Shows the account's position in the plan following an index: totals, allocation and each asset's
    holding.

    GET /sapi/v1/lending/auto-invest/index/user-summary · security USER_DATA · weight 1


    Args:
        index_id: Index of the plan. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        AutoInvestIndexPosition
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                index_id=index_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
