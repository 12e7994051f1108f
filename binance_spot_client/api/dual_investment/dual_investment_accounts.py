"""Dual Investment account summary: GET /sapi/v1/dci/product/accounts (USER_DATA, weight 1).

The parameters and answer are described on `Spot.dual_investment.dual_investment_accounts`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.dual_investment_account import DualInvestmentAccount
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["dualInvestmentAccounts"]
ANSWER = AnswerPlan(
    "dualInvestmentAccounts",
    {"$ref": "DualInvestmentAccount"},
    schemas='{"DualInvestmentAccount":{"properties":{"totalAmountInBTC":{"type":"string"},"totalAmountInUSDT":{"type":"string"}},"required":["totalAmountInBTC","totalAmountInUSDT"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> DualInvestmentAccount:
    try:
        response_200 = DualInvestmentAccount.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[DualInvestmentAccount]:
    """`Spot.dual_investment.dual_investment_accounts`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> DualInvestmentAccount:
    """`Spot.dual_investment.dual_investment_accounts` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[DualInvestmentAccount]:
    """`Spot.dual_investment.dual_investment_accounts` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> DualInvestmentAccount:
    """`Spot.dual_investment.dual_investment_accounts` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
