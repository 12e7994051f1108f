"""Fixed savings positions: GET /sapi/v1/lending/project/position/list (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.savings_fixed_position import SavingsFixedPosition
from ...models.savings_position_status import SavingsPositionStatus
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["savingsFixedProjectPositions"]


def _arguments(
    asset: str,
    *,
    project_id: str | None = None,
    status: SavingsPositionStatus | str | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "project_id": project_id,
        "status": status,
    }


def _parse_response(response: httpx.Response) -> list[SavingsFixedPosition]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[SavingsFixedPosition]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [SavingsFixedPosition.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[SavingsFixedPosition]]:
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
    asset: str,
    project_id: str | None = None,
    status: SavingsPositionStatus | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[SavingsFixedPosition]]:
    """Fixed savings positions.

    Listed the account's positions in fixed-term and activity savings projects for one asset.

    GET /sapi/v1/lending/project/position/list · security USER_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        asset: Asset of the positions. Required.
        project_id: Only positions in this project.
        status: Only positions in this state.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            asset=asset,
            project_id=project_id,
            status=status,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    asset: str,
    project_id: str | None = None,
    status: SavingsPositionStatus | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[SavingsFixedPosition]:
    """Fixed savings positions.

    Listed the account's positions in fixed-term and activity savings projects for one asset.

    GET /sapi/v1/lending/project/position/list · security USER_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        asset: Asset of the positions. Required.
        project_id: Only positions in this project.
        status: Only positions in this state.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[SavingsFixedPosition]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                asset=asset,
                project_id=project_id,
                status=status,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str,
    project_id: str | None = None,
    status: SavingsPositionStatus | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[SavingsFixedPosition]]:
    """Fixed savings positions.

    Listed the account's positions in fixed-term and activity savings projects for one asset.

    GET /sapi/v1/lending/project/position/list · security USER_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        asset: Asset of the positions. Required.
        project_id: Only positions in this project.
        status: Only positions in this state.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            asset=asset,
            project_id=project_id,
            status=status,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str,
    project_id: str | None = None,
    status: SavingsPositionStatus | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[SavingsFixedPosition]:
    """Fixed savings positions.

    Listed the account's positions in fixed-term and activity savings projects for one asset.

    GET /sapi/v1/lending/project/position/list · security USER_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        asset: Asset of the positions. Required.
        project_id: Only positions in this project.
        status: Only positions in this state.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[SavingsFixedPosition]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                asset=asset,
                project_id=project_id,
                status=status,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
