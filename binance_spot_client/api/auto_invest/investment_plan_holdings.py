"""Plan holding details: GET /sapi/v1/lending/auto-invest/plan/id (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.auto_invest_plan_holdings import AutoInvestPlanHoldings
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["investmentPlanHoldings"]


def _arguments(
    *,
    plan_id: int | None = None,
    request_id: str | None = None,
) -> dict[str, object]:
    return {
        "plan_id": plan_id,
        "request_id": request_id,
    }


def _parse_response(response: httpx.Response) -> AutoInvestPlanHoldings:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> AutoInvestPlanHoldings:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = AutoInvestPlanHoldings.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[AutoInvestPlanHoldings]:
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
    plan_id: int | None = None,
    request_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[AutoInvestPlanHoldings]:
    """Plan holding details.

    Shows one plan's holdings asset by asset: amounts bought, average price, value and returns. Name
    the plan with `planId` or with the `requestId` used to create it.

    GET /sapi/v1/lending/auto-invest/plan/id · security USER_DATA · weight 1


    Args:
        plan_id: Plan to show.
        request_id: Your request identifier from the plan's creation.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            plan_id=plan_id,
            request_id=request_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    plan_id: int | None = None,
    request_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> AutoInvestPlanHoldings:
    """Plan holding details.

    Shows one plan's holdings asset by asset: amounts bought, average price, value and returns. Name
    the plan with `planId` or with the `requestId` used to create it.

    GET /sapi/v1/lending/auto-invest/plan/id · security USER_DATA · weight 1


    Args:
        plan_id: Plan to show.
        request_id: Your request identifier from the plan's creation.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        AutoInvestPlanHoldings
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                plan_id=plan_id,
                request_id=request_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    plan_id: int | None = None,
    request_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[AutoInvestPlanHoldings]:
    """Plan holding details.

    Shows one plan's holdings asset by asset: amounts bought, average price, value and returns. Name
    the plan with `planId` or with the `requestId` used to create it.

    GET /sapi/v1/lending/auto-invest/plan/id · security USER_DATA · weight 1


    Args:
        plan_id: Plan to show.
        request_id: Your request identifier from the plan's creation.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            plan_id=plan_id,
            request_id=request_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    plan_id: int | None = None,
    request_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> AutoInvestPlanHoldings:
    """Plan holding details.

    Shows one plan's holdings asset by asset: amounts bought, average price, value and returns. Name
    the plan with `planId` or with the `requestId` used to create it.

    GET /sapi/v1/lending/auto-invest/plan/id · security USER_DATA · weight 1


    Args:
        plan_id: Plan to show.
        request_id: Your request identifier from the plan's creation.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        AutoInvestPlanHoldings
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                plan_id=plan_id,
                request_id=request_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
