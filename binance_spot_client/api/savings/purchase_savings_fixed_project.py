"""Buy a fixed savings project: POST /sapi/v1/lending/customizedFixed/purchase (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.savings_fixed_purchase import SavingsFixedPurchase
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["purchaseSavingsFixedProject"]


def _arguments(
    project_id: str,
    lot: int,
) -> dict[str, object]:
    return {
        "project_id": project_id,
        "lot": lot,
    }


def _parse_response(response: httpx.Response) -> SavingsFixedPurchase:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SavingsFixedPurchase:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SavingsFixedPurchase.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SavingsFixedPurchase]:
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SavingsFixedPurchase]:
    """Buy a fixed savings project.

    Bought lots of a fixed-term or activity savings project.

    POST /sapi/v1/lending/customizedFixed/purchase · security USER_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        project_id: Project to buy. Required.
        lot: Number of lots to buy. Required.
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SavingsFixedPurchase:
    """Buy a fixed savings project.

    Bought lots of a fixed-term or activity savings project.

    POST /sapi/v1/lending/customizedFixed/purchase · security USER_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        project_id: Project to buy. Required.
        lot: Number of lots to buy. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SavingsFixedPurchase
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                project_id=project_id,
                lot=lot,
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SavingsFixedPurchase]:
    """Buy a fixed savings project.

    Bought lots of a fixed-term or activity savings project.

    POST /sapi/v1/lending/customizedFixed/purchase · security USER_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        project_id: Project to buy. Required.
        lot: Number of lots to buy. Required.
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SavingsFixedPurchase:
    """Buy a fixed savings project.

    Bought lots of a fixed-term or activity savings project.

    POST /sapi/v1/lending/customizedFixed/purchase · security USER_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        project_id: Project to buy. Required.
        lot: Number of lots to buy. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SavingsFixedPurchase
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                project_id=project_id,
                lot=lot,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
