"""VIP loanable coins: GET /sapi/v1/loan/vip/loanable/data (USER_DATA, weight 400).

The parameters and answer are described on `Spot.vip_loans.vip_loan_loanable_assets`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.vip_loans_loanable_assets import VipLoansLoanableAssets
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["vipLoanLoanableAssets"]
ANSWER = AnswerPlan(
    "vipLoanLoanableAssets",
    {"$ref": "VipLoansLoanableAssets"},
    schemas='{"VipLoansLoanableAsset":{"properties":{"_30dDailyInterestRate":{"type":"string"},"_30dYearlyInterestRate":{"type":"string"},"_60dDailyInterestRate":{"type":"string"},"_60dYearlyInterestRate":{"type":"string"},"_flexibleDailyInterestRate":{"type":"string"},"_flexibleYearlyInterestRate":{"type":"string"},"loanCoin":{"type":"string"},"maxLimit":{"type":"string"},"minLimit":{"type":"string"},"vipLevel":{"type":"integer"}},"required":["loanCoin","_flexibleDailyInterestRate","_flexibleYearlyInterestRate","_30dDailyInterestRate","_30dYearlyInterestRate","_60dDailyInterestRate","_60dYearlyInterestRate","minLimit","maxLimit","vipLevel"],"type":"object"},"VipLoansLoanableAssets":{"properties":{"rows":{"items":{"$ref":"VipLoansLoanableAsset"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"}}',
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


def _parse(data: Any) -> VipLoansLoanableAssets:
    try:
        response_200 = VipLoansLoanableAssets.from_dict(data)

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
) -> Response[VipLoansLoanableAssets]:
    """`Spot.vip_loans.vip_loan_loanable_assets`, returning the whole response: status, headers, rate limits and the model."""
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
) -> VipLoansLoanableAssets:
    """`Spot.vip_loans.vip_loan_loanable_assets` as a function of the client."""
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
) -> Response[VipLoansLoanableAssets]:
    """`Spot.vip_loans.vip_loan_loanable_assets` on an async client, returning the whole response."""
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
) -> VipLoansLoanableAssets:
    """`Spot.vip_loans.vip_loan_loanable_assets` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            vip_level=vip_level,
        ),
        options,
    )
