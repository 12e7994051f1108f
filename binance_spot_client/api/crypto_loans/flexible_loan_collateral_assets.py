"""Flexible-rate collateral coins: GET /sapi/v2/loan/flexible/collateral/data (USER_DATA, weight 400).

The parameters and answer are described on `Spot.crypto_loans.flexible_loan_collateral_assets`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.crypto_loans_flexible_collateral_assets import CryptoLoansFlexibleCollateralAssets
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["flexibleLoanCollateralAssets"]
ANSWER = AnswerPlan(
    "flexibleLoanCollateralAssets",
    {"$ref": "CryptoLoansFlexibleCollateralAssets"},
    schemas='{"CryptoLoansFlexibleCollateralAsset":{"properties":{"collateralCoin":{"type":"string"},"initialLTV":{"type":"string"},"liquidationLTV":{"type":"string"},"marginCallLTV":{"type":"string"},"maxLimit":{"type":"string"}},"required":["collateralCoin","initialLTV","marginCallLTV","liquidationLTV","maxLimit"],"type":"object"},"CryptoLoansFlexibleCollateralAssets":{"properties":{"rows":{"items":{"$ref":"CryptoLoansFlexibleCollateralAsset"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"}}',
)


def _arguments(
    *,
    collateral_coin: str | None = None,
) -> dict[str, object]:
    return {
        "collateral_coin": collateral_coin,
    }


def _parse(data: Any) -> CryptoLoansFlexibleCollateralAssets:
    try:
        response_200 = CryptoLoansFlexibleCollateralAssets.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    collateral_coin: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansFlexibleCollateralAssets]:
    """`Spot.crypto_loans.flexible_loan_collateral_assets`, returning the whole response: status, headers, rate limits and the model."""
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
) -> CryptoLoansFlexibleCollateralAssets:
    """`Spot.crypto_loans.flexible_loan_collateral_assets` as a function of the client."""
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
) -> Response[CryptoLoansFlexibleCollateralAssets]:
    """`Spot.crypto_loans.flexible_loan_collateral_assets` on an async client, returning the whole response."""
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
) -> CryptoLoansFlexibleCollateralAssets:
    """`Spot.crypto_loans.flexible_loan_collateral_assets` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            collateral_coin=collateral_coin,
        ),
        options,
    )
