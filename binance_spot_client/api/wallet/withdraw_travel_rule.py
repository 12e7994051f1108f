"""Withdraw (travel rule): POST /sapi/v1/localentity/withdraw/apply (USER_DATA, weight 600).

The parameters and answer are described on `Spot.wallet.withdraw_travel_rule`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.wallet_travel_rule_withdraw_result import WalletTravelRuleWithdrawResult
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["withdrawTravelRule"]
ANSWER = AnswerPlan(
    "withdrawTravelRule",
    {"$ref": "WalletTravelRuleWithdrawResult"},
    schemas='{"WalletTravelRuleWithdrawResult":{"properties":{"accepted":{"type":"boolean","x-binance-renamed-from":["accpted"]},"info":{"type":"string"},"trId":{"type":"integer"}},"required":["trId","accepted","info"],"type":"object"}}',
)


def _arguments(
    coin: str,
    address: str,
    amount: DecimalLike,
    questionnaire: str,
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
        "questionnaire": questionnaire,
    }


def _parse(data: Any) -> WalletTravelRuleWithdrawResult:
    try:
        response_200 = WalletTravelRuleWithdrawResult.from_dict(data)

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
    questionnaire: str,
    withdraw_order_id: str | None = None,
    network: str | None = None,
    address_tag: str | None = None,
    transaction_fee_flag: bool | None = None,
    name: str | None = None,
    wallet_type: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[WalletTravelRuleWithdrawResult]:
    """`Spot.wallet.withdraw_travel_rule`, returning the whole response: status, headers, rate limits and the model."""
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
            questionnaire=questionnaire,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    coin: str,
    address: str,
    amount: DecimalLike,
    questionnaire: str,
    withdraw_order_id: str | None = None,
    network: str | None = None,
    address_tag: str | None = None,
    transaction_fee_flag: bool | None = None,
    name: str | None = None,
    wallet_type: int | None = None,
    **options: Unpack[CallOptions],
) -> WalletTravelRuleWithdrawResult:
    """`Spot.wallet.withdraw_travel_rule` as a function of the client."""
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
            questionnaire=questionnaire,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    coin: str,
    address: str,
    amount: DecimalLike,
    questionnaire: str,
    withdraw_order_id: str | None = None,
    network: str | None = None,
    address_tag: str | None = None,
    transaction_fee_flag: bool | None = None,
    name: str | None = None,
    wallet_type: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[WalletTravelRuleWithdrawResult]:
    """`Spot.wallet.withdraw_travel_rule` on an async client, returning the whole response."""
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
            questionnaire=questionnaire,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    coin: str,
    address: str,
    amount: DecimalLike,
    questionnaire: str,
    withdraw_order_id: str | None = None,
    network: str | None = None,
    address_tag: str | None = None,
    transaction_fee_flag: bool | None = None,
    name: str | None = None,
    wallet_type: int | None = None,
    **options: Unpack[CallOptions],
) -> WalletTravelRuleWithdrawResult:
    """`Spot.wallet.withdraw_travel_rule` on an async client, as a function of the client."""
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
            questionnaire=questionnaire,
        ),
        options,
    )
