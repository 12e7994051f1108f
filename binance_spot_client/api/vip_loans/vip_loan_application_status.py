"""VIP loan applications: GET /sapi/v1/loan/vip/request/data (USER_DATA, weight 400).

The parameters and answer are described on `Spot.vip_loans.vip_loan_application_status`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.vip_loans_applications import VipLoansApplications
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["vipLoanApplicationStatus"]
ANSWER = AnswerPlan(
    "vipLoanApplicationStatus",
    {"$ref": "VipLoansApplications"},
    schemas='{"VipLoansApplication":{"properties":{"collateralAccountId":{"type":"string"},"collateralCoin":{"type":"string"},"loanAccountId":{"type":"string"},"loanAmount":{"type":"string"},"loanCoin":{"type":"string"},"loanDate":{"type":"string"},"loanTerm":{"type":"string"},"orderId":{"type":"string"},"requestId":{"type":"string"},"status":{"type":"string"}},"required":["loanAccountId","orderId","requestId","loanCoin","loanAmount","collateralAccountId","collateralCoin","loanTerm","status"],"type":"object"},"VipLoansApplications":{"properties":{"rows":{"items":{"$ref":"VipLoansApplication"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"}}',
)


def _arguments(
    *,
    current: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "current": current,
        "limit": limit,
    }


def _parse(data: Any) -> VipLoansApplications:
    try:
        response_200 = VipLoansApplications.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    current: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[VipLoansApplications]:
    """`Spot.vip_loans.vip_loan_application_status`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            current=current,
            limit=limit,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    current: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> VipLoansApplications:
    """`Spot.vip_loans.vip_loan_application_status` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            current=current,
            limit=limit,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    current: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[VipLoansApplications]:
    """`Spot.vip_loans.vip_loan_application_status` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            current=current,
            limit=limit,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    current: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> VipLoansApplications:
    """`Spot.vip_loans.vip_loan_application_status` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            current=current,
            limit=limit,
        ),
        options,
    )
