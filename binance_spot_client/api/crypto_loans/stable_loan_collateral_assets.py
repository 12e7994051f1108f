"""Stable-rate collateral coins (retired): GET /sapi/v1/loan/collateral/data (USER_DATA, weight 400).

The parameters and answer are described on `Spot.crypto_loans.stable_loan_collateral_assets`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.crypto_loans_stable_collateral_assets import CryptoLoansStableCollateralAssets
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["stableLoanCollateralAssets"]
ANSWER = AnswerPlan(
    "stableLoanCollateralAssets",
    {"$ref": "CryptoLoansStableCollateralAssets"},
    schemas='{"CryptoLoansStableCollateralAsset":{"properties":{"collateralCoin":{"type":"string"},"initialLTV":{"type":"string"},"liquidationLTV":{"type":"string"},"marginCallLTV":{"type":"string"},"maxLimit":{"type":"string"},"vipLevel":{"type":"integer"}},"required":["collateralCoin","initialLTV","marginCallLTV","liquidationLTV","maxLimit","vipLevel"],"type":"object"},"CryptoLoansStableCollateralAssets":{"properties":{"rows":{"items":{"$ref":"CryptoLoansStableCollateralAsset"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"}}',
)


def _arguments(
    *,
    collateral_coin: str | None = None,
    vip_level: int | None = None,
) -> dict[str, object]:
    return {
        "collateral_coin": collateral_coin,
        "vip_level": vip_level,
    }


def _parse(data: Any) -> CryptoLoansStableCollateralAssets:
    try:
        response_200 = CryptoLoansStableCollateralAssets.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    collateral_coin: str | None = None,
    vip_level: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansStableCollateralAssets]:
    """`Spot.crypto_loans.stable_loan_collateral_assets`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            collateral_coin=collateral_coin,
            vip_level=vip_level,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    collateral_coin: str | None = None,
    vip_level: int | None = None,
    **options: Unpack[CallOptions],
) -> CryptoLoansStableCollateralAssets:
    """`Spot.crypto_loans.stable_loan_collateral_assets` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            collateral_coin=collateral_coin,
            vip_level=vip_level,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    collateral_coin: str | None = None,
    vip_level: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansStableCollateralAssets]:
    """`Spot.crypto_loans.stable_loan_collateral_assets` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            collateral_coin=collateral_coin,
            vip_level=vip_level,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    collateral_coin: str | None = None,
    vip_level: int | None = None,
    **options: Unpack[CallOptions],
) -> CryptoLoansStableCollateralAssets:
    """`Spot.crypto_loans.stable_loan_collateral_assets` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            collateral_coin=collateral_coin,
            vip_level=vip_level,
        ),
        options,
    )
