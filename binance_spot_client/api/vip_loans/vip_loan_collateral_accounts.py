"""VIP loan collateral accounts: GET /sapi/v1/loan/vip/collateral/account (USER_DATA, weight 6000).

The parameters and answer are described on `Spot.vip_loans.vip_loan_collateral_accounts`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.vip_loans_collateral_accounts import VipLoansCollateralAccounts
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["vipLoanCollateralAccounts"]
ANSWER = AnswerPlan(
    "vipLoanCollateralAccounts",
    {"$ref": "VipLoansCollateralAccounts"},
    schemas='{"VipLoansCollateralAccount":{"properties":{"collateralAccountId":{"type":"string"},"collateralCoin":{"type":"string"},"collateralValue":{"type":"string"}},"required":["collateralAccountId","collateralCoin"],"type":"object"},"VipLoansCollateralAccounts":{"properties":{"rows":{"items":{"$ref":"VipLoansCollateralAccount"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"}}',
)


def _arguments(
    *,
    order_id: int | None = None,
    collateral_account_id: int | None = None,
) -> dict[str, object]:
    return {
        "order_id": order_id,
        "collateral_account_id": collateral_account_id,
    }


def _parse(data: Any) -> VipLoansCollateralAccounts:
    try:
        response_200 = VipLoansCollateralAccounts.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    order_id: int | None = None,
    collateral_account_id: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[VipLoansCollateralAccounts]:
    """`Spot.vip_loans.vip_loan_collateral_accounts`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            collateral_account_id=collateral_account_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    order_id: int | None = None,
    collateral_account_id: int | None = None,
    **options: Unpack[CallOptions],
) -> VipLoansCollateralAccounts:
    """`Spot.vip_loans.vip_loan_collateral_accounts` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            collateral_account_id=collateral_account_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    order_id: int | None = None,
    collateral_account_id: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[VipLoansCollateralAccounts]:
    """`Spot.vip_loans.vip_loan_collateral_accounts` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            collateral_account_id=collateral_account_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    order_id: int | None = None,
    collateral_account_id: int | None = None,
    **options: Unpack[CallOptions],
) -> VipLoansCollateralAccounts:
    """`Spot.vip_loans.vip_loan_collateral_accounts` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            collateral_account_id=collateral_account_id,
        ),
        options,
    )
