"""Disable fast withdraw: POST /sapi/v1/account/disableFastWithdrawSwitch (USER_DATA, weight 1).

The parameters and answer are described on `Spot.wallet.disable_fast_withdraw_switch`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.wallet_empty_response import WalletEmptyResponse
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["disableFastWithdrawSwitch"]
ANSWER = AnswerPlan(
    "disableFastWithdrawSwitch",
    {"$ref": "WalletEmptyResponse"},
    schemas='{"WalletEmptyResponse":{"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> WalletEmptyResponse:
    try:
        response_200 = WalletEmptyResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[WalletEmptyResponse]:
    """`Spot.wallet.disable_fast_withdraw_switch`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> WalletEmptyResponse:
    """`Spot.wallet.disable_fast_withdraw_switch` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[WalletEmptyResponse]:
    """`Spot.wallet.disable_fast_withdraw_switch` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> WalletEmptyResponse:
    """`Spot.wallet.disable_fast_withdraw_switch` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
