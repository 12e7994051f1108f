"""System status: GET /sapi/v1/system/status (NONE, weight 1).

The parameters and answer are described on `Spot.wallet.system_status`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.wallet_system_status import WalletSystemStatus
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["systemStatus"]
ANSWER = AnswerPlan(
    "systemStatus",
    {"$ref": "WalletSystemStatus"},
    schemas='{"WalletSystemStatus":{"properties":{"msg":{"type":"string"},"status":{"type":"integer"}},"required":["status","msg"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> WalletSystemStatus:
    try:
        response_200 = WalletSystemStatus.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[WalletSystemStatus]:
    """`Spot.wallet.system_status`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> WalletSystemStatus:
    """`Spot.wallet.system_status` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[WalletSystemStatus]:
    """`Spot.wallet.system_status` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> WalletSystemStatus:
    """`Spot.wallet.system_status` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
