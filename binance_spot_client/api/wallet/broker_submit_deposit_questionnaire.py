"""Broker deposit questionnaire (travel rule): PUT /sapi/v1/localentity/broker/deposit/provide-info (USER_DATA, weight 600).

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
OPERATION = OPERATIONS["brokerSubmitDepositQuestionnaire"]


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
    sub_account_id: str,
    deposit_id: str,
    questionnaire: str,
    beneficiary_pii: str,
    network: str | None = None,
    coin: str | None = None,
    amount: DecimalLike | None = None,
    address: str | None = None,
    address_tag: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletTravelRuleSubmitResult]:
    """Broker deposit questionnaire (travel rule).

    For brokers of a local entity that enforces the travel rule: answers the deposit questionnaire
    for an end user's deposit, with the beneficiary's personal data, both as JSON text. Only
    deposits from unhosted wallets or from exchanges not yet onboarded to Binance's travel-rule
    network need one. Binance's parameter table for this endpoint describes `timestamp` as epoch
    seconds and asks for `signature` as the last parameter.

    PUT /sapi/v1/localentity/broker/deposit/provide-info · security USER_DATA · weight 600


    Args:
        sub_account_id: The broker's own id of the end user. Required.
        deposit_id: Wallet deposit id. Required.
        questionnaire: The local entity's deposit questionnaire answers, as JSON text. Required.
        beneficiary_pii: Personal data of the end user receiving the funds, as JSON text in Binance's StandardPii
            layout (`piiType` 0 for a natural person with `latinNames` and `residenceCountry`, 1 for
            a legal person with `latinName` and `registrationCountry`). Required.
        network: Network of the deposit.
        coin: Coin of the deposit.
        amount: Amount of the deposit.
        address: Address the deposit arrived at.
        address_tag: Memo or tag of the deposit address.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
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
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletTravelRuleSubmitResult:
    """Broker deposit questionnaire (travel rule).

    For brokers of a local entity that enforces the travel rule: answers the deposit questionnaire
    for an end user's deposit, with the beneficiary's personal data, both as JSON text. Only
    deposits from unhosted wallets or from exchanges not yet onboarded to Binance's travel-rule
    network need one. Binance's parameter table for this endpoint describes `timestamp` as epoch
    seconds and asks for `signature` as the last parameter.

    PUT /sapi/v1/localentity/broker/deposit/provide-info · security USER_DATA · weight 600


    Args:
        sub_account_id: The broker's own id of the end user. Required.
        deposit_id: Wallet deposit id. Required.
        questionnaire: The local entity's deposit questionnaire answers, as JSON text. Required.
        beneficiary_pii: Personal data of the end user receiving the funds, as JSON text in Binance's StandardPii
            layout (`piiType` 0 for a natural person with `latinNames` and `residenceCountry`, 1 for
            a legal person with `latinName` and `registrationCountry`). Required.
        network: Network of the deposit.
        coin: Coin of the deposit.
        amount: Amount of the deposit.
        address: Address the deposit arrived at.
        address_tag: Memo or tag of the deposit address.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletTravelRuleSubmitResult
    """
    return _parse_response(
        client.send(
            OPERATION,
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
            recv_window=recv_window,
            timeout=timeout,
        )
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletTravelRuleSubmitResult]:
    """Broker deposit questionnaire (travel rule).

    For brokers of a local entity that enforces the travel rule: answers the deposit questionnaire
    for an end user's deposit, with the beneficiary's personal data, both as JSON text. Only
    deposits from unhosted wallets or from exchanges not yet onboarded to Binance's travel-rule
    network need one. Binance's parameter table for this endpoint describes `timestamp` as epoch
    seconds and asks for `signature` as the last parameter.

    PUT /sapi/v1/localentity/broker/deposit/provide-info · security USER_DATA · weight 600


    Args:
        sub_account_id: The broker's own id of the end user. Required.
        deposit_id: Wallet deposit id. Required.
        questionnaire: The local entity's deposit questionnaire answers, as JSON text. Required.
        beneficiary_pii: Personal data of the end user receiving the funds, as JSON text in Binance's StandardPii
            layout (`piiType` 0 for a natural person with `latinNames` and `residenceCountry`, 1 for
            a legal person with `latinName` and `registrationCountry`). Required.
        network: Network of the deposit.
        coin: Coin of the deposit.
        amount: Amount of the deposit.
        address: Address the deposit arrived at.
        address_tag: Memo or tag of the deposit address.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
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
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletTravelRuleSubmitResult:
    """Broker deposit questionnaire (travel rule).

    For brokers of a local entity that enforces the travel rule: answers the deposit questionnaire
    for an end user's deposit, with the beneficiary's personal data, both as JSON text. Only
    deposits from unhosted wallets or from exchanges not yet onboarded to Binance's travel-rule
    network need one. Binance's parameter table for this endpoint describes `timestamp` as epoch
    seconds and asks for `signature` as the last parameter.

    PUT /sapi/v1/localentity/broker/deposit/provide-info · security USER_DATA · weight 600


    Args:
        sub_account_id: The broker's own id of the end user. Required.
        deposit_id: Wallet deposit id. Required.
        questionnaire: The local entity's deposit questionnaire answers, as JSON text. Required.
        beneficiary_pii: Personal data of the end user receiving the funds, as JSON text in Binance's StandardPii
            layout (`piiType` 0 for a natural person with `latinNames` and `residenceCountry`, 1 for
            a legal person with `latinName` and `registrationCountry`). Required.
        network: Network of the deposit.
        coin: Coin of the deposit.
        amount: Amount of the deposit.
        address: Address the deposit arrived at.
        address_tag: Memo or tag of the deposit address.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletTravelRuleSubmitResult
    """
    return _parse_response(
        await client.send(
            OPERATION,
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
            recv_window=recv_window,
            timeout=timeout,
        )
    )
