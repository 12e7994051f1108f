"""Spot delist schedule: GET /sapi/v1/spot/delist-schedule (MARKET_DATA, weight 100).

The parameters and answer are described on `Spot.wallet.spot_delist_schedule`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.wallet_delist_schedule import WalletDelistSchedule
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["spotDelistSchedule"]
ANSWER = AnswerPlan(
    "spotDelistSchedule",
    {"type": "array", "items": {"$ref": "WalletDelistSchedule"}},
    schemas='{"WalletDelistSchedule":{"properties":{"delistTime":{"type":"integer"},"symbols":{"items":{"type":"string"},"type":"array"}},"required":["delistTime","symbols"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> list[WalletDelistSchedule]:
    try:
        response_200 = [WalletDelistSchedule.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[WalletDelistSchedule]]:
    """`Spot.wallet.spot_delist_schedule`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> list[WalletDelistSchedule]:
    """`Spot.wallet.spot_delist_schedule` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[WalletDelistSchedule]]:
    """`Spot.wallet.spot_delist_schedule` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> list[WalletDelistSchedule]:
    """`Spot.wallet.spot_delist_schedule` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
