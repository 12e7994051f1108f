"""Withdraw: POST /sapi/v1/capital/withdraw/apply (USER_DATA, weight 900).

The parameters and answer are described on `Spot.wallet.withdraw`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.wallet_withdraw_result import WalletWithdrawResult
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["withdraw"]
ANSWER = AnswerPlan(
    "withdraw",
    {"$ref": "WalletWithdrawResult"},
    schemas='{"WalletWithdrawResult":{"properties":{"id":{"type":"string"}},"required":["id"],"type":"object"}}',
)


def _arguments(
    coin: str,
    address: str,
    amount: DecimalLike,
    *,
    withdraw_order_id: str | None = None,
    network: str | None = None,
    address_tag: str | None = None,
    transaction_fee_flag: bool | None = None,
    name: str | None = None,
    wallet_type: int | None = None,
) -> dict[str, object]:
    return {
        "coin": coin,
        "withdraw_order_id": withdraw_order_id,
        "network": network,
        "address": address,
        "address_tag": address_tag,
        "amount": amount,
        "transaction_fee_flag": transaction_fee_flag,
        "name": name,
        "wallet_type": wallet_type,
    }


def _parse(data: Any) -> WalletWithdrawResult:
    try:
        response_200 = WalletWithdrawResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    coin: str,
    address: str,
    amount: DecimalLike,
    withdraw_order_id: str | None = None,
    network: str | None = None,
    address_tag: str | None = None,
    transaction_fee_flag: bool | None = None,
    name: str | None = None,
    wallet_type: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[WalletWithdrawResult]:
    """`Spot.wallet.withdraw`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            coin=coin,
            withdraw_order_id=withdraw_order_id,
            network=network,
            address=address,
            address_tag=address_tag,
            amount=amount,
            transaction_fee_flag=transaction_fee_flag,
            name=name,
            wallet_type=wallet_type,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    coin: str,
    address: str,
    amount: DecimalLike,
    withdraw_order_id: str | None = None,
    network: str | None = None,
    address_tag: str | None = None,
    transaction_fee_flag: bool | None = None,
    name: str | None = None,
    wallet_type: int | None = None,
    **options: Unpack[CallOptions],
) -> WalletWithdrawResult:
    """`Spot.wallet.withdraw` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            coin=coin,
            withdraw_order_id=withdraw_order_id,
            network=network,
            address=address,
            address_tag=address_tag,
            amount=amount,
            transaction_fee_flag=transaction_fee_flag,
            name=name,
            wallet_type=wallet_type,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    coin: str,
    address: str,
    amount: DecimalLike,
    withdraw_order_id: str | None = None,
    network: str | None = None,
    address_tag: str | None = None,
    transaction_fee_flag: bool | None = None,
    name: str | None = None,
    wallet_type: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[WalletWithdrawResult]:
    """`Spot.wallet.withdraw` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            coin=coin,
            withdraw_order_id=withdraw_order_id,
            network=network,
            address=address,
            address_tag=address_tag,
            amount=amount,
            transaction_fee_flag=transaction_fee_flag,
            name=name,
            wallet_type=wallet_type,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    coin: str,
    address: str,
    amount: DecimalLike,
    withdraw_order_id: str | None = None,
    network: str | None = None,
    address_tag: str | None = None,
    transaction_fee_flag: bool | None = None,
    name: str | None = None,
    wallet_type: int | None = None,
    **options: Unpack[CallOptions],
) -> WalletWithdrawResult:
    """`Spot.wallet.withdraw` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            coin=coin,
            withdraw_order_id=withdraw_order_id,
            network=network,
            address=address,
            address_tag=address_tag,
            amount=amount,
            transaction_fee_flag=transaction_fee_flag,
            name=name,
            wallet_type=wallet_type,
        ),
        options,
    )
