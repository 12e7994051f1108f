"""Margin account of a sub-account: GET /sapi/v1/sub-account/margin/account (USER_DATA, weight 10).

The parameters and answer are described on `Spot.sub_account.sub_account_margin_account`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.sub_account_margin_account import SubAccountMarginAccount
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountMarginAccount"]
ANSWER = AnswerPlan(
    "subAccountMarginAccount",
    {"$ref": "SubAccountMarginAccount"},
    schemas='{"SubAccountMarginAccount":{"properties":{"email":{"type":"string"},"marginLevel":{"type":"string"},"marginTradeCoeffVo":{"$ref":"SubAccountMarginRatios"},"marginUserAssetVoList":{"items":{"$ref":"SubAccountMarginAsset"},"type":"array"},"totalAssetOfBtc":{"type":"string"},"totalLiabilityOfBtc":{"type":"string"},"totalNetAssetOfBtc":{"type":"string"}},"required":["email","marginLevel","totalAssetOfBtc","totalLiabilityOfBtc","totalNetAssetOfBtc","marginTradeCoeffVo","marginUserAssetVoList"],"type":"object"},"SubAccountMarginAsset":{"properties":{"asset":{"type":"string"},"borrowed":{"type":"string"},"free":{"type":"string"},"interest":{"type":"string"},"locked":{"type":"string"},"netAsset":{"type":"string"}},"required":["asset","borrowed","free","interest","locked","netAsset"],"type":"object"},"SubAccountMarginRatios":{"properties":{"forceLiquidationBar":{"type":"string"},"marginCallBar":{"type":"string"},"normalBar":{"type":"string"}},"required":["forceLiquidationBar","marginCallBar","normalBar"],"type":"object"}}',
)


def _arguments(
    email: str,
) -> dict[str, object]:
    return {
        "email": email,
    }


def _parse(data: Any) -> SubAccountMarginAccount:
    try:
        response_200 = SubAccountMarginAccount.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    email: str,
    **options: Unpack[CallOptions],
) -> Response[SubAccountMarginAccount]:
    """`Spot.sub_account.sub_account_margin_account`, returning the whole response: status, headers, rate limits and the model."""
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
) -> SubAccountMarginAccount:
    """`Spot.sub_account.sub_account_margin_account` as a function of the client."""
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
) -> Response[SubAccountMarginAccount]:
    """`Spot.sub_account.sub_account_margin_account` on an async client, returning the whole response."""
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
) -> SubAccountMarginAccount:
    """`Spot.sub_account.sub_account_margin_account` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            email=email,
        ),
        options,
    )
