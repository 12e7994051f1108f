"""Broker deposit questionnaire (travel rule): PUT /sapi/v1/localentity/broker/deposit/provide-info (USER_DATA, weight 600).

The parameters and answer are described on `Spot.wallet.broker_submit_deposit_questionnaire`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.wallet_travel_rule_submit_result import WalletTravelRuleSubmitResult
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["brokerSubmitDepositQuestionnaire"]
ANSWER = AnswerPlan(
    "brokerSubmitDepositQuestionnaire",
    {"$ref": "WalletTravelRuleSubmitResult"},
    schemas='{"WalletTravelRuleSubmitResult":{"properties":{"accepted":{"type":"boolean"},"info":{"type":"string"},"trId":{"type":"integer"}},"required":["trId","accepted","info"],"type":"object"}}',
)


def _arguments(
    sub_account_id: str,
    deposit_id: str,
    questionnaire: str,
    beneficiary_pii: str,
    *,
    network: str | None = None,
    coin: str | None = None,
    amount: DecimalLike | None = None,
    address: str | None = None,
    address_tag: str | None = None,
) -> dict[str, object]:
    return {
        "sub_account_id": sub_account_id,
        "deposit_id": deposit_id,
        "questionnaire": questionnaire,
        "beneficiary_pii": beneficiary_pii,
        "network": network,
        "coin": coin,
        "amount": amount,
        "address": address,
        "address_tag": address_tag,
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
    sub_account_id: str,
    deposit_id: str,
    questionnaire: str,
    beneficiary_pii: str,
    network: str | None = None,
    coin: str | None = None,
    amount: DecimalLike | None = None,
    address: str | None = None,
    address_tag: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[WalletTravelRuleSubmitResult]:
    """`Spot.wallet.broker_submit_deposit_questionnaire`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            sub_account_id=sub_account_id,
            deposit_id=deposit_id,
            questionnaire=questionnaire,
            beneficiary_pii=beneficiary_pii,
            network=network,
            coin=coin,
            amount=amount,
            address=address,
            address_tag=address_tag,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    sub_account_id: str,
    deposit_id: str,
    questionnaire: str,
    beneficiary_pii: str,
    network: str | None = None,
    coin: str | None = None,
    amount: DecimalLike | None = None,
    address: str | None = None,
    address_tag: str | None = None,
    **options: Unpack[CallOptions],
) -> WalletTravelRuleSubmitResult:
    """`Spot.wallet.broker_submit_deposit_questionnaire` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            sub_account_id=sub_account_id,
            deposit_id=deposit_id,
            questionnaire=questionnaire,
            beneficiary_pii=beneficiary_pii,
            network=network,
            coin=coin,
            amount=amount,
            address=address,
            address_tag=address_tag,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    sub_account_id: str,
    deposit_id: str,
    questionnaire: str,
    beneficiary_pii: str,
    network: str | None = None,
    coin: str | None = None,
    amount: DecimalLike | None = None,
    address: str | None = None,
    address_tag: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[WalletTravelRuleSubmitResult]:
    """`Spot.wallet.broker_submit_deposit_questionnaire` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            sub_account_id=sub_account_id,
            deposit_id=deposit_id,
            questionnaire=questionnaire,
            beneficiary_pii=beneficiary_pii,
            network=network,
            coin=coin,
            amount=amount,
            address=address,
            address_tag=address_tag,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    sub_account_id: str,
    deposit_id: str,
    questionnaire: str,
    beneficiary_pii: str,
    network: str | None = None,
    coin: str | None = None,
    amount: DecimalLike | None = None,
    address: str | None = None,
    address_tag: str | None = None,
    **options: Unpack[CallOptions],
) -> WalletTravelRuleSubmitResult:
    """`Spot.wallet.broker_submit_deposit_questionnaire` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            sub_account_id=sub_account_id,
            deposit_id=deposit_id,
            questionnaire=questionnaire,
            beneficiary_pii=beneficiary_pii,
            network=network,
            coin=coin,
            amount=amount,
            address=address,
            address_tag=address_tag,
        ),
        options,
    )
