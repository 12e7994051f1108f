"""Ongoing stable-rate loans (retired): GET /sapi/v1/loan/ongoing/orders (USER_DATA, weight 300).

The parameters and answer are described on `Spot.crypto_loans.stable_loan_ongoing_orders`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.crypto_loans_stable_ongoing_orders import CryptoLoansStableOngoingOrders
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["stableLoanOngoingOrders"]
ANSWER = AnswerPlan(
    "stableLoanOngoingOrders",
    {"$ref": "CryptoLoansStableOngoingOrders"},
    schemas='{"CryptoLoansStableOngoingOrder":{"properties":{"collateralAmount":{"type":"string"},"collateralCoin":{"type":"string"},"currentLTV":{"type":"string"},"expirationTime":{"type":"integer"},"loanCoin":{"type":"string"},"orderId":{"type":"integer"},"residualInterest":{"type":"string"},"totalDebt":{"type":"string"}},"required":["orderId","loanCoin","totalDebt","residualInterest","collateralCoin","collateralAmount","currentLTV","expirationTime"],"type":"object"},"CryptoLoansStableOngoingOrders":{"properties":{"rows":{"items":{"$ref":"CryptoLoansStableOngoingOrder"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"}}',
)


def _arguments(
    *,
    order_id: int | None = None,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    current: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "order_id": order_id,
        "loan_coin": loan_coin,
        "collateral_coin": collateral_coin,
        "current": current,
        "limit": limit,
    }


def _parse(data: Any) -> CryptoLoansStableOngoingOrders:
    try:
        response_200 = CryptoLoansStableOngoingOrders.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    order_id: int | None = None,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    current: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansStableOngoingOrders]:
    """`Spot.crypto_loans.stable_loan_ongoing_orders`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            order_id=order_id,
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
    order_id: int | None = None,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    current: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> CryptoLoansStableOngoingOrders:
    """`Spot.crypto_loans.stable_loan_ongoing_orders` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            order_id=order_id,
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
    order_id: int | None = None,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    current: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansStableOngoingOrders]:
    """`Spot.crypto_loans.stable_loan_ongoing_orders` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            order_id=order_id,
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
    order_id: int | None = None,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    current: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> CryptoLoansStableOngoingOrders:
    """`Spot.crypto_loans.stable_loan_ongoing_orders` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            current=current,
            limit=limit,
        ),
        options,
    )
