"""Cross margin fee data: GET /sapi/v1/margin/crossMarginData (USER_DATA, weight 5).

The parameters and answer are described on `Spot.margin.cross_margin_fee_data`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_cross_fee import MarginCrossFee
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["crossMarginFeeData"]
ANSWER = AnswerPlan(
    "crossMarginFeeData",
    {"type": "array", "items": {"$ref": "MarginCrossFee"}},
    schemas='{"MarginCrossFee":{"properties":{"borrowLimit":{"type":"string"},"borrowable":{"type":"boolean"},"coin":{"type":"string"},"dailyInterest":{"type":"string"},"marginablePairs":{"items":{"type":"string"},"type":"array"},"transferIn":{"type":"boolean"},"vipLevel":{"type":"integer"},"yearlyInterest":{"type":"string"}},"required":["vipLevel","coin","transferIn","borrowable","dailyInterest","yearlyInterest","borrowLimit","marginablePairs"],"type":"object"}}',
)


def _arguments(
    *,
    vip_level: int | None = None,
    coin: str | None = None,
) -> dict[str, object]:
    return {
        "vip_level": vip_level,
        "coin": coin,
    }


def _parse(data: Any) -> list[MarginCrossFee]:
    try:
        response_200 = [MarginCrossFee.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    vip_level: int | None = None,
    coin: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[MarginCrossFee]]:
    """`Spot.margin.cross_margin_fee_data`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            vip_level=vip_level,
            coin=coin,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    vip_level: int | None = None,
    coin: str | None = None,
    **options: Unpack[CallOptions],
) -> list[MarginCrossFee]:
    """`Spot.margin.cross_margin_fee_data` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            vip_level=vip_level,
            coin=coin,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    vip_level: int | None = None,
    coin: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[MarginCrossFee]]:
    """`Spot.margin.cross_margin_fee_data` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            vip_level=vip_level,
            coin=coin,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    vip_level: int | None = None,
    coin: str | None = None,
    **options: Unpack[CallOptions],
) -> list[MarginCrossFee]:
    """`Spot.margin.cross_margin_fee_data` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            vip_level=vip_level,
            coin=coin,
        ),
        options,
    )
