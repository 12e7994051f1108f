"""VIP fixed-rate market: GET /sapi/v1/loan/vip/fixed/market (USER_DATA, weight 6000).

The parameters and answer are described on `Spot.vip_loans.vip_loan_fixed_rate_market`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.vip_loans_fixed_rate_market import VipLoansFixedRateMarket
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, DurationLike, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["vipLoanFixedRateMarket"]
ANSWER = AnswerPlan(
    "vipLoanFixedRateMarket",
    {"$ref": "VipLoansFixedRateMarket"},
    schemas='{"VipLoansFixedRateMarket":{"properties":{"rows":{"items":{"$ref":"VipLoansFixedRateOffer"},"type":"array"},"total":{"type":"integer"}},"required":["total","rows"],"type":"object"},"VipLoansFixedRateOffer":{"properties":{"availableAmount":{"type":"string"},"coin":{"type":"string"},"duration":{"type":"integer"},"estimatedInterest":{"type":"string"},"interestRate":{"type":"string"},"minimumAmount":{"type":"string"},"requestId":{"type":"integer"},"requestNo":{"type":"integer"}},"required":["requestId","requestNo","coin","interestRate","duration","minimumAmount","availableAmount","estimatedInterest"],"type":"object"}}',
)


def _arguments(
    loan_coin: str,
    *,
    duration: DurationLike | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "loan_coin": loan_coin,
        "duration": duration,
        "current": current,
        "size": size,
    }


def _parse(data: Any) -> VipLoansFixedRateMarket:
    try:
        response_200 = VipLoansFixedRateMarket.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    loan_coin: str,
    duration: DurationLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[VipLoansFixedRateMarket]:
    """`Spot.vip_loans.vip_loan_fixed_rate_market`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            duration=duration,
            current=current,
            size=size,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    loan_coin: str,
    duration: DurationLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> VipLoansFixedRateMarket:
    """`Spot.vip_loans.vip_loan_fixed_rate_market` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            duration=duration,
            current=current,
            size=size,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    loan_coin: str,
    duration: DurationLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[VipLoansFixedRateMarket]:
    """`Spot.vip_loans.vip_loan_fixed_rate_market` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            duration=duration,
            current=current,
            size=size,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    loan_coin: str,
    duration: DurationLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> VipLoansFixedRateMarket:
    """`Spot.vip_loans.vip_loan_fixed_rate_market` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            duration=duration,
            current=current,
            size=size,
        ),
        options,
    )
