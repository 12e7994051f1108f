"""API trading status: GET /sapi/v1/account/apiTradingStatus (USER_DATA, weight 1).

The parameters and answer are described on `Spot.wallet.api_trading_status`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.wallet_api_trading_status import WalletApiTradingStatus
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["apiTradingStatus"]
ANSWER = AnswerPlan(
    "apiTradingStatus",
    {"$ref": "WalletApiTradingStatus"},
    schemas='{"WalletApiTradingIndicator":{"properties":{"c":{"type":"integer"},"i":{"type":"string"},"t":{"type":"number"},"v":{"type":"number"}},"required":["i","c","v","t"],"type":"object"},"WalletApiTradingStatus":{"properties":{"data":{"$ref":"WalletApiTradingStatusData"}},"required":["data"],"type":"object"},"WalletApiTradingStatusData":{"properties":{"indicators":{"additionalProperties":{"items":{"$ref":"WalletApiTradingIndicator"},"type":"array"},"type":"object"},"isLocked":{"type":"boolean"},"plannedRecoverTime":{"type":"integer"},"triggerCondition":{"$ref":"WalletApiTradingTrigger"},"updateTime":{"type":"integer"}},"required":["isLocked","plannedRecoverTime","triggerCondition","updateTime"],"type":"object"},"WalletApiTradingTrigger":{"properties":{"GCR":{"type":"integer"},"IFER":{"type":"integer"},"UFR":{"type":"integer"}},"required":["GCR","IFER","UFR"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> WalletApiTradingStatus:
    try:
        response_200 = WalletApiTradingStatus.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[WalletApiTradingStatus]:
    """`Spot.wallet.api_trading_status`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> WalletApiTradingStatus:
    """`Spot.wallet.api_trading_status` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[WalletApiTradingStatus]:
    """`Spot.wallet.api_trading_status` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> WalletApiTradingStatus:
    """`Spot.wallet.api_trading_status` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
