"""Deposit addresses: GET /sapi/v1/capital/deposit/address/list (USER_DATA, weight 10).

The parameters and answer are described on `Spot.wallet.deposit_address_list`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.wallet_deposit_address_entry import WalletDepositAddressEntry
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["depositAddressList"]
ANSWER = AnswerPlan(
    "depositAddressList",
    {"type": "array", "items": {"$ref": "WalletDepositAddressEntry"}},
    schemas='{"WalletDepositAddressEntry":{"properties":{"address":{"type":"string"},"coin":{"type":"string"},"isDefault":{"type":"integer"},"tag":{"type":"string"}},"required":["coin","address","isDefault"],"type":"object"}}',
)


def _arguments(
    coin: str,
    *,
    network: str | None = None,
) -> dict[str, object]:
    return {
        "coin": coin,
        "network": network,
    }


def _parse(data: Any) -> list[WalletDepositAddressEntry]:
    try:
        response_200 = [WalletDepositAddressEntry.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    coin: str,
    network: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[WalletDepositAddressEntry]]:
    """`Spot.wallet.deposit_address_list`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            coin=coin,
            network=network,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    coin: str,
    network: str | None = None,
    **options: Unpack[CallOptions],
) -> list[WalletDepositAddressEntry]:
    """`Spot.wallet.deposit_address_list` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            coin=coin,
            network=network,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    coin: str,
    network: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[WalletDepositAddressEntry]]:
    """`Spot.wallet.deposit_address_list` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            coin=coin,
            network=network,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    coin: str,
    network: str | None = None,
    **options: Unpack[CallOptions],
) -> list[WalletDepositAddressEntry]:
    """`Spot.wallet.deposit_address_list` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            coin=coin,
            network=network,
        ),
        options,
    )
