"""USDⓈ-M futures positions of a sub-account: GET /sapi/v1/sub-account/futures/positionRisk (USER_DATA, weight 10).

The parameters and answer are described on `Spot.sub_account.sub_account_futures_position_risk`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.sub_account_futures_position import SubAccountFuturesPosition
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountFuturesPositionRisk"]
ANSWER = AnswerPlan(
    "subAccountFuturesPositionRisk",
    {"type": "array", "items": {"$ref": "SubAccountFuturesPosition"}},
    schemas='{"SubAccountFuturesPosition":{"properties":{"entryPrice":{"type":"string"},"leverage":{"type":"string"},"liquidationPrice":{"type":"string"},"markPrice":{"type":"string"},"maxNotional":{"type":"string"},"positionAmount":{"type":"string"},"symbol":{"type":"string"},"unrealizedProfit":{"type":"string"}},"required":["entryPrice","leverage","maxNotional","liquidationPrice","markPrice","positionAmount","symbol","unrealizedProfit"],"type":"object"}}',
)


def _arguments(
    email: str,
) -> dict[str, object]:
    return {
        "email": email,
    }


def _parse(data: Any) -> list[SubAccountFuturesPosition]:
    try:
        response_200 = [SubAccountFuturesPosition.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    email: str,
    **options: Unpack[CallOptions],
) -> Response[list[SubAccountFuturesPosition]]:
    """`Spot.sub_account.sub_account_futures_position_risk`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    email: str,
    **options: Unpack[CallOptions],
) -> list[SubAccountFuturesPosition]:
    """`Spot.sub_account.sub_account_futures_position_risk` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            email=email,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    **options: Unpack[CallOptions],
) -> Response[list[SubAccountFuturesPosition]]:
    """`Spot.sub_account.sub_account_futures_position_risk` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    **options: Unpack[CallOptions],
) -> list[SubAccountFuturesPosition]:
    """`Spot.sub_account.sub_account_futures_position_risk` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            email=email,
        ),
        options,
    )
