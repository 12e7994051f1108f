"""Portfolio margin pro balances: GET /sapi/v1/portfolio/balance (USER_DATA, weight 20).

The parameters and answer are described on `Spot.portfolio_margin.portfolio_margin_balance`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.portfolio_margin_balance import PortfolioMarginBalance
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["portfolioMarginBalance"]
ANSWER = AnswerPlan(
    "portfolioMarginBalance",
    {"type": "array", "items": {"$ref": "PortfolioMarginBalance"}},
    schemas='{"PortfolioMarginBalance":{"properties":{"asset":{"type":"string"},"cmUnrealizedPNL":{"type":"string"},"cmWalletBalance":{"type":"string"},"crossMarginAsset":{"type":"string"},"crossMarginBorrowed":{"type":"string"},"crossMarginFree":{"type":"string"},"crossMarginInterest":{"type":"string"},"crossMarginLocked":{"type":"string"},"negativeBalance":{"type":"string"},"optionEquity":{"type":"string"},"optionWalletBalance":{"type":"string"},"totalWalletBalance":{"type":"string"},"umUnrealizedPNL":{"type":"string"},"umWalletBalance":{"type":"string"},"updateTime":{"type":"integer"}},"required":["asset","totalWalletBalance","crossMarginAsset","crossMarginBorrowed","crossMarginFree","crossMarginInterest","crossMarginLocked","umWalletBalance","umUnrealizedPNL","cmWalletBalance","cmUnrealizedPNL","updateTime","negativeBalance"],"type":"object"}}',
)


def _arguments(
    *,
    asset: str | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
    }


def _parse(data: Any) -> list[PortfolioMarginBalance]:
    try:
        response_200 = [PortfolioMarginBalance.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    asset: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[PortfolioMarginBalance]]:
    """`Spot.portfolio_margin.portfolio_margin_balance`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    asset: str | None = None,
    **options: Unpack[CallOptions],
) -> list[PortfolioMarginBalance]:
    """`Spot.portfolio_margin.portfolio_margin_balance` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[PortfolioMarginBalance]]:
    """`Spot.portfolio_margin.portfolio_margin_balance` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    **options: Unpack[CallOptions],
) -> list[PortfolioMarginBalance]:
    """`Spot.portfolio_margin.portfolio_margin_balance` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
        ),
        options,
    )
