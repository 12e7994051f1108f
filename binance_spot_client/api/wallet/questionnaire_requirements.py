"""Travel-rule questionnaire requirements: GET /sapi/v1/localentity/questionnaire-requirements (USER_DATA, weight 1).

The parameters and answer are described on `Spot.wallet.questionnaire_requirements`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.wallet_questionnaire_requirements import WalletQuestionnaireRequirements
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["questionnaireRequirements"]
ANSWER = AnswerPlan(
    "questionnaireRequirements",
    {"$ref": "WalletQuestionnaireRequirements"},
    schemas='{"WalletQuestionnaireRequirements":{"properties":{"questionnaireCountryCode":{"type":"string"}},"required":["questionnaireCountryCode"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> WalletQuestionnaireRequirements:
    try:
        response_200 = WalletQuestionnaireRequirements.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[WalletQuestionnaireRequirements]:
    """`Spot.wallet.questionnaire_requirements`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> WalletQuestionnaireRequirements:
    """`Spot.wallet.questionnaire_requirements` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[WalletQuestionnaireRequirements]:
    """`Spot.wallet.questionnaire_requirements` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> WalletQuestionnaireRequirements:
    """`Spot.wallet.questionnaire_requirements` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
