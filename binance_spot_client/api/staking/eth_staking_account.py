"""ETH staking account: GET /sapi/v2/eth-staking/account (USER_DATA, weight 150).

The parameters and answer are described on `Spot.staking.eth_staking_account`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.staking_eth_account import StakingEthAccount
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["ethStakingAccount"]
ANSWER = AnswerPlan(
    "ethStakingAccount",
    {"$ref": "StakingEthAccount"},
    schemas='{"StakingEthAccount":{"properties":{"holdingInETH":{"type":"string"},"holdings":{"$ref":"StakingEthHoldings"},"profit":{"$ref":"StakingEthProfit"},"thirtyDaysProfitInETH":{"type":"string"}},"required":["holdingInETH","holdings","thirtyDaysProfitInETH","profit"],"type":"object"},"StakingEthHoldings":{"properties":{"bethAmount":{"type":"string"},"wbethAmount":{"type":"string"}},"required":["wbethAmount","bethAmount"],"type":"object"},"StakingEthProfit":{"properties":{"amountFromBETH":{"type":"string"},"amountFromWBETH":{"type":"string"}},"required":["amountFromWBETH","amountFromBETH"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> StakingEthAccount:
    try:
        response_200 = StakingEthAccount.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[StakingEthAccount]:
    """`Spot.staking.eth_staking_account`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> StakingEthAccount:
    """`Spot.staking.eth_staking_account` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[StakingEthAccount]:
    """`Spot.staking.eth_staking_account` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> StakingEthAccount:
    """`Spot.staking.eth_staking_account` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
