"""Flexible-rate loan liquidation history: GET /sapi/v2/loan/flexible/liquidation/history (USER_DATA, weight 400).

The parameters and answer are described on `Spot.crypto_loans.flexible_loan_liquidation_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.crypto_loans_flexible_liquidation_history import CryptoLoansFlexibleLiquidationHistory
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["flexibleLoanLiquidationHistory"]
ANSWER = AnswerPlan(
    "flexibleLoanLiquidationHistory",
    {"$ref": "CryptoLoansFlexibleLiquidationHistory"},
    schemas='{"CryptoLoansFlexibleLiquidation":{"properties":{"collateralCoin":{"type":"string"},"liquidationCollateralAmount":{"type":"string"},"liquidationDebt":{"type":"string"},"liquidationFee":{"type":"string"},"liquidationStartingPrice":{"type":"string"},"liquidationStartingTime":{"type":"integer"},"loanCoin":{"type":"string"},"returnCollateralAmount":{"type":"string"},"status":{"type":"string"}},"required":["loanCoin","liquidationDebt","collateralCoin","liquidationCollateralAmount","returnCollateralAmount","liquidationFee","liquidationStartingPrice","liquidationStartingTime","status"],"type":"object"},"CryptoLoansFlexibleLiquidationHistory":{"properties":{"rows":{"items":{"$ref":"CryptoLoansFlexibleLiquidation"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"}}',
)


def _arguments(
    *,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "loan_coin": loan_coin,
        "collateral_coin": collateral_coin,
        "start_time": start_time,
        "end_time": end_time,
        "current": current,
        "limit": limit,
    }


def _parse(data: Any) -> CryptoLoansFlexibleLiquidationHistory:
    try:
        response_200 = CryptoLoansFlexibleLiquidationHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansFlexibleLiquidationHistory]:
    """`Spot.crypto_loans.flexible_loan_liquidation_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            start_time=start_time,
            end_time=end_time,
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
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> CryptoLoansFlexibleLiquidationHistory:
    """`Spot.crypto_loans.flexible_loan_liquidation_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            start_time=start_time,
            end_time=end_time,
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
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansFlexibleLiquidationHistory]:
    """`Spot.crypto_loans.flexible_loan_liquidation_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            start_time=start_time,
            end_time=end_time,
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
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> CryptoLoansFlexibleLiquidationHistory:
    """`Spot.crypto_loans.flexible_loan_liquidation_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            start_time=start_time,
            end_time=end_time,
            current=current,
            limit=limit,
        ),
        options,
    )
