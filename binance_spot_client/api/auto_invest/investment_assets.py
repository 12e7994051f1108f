"""All Auto-Invest assets: GET /sapi/v1/lending/auto-invest/all/asset (USER_DATA, weight 1).

The parameters and answer are described on `Spot.auto_invest.investment_assets`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.auto_invest_assets import AutoInvestAssets
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["investmentAssets"]
ANSWER = AnswerPlan(
    "investmentAssets",
    {"$ref": "AutoInvestAssets"},
    schemas='{"AutoInvestAssets":{"properties":{"sourceAssets":{"items":{"type":"string"},"type":"array"},"targetAssets":{"items":{"type":"string"},"type":"array"}},"required":["targetAssets","sourceAssets"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> AutoInvestAssets:
    try:
        response_200 = AutoInvestAssets.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[AutoInvestAssets]:
    """`Spot.auto_invest.investment_assets`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> AutoInvestAssets:
    """`Spot.auto_invest.investment_assets` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[AutoInvestAssets]:
    """`Spot.auto_invest.investment_assets` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> AutoInvestAssets:
    """`Spot.auto_invest.investment_assets` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
