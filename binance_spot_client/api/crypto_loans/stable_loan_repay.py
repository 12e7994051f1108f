"""Repay a stable-rate loan (retired): POST /sapi/v1/loan/repay (TRADE, weight 6000).

The parameters and answer are described on `Spot.crypto_loans.stable_loan_repay`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.crypto_loans_stable_repay_pending import CryptoLoansStableRepayPending
from ...models.crypto_loans_stable_repay_result import CryptoLoansStableRepayResult
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, former_keywords
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["stableLoanRepay"]
ANSWER = AnswerPlan(
    "stableLoanRepay",
    {"oneOf": [{"$ref": "CryptoLoansStableRepayResult"}, {"$ref": "CryptoLoansStableRepayPending"}]},
    schemas='{"CryptoLoansStableRepayPending":{"properties":{"collateralCoin":{"type":"string"},"loanCoin":{"type":"string"},"repayStatus":{"type":"string"}},"required":["loanCoin","collateralCoin","repayStatus"],"type":"object"},"CryptoLoansStableRepayResult":{"properties":{"collateralCoin":{"type":"string"},"currentLTV":{"type":"string"},"loanCoin":{"type":"string"},"remainingCollateral":{"type":"string"},"remainingInterest":{"type":"string"},"remainingPrincipal":{"type":"string"},"repayStatus":{"type":"string"}},"required":["loanCoin","remainingPrincipal","remainingInterest","collateralCoin","remainingCollateral","currentLTV","repayStatus"],"type":"object"}}',
)


def _arguments(
    order_id: int,
    amount: DecimalLike,
    *,
    type: int | None = None,
    collateral_return: bool | None = None,
) -> dict[str, object]:
    return {
        "order_id": order_id,
        "amount": amount,
        "type": type,
        "collateral_return": collateral_return,
    }


def _parse(data: Any) -> CryptoLoansStableRepayPending | CryptoLoansStableRepayResult:
    try:

        def _parse_response_200(data: object) -> CryptoLoansStableRepayPending | CryptoLoansStableRepayResult:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = CryptoLoansStableRepayResult.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = CryptoLoansStableRepayPending.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


@former_keywords({"type_": "type"})
def sync_detailed(
    *,
    client: SpotClient,
    order_id: int,
    amount: DecimalLike,
    type: int | None = None,
    collateral_return: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansStableRepayPending | CryptoLoansStableRepayResult]:
    """`Spot.crypto_loans.stable_loan_repay`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            amount=amount,
            type=type,
            collateral_return=collateral_return,
        ),
        options,
    )


@former_keywords({"type_": "type"})
def sync(
    *,
    client: SpotClient,
    order_id: int,
    amount: DecimalLike,
    type: int | None = None,
    collateral_return: bool | None = None,
    **options: Unpack[CallOptions],
) -> CryptoLoansStableRepayPending | CryptoLoansStableRepayResult:
    """`Spot.crypto_loans.stable_loan_repay` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            amount=amount,
            type=type,
            collateral_return=collateral_return,
        ),
        options,
    )


@former_keywords({"type_": "type"})
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    order_id: int,
    amount: DecimalLike,
    type: int | None = None,
    collateral_return: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansStableRepayPending | CryptoLoansStableRepayResult]:
    """`Spot.crypto_loans.stable_loan_repay` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            amount=amount,
            type=type,
            collateral_return=collateral_return,
        ),
        options,
    )


@former_keywords({"type_": "type"})
async def asyncio(
    *,
    client: AsyncSpotClient,
    order_id: int,
    amount: DecimalLike,
    type: int | None = None,
    collateral_return: bool | None = None,
    **options: Unpack[CallOptions],
) -> CryptoLoansStableRepayPending | CryptoLoansStableRepayResult:
    """`Spot.crypto_loans.stable_loan_repay` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            amount=amount,
            type=type,
            collateral_return=collateral_return,
        ),
        options,
    )
