"""Address verification list: GET /sapi/v1/addressVerify/list (USER_DATA, weight 1).

The parameters and answer are described on `Spot.wallet.address_verification_list`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.wallet_address_verification import WalletAddressVerification
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["addressVerificationList"]
ANSWER = AnswerPlan(
    "addressVerificationList",
    {"type": "array", "items": {"$ref": "WalletAddressVerification"}},
    schemas='{"WalletAddressQuestionnaire":{"properties":{"isAddressOwner":{"type":"integer"},"satoshiToken":{"type":"string"},"sendTo":{"type":"integer"},"verifyMethod":{"type":"integer"}},"type":"object"},"WalletAddressVerification":{"properties":{"addressQuestionnaire":{"$ref":"WalletAddressQuestionnaire"},"network":{"type":"string"},"status":{"type":"string"},"token":{"type":"string"},"walletAddress":{"type":"string"}},"required":["status","token","network","walletAddress"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> list[WalletAddressVerification]:
    try:
        response_200 = [WalletAddressVerification.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[WalletAddressVerification]]:
    """`Spot.wallet.address_verification_list`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> list[WalletAddressVerification]:
    """`Spot.wallet.address_verification_list` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[WalletAddressVerification]]:
    """`Spot.wallet.address_verification_list` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> list[WalletAddressVerification]:
    """`Spot.wallet.address_verification_list` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
