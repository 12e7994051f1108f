"""Asset precision: GET /sapi/v1/convert/assetInfo (USER_DATA, weight 100).

The parameters and answer are described on `Spot.convert.convert_asset_precision`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.convert_asset_precision import ConvertAssetPrecision
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["convertAssetPrecision"]
ANSWER = AnswerPlan(
    "convertAssetPrecision",
    {"type": "array", "items": {"$ref": "ConvertAssetPrecision"}},
    schemas='{"ConvertAssetPrecision":{"properties":{"asset":{"type":"string"},"fraction":{"type":"integer"}},"required":["asset","fraction"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> list[ConvertAssetPrecision]:
    try:
        response_200 = [ConvertAssetPrecision.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[ConvertAssetPrecision]]:
    """`Spot.convert.convert_asset_precision`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> list[ConvertAssetPrecision]:
    """`Spot.convert.convert_asset_precision` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[ConvertAssetPrecision]]:
    """`Spot.convert.convert_asset_precision` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> list[ConvertAssetPrecision]:
    """`Spot.convert.convert_asset_precision` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
