"""Remove trusted IPs from a sub-account API key: DELETE /sapi/v1/sub-account/subAccountApi/ipRestriction/ipList (USER_DATA, weight 3000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.sub_account_api_ip_restriction import SubAccountApiIpRestriction
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["deleteSubAccountApiIpList"]


def _arguments(
    email: str,
    sub_account_api_key: str,
    ip_address: str,
    *,
    third_party_name: str | None = None,
) -> dict[str, object]:
    return {
        "email": email,
        "sub_account_api_key": sub_account_api_key,
        "ip_address": ip_address,
        "third_party_name": third_party_name,
    }


def _parse_response(response: httpx.Response) -> SubAccountApiIpRestriction:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SubAccountApiIpRestriction:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SubAccountApiIpRestriction.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SubAccountApiIpRestriction]:
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
    ip_address: str,
    third_party_name: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountApiIpRestriction]:
    """Remove trusted IPs from a sub-account API key.

    Removes IP addresses from the trusted list of a sub-account's API key. The master account's API
    key needs spot and margin trading enabled.

    DELETE /sapi/v1/sub-account/subAccountApi/ipRestriction/ipList · security USER_DATA · weight 3000


    Args:
        email: Email of the sub-account. Required.
        sub_account_api_key: The sub-account's API key. Required.
        ip_address: IP addresses to remove, separated by commas. Required.
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
    ip_address: str,
    third_party_name: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountApiIpRestriction:
    """Remove trusted IPs from a sub-account API key.

    Removes IP addresses from the trusted list of a sub-account's API key. The master account's API
    key needs spot and margin trading enabled.

    DELETE /sapi/v1/sub-account/subAccountApi/ipRestriction/ipList · security USER_DATA · weight 3000


    Args:
        email: Email of the sub-account. Required.
        sub_account_api_key: The sub-account's API key. Required.
        ip_address: IP addresses to remove, separated by commas. Required.
        third_party_name: Name of a third-party IP list. In Binance's 2024 file only; the current documentation no
            longer lists it.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountApiIpRestriction
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                email=email,
                sub_account_api_key=sub_account_api_key,
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
    ip_address: str,
    third_party_name: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountApiIpRestriction]:
    """Remove trusted IPs from a sub-account API key.

    Removes IP addresses from the trusted list of a sub-account's API key. The master account's API
    key needs spot and margin trading enabled.

    DELETE /sapi/v1/sub-account/subAccountApi/ipRestriction/ipList · security USER_DATA · weight 3000


    Args:
        email: Email of the sub-account. Required.
        sub_account_api_key: The sub-account's API key. Required.
        ip_address: IP addresses to remove, separated by commas. Required.
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
    ip_address: str,
    third_party_name: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountApiIpRestriction:
    """Remove trusted IPs from a sub-account API key.

    Removes IP addresses from the trusted list of a sub-account's API key. The master account's API
    key needs spot and margin trading enabled.

    DELETE /sapi/v1/sub-account/subAccountApi/ipRestriction/ipList · security USER_DATA · weight 3000


    Args:
        email: Email of the sub-account. Required.
        sub_account_api_key: The sub-account's API key. Required.
        ip_address: IP addresses to remove, separated by commas. Required.
        third_party_name: Name of a third-party IP list. In Binance's 2024 file only; the current documentation no
            longer lists it.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountApiIpRestriction
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                email=email,
                sub_account_api_key=sub_account_api_key,
                ip_address=ip_address,
                third_party_name=third_party_name,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
