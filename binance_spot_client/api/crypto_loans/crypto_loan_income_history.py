"""Crypto loan asset movements: GET /sapi/v1/loan/income (USER_DATA, weight 6000).

The parameters and answer are described on `Spot.crypto_loans.crypto_loan_income_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.crypto_loans_income import CryptoLoansIncome
from ...models.crypto_loans_income_type import CryptoLoansIncomeType
from ...operations import OPERATIONS
from ...signing import (
    AnswerPlan,
    AsyncSpotClient,
    CallOptions,
    Endpoint,
    Response,
    SpotClient,
    TimeLike,
    former_keywords,
)
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["cryptoLoanIncomeHistory"]
ANSWER = AnswerPlan(
    "cryptoLoanIncomeHistory",
    {"type": "array", "items": {"$ref": "CryptoLoansIncome"}},
    schemas='{"CryptoLoansIncome":{"properties":{"amount":{"type":"string"},"asset":{"type":"string"},"timestamp":{"type":"integer"},"tranId":{"type":"string"},"type":{"$ref":"CryptoLoansIncomeType"}},"required":["asset","type","amount","timestamp","tranId"],"type":"object"},"CryptoLoansIncomeType":{"type":"string"}}',
)


def _arguments(
    *,
    asset: str | None = None,
    type: CryptoLoansIncomeType
    | Literal[
        "borrowIn",
        "collateralSpent",
        "repayAmount",
        "collateralReturn",
        "addCollateral",
        "removeCollateral",
        "collateralReturnAfterLiquidation",
    ]
    | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "type": type,
        "start_time": start_time,
        "end_time": end_time,
        "limit": limit,
    }


def _parse(data: Any) -> list[CryptoLoansIncome]:
    try:
        response_200 = [CryptoLoansIncome.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


@former_keywords({"type_": "type"})
def sync_detailed(
    *,
    client: SpotClient,
    asset: str | None = None,
    type: CryptoLoansIncomeType
    | Literal[
        "borrowIn",
        "collateralSpent",
        "repayAmount",
        "collateralReturn",
        "addCollateral",
        "removeCollateral",
        "collateralReturnAfterLiquidation",
    ]
    | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[CryptoLoansIncome]]:
    """`Spot.crypto_loans.crypto_loan_income_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            type=type,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        options,
    )


@former_keywords({"type_": "type"})
def sync(
    *,
    client: SpotClient,
    asset: str | None = None,
    type: CryptoLoansIncomeType
    | Literal[
        "borrowIn",
        "collateralSpent",
        "repayAmount",
        "collateralReturn",
        "addCollateral",
        "removeCollateral",
        "collateralReturnAfterLiquidation",
    ]
    | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> list[CryptoLoansIncome]:
    """`Spot.crypto_loans.crypto_loan_income_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            type=type,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        options,
    )


@former_keywords({"type_": "type"})
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    type: CryptoLoansIncomeType
    | Literal[
        "borrowIn",
        "collateralSpent",
        "repayAmount",
        "collateralReturn",
        "addCollateral",
        "removeCollateral",
        "collateralReturnAfterLiquidation",
    ]
    | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[CryptoLoansIncome]]:
    """`Spot.crypto_loans.crypto_loan_income_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            type=type,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        options,
    )


@former_keywords({"type_": "type"})
async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    type: CryptoLoansIncomeType
    | Literal[
        "borrowIn",
        "collateralSpent",
        "repayAmount",
        "collateralReturn",
        "addCollateral",
        "removeCollateral",
        "collateralReturnAfterLiquidation",
    ]
    | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> list[CryptoLoansIncome]:
    """`Spot.crypto_loans.crypto_loan_income_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            type=type,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        options,
    )
