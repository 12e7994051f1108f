"""Broker withdraw (travel rule): POST /sapi/v1/localentity/broker/withdraw/apply (USER_DATA, weight 600).

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
OPERATION = OPERATIONS["brokerWithdrawTravelRule"]


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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletTravelRuleSubmitResult]:
    """Broker withdraw (travel rule).

    For brokers of a Binance local entity that enforces the travel rule: withdraws on behalf of an
    end user, with the entity's withdrawal questionnaire and the originator's personal data, both as
    JSON text. Binance's parameter table for this endpoint describes `timestamp` as epoch seconds
    and asks for `signature` as the last parameter. Without `network` the coin's default network is
    used, and the withdrawal is refused when the address does not belong to it.

    POST /sapi/v1/localentity/broker/withdraw/apply · security USER_DATA · weight 600


    Args:
        address: Destination address. Required.
        address_tag: Memo or tag identifying the recipient at the address, for coins that use one (XRP, XMR,
            …).
        network: Network to withdraw on; the coin's default network when omitted.
        coin: Coin to withdraw. Required.
        address_name: Label of the address in the address book (the book holds at most 200 entries).
        amount: Amount to withdraw. Required.
        withdraw_order_id: Your own id for the withdrawal. Required.
        transaction_fee_flag: Only for a withdrawal booked as an internal transfer: `true` hands the fee set aside to
            the recipient, `false` (the default) returns it to the sender.
        wallet_type: Wallet the funds leave from: 0 spot, 1 funding. When omitted, the wallet chosen as
            default in the account settings.
        questionnaire: The local entity's withdrawal questionnaire answers, as JSON text. Required.
        originator_pii: Personal data of the end user sending the funds, as JSON text in Binance's StandardPii
            layout (`piiType` 0 for a natural person with `latinNames` and `residenceCountry`, 1 for
            a legal person with `latinName` and `registrationCountry`). Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
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
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletTravelRuleSubmitResult:
    """Broker withdraw (travel rule).

    For brokers of a Binance local entity that enforces the travel rule: withdraws on behalf of an
    end user, with the entity's withdrawal questionnaire and the originator's personal data, both as
    JSON text. Binance's parameter table for this endpoint describes `timestamp` as epoch seconds
    and asks for `signature` as the last parameter. Without `network` the coin's default network is
    used, and the withdrawal is refused when the address does not belong to it.

    POST /sapi/v1/localentity/broker/withdraw/apply · security USER_DATA · weight 600


    Args:
        address: Destination address. Required.
        address_tag: Memo or tag identifying the recipient at the address, for coins that use one (XRP, XMR,
            …).
        network: Network to withdraw on; the coin's default network when omitted.
        coin: Coin to withdraw. Required.
        address_name: Label of the address in the address book (the book holds at most 200 entries).
        amount: Amount to withdraw. Required.
        withdraw_order_id: Your own id for the withdrawal. Required.
        transaction_fee_flag: Only for a withdrawal booked as an internal transfer: `true` hands the fee set aside to
            the recipient, `false` (the default) returns it to the sender.
        wallet_type: Wallet the funds leave from: 0 spot, 1 funding. When omitted, the wallet chosen as
            default in the account settings.
        questionnaire: The local entity's withdrawal questionnaire answers, as JSON text. Required.
        originator_pii: Personal data of the end user sending the funds, as JSON text in Binance's StandardPii
            layout (`piiType` 0 for a natural person with `latinNames` and `residenceCountry`, 1 for
            a legal person with `latinName` and `registrationCountry`). Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletTravelRuleSubmitResult
    """
    return _parse_response(
        client.send(
            OPERATION,
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
            recv_window=recv_window,
            timeout=timeout,
        )
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletTravelRuleSubmitResult]:
    """Broker withdraw (travel rule).

    For brokers of a Binance local entity that enforces the travel rule: withdraws on behalf of an
    end user, with the entity's withdrawal questionnaire and the originator's personal data, both as
    JSON text. Binance's parameter table for this endpoint describes `timestamp` as epoch seconds
    and asks for `signature` as the last parameter. Without `network` the coin's default network is
    used, and the withdrawal is refused when the address does not belong to it.

    POST /sapi/v1/localentity/broker/withdraw/apply · security USER_DATA · weight 600


    Args:
        address: Destination address. Required.
        address_tag: Memo or tag identifying the recipient at the address, for coins that use one (XRP, XMR,
            …).
        network: Network to withdraw on; the coin's default network when omitted.
        coin: Coin to withdraw. Required.
        address_name: Label of the address in the address book (the book holds at most 200 entries).
        amount: Amount to withdraw. Required.
        withdraw_order_id: Your own id for the withdrawal. Required.
        transaction_fee_flag: Only for a withdrawal booked as an internal transfer: `true` hands the fee set aside to
            the recipient, `false` (the default) returns it to the sender.
        wallet_type: Wallet the funds leave from: 0 spot, 1 funding. When omitted, the wallet chosen as
            default in the account settings.
        questionnaire: The local entity's withdrawal questionnaire answers, as JSON text. Required.
        originator_pii: Personal data of the end user sending the funds, as JSON text in Binance's StandardPii
            layout (`piiType` 0 for a natural person with `latinNames` and `residenceCountry`, 1 for
            a legal person with `latinName` and `registrationCountry`). Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
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
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletTravelRuleSubmitResult:
    """Broker withdraw (travel rule).

    For brokers of a Binance local entity that enforces the travel rule: withdraws on behalf of an
    end user, with the entity's withdrawal questionnaire and the originator's personal data, both as
    JSON text. Binance's parameter table for this endpoint describes `timestamp` as epoch seconds
    and asks for `signature` as the last parameter. Without `network` the coin's default network is
    used, and the withdrawal is refused when the address does not belong to it.

    POST /sapi/v1/localentity/broker/withdraw/apply · security USER_DATA · weight 600


    Args:
        address: Destination address. Required.
        address_tag: Memo or tag identifying the recipient at the address, for coins that use one (XRP, XMR,
            …).
        network: Network to withdraw on; the coin's default network when omitted.
        coin: Coin to withdraw. Required.
        address_name: Label of the address in the address book (the book holds at most 200 entries).
        amount: Amount to withdraw. Required.
        withdraw_order_id: Your own id for the withdrawal. Required.
        transaction_fee_flag: Only for a withdrawal booked as an internal transfer: `true` hands the fee set aside to
            the recipient, `false` (the default) returns it to the sender.
        wallet_type: Wallet the funds leave from: 0 spot, 1 funding. When omitted, the wallet chosen as
            default in the account settings.
        questionnaire: The local entity's withdrawal questionnaire answers, as JSON text. Required.
        originator_pii: Personal data of the end user sending the funds, as JSON text in Binance's StandardPii
            layout (`piiType` 0 for a natural person with `latinNames` and `residenceCountry`, 1 for
            a legal person with `latinName` and `registrationCountry`). Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletTravelRuleSubmitResult
    """
    return _parse_response(
        await client.send(
            OPERATION,
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
            recv_window=recv_window,
            timeout=timeout,
        )
    )
