"""Transferable earn asset balance: GET /sapi/v1/portfolio/earn-asset-balance (USER_DATA, weight 1500).

The parameters and answer are described on `Spot.portfolio_margin.portfolio_margin_earn_asset_balance`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.portfolio_margin_earn_asset_balance import PortfolioMarginEarnAssetBalance
from ...models.portfolio_margin_earn_transfer_type import PortfolioMarginEarnTransferType
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["portfolioMarginEarnAssetBalance"]
ANSWER = AnswerPlan(
    "portfolioMarginEarnAssetBalance",
    {"$ref": "PortfolioMarginEarnAssetBalance"},
    schemas='{"PortfolioMarginEarnAssetBalance":{"properties":{"amount":{"type":"string"},"asset":{"type":"string"}},"required":["asset","amount"],"type":"object"}}',
)


def _arguments(
    asset: str,
    transfer_type: PortfolioMarginEarnTransferType | Literal["EARN_TO_FUTURE", "FUTURE_TO_EARN"],
) -> dict[str, object]:
    return {
        "asset": asset,
        "transfer_type": transfer_type,
    }


def _parse(data: Any) -> PortfolioMarginEarnAssetBalance:
    try:
        response_200 = PortfolioMarginEarnAssetBalance.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    asset: str,
    transfer_type: PortfolioMarginEarnTransferType | Literal["EARN_TO_FUTURE", "FUTURE_TO_EARN"],
    **options: Unpack[CallOptions],
) -> Response[PortfolioMarginEarnAssetBalance]:
    """`Spot.portfolio_margin.portfolio_margin_earn_asset_balance`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            transfer_type=transfer_type,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    asset: str,
    transfer_type: PortfolioMarginEarnTransferType | Literal["EARN_TO_FUTURE", "FUTURE_TO_EARN"],
    **options: Unpack[CallOptions],
) -> PortfolioMarginEarnAssetBalance:
    """`Spot.portfolio_margin.portfolio_margin_earn_asset_balance` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            transfer_type=transfer_type,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str,
    transfer_type: PortfolioMarginEarnTransferType | Literal["EARN_TO_FUTURE", "FUTURE_TO_EARN"],
    **options: Unpack[CallOptions],
) -> Response[PortfolioMarginEarnAssetBalance]:
    """`Spot.portfolio_margin.portfolio_margin_earn_asset_balance` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            transfer_type=transfer_type,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str,
    transfer_type: PortfolioMarginEarnTransferType | Literal["EARN_TO_FUTURE", "FUTURE_TO_EARN"],
    **options: Unpack[CallOptions],
) -> PortfolioMarginEarnAssetBalance:
    """`Spot.portfolio_margin.portfolio_margin_earn_asset_balance` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            transfer_type=transfer_type,
        ),
        options,
    )
