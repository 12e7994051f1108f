"""On-chain yields account summary: GET /sapi/v1/onchain-yields/account (USER_DATA, weight 50).

The parameters and answer are described on `Spot.staking.on_chain_yields_account`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.staking_on_chain_account import StakingOnChainAccount
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["onChainYieldsAccount"]
ANSWER = AnswerPlan(
    "onChainYieldsAccount",
    {"$ref": "StakingOnChainAccount"},
    schemas='{"StakingOnChainAccount":{"properties":{"totalAmountInBTC":{"type":"string"},"totalAmountInUSDT":{"type":"string"},"totalFlexibleAmountInBTC":{"type":"string"},"totalFlexibleAmountInUSDT":{"type":"string"},"totalLockedInBTC":{"type":"string"},"totalLockedInUSDT":{"type":"string"}},"required":["totalAmountInBTC","totalAmountInUSDT","totalFlexibleAmountInBTC","totalFlexibleAmountInUSDT","totalLockedInBTC","totalLockedInUSDT"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> StakingOnChainAccount:
    try:
        response_200 = StakingOnChainAccount.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[StakingOnChainAccount]:
    """`Spot.staking.on_chain_yields_account`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> StakingOnChainAccount:
    """`Spot.staking.on_chain_yields_account` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[StakingOnChainAccount]:
    """`Spot.staking.on_chain_yields_account` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> StakingOnChainAccount:
    """`Spot.staking.on_chain_yields_account` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
