"""Isolated margin accounts: GET /sapi/v1/margin/isolated/account (USER_DATA, weight 10).

The parameters and answer are described on `Spot.margin.isolated_margin_account`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_isolated_account import MarginIsolatedAccount
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["isolatedMarginAccount"]
ANSWER = AnswerPlan(
    "isolatedMarginAccount",
    {"$ref": "MarginIsolatedAccount"},
    schemas='{"MarginIsolatedAccount":{"properties":{"assets":{"items":{"$ref":"MarginIsolatedAccountPair"},"type":"array"},"totalAssetOfBtc":{"type":"string"},"totalLiabilityOfBtc":{"type":"string"},"totalNetAssetOfBtc":{"type":"string"}},"required":["assets"],"type":"object"},"MarginIsolatedAccountAsset":{"properties":{"asset":{"type":"string"},"borrowEnabled":{"type":"boolean"},"borrowed":{"type":"string"},"free":{"type":"string"},"interest":{"type":"string"},"locked":{"type":"string"},"netAsset":{"type":"string"},"netAssetOfBtc":{"type":"string"},"repayEnabled":{"type":"boolean"},"totalAsset":{"type":"string"}},"required":["asset","borrowEnabled","borrowed","free","interest","locked","netAsset","netAssetOfBtc","repayEnabled","totalAsset"],"type":"object"},"MarginIsolatedAccountPair":{"properties":{"baseAsset":{"$ref":"MarginIsolatedAccountAsset"},"enabled":{"type":"boolean"},"indexPrice":{"type":"string"},"isolatedCreated":{"type":"boolean"},"liquidatePrice":{"type":"string"},"liquidateRate":{"type":"string"},"marginLevel":{"type":"string"},"marginLevelStatus":{"$ref":"MarginLevelStatus"},"marginRatio":{"type":"string"},"quoteAsset":{"$ref":"MarginIsolatedAccountAsset"},"symbol":{"type":"string"},"tradeEnabled":{"type":"boolean"}},"required":["baseAsset","quoteAsset","symbol","isolatedCreated","enabled","marginLevel","marginLevelStatus","marginRatio","indexPrice","liquidatePrice","liquidateRate","tradeEnabled"],"type":"object"},"MarginLevelStatus":{"type":"string"}}',
)


def _arguments(
    *,
    symbols: str | None = None,
) -> dict[str, object]:
    return {
        "symbols": symbols,
    }


def _parse(data: Any) -> MarginIsolatedAccount:
    try:
        response_200 = MarginIsolatedAccount.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbols: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginIsolatedAccount]:
    """`Spot.margin.isolated_margin_account`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbols=symbols,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbols: str | None = None,
    **options: Unpack[CallOptions],
) -> MarginIsolatedAccount:
    """`Spot.margin.isolated_margin_account` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbols=symbols,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbols: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginIsolatedAccount]:
    """`Spot.margin.isolated_margin_account` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbols=symbols,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbols: str | None = None,
    **options: Unpack[CallOptions],
) -> MarginIsolatedAccount:
    """`Spot.margin.isolated_margin_account` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbols=symbols,
        ),
        options,
    )
