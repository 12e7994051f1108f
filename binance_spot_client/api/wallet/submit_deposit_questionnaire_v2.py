"""Submit deposit questionnaire V2 (travel rule): PUT /sapi/v2/localentity/deposit/provide-info (USER_DATA, weight 600).

The parameters and answer are described on `Spot.wallet.submit_deposit_questionnaire_v2`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.wallet_travel_rule_submit_result import WalletTravelRuleSubmitResult
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["submitDepositQuestionnaireV2"]
ANSWER = AnswerPlan(
    "submitDepositQuestionnaireV2",
    {"$ref": "WalletTravelRuleSubmitResult"},
    schemas='{"WalletTravelRuleSubmitResult":{"properties":{"accepted":{"type":"boolean"},"info":{"type":"string"},"trId":{"type":"integer"}},"required":["trId","accepted","info"],"type":"object"}}',
)


def _arguments(
    deposit_id: int,
    questionnaire: str,
) -> dict[str, object]:
    return {
        "deposit_id": deposit_id,
        "questionnaire": questionnaire,
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
    deposit_id: int,
    questionnaire: str,
    **options: Unpack[CallOptions],
) -> Response[WalletTravelRuleSubmitResult]:
    """`Spot.wallet.submit_deposit_questionnaire_v2`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            deposit_id=deposit_id,
            questionnaire=questionnaire,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    deposit_id: int,
    questionnaire: str,
    **options: Unpack[CallOptions],
) -> WalletTravelRuleSubmitResult:
    """`Spot.wallet.submit_deposit_questionnaire_v2` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            deposit_id=deposit_id,
            questionnaire=questionnaire,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    deposit_id: int,
    questionnaire: str,
    **options: Unpack[CallOptions],
) -> Response[WalletTravelRuleSubmitResult]:
    """`Spot.wallet.submit_deposit_questionnaire_v2` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            deposit_id=deposit_id,
            questionnaire=questionnaire,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    deposit_id: int,
    questionnaire: str,
    **options: Unpack[CallOptions],
) -> WalletTravelRuleSubmitResult:
    """`Spot.wallet.submit_deposit_questionnaire_v2` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            deposit_id=deposit_id,
            questionnaire=questionnaire,
        ),
        options,
    )
