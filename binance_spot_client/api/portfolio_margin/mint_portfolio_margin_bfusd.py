"""Mint BFUSD: POST /sapi/v1/portfolio/mint (TRADE, weight 1500).

The parameters and answer are described on `Spot.portfolio_margin.mint_portfolio_margin_bfusd`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.portfolio_margin_bfusd_mint import PortfolioMarginBfusdMint
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["mintPortfolioMarginBfusd"]
ANSWER = AnswerPlan(
    "mintPortfolioMarginBfusd",
    {"$ref": "PortfolioMarginBfusdMint"},
    schemas='{"PortfolioMarginBfusdMint":{"properties":{"fromAsset":{"type":"string"},"fromAssetQty":{"type":"number"},"mintRate":{"type":"number"},"targetAsset":{"type":"string"},"targetAssetQty":{"type":"number"}},"required":["fromAsset","targetAsset","fromAssetQty","targetAssetQty","mintRate"],"type":"object"}}',
)


def _arguments(
    from_asset: str,
    target_asset: str,
    amount: DecimalLike,
) -> dict[str, object]:
    return {
        "from_asset": from_asset,
        "target_asset": target_asset,
        "amount": amount,
    }


def _parse(data: Any) -> PortfolioMarginBfusdMint:
    try:
        response_200 = PortfolioMarginBfusdMint.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    from_asset: str,
    target_asset: str,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> Response[PortfolioMarginBfusdMint]:
    """`Spot.portfolio_margin.mint_portfolio_margin_bfusd`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            from_asset=from_asset,
            target_asset=target_asset,
            amount=amount,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    from_asset: str,
    target_asset: str,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> PortfolioMarginBfusdMint:
    """`Spot.portfolio_margin.mint_portfolio_margin_bfusd` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            from_asset=from_asset,
            target_asset=target_asset,
            amount=amount,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    from_asset: str,
    target_asset: str,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> Response[PortfolioMarginBfusdMint]:
    """`Spot.portfolio_margin.mint_portfolio_margin_bfusd` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            from_asset=from_asset,
            target_asset=target_asset,
            amount=amount,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    from_asset: str,
    target_asset: str,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> PortfolioMarginBfusdMint:
    """`Spot.portfolio_margin.mint_portfolio_margin_bfusd` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            from_asset=from_asset,
            target_asset=target_asset,
            amount=amount,
        ),
        options,
    )
