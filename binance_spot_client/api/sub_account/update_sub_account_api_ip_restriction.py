"""Set the IP restriction of a sub-account API key: POST /sapi/v2/sub-account/subAccountApi/ipRestriction (USER_DATA, weight 3000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.sub_account_api_ip_restriction_update import SubAccountApiIpRestrictionUpdate
from ...models.sub_account_ip_restriction_status import SubAccountIpRestrictionStatus
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["updateSubAccountApiIpRestriction"]


def _arguments(
    email: str,
    sub_account_api_key: str,
    status: SubAccountIpRestrictionStatus | str,
    *,
    ip_address: str | None = None,
    third_party_name: str | None = None,
) -> dict[str, object]:
    return {
        "email": email,
        "sub_account_api_key": sub_account_api_key,
        "status": status,
        "ip_address": ip_address,
        "third_party_name": third_party_name,
    }


def _parse_response(response: httpx.Response) -> SubAccountApiIpRestrictionUpdate:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SubAccountApiIpRestrictionUpdate:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SubAccountApiIpRestrictionUpdate.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SubAccountApiIpRestrictionUpdate]:
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
    email: str,
    sub_account_api_key: str,
    status: SubAccountIpRestrictionStatus | str,
    ip_address: str | None = None,
    third_party_name: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountApiIpRestrictionUpdate]:
    """Set the IP restriction of a sub-account API key.

    Turns the IP restriction of a sub-account's API key on or off and can add trusted IP addresses.
    The master account's API key needs spot and margin trading enabled.

    POST /sapi/v2/sub-account/subAccountApi/ipRestriction · security USER_DATA · weight 3000


    Args:
        email: Email of the sub-account. Required.
        sub_account_api_key: The sub-account's API key. Required.
        status: `1` no restriction, `2` trusted IPs only; `3` (third-party IP lists) appears only in the
            2024 file. Required.
        ip_address: IP addresses to trust, separated by commas (current documentation).
        third_party_name: Name of a third-party IP list. In Binance's 2024 file only; the current documentation no
            longer lists it.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            email=email,
            sub_account_api_key=sub_account_api_key,
            status=status,
            ip_address=ip_address,
            third_party_name=third_party_name,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    email: str,
    sub_account_api_key: str,
    status: SubAccountIpRestrictionStatus | str,
    ip_address: str | None = None,
    third_party_name: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountApiIpRestrictionUpdate:
    """Set the IP restriction of a sub-account API key.

    Turns the IP restriction of a sub-account's API key on or off and can add trusted IP addresses.
    The master account's API key needs spot and margin trading enabled.

    POST /sapi/v2/sub-account/subAccountApi/ipRestriction · security USER_DATA · weight 3000


    Args:
        email: Email of the sub-account. Required.
        sub_account_api_key: The sub-account's API key. Required.
        status: `1` no restriction, `2` trusted IPs only; `3` (third-party IP lists) appears only in the
            2024 file. Required.
        ip_address: IP addresses to trust, separated by commas (current documentation).
        third_party_name: Name of a third-party IP list. In Binance's 2024 file only; the current documentation no
            longer lists it.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountApiIpRestrictionUpdate
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                email=email,
                sub_account_api_key=sub_account_api_key,
                status=status,
                ip_address=ip_address,
                third_party_name=third_party_name,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    sub_account_api_key: str,
    status: SubAccountIpRestrictionStatus | str,
    ip_address: str | None = None,
    third_party_name: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountApiIpRestrictionUpdate]:
    """Set the IP restriction of a sub-account API key.

    Turns the IP restriction of a sub-account's API key on or off and can add trusted IP addresses.
    The master account's API key needs spot and margin trading enabled.

    POST /sapi/v2/sub-account/subAccountApi/ipRestriction · security USER_DATA · weight 3000


    Args:
        email: Email of the sub-account. Required.
        sub_account_api_key: The sub-account's API key. Required.
        status: `1` no restriction, `2` trusted IPs only; `3` (third-party IP lists) appears only in the
            2024 file. Required.
        ip_address: IP addresses to trust, separated by commas (current documentation).
        third_party_name: Name of a third-party IP list. In Binance's 2024 file only; the current documentation no
            longer lists it.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            email=email,
            sub_account_api_key=sub_account_api_key,
            status=status,
            ip_address=ip_address,
            third_party_name=third_party_name,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    sub_account_api_key: str,
    status: SubAccountIpRestrictionStatus | str,
    ip_address: str | None = None,
    third_party_name: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountApiIpRestrictionUpdate:
    """Set the IP restriction of a sub-account API key.

    Turns the IP restriction of a sub-account's API key on or off and can add trusted IP addresses.
    The master account's API key needs spot and margin trading enabled.

    POST /sapi/v2/sub-account/subAccountApi/ipRestriction · security USER_DATA · weight 3000


    Args:
        email: Email of the sub-account. Required.
        sub_account_api_key: The sub-account's API key. Required.
        status: `1` no restriction, `2` trusted IPs only; `3` (third-party IP lists) appears only in the
            2024 file. Required.
        ip_address: IP addresses to trust, separated by commas (current documentation).
        third_party_name: Name of a third-party IP list. In Binance's 2024 file only; the current documentation no
            longer lists it.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountApiIpRestrictionUpdate
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                email=email,
                sub_account_api_key=sub_account_api_key,
                status=status,
                ip_address=ip_address,
                third_party_name=third_party_name,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
