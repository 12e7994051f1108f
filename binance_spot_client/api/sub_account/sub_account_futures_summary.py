"""USDⓈ-M futures accounts of all sub-accounts, summarized: GET /sapi/v1/sub-account/futures/accountSummary (USER_DATA, weight 1).

The parameters and answer are described on `Spot.sub_account.sub_account_futures_summary`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.sub_account_futures_summary import SubAccountFuturesSummary
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountFuturesSummary"]
ANSWER = AnswerPlan(
    "subAccountFuturesSummary",
    {"$ref": "SubAccountFuturesSummary"},
    schemas='{"SubAccountFuturesSummary":{"properties":{"asset":{"type":"string"},"subAccountList":{"items":{"$ref":"SubAccountFuturesTotals"},"type":"array"},"totalInitialMargin":{"type":"string"},"totalMaintenanceMargin":{"type":"string"},"totalMarginBalance":{"type":"string"},"totalOpenOrderInitialMargin":{"type":"string"},"totalPositionInitialMargin":{"type":"string"},"totalUnrealizedProfit":{"type":"string"},"totalWalletBalance":{"type":"string"}},"required":["totalInitialMargin","totalMaintenanceMargin","totalMarginBalance","totalOpenOrderInitialMargin","totalPositionInitialMargin","totalUnrealizedProfit","totalWalletBalance","asset","subAccountList"],"type":"object"},"SubAccountFuturesTotals":{"properties":{"asset":{"type":"string"},"email":{"type":"string"},"totalInitialMargin":{"type":"string"},"totalMaintenanceMargin":{"type":"string"},"totalMarginBalance":{"type":"string"},"totalOpenOrderInitialMargin":{"type":"string"},"totalPositionInitialMargin":{"type":"string"},"totalUnrealizedProfit":{"type":"string"},"totalWalletBalance":{"type":"string"}},"required":["email","totalInitialMargin","totalMaintenanceMargin","totalMarginBalance","totalOpenOrderInitialMargin","totalPositionInitialMargin","totalUnrealizedProfit","totalWalletBalance","asset"],"type":"object"}}',
)


def _arguments(
    *,
    page: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "page": page,
        "limit": limit,
    }


def _parse(data: Any) -> SubAccountFuturesSummary:
    try:
        response_200 = SubAccountFuturesSummary.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountFuturesSummary]:
    """`Spot.sub_account.sub_account_futures_summary`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            page=page,
            limit=limit,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountFuturesSummary:
    """`Spot.sub_account.sub_account_futures_summary` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            page=page,
            limit=limit,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountFuturesSummary]:
    """`Spot.sub_account.sub_account_futures_summary` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            page=page,
            limit=limit,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountFuturesSummary:
    """`Spot.sub_account.sub_account_futures_summary` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            page=page,
            limit=limit,
        ),
        options,
    )
