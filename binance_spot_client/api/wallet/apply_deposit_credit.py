"""Credit a deposit to an expired address: POST /sapi/v1/capital/deposit/credit-apply (USER_DATA, weight 1).

The parameters and answer are described on `Spot.wallet.apply_deposit_credit`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.wallet_deposit_credit_result import WalletDepositCreditResult
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["applyDepositCredit"]
ANSWER = AnswerPlan(
    "applyDepositCredit",
    {"$ref": "WalletDepositCreditResult"},
    schemas='{"WalletDepositCreditResult":{"properties":{"code":{"type":"string"},"data":{"type":"boolean"},"message":{"type":"string"},"success":{"type":"boolean"}},"required":["code","message","data","success"],"type":"object"}}',
)


def _arguments(
    *,
    deposit_id: int | None = None,
    tx_id: str | None = None,
    sub_account_id: int | None = None,
    sub_user_id: int | None = None,
) -> dict[str, object]:
    return {
        "deposit_id": deposit_id,
        "tx_id": tx_id,
        "sub_account_id": sub_account_id,
        "sub_user_id": sub_user_id,
    }


def _parse(data: Any) -> WalletDepositCreditResult:
    try:
        response_200 = WalletDepositCreditResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    deposit_id: int | None = None,
    tx_id: str | None = None,
    sub_account_id: int | None = None,
    sub_user_id: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[WalletDepositCreditResult]:
    """`Spot.wallet.apply_deposit_credit`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            deposit_id=deposit_id,
            tx_id=tx_id,
            sub_account_id=sub_account_id,
            sub_user_id=sub_user_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    deposit_id: int | None = None,
    tx_id: str | None = None,
    sub_account_id: int | None = None,
    sub_user_id: int | None = None,
    **options: Unpack[CallOptions],
) -> WalletDepositCreditResult:
    """`Spot.wallet.apply_deposit_credit` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            deposit_id=deposit_id,
            tx_id=tx_id,
            sub_account_id=sub_account_id,
            sub_user_id=sub_user_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    deposit_id: int | None = None,
    tx_id: str | None = None,
    sub_account_id: int | None = None,
    sub_user_id: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[WalletDepositCreditResult]:
    """`Spot.wallet.apply_deposit_credit` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            deposit_id=deposit_id,
            tx_id=tx_id,
            sub_account_id=sub_account_id,
            sub_user_id=sub_user_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    deposit_id: int | None = None,
    tx_id: str | None = None,
    sub_account_id: int | None = None,
    sub_user_id: int | None = None,
    **options: Unpack[CallOptions],
) -> WalletDepositCreditResult:
    """`Spot.wallet.apply_deposit_credit` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            deposit_id=deposit_id,
            tx_id=tx_id,
            sub_account_id=sub_account_id,
            sub_user_id=sub_user_id,
        ),
        options,
    )
