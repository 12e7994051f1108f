"""List Auto-Invest plans: GET /sapi/v1/lending/auto-invest/plan/list (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.auto_invest_plan_list import AutoInvestPlanList
from ...models.auto_invest_plan_type import AutoInvestPlanType
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["investmentPlanList"]


def _arguments(
    plan_type: AutoInvestPlanType | str,
) -> dict[str, object]:
    return {
        "plan_type": plan_type,
    }


def _parse_response(response: httpx.Response) -> AutoInvestPlanList:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> AutoInvestPlanList:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = AutoInvestPlanList.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[AutoInvestPlanList]:
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
    plan_type: AutoInvestPlanType | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[AutoInvestPlanList]:
    """List Auto-Invest plans.

    Lists the account's plans of one kind with their schedules, value and returns.

    GET /sapi/v1/lending/auto-invest/plan/list · security USER_DATA · weight 1


    Args:
        plan_type: Kind of plan to list. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            plan_type=plan_type,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    plan_type: AutoInvestPlanType | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> AutoInvestPlanList:
    """List Auto-Invest plans.

    Lists the account's plans of one kind with their schedules, value and returns.

    GET /sapi/v1/lending/auto-invest/plan/list · security USER_DATA · weight 1


    Args:
        plan_type: Kind of plan to list. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        AutoInvestPlanList
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                plan_type=plan_type,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    plan_type: AutoInvestPlanType | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[AutoInvestPlanList]:
    """List Auto-Invest plans.

    Lists the account's plans of one kind with their schedules, value and returns.

    GET /sapi/v1/lending/auto-invest/plan/list · security USER_DATA · weight 1


    Args:
        plan_type: Kind of plan to list. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            plan_type=plan_type,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    plan_type: AutoInvestPlanType | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> AutoInvestPlanList:
    """List Auto-Invest plans.

    Lists the account's plans of one kind with their schedules, value and returns.

    GET /sapi/v1/lending/auto-invest/plan/list · security USER_DATA · weight 1


    Args:
        plan_type: Kind of plan to list. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        AutoInvestPlanList
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                plan_type=plan_type,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
