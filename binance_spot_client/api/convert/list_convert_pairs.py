"""List convert pairs: GET /sapi/v1/convert/exchangeInfo (NONE, weight 3000).

The parameters and answer are described on `Spot.convert.list_convert_pairs`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.convert_pair import ConvertPair
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["listConvertPairs"]
ANSWER = AnswerPlan(
    "listConvertPairs",
    {"type": "array", "items": {"$ref": "ConvertPair"}},
    schemas='{"ConvertPair":{"properties":{"fromAsset":{"type":"string"},"fromAssetMaxAmount":{"type":"string"},"fromAssetMinAmount":{"type":"string"},"fromIsBase":{"type":"boolean"},"toAsset":{"type":"string"},"toAssetMaxAmount":{"type":"string"},"toAssetMinAmount":{"type":"string"}},"required":["fromAsset","toAsset","fromAssetMinAmount","fromAssetMaxAmount","toAssetMinAmount","toAssetMaxAmount"],"type":"object"}}',
)


def _arguments(
    *,
    from_asset: str | None = None,
    to_asset: str | None = None,
) -> dict[str, object]:
    return {
        "from_asset": from_asset,
        "to_asset": to_asset,
    }


def _parse(data: Any) -> list[ConvertPair]:
    try:
        response_200 = [ConvertPair.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    from_asset: str | None = None,
    to_asset: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[ConvertPair]]:
    """`Spot.convert.list_convert_pairs`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            from_asset=from_asset,
            to_asset=to_asset,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    from_asset: str | None = None,
    to_asset: str | None = None,
    **options: Unpack[CallOptions],
) -> list[ConvertPair]:
    """`Spot.convert.list_convert_pairs` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            from_asset=from_asset,
            to_asset=to_asset,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    from_asset: str | None = None,
    to_asset: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[ConvertPair]]:
    """`Spot.convert.list_convert_pairs` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            from_asset=from_asset,
            to_asset=to_asset,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    from_asset: str | None = None,
    to_asset: str | None = None,
    **options: Unpack[CallOptions],
) -> list[ConvertPair]:
    """`Spot.convert.list_convert_pairs` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            from_asset=from_asset,
            to_asset=to_asset,
        ),
        options,
    )
