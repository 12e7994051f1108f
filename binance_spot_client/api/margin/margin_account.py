"""Cross margin account: GET /sapi/v1/margin/account (USER_DATA, weight 10).

The parameters and answer are described on `Spot.margin.margin_account`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_account import MarginAccount
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginAccount"]
ANSWER = AnswerPlan(
    "marginAccount",
    {"$ref": "MarginAccount"},
    schemas='{"MarginAccount":{"properties":{"TotalCollateralValueInUSDT":{"type":"string"},"accountType":{"type":"string"},"borrowEnabled":{"type":"boolean"},"collateralMarginLevel":{"type":"string"},"created":{"type":"boolean"},"marginLevel":{"type":"string"},"totalAssetOfBtc":{"type":"string"},"totalLiabilityOfBtc":{"type":"string"},"totalNetAssetOfBtc":{"type":"string"},"totalOpenOrderLossInUSDT":{"type":"string"},"tradeEnabled":{"type":"boolean"},"transferInEnabled":{"type":"boolean"},"transferOutEnabled":{"type":"boolean"},"userAssets":{"items":{"$ref":"MarginAccountAsset"},"type":"array"}},"required":["created","borrowEnabled","marginLevel","collateralMarginLevel","totalAssetOfBtc","totalLiabilityOfBtc","totalNetAssetOfBtc","TotalCollateralValueInUSDT","tradeEnabled","transferInEnabled","transferOutEnabled","accountType","userAssets"],"type":"object"},"MarginAccountAsset":{"properties":{"asset":{"type":"string"},"borrowed":{"type":"string"},"free":{"type":"string"},"interest":{"type":"string"},"locked":{"type":"string"},"netAsset":{"type":"string"}},"required":["asset","borrowed","free","interest","locked","netAsset"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> MarginAccount:
    try:
        response_200 = MarginAccount.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[MarginAccount]:
    """`Spot.margin.margin_account`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> MarginAccount:
    """`Spot.margin.margin_account` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[MarginAccount]:
    """`Spot.margin.margin_account` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> MarginAccount:
    """`Spot.margin.margin_account` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
