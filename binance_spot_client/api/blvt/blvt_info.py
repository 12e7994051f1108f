"""Leveraged token info (retired): GET /sapi/v1/blvt/tokenInfo (MARKET_DATA, weight 1).

The parameters and answer are described on `Spot.blvt.blvt_info`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.blvt_info import BlvtInfo
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["blvtInfo"]
ANSWER = AnswerPlan(
    "blvtInfo",
    {"type": "array", "items": {"$ref": "BlvtInfo"}},
    schemas='{"BlvtBasket":{"properties":{"amount":{"type":"string"},"notionalValue":{"type":"string"},"symbol":{"type":"string"}},"required":["symbol","amount","notionalValue"],"type":"object"},"BlvtInfo":{"properties":{"basket":{"type":"string"},"currentBaskets":{"items":{"$ref":"BlvtBasket"},"type":"array"},"dailyManagementFee":{"type":"string"},"dailyPurchaseLimit":{"type":"string"},"dailyRedeemLimit":{"type":"string"},"description":{"type":"string"},"fundingRate":{"type":"string"},"nav":{"type":"string"},"purchaseFeePct":{"type":"string"},"realLeverage":{"type":"string"},"redeemFeePct":{"type":"string"},"timestamp":{"type":"integer"},"tokenIssued":{"type":"string"},"tokenName":{"type":"string"},"underlying":{"type":"string"}},"required":["tokenName","description","underlying","tokenIssued","basket","currentBaskets","nav","realLeverage","fundingRate","dailyManagementFee","purchaseFeePct","dailyPurchaseLimit","redeemFeePct","dailyRedeemLimit","timestamp"],"type":"object"}}',
)


def _arguments(
    *,
    token_name: str | None = None,
) -> dict[str, object]:
    return {
        "token_name": token_name,
    }


def _parse(data: Any) -> list[BlvtInfo]:
    try:
        response_200 = [BlvtInfo.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    token_name: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[BlvtInfo]]:
    """`Spot.blvt.blvt_info`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            token_name=token_name,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    token_name: str | None = None,
    **options: Unpack[CallOptions],
) -> list[BlvtInfo]:
    """`Spot.blvt.blvt_info` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            token_name=token_name,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    token_name: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[BlvtInfo]]:
    """`Spot.blvt.blvt_info` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            token_name=token_name,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    token_name: str | None = None,
    **options: Unpack[CallOptions],
) -> list[BlvtInfo]:
    """`Spot.blvt.blvt_info` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            token_name=token_name,
        ),
        options,
    )
