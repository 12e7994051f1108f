"""Withdraw (travel rule): POST /sapi/v1/localentity/withdraw/apply (USER_DATA, weight 600).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.wallet_travel_rule_withdraw_result import WalletTravelRuleWithdrawResult
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["withdrawTravelRule"]


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


def _parse_response(response: httpx.Response) -> WalletTravelRuleWithdrawResult:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> WalletTravelRuleWithdrawResult:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = WalletTravelRuleWithdrawResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[WalletTravelRuleWithdrawResult]:
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletTravelRuleWithdrawResult]:
    """Withdraw (travel rule).

    Withdrawal endpoint for accounts held with a Binance local entity that enforces the travel rule:
    the same request as the plain withdraw endpoint plus the entity's withdrawal questionnaire, sent
    as JSON text. Each local entity asks its own questions (see Binance's withdraw questionnaire
    contents page); a questionnaire Binance cannot parse is refused, and URL-encoding the JSON
    usually cures that. Without `network` the coin's default network is used, and the withdrawal is
    refused when the address does not belong to it.

    POST /sapi/v1/localentity/withdraw/apply · security USER_DATA · weight 600


    Args:
        coin: Coin to withdraw. Required.
        withdraw_order_id: Your own id for the withdrawal, to find it later in the withdrawal histories.
        network: Network to withdraw on; the coin's default network when omitted.
        address: Destination address. Required.
        address_tag: Memo or tag identifying the recipient at the address, for coins that use one (XRP, XMR,
            …).
        amount: Amount to withdraw. Required.
        transaction_fee_flag: Only for a withdrawal booked as an internal transfer: `true` hands the fee set aside to
            the recipient, `false` (the default) returns it to the sender.
        name: Label of the address in your address book (the book holds at most 200 entries).
        wallet_type: Wallet the funds leave from: 0 spot, 1 funding. When omitted, the wallet chosen as
            default in your account settings.
        questionnaire: The local entity's withdrawal questionnaire answers, as JSON text. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
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
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletTravelRuleWithdrawResult:
    """Withdraw (travel rule).

    Withdrawal endpoint for accounts held with a Binance local entity that enforces the travel rule:
    the same request as the plain withdraw endpoint plus the entity's withdrawal questionnaire, sent
    as JSON text. Each local entity asks its own questions (see Binance's withdraw questionnaire
    contents page); a questionnaire Binance cannot parse is refused, and URL-encoding the JSON
    usually cures that. Without `network` the coin's default network is used, and the withdrawal is
    refused when the address does not belong to it.

    POST /sapi/v1/localentity/withdraw/apply · security USER_DATA · weight 600


    Args:
        coin: Coin to withdraw. Required.
        withdraw_order_id: Your own id for the withdrawal, to find it later in the withdrawal histories.
        network: Network to withdraw on; the coin's default network when omitted.
        address: Destination address. Required.
        address_tag: Memo or tag identifying the recipient at the address, for coins that use one (XRP, XMR,
            …).
        amount: Amount to withdraw. Required.
        transaction_fee_flag: Only for a withdrawal booked as an internal transfer: `true` hands the fee set aside to
            the recipient, `false` (the default) returns it to the sender.
        name: Label of the address in your address book (the book holds at most 200 entries).
        wallet_type: Wallet the funds leave from: 0 spot, 1 funding. When omitted, the wallet chosen as
            default in your account settings.
        questionnaire: The local entity's withdrawal questionnaire answers, as JSON text. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletTravelRuleWithdrawResult
    """
    return _parse_response(
        client.send(
            OPERATION,
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
            recv_window=recv_window,
            timeout=timeout,
        )
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletTravelRuleWithdrawResult]:
    """Withdraw (travel rule).

    Withdrawal endpoint for accounts held with a Binance local entity that enforces the travel rule:
    the same request as the plain withdraw endpoint plus the entity's withdrawal questionnaire, sent
    as JSON text. Each local entity asks its own questions (see Binance's withdraw questionnaire
    contents page); a questionnaire Binance cannot parse is refused, and URL-encoding the JSON
    usually cures that. Without `network` the coin's default network is used, and the withdrawal is
    refused when the address does not belong to it.

    POST /sapi/v1/localentity/withdraw/apply · security USER_DATA · weight 600


    Args:
        coin: Coin to withdraw. Required.
        withdraw_order_id: Your own id for the withdrawal, to find it later in the withdrawal histories.
        network: Network to withdraw on; the coin's default network when omitted.
        address: Destination address. Required.
        address_tag: Memo or tag identifying the recipient at the address, for coins that use one (XRP, XMR,
            …).
        amount: Amount to withdraw. Required.
        transaction_fee_flag: Only for a withdrawal booked as an internal transfer: `true` hands the fee set aside to
            the recipient, `false` (the default) returns it to the sender.
        name: Label of the address in your address book (the book holds at most 200 entries).
        wallet_type: Wallet the funds leave from: 0 spot, 1 funding. When omitted, the wallet chosen as
            default in your account settings.
        questionnaire: The local entity's withdrawal questionnaire answers, as JSON text. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
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
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletTravelRuleWithdrawResult:
    """Withdraw (travel rule).

    Withdrawal endpoint for accounts held with a Binance local entity that enforces the travel rule:
    the same request as the plain withdraw endpoint plus the entity's withdrawal questionnaire, sent
    as JSON text. Each local entity asks its own questions (see Binance's withdraw questionnaire
    contents page); a questionnaire Binance cannot parse is refused, and URL-encoding the JSON
    usually cures that. Without `network` the coin's default network is used, and the withdrawal is
    refused when the address does not belong to it.

    POST /sapi/v1/localentity/withdraw/apply · security USER_DATA · weight 600


    Args:
        coin: Coin to withdraw. Required.
        withdraw_order_id: Your own id for the withdrawal, to find it later in the withdrawal histories.
        network: Network to withdraw on; the coin's default network when omitted.
        address: Destination address. Required.
        address_tag: Memo or tag identifying the recipient at the address, for coins that use one (XRP, XMR,
            …).
        amount: Amount to withdraw. Required.
        transaction_fee_flag: Only for a withdrawal booked as an internal transfer: `true` hands the fee set aside to
            the recipient, `false` (the default) returns it to the sender.
        name: Label of the address in your address book (the book holds at most 200 entries).
        wallet_type: Wallet the funds leave from: 0 spot, 1 funding. When omitted, the wallet chosen as
            default in your account settings.
        questionnaire: The local entity's withdrawal questionnaire answers, as JSON text. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletTravelRuleWithdrawResult
    """
    return _parse_response(
        await client.send(
            OPERATION,
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
            recv_window=recv_window,
            timeout=timeout,
        )
    )
