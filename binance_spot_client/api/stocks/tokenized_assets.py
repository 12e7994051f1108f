"""Tokenized assets open to mint and redeem: GET /sapi/v1/equity/market/tokenized-assets (MARKET_DATA, weight 1).

The parameters and answer are described on `Spot.stocks.tokenized_assets`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.tokenized_asset import TokenizedAsset
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["tokenizedAssets"]
ANSWER = AnswerPlan(
    "tokenizedAssets",
    {"type": "array", "items": {"$ref": "TokenizedAsset"}},
    schemas='{"TokenizedAsset":{"properties":{"assetCode":{"type":"string"},"assetName":{"type":"string"},"multiplier":{"type":"string"},"multiplierValid":{"type":"boolean"},"underlyingEquitySymbol":{"type":"string"}},"required":["assetCode","underlyingEquitySymbol","multiplier"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> list[TokenizedAsset]:
    try:
        response_200 = [TokenizedAsset.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[TokenizedAsset]]:
    """`Spot.stocks.tokenized_assets`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> list[TokenizedAsset]:
    """`Spot.stocks.tokenized_assets` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[TokenizedAsset]]:
    """`Spot.stocks.tokenized_assets` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> list[TokenizedAsset]:
    """`Spot.stocks.tokenized_assets` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
