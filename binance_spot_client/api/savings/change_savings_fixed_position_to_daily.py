"""Move a fixed position to flexible savings: POST /sapi/v1/lending/positionChanged (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.savings_position_change import SavingsPositionChange
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["changeSavingsFixedPositionToDaily"]


def _arguments(
    project_id: str,
    lot: int,
    *,
    position_id: int | None = None,
) -> dict[str, object]:
    return {
        "project_id": project_id,
        "lot": lot,
        "position_id": position_id,
    }


def _parse_response(response: httpx.Response) -> SavingsPositionChange:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SavingsPositionChange:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SavingsPositionChange.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SavingsPositionChange]:
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
    project_id: str,
    lot: int,
    position_id: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SavingsPositionChange]:
    """Move a fixed position to flexible savings.

    Converted lots of a fixed or activity savings position into a flexible (daily) savings position.
    `positionId` was needed for fixed positions.

    POST /sapi/v1/lending/positionChanged · security USER_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        project_id: Project of the position. Required.
        lot: Number of lots to move. Required.
        position_id: Position to move; mandatory for fixed (not activity) positions.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            project_id=project_id,
            lot=lot,
            position_id=position_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    project_id: str,
    lot: int,
    position_id: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SavingsPositionChange:
    """Move a fixed position to flexible savings.

    Converted lots of a fixed or activity savings position into a flexible (daily) savings position.
    `positionId` was needed for fixed positions.

    POST /sapi/v1/lending/positionChanged · security USER_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        project_id: Project of the position. Required.
        lot: Number of lots to move. Required.
        position_id: Position to move; mandatory for fixed (not activity) positions.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SavingsPositionChange
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                project_id=project_id,
                lot=lot,
                position_id=position_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    project_id: str,
    lot: int,
    position_id: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SavingsPositionChange]:
    """Move a fixed position to flexible savings.

    Converted lots of a fixed or activity savings position into a flexible (daily) savings position.
    `positionId` was needed for fixed positions.

    POST /sapi/v1/lending/positionChanged · security USER_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        project_id: Project of the position. Required.
        lot: Number of lots to move. Required.
        position_id: Position to move; mandatory for fixed (not activity) positions.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            project_id=project_id,
            lot=lot,
            position_id=position_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    project_id: str,
    lot: int,
    position_id: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SavingsPositionChange:
    """Move a fixed position to flexible savings.

    Converted lots of a fixed or activity savings position into a flexible (daily) savings position.
    `positionId` was needed for fixed positions.

    POST /sapi/v1/lending/positionChanged · security USER_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        project_id: Project of the position. Required.
        lot: Number of lots to move. Required.
        position_id: Position to move; mandatory for fixed (not activity) positions.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SavingsPositionChange
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                project_id=project_id,
                lot=lot,
                position_id=position_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
