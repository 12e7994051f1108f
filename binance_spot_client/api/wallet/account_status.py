"""Account status: GET /sapi/v1/account/status (USER_DATA, weight 1).

The parameters and answer are described on `Spot.wallet.account_status`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.wallet_account_status import WalletAccountStatus
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["accountStatus"]
ANSWER = AnswerPlan(
    "accountStatus",
    {"$ref": "WalletAccountStatus"},
    schemas='{"WalletAccountStatus":{"properties":{"data":{"type":"string"}},"required":["data"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> WalletAccountStatus:
    try:
        response_200 = WalletAccountStatus.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[WalletAccountStatus]:
    """`Spot.wallet.account_status`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> WalletAccountStatus:
    """`Spot.wallet.account_status` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[WalletAccountStatus]:
    """`Spot.wallet.account_status` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> WalletAccountStatus:
    """`Spot.wallet.account_status` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
