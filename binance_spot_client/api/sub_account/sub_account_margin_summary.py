"""Margin accounts of all sub-accounts, summarized: GET /sapi/v1/sub-account/margin/accountSummary (USER_DATA, weight 10).

The parameters and answer are described on `Spot.sub_account.sub_account_margin_summary`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.sub_account_margin_summary import SubAccountMarginSummary
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountMarginSummary"]
ANSWER = AnswerPlan(
    "subAccountMarginSummary",
    {"$ref": "SubAccountMarginSummary"},
    schemas='{"SubAccountMarginSummary":{"properties":{"subAccountList":{"items":{"$ref":"SubAccountMarginTotals"},"type":"array"},"totalAssetOfBtc":{"type":"string"},"totalLiabilityOfBtc":{"type":"string"},"totalNetAssetOfBtc":{"type":"string"}},"required":["totalAssetOfBtc","totalLiabilityOfBtc","totalNetAssetOfBtc","subAccountList"],"type":"object"},"SubAccountMarginTotals":{"properties":{"email":{"type":"string"},"totalAssetOfBtc":{"type":"string"},"totalLiabilityOfBtc":{"type":"string"},"totalNetAssetOfBtc":{"type":"string"}},"required":["email","totalAssetOfBtc","totalLiabilityOfBtc","totalNetAssetOfBtc"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> SubAccountMarginSummary:
    try:
        response_200 = SubAccountMarginSummary.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[SubAccountMarginSummary]:
    """`Spot.sub_account.sub_account_margin_summary`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> SubAccountMarginSummary:
    """`Spot.sub_account.sub_account_margin_summary` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[SubAccountMarginSummary]:
    """`Spot.sub_account.sub_account_margin_summary` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> SubAccountMarginSummary:
    """`Spot.sub_account.sub_account_margin_summary` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
