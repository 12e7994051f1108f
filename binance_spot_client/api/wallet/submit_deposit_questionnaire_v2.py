"""Submit deposit questionnaire V2 (travel rule): PUT /sapi/v2/localentity/deposit/provide-info (USER_DATA, weight 600).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.wallet_travel_rule_submit_result import WalletTravelRuleSubmitResult
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["submitDepositQuestionnaireV2"]


def _arguments(
    deposit_id: int,
    questionnaire: str,
) -> dict[str, object]:
    return {
        "deposit_id": deposit_id,
        "questionnaire": questionnaire,
    }


def _parse_response(response: httpx.Response) -> WalletTravelRuleSubmitResult:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> WalletTravelRuleSubmitResult:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = WalletTravelRuleSubmitResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[WalletTravelRuleSubmitResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
        rate_limits=RateLimits.from_headers(response.headers),
    )


def sync_detailed(
    *,
    client: SpotClient,
    deposit_id: int,
    questionnaire: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletTravelRuleSubmitResult]:
    """Submit deposit questionnaire V2 (travel rule).

    Second version of the deposit questionnaire submission, keyed by the deposit id of the V2
    deposit history. Only deposits from unhosted wallets or from exchanges not yet onboarded to
    Binance's travel-rule network need one.

    PUT /sapi/v2/localentity/deposit/provide-info · security USER_DATA · weight 600


    Args:
        deposit_id: Wallet deposit id (`depositId` in the V2 travel-rule deposit history). Required.
        questionnaire: The local entity's deposit questionnaire answers, as JSON text. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            deposit_id=deposit_id,
            questionnaire=questionnaire,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    deposit_id: int,
    questionnaire: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletTravelRuleSubmitResult:
    """Submit deposit questionnaire V2 (travel rule).

    Second version of the deposit questionnaire submission, keyed by the deposit id of the V2
    deposit history. Only deposits from unhosted wallets or from exchanges not yet onboarded to
    Binance's travel-rule network need one.

    PUT /sapi/v2/localentity/deposit/provide-info · security USER_DATA · weight 600


    Args:
        deposit_id: Wallet deposit id (`depositId` in the V2 travel-rule deposit history). Required.
        questionnaire: The local entity's deposit questionnaire answers, as JSON text. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletTravelRuleSubmitResult
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                deposit_id=deposit_id,
                questionnaire=questionnaire,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    deposit_id: int,
    questionnaire: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletTravelRuleSubmitResult]:
    """Submit deposit questionnaire V2 (travel rule).

    Second version of the deposit questionnaire submission, keyed by the deposit id of the V2
    deposit history. Only deposits from unhosted wallets or from exchanges not yet onboarded to
    Binance's travel-rule network need one.

    PUT /sapi/v2/localentity/deposit/provide-info · security USER_DATA · weight 600


    Args:
        deposit_id: Wallet deposit id (`depositId` in the V2 travel-rule deposit history). Required.
        questionnaire: The local entity's deposit questionnaire answers, as JSON text. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            deposit_id=deposit_id,
            questionnaire=questionnaire,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    deposit_id: int,
    questionnaire: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletTravelRuleSubmitResult:
    """Submit deposit questionnaire V2 (travel rule).

    Second version of the deposit questionnaire submission, keyed by the deposit id of the V2
    deposit history. Only deposits from unhosted wallets or from exchanges not yet onboarded to
    Binance's travel-rule network need one.

    PUT /sapi/v2/localentity/deposit/provide-info · security USER_DATA · weight 600


    Args:
        deposit_id: Wallet deposit id (`depositId` in the V2 travel-rule deposit history). Required.
        questionnaire: The local entity's deposit questionnaire answers, as JSON text. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletTravelRuleSubmitResult
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                deposit_id=deposit_id,
                questionnaire=questionnaire,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
