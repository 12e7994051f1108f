"""Redeem ETH: POST /sapi/v1/eth-staking/eth/redeem (TRADE, weight 150).

The parameters and answer are described on `Spot.staking.redeem_eth`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.staking_eth_redeem_asset import StakingEthRedeemAsset
from ...models.staking_eth_redemption import StakingEthRedemption
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["redeemEth"]
ANSWER = AnswerPlan(
    "redeemEth",
    {"$ref": "StakingEthRedemption"},
    schemas='{"StakingEthRedemption":{"properties":{"arrivalTime":{"type":"integer"},"conversionRatio":{"type":"string"},"ethAmount":{"type":"string"},"redeemId":{"type":"integer"},"success":{"type":"boolean"}},"required":["success","ethAmount","conversionRatio","arrivalTime"],"type":"object"}}',
)


def _arguments(
    amount: DecimalLike,
    *,
    asset: StakingEthRedeemAsset | Literal["WBETH", "BETH"] | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "amount": amount,
    }


def _parse(data: Any) -> StakingEthRedemption:
    try:
        response_200 = StakingEthRedemption.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    amount: DecimalLike,
    asset: StakingEthRedeemAsset | Literal["WBETH", "BETH"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[StakingEthRedemption]:
    """`Spot.staking.redeem_eth`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            amount=amount,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    amount: DecimalLike,
    asset: StakingEthRedeemAsset | Literal["WBETH", "BETH"] | None = None,
    **options: Unpack[CallOptions],
) -> StakingEthRedemption:
    """`Spot.staking.redeem_eth` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            amount=amount,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    amount: DecimalLike,
    asset: StakingEthRedeemAsset | Literal["WBETH", "BETH"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[StakingEthRedemption]:
    """`Spot.staking.redeem_eth` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            amount=amount,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    amount: DecimalLike,
    asset: StakingEthRedeemAsset | Literal["WBETH", "BETH"] | None = None,
    **options: Unpack[CallOptions],
) -> StakingEthRedemption:
    """`Spot.staking.redeem_eth` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            amount=amount,
        ),
        options,
    )
