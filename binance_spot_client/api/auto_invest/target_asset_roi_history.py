"""Target asset ROI history: GET /sapi/v1/lending/auto-invest/target-asset/roi/list (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.auto_invest_roi_period import AutoInvestRoiPeriod
from ...models.auto_invest_roi_point import AutoInvestRoiPoint
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["targetAssetRoiHistory"]


def _arguments(
    target_asset: str,
    his_roi_type: AutoInvestRoiPeriod | str,
) -> dict[str, object]:
    return {
        "target_asset": target_asset,
        "his_roi_type": his_roi_type,
    }


def _parse_response(response: httpx.Response) -> list[AutoInvestRoiPoint]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[AutoInvestRoiPoint]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [AutoInvestRoiPoint.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[AutoInvestRoiPoint]]:
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
    target_asset: str,
    his_roi_type: AutoInvestRoiPeriod | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[AutoInvestRoiPoint]]:
    """Target asset ROI history.

    Returns the simulated return curve of regularly investing in one target asset over a look-back
    period.

    GET /sapi/v1/lending/auto-invest/target-asset/roi/list · security USER_DATA · weight 1


    Args:
        target_asset: Target asset. Required.
        his_roi_type: Look-back period. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            target_asset=target_asset,
            his_roi_type=his_roi_type,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    target_asset: str,
    his_roi_type: AutoInvestRoiPeriod | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[AutoInvestRoiPoint]:
    """Target asset ROI history.

    Returns the simulated return curve of regularly investing in one target asset over a look-back
    period.

    GET /sapi/v1/lending/auto-invest/target-asset/roi/list · security USER_DATA · weight 1


    Args:
        target_asset: Target asset. Required.
        his_roi_type: Look-back period. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[AutoInvestRoiPoint]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                target_asset=target_asset,
                his_roi_type=his_roi_type,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    target_asset: str,
    his_roi_type: AutoInvestRoiPeriod | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[AutoInvestRoiPoint]]:
    """Target asset ROI history.

    Returns the simulated return curve of regularly investing in one target asset over a look-back
    period.

    GET /sapi/v1/lending/auto-invest/target-asset/roi/list · security USER_DATA · weight 1


    Args:
        target_asset: Target asset. Required.
        his_roi_type: Look-back period. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            target_asset=target_asset,
            his_roi_type=his_roi_type,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    target_asset: str,
    his_roi_type: AutoInvestRoiPeriod | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[AutoInvestRoiPoint]:
    """Target asset ROI history.

    Returns the simulated return curve of regularly investing in one target asset over a look-back
    period.

    GET /sapi/v1/lending/auto-invest/target-asset/roi/list · security USER_DATA · weight 1


    Args:
        target_asset: Target asset. Required.
        his_roi_type: Look-back period. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[AutoInvestRoiPoint]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                target_asset=target_asset,
                his_roi_type=his_roi_type,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
