"""Stable-rate loanable coins (retired): GET /sapi/v1/loan/loanable/data (USER_DATA, weight 400).

The parameters and answer are described on `Spot.crypto_loans.stable_loan_loanable_assets`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.crypto_loans_stable_loanable_assets import CryptoLoansStableLoanableAssets
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["stableLoanLoanableAssets"]
ANSWER = AnswerPlan(
    "stableLoanLoanableAssets",
    {"$ref": "CryptoLoansStableLoanableAssets"},
    schemas='{"CryptoLoansStableLoanableAsset":{"properties":{"_14dDailyInterestRate":{"type":"string"},"_14dHourlyInterestRate":{"type":"string"},"_180dDailyInterestRate":{"type":"string"},"_180dHourlyInterestRate":{"type":"string"},"_30dDailyInterestRate":{"type":"string"},"_30dHourlyInterestRate":{"type":"string"},"_7dDailyInterestRate":{"type":"string"},"_7dHourlyInterestRate":{"type":"string"},"_90dDailyInterestRate":{"type":"string"},"_90dHourlyInterestRate":{"type":"string"},"loanCoin":{"type":"string"},"maxLimit":{"type":"string"},"minLimit":{"type":"string"},"vipLevel":{"type":"integer"}},"required":["loanCoin","_7dHourlyInterestRate","_7dDailyInterestRate","_14dHourlyInterestRate","_14dDailyInterestRate","_30dHourlyInterestRate","_30dDailyInterestRate","_90dHourlyInterestRate","_90dDailyInterestRate","_180dHourlyInterestRate","_180dDailyInterestRate","minLimit","maxLimit","vipLevel"],"type":"object"},"CryptoLoansStableLoanableAssets":{"properties":{"rows":{"items":{"$ref":"CryptoLoansStableLoanableAsset"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"}}',
)


def _arguments(
    *,
    loan_coin: str | None = None,
    vip_level: int | None = None,
) -> dict[str, object]:
    return {
        "loan_coin": loan_coin,
        "vip_level": vip_level,
    }


def _parse(data: Any) -> CryptoLoansStableLoanableAssets:
    try:
        response_200 = CryptoLoansStableLoanableAssets.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    loan_coin: str | None = None,
    vip_level: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansStableLoanableAssets]:
    """`Spot.crypto_loans.stable_loan_loanable_assets`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            vip_level=vip_level,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    loan_coin: str | None = None,
    vip_level: int | None = None,
    **options: Unpack[CallOptions],
) -> CryptoLoansStableLoanableAssets:
    """`Spot.crypto_loans.stable_loan_loanable_assets` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            vip_level=vip_level,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    loan_coin: str | None = None,
    vip_level: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansStableLoanableAssets]:
    """`Spot.crypto_loans.stable_loan_loanable_assets` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            vip_level=vip_level,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    loan_coin: str | None = None,
    vip_level: int | None = None,
    **options: Unpack[CallOptions],
) -> CryptoLoansStableLoanableAssets:
    """`Spot.crypto_loans.stable_loan_loanable_assets` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            vip_level=vip_level,
        ),
        options,
    )
