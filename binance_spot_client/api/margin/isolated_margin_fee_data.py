"""Isolated margin fee data: GET /sapi/v1/margin/isolatedMarginData (USER_DATA, weight 10).

The parameters and answer are described on `Spot.margin.isolated_margin_fee_data`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_isolated_fee import MarginIsolatedFee
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["isolatedMarginFeeData"]
ANSWER = AnswerPlan(
    "isolatedMarginFeeData",
    {"type": "array", "items": {"$ref": "MarginIsolatedFee"}},
    schemas='{"MarginIsolatedFee":{"properties":{"data":{"items":{"$ref":"MarginIsolatedFeeAsset"},"type":"array"},"leverage":{"type":"string"},"symbol":{"type":"string"},"vipLevel":{"type":"integer"}},"required":["vipLevel","symbol","leverage","data"],"type":"object"},"MarginIsolatedFeeAsset":{"properties":{"borrowLimit":{"type":"string"},"coin":{"type":"string"},"dailyInterest":{"type":"string"}},"required":["coin","dailyInterest","borrowLimit"],"type":"object"}}',
)


def _arguments(
    *,
    vip_level: int | None = None,
    symbol: str | None = None,
) -> dict[str, object]:
    return {
        "vip_level": vip_level,
        "symbol": symbol,
    }


def _parse(data: Any) -> list[MarginIsolatedFee]:
    try:
        response_200 = [MarginIsolatedFee.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    vip_level: int | None = None,
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[MarginIsolatedFee]]:
    """`Spot.margin.isolated_margin_fee_data`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            vip_level=vip_level,
            symbol=symbol,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    vip_level: int | None = None,
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> list[MarginIsolatedFee]:
    """`Spot.margin.isolated_margin_fee_data` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            vip_level=vip_level,
            symbol=symbol,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    vip_level: int | None = None,
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[MarginIsolatedFee]]:
    """`Spot.margin.isolated_margin_fee_data` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            vip_level=vip_level,
            symbol=symbol,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    vip_level: int | None = None,
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> list[MarginIsolatedFee]:
    """`Spot.margin.isolated_margin_fee_data` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            vip_level=vip_level,
            symbol=symbol,
        ),
        options,
    )
