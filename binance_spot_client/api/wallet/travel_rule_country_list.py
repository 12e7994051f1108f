"""Travel-rule country list: GET /sapi/v1/localentity/country/list (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.wallet_travel_rule_country_list import WalletTravelRuleCountryList
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["travelRuleCountryList"]


def _arguments() -> dict[str, object]:
    return {}


def _parse_response(response: httpx.Response) -> WalletTravelRuleCountryList:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> WalletTravelRuleCountryList:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = WalletTravelRuleCountryList.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[WalletTravelRuleCountryList]:
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletTravelRuleCountryList]:
    """Travel-rule country list.

    Lists the countries that travel-rule questionnaire answers may name, with whether deposits and
    withdrawals involving each are allowed. Only the Australian entity supports it for now.

    GET /sapi/v1/localentity/country/list · security USER_DATA · weight 1


    Args:
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(OPERATION, _arguments(), recv_window=recv_window, timeout=timeout)
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletTravelRuleCountryList:
    """Travel-rule country list.

    Lists the countries that travel-rule questionnaire answers may name, with whether deposits and
    withdrawals involving each are allowed. Only the Australian entity supports it for now.

    GET /sapi/v1/localentity/country/list · security USER_DATA · weight 1


    Args:
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletTravelRuleCountryList
    """
    return _parse_response(client.send(OPERATION, _arguments(), recv_window=recv_window, timeout=timeout))


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletTravelRuleCountryList]:
    """Travel-rule country list.

    Lists the countries that travel-rule questionnaire answers may name, with whether deposits and
    withdrawals involving each are allowed. Only the Australian entity supports it for now.

    GET /sapi/v1/localentity/country/list · security USER_DATA · weight 1


    Args:
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(OPERATION, _arguments(), recv_window=recv_window, timeout=timeout)
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletTravelRuleCountryList:
    """Travel-rule country list.

    Lists the countries that travel-rule questionnaire answers may name, with whether deposits and
    withdrawals involving each are allowed. Only the Australian entity supports it for now.

    GET /sapi/v1/localentity/country/list · security USER_DATA · weight 1


    Args:
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletTravelRuleCountryList
    """
    return _parse_response(await client.send(OPERATION, _arguments(), recv_window=recv_window, timeout=timeout))
