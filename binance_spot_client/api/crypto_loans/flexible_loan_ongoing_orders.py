"""Ongoing flexible-rate loans: GET /sapi/v2/loan/flexible/ongoing/orders (USER_DATA, weight 300).

The parameters and answer are described on `Spot.crypto_loans.flexible_loan_ongoing_orders`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.crypto_loans_flexible_ongoing_orders import CryptoLoansFlexibleOngoingOrders
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["flexibleLoanOngoingOrders"]
ANSWER = AnswerPlan(
    "flexibleLoanOngoingOrders",
    {"$ref": "CryptoLoansFlexibleOngoingOrders"},
    schemas='{"CryptoLoansFlexibleOngoingOrder":{"properties":{"collateralAmount":{"type":"string"},"collateralCoin":{"type":"string"},"currentLTV":{"type":"string"},"loanCoin":{"type":"string"},"totalDebt":{"type":"string"}},"required":["loanCoin","totalDebt","collateralCoin","collateralAmount","currentLTV"],"type":"object"},"CryptoLoansFlexibleOngoingOrders":{"properties":{"rows":{"items":{"$ref":"CryptoLoansFlexibleOngoingOrder"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"}}',
)


def _arguments(
    *,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    current: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "loan_coin": loan_coin,
        "collateral_coin": collateral_coin,
        "current": current,
        "limit": limit,
    }


def _parse(data: Any) -> CryptoLoansFlexibleOngoingOrders:
    try:
        response_200 = CryptoLoansFlexibleOngoingOrders.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    current: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansFlexibleOngoingOrders]:
    """`Spot.crypto_loans.flexible_loan_ongoing_orders`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            current=current,
            limit=limit,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    current: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> CryptoLoansFlexibleOngoingOrders:
    """`Spot.crypto_loans.flexible_loan_ongoing_orders` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            current=current,
            limit=limit,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    current: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansFlexibleOngoingOrders]:
    """`Spot.crypto_loans.flexible_loan_ongoing_orders` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            current=current,
            limit=limit,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    current: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> CryptoLoansFlexibleOngoingOrders:
    """`Spot.crypto_loans.flexible_loan_ongoing_orders` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            current=current,
            limit=limit,
        ),
        options,
    )
