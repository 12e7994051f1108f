"""Account info: GET /sapi/v1/account/info (USER_DATA, weight 1).

The parameters and answer are described on `Spot.wallet.account_info`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.wallet_account_info import WalletAccountInfo
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["accountInfo"]
ANSWER = AnswerPlan(
    "accountInfo",
    {"$ref": "WalletAccountInfo"},
    schemas='{"WalletAccountInfo":{"properties":{"isFutureEnabled":{"type":"boolean"},"isMarginEnabled":{"type":"boolean"},"isOptionsEnabled":{"type":"boolean"},"isPortfolioMarginRetailEnabled":{"type":"boolean"},"vipLevel":{"type":"integer"}},"required":["vipLevel","isMarginEnabled","isFutureEnabled"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> WalletAccountInfo:
    try:
        response_200 = WalletAccountInfo.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[WalletAccountInfo]:
    """`Spot.wallet.account_info`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> WalletAccountInfo:
    """`Spot.wallet.account_info` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[WalletAccountInfo]:
    """`Spot.wallet.account_info` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> WalletAccountInfo:
    """`Spot.wallet.account_info` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
