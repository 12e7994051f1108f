"""VIP collateral coins: GET /sapi/v1/loan/vip/collateral/data (USER_DATA, weight 400).

The parameters and answer are described on `Spot.vip_loans.vip_loan_collateral_assets`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.vip_loans_collateral_assets import VipLoansCollateralAssets
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["vipLoanCollateralAssets"]
ANSWER = AnswerPlan(
    "vipLoanCollateralAssets",
    {"$ref": "VipLoansCollateralAssets"},
    schemas='{"VipLoansCollateralAsset":{"properties":{"_1stCollateralRange":{"type":"string"},"_1stCollateralRatio":{"type":"string"},"_2ndCollateralRange":{"type":"string"},"_2ndCollateralRatio":{"type":"string"},"_3rdCollateralRange":{"type":"string"},"_3rdCollateralRatio":{"type":"string"},"_4thCollateralRange":{"type":"string"},"_4thCollateralRatio":{"type":"string"},"collateralCoin":{"type":"string"}},"required":["collateralCoin","_1stCollateralRatio","_1stCollateralRange","_2ndCollateralRatio","_2ndCollateralRange","_3rdCollateralRatio","_3rdCollateralRange","_4thCollateralRatio","_4thCollateralRange"],"type":"object"},"VipLoansCollateralAssets":{"properties":{"rows":{"items":{"$ref":"VipLoansCollateralAsset"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"}}',
)


def _arguments(
    *,
    collateral_coin: str | None = None,
) -> dict[str, object]:
    return {
        "collateral_coin": collateral_coin,
    }


def _parse(data: Any) -> VipLoansCollateralAssets:
    try:
        response_200 = VipLoansCollateralAssets.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    collateral_coin: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[VipLoansCollateralAssets]:
    """`Spot.vip_loans.vip_loan_collateral_assets`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            collateral_coin=collateral_coin,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    collateral_coin: str | None = None,
    **options: Unpack[CallOptions],
) -> VipLoansCollateralAssets:
    """`Spot.vip_loans.vip_loan_collateral_assets` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            collateral_coin=collateral_coin,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    collateral_coin: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[VipLoansCollateralAssets]:
    """`Spot.vip_loans.vip_loan_collateral_assets` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            collateral_coin=collateral_coin,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    collateral_coin: str | None = None,
    **options: Unpack[CallOptions],
) -> VipLoansCollateralAssets:
    """`Spot.vip_loans.vip_loan_collateral_assets` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            collateral_coin=collateral_coin,
        ),
        options,
    )
