"""Broker withdraw (travel rule): POST /sapi/v1/localentity/broker/withdraw/apply (USER_DATA, weight 600).

The parameters and answer are described on `Spot.wallet.broker_withdraw_travel_rule`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.wallet_travel_rule_submit_result import WalletTravelRuleSubmitResult
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["brokerWithdrawTravelRule"]
ANSWER = AnswerPlan(
    "brokerWithdrawTravelRule",
    {"$ref": "WalletTravelRuleSubmitResult"},
    schemas='{"WalletTravelRuleSubmitResult":{"properties":{"accepted":{"type":"boolean"},"info":{"type":"string"},"trId":{"type":"integer"}},"required":["trId","accepted","info"],"type":"object"}}',
)


def _arguments(
    address: str,
    coin: str,
    amount: DecimalLike,
    withdraw_order_id: str,
    questionnaire: str,
    originator_pii: str,
    *,
    address_tag: str | None = None,
    network: str | None = None,
    address_name: str | None = None,
    transaction_fee_flag: bool | None = None,
    wallet_type: int | None = None,
) -> dict[str, object]:
    return {
        "address": address,
        "address_tag": address_tag,
        "network": network,
        "coin": coin,
        "address_name": address_name,
        "amount": amount,
        "withdraw_order_id": withdraw_order_id,
        "transaction_fee_flag": transaction_fee_flag,
        "wallet_type": wallet_type,
        "questionnaire": questionnaire,
        "originator_pii": originator_pii,
    }


def _parse(data: Any) -> WalletTravelRuleSubmitResult:
    try:
        response_200 = WalletTravelRuleSubmitResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    address: str,
    coin: str,
    amount: DecimalLike,
    withdraw_order_id: str,
    questionnaire: str,
    originator_pii: str,
    address_tag: str | None = None,
    network: str | None = None,
    address_name: str | None = None,
    transaction_fee_flag: bool | None = None,
    wallet_type: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[WalletTravelRuleSubmitResult]:
    """`Spot.wallet.broker_withdraw_travel_rule`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            address=address,
            address_tag=address_tag,
            network=network,
            coin=coin,
            address_name=address_name,
            amount=amount,
            withdraw_order_id=withdraw_order_id,
            transaction_fee_flag=transaction_fee_flag,
            wallet_type=wallet_type,
            questionnaire=questionnaire,
            originator_pii=originator_pii,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    address: str,
    coin: str,
    amount: DecimalLike,
    withdraw_order_id: str,
    questionnaire: str,
    originator_pii: str,
    address_tag: str | None = None,
    network: str | None = None,
    address_name: str | None = None,
    transaction_fee_flag: bool | None = None,
    wallet_type: int | None = None,
    **options: Unpack[CallOptions],
) -> WalletTravelRuleSubmitResult:
    """`Spot.wallet.broker_withdraw_travel_rule` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            address=address,
            address_tag=address_tag,
            network=network,
            coin=coin,
            address_name=address_name,
            amount=amount,
            withdraw_order_id=withdraw_order_id,
            transaction_fee_flag=transaction_fee_flag,
            wallet_type=wallet_type,
            questionnaire=questionnaire,
            originator_pii=originator_pii,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    address: str,
    coin: str,
    amount: DecimalLike,
    withdraw_order_id: str,
    questionnaire: str,
    originator_pii: str,
    address_tag: str | None = None,
    network: str | None = None,
    address_name: str | None = None,
    transaction_fee_flag: bool | None = None,
    wallet_type: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[WalletTravelRuleSubmitResult]:
    """`Spot.wallet.broker_withdraw_travel_rule` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            address=address,
            address_tag=address_tag,
            network=network,
            coin=coin,
            address_name=address_name,
            amount=amount,
            withdraw_order_id=withdraw_order_id,
            transaction_fee_flag=transaction_fee_flag,
            wallet_type=wallet_type,
            questionnaire=questionnaire,
            originator_pii=originator_pii,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    address: str,
    coin: str,
    amount: DecimalLike,
    withdraw_order_id: str,
    questionnaire: str,
    originator_pii: str,
    address_tag: str | None = None,
    network: str | None = None,
    address_name: str | None = None,
    transaction_fee_flag: bool | None = None,
    wallet_type: int | None = None,
    **options: Unpack[CallOptions],
) -> WalletTravelRuleSubmitResult:
    """`Spot.wallet.broker_withdraw_travel_rule` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            address=address,
            address_tag=address_tag,
            network=network,
            coin=coin,
            address_name=address_name,
            amount=amount,
            withdraw_order_id=withdraw_order_id,
            transaction_fee_flag=transaction_fee_flag,
            wallet_type=wallet_type,
            questionnaire=questionnaire,
            originator_pii=originator_pii,
        ),
        options,
    )
