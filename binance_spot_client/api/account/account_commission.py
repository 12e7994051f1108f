"""Commission rates: GET /api/v3/account/commission (USER_DATA, weight 20).

The parameters and answer are described on `Spot.account_commission`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.account_commission import AccountCommission
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["accountCommission"]
ANSWER = AnswerPlan(
    "accountCommission",
    {"$ref": "AccountCommission"},
    schemas='{"AccountCommission":{"properties":{"discount":{"$ref":"AccountCommissionDiscount"},"specialCommission":{"$ref":"CommissionRates"},"standardCommission":{"$ref":"CommissionRates"},"symbol":{"type":"string"},"taxCommission":{"$ref":"CommissionRates"}},"required":["symbol","standardCommission","specialCommission","taxCommission","discount"],"type":"object"},"AccountCommissionDiscount":{"properties":{"discount":{"type":"string"},"discountAsset":{"type":"string"},"enabledForAccount":{"type":"boolean"},"enabledForSymbol":{"type":"boolean"}},"required":["enabledForAccount","enabledForSymbol","discountAsset","discount"],"type":"object"},"CommissionRates":{"properties":{"buyer":{"type":"string"},"maker":{"type":"string"},"seller":{"type":"string"},"taker":{"type":"string"}},"required":["maker","taker","buyer","seller"],"type":"object"}}',
)


def _arguments(
    symbol: str,
) -> dict[str, object]:
    return {
        "symbol": symbol,
    }


def _parse(data: Any) -> AccountCommission:
    try:
        response_200 = AccountCommission.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    **options: Unpack[CallOptions],
) -> Response[AccountCommission]:
    """`Spot.account_commission`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str,
    **options: Unpack[CallOptions],
) -> AccountCommission:
    """`Spot.account_commission` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    **options: Unpack[CallOptions],
) -> Response[AccountCommission]:
    """`Spot.account_commission` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    **options: Unpack[CallOptions],
) -> AccountCommission:
    """`Spot.account_commission` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )
