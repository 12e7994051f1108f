"""API keys of a sub-account: GET /sapi/v1/sub-account/subAccountApi (USER_DATA, weight 3000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.sub_account_api_key_list import SubAccountApiKeyList
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountApiKeys"]


def _arguments(
    email: str,
    *,
    sub_account_api_key: str | None = None,
    page: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "email": email,
        "sub_account_api_key": sub_account_api_key,
        "page": page,
        "size": size,
    }


def _parse_response(response: httpx.Response) -> SubAccountApiKeyList:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SubAccountApiKeyList:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SubAccountApiKeyList.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SubAccountApiKeyList]:
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
    sub_account_api_key: str | None = None,
    page: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountApiKeyList]:
    """API keys of a sub-account.

    Lists the API keys of one sub-account with their labels and permissions, one page at a time, or
    only the key given in `subAccountApiKey`.

    GET /sapi/v1/sub-account/subAccountApi · security USER_DATA · weight 3000


    Args:
        email: Email of the sub-account. Required.
        sub_account_api_key: Only this API key (exact match).
        page: Page number, starting at 1 (default 1).
        size: Keys per page (default 30, at most 100).
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
            page=page,
            size=size,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    email: str,
    sub_account_api_key: str | None = None,
    page: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountApiKeyList:
    """API keys of a sub-account.

    Lists the API keys of one sub-account with their labels and permissions, one page at a time, or
    only the key given in `subAccountApiKey`.

    GET /sapi/v1/sub-account/subAccountApi · security USER_DATA · weight 3000


    Args:
        email: Email of the sub-account. Required.
        sub_account_api_key: Only this API key (exact match).
        page: Page number, starting at 1 (default 1).
        size: Keys per page (default 30, at most 100).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountApiKeyList
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                email=email,
                sub_account_api_key=sub_account_api_key,
                page=page,
                size=size,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    sub_account_api_key: str | None = None,
    page: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountApiKeyList]:
    """API keys of a sub-account.

    Lists the API keys of one sub-account with their labels and permissions, one page at a time, or
    only the key given in `subAccountApiKey`.

    GET /sapi/v1/sub-account/subAccountApi · security USER_DATA · weight 3000


    Args:
        email: Email of the sub-account. Required.
        sub_account_api_key: Only this API key (exact match).
        page: Page number, starting at 1 (default 1).
        size: Keys per page (default 30, at most 100).
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
            page=page,
            size=size,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    sub_account_api_key: str | None = None,
    page: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountApiKeyList:
    """API keys of a sub-account.

    Lists the API keys of one sub-account with their labels and permissions, one page at a time, or
    only the key given in `subAccountApiKey`.

    GET /sapi/v1/sub-account/subAccountApi · security USER_DATA · weight 3000


    Args:
        email: Email of the sub-account. Required.
        sub_account_api_key: Only this API key (exact match).
        page: Page number, starting at 1 (default 1).
        size: Keys per page (default 30, at most 100).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountApiKeyList
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                email=email,
                sub_account_api_key=sub_account_api_key,
                page=page,
                size=size,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
