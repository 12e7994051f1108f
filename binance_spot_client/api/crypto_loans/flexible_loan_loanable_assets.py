"""Flexible-rate loanable coins: GET /sapi/v2/loan/flexible/loanable/data (USER_DATA, weight 400).

The parameters and answer are described on `Spot.crypto_loans.flexible_loan_loanable_assets`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.crypto_loans_flexible_loanable_assets import CryptoLoansFlexibleLoanableAssets
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["flexibleLoanLoanableAssets"]
ANSWER = AnswerPlan(
    "flexibleLoanLoanableAssets",
    {"$ref": "CryptoLoansFlexibleLoanableAssets"},
    schemas='{"CryptoLoansFlexibleLoanableAsset":{"properties":{"flexibleInterestRate":{"type":"string"},"flexibleMaxLimit":{"type":"string"},"flexibleMinLimit":{"type":"string"},"loanCoin":{"type":"string"}},"required":["loanCoin","flexibleInterestRate","flexibleMinLimit","flexibleMaxLimit"],"type":"object"},"CryptoLoansFlexibleLoanableAssets":{"properties":{"rows":{"items":{"$ref":"CryptoLoansFlexibleLoanableAsset"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"}}',
)


def _arguments(
    *,
    loan_coin: str | None = None,
) -> dict[str, object]:
    return {
        "loan_coin": loan_coin,
    }


def _parse(data: Any) -> CryptoLoansFlexibleLoanableAssets:
    try:
        response_200 = CryptoLoansFlexibleLoanableAssets.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    loan_coin: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansFlexibleLoanableAssets]:
    """`Spot.crypto_loans.flexible_loan_loanable_assets`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    loan_coin: str | None = None,
    **options: Unpack[CallOptions],
) -> CryptoLoansFlexibleLoanableAssets:
    """`Spot.crypto_loans.flexible_loan_loanable_assets` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    loan_coin: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansFlexibleLoanableAssets]:
    """`Spot.crypto_loans.flexible_loan_loanable_assets` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    loan_coin: str | None = None,
    **options: Unpack[CallOptions],
) -> CryptoLoansFlexibleLoanableAssets:
    """`Spot.crypto_loans.flexible_loan_loanable_assets` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
        ),
        options,
    )
