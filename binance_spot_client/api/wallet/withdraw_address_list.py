"""Withdrawal address book: GET /sapi/v1/capital/withdraw/address/list (USER_DATA, weight 10).

The parameters and answer are described on `Spot.wallet.withdraw_address_list`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.wallet_withdraw_address import WalletWithdrawAddress
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["withdrawAddressList"]
ANSWER = AnswerPlan(
    "withdrawAddressList",
    {"type": "array", "items": {"$ref": "WalletWithdrawAddress"}},
    schemas='{"WalletWithdrawAddress":{"properties":{"address":{"type":"string"},"addressTag":{"type":"string"},"coin":{"type":"string"},"name":{"type":"string"},"network":{"type":"string"},"origin":{"type":"string"},"originType":{"type":"string"},"whiteStatus":{"type":"boolean"}},"required":["address","addressTag","coin","name","network","origin","originType","whiteStatus"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> list[WalletWithdrawAddress]:
    try:
        response_200 = [WalletWithdrawAddress.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[WalletWithdrawAddress]]:
    """`Spot.wallet.withdraw_address_list`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> list[WalletWithdrawAddress]:
    """`Spot.wallet.withdraw_address_list` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[WalletWithdrawAddress]]:
    """`Spot.wallet.withdraw_address_list` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> list[WalletWithdrawAddress]:
    """`Spot.wallet.withdraw_address_list` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
