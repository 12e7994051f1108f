"""API key permissions: GET /sapi/v1/account/apiRestrictions (USER_DATA, weight 1).

The parameters and answer are described on `Spot.wallet.api_key_permission`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.wallet_api_key_permission import WalletApiKeyPermission
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["apiKeyPermission"]
ANSWER = AnswerPlan(
    "apiKeyPermission",
    {"$ref": "WalletApiKeyPermission"},
    schemas='{"WalletApiKeyPermission":{"properties":{"createTime":{"type":"integer"},"enableFixApiTrade":{"type":"boolean"},"enableFixReadOnly":{"type":"boolean"},"enableFutures":{"type":"boolean"},"enableInternalTransfer":{"type":"boolean"},"enableMargin":{"type":"boolean"},"enablePortfolioMarginTrading":{"type":"boolean"},"enableReading":{"type":"boolean"},"enableSpotAndMarginTrading":{"type":"boolean"},"enableVanillaOptions":{"type":"boolean"},"enableWithdrawals":{"type":"boolean"},"ipRestrict":{"type":"boolean"},"permitsUniversalTransfer":{"type":"boolean"},"tradingAuthorityExpirationTime":{"type":"integer"}},"required":["ipRestrict","createTime","enableReading","enableWithdrawals","enableInternalTransfer","enableMargin","enableFutures","permitsUniversalTransfer","enableVanillaOptions","enableSpotAndMarginTrading"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> WalletApiKeyPermission:
    try:
        response_200 = WalletApiKeyPermission.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[WalletApiKeyPermission]:
    """`Spot.wallet.api_key_permission`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> WalletApiKeyPermission:
    """`Spot.wallet.api_key_permission` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[WalletApiKeyPermission]:
    """`Spot.wallet.api_key_permission` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> WalletApiKeyPermission:
    """`Spot.wallet.api_key_permission` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
