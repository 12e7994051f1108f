"""Travel-rule region list: GET /sapi/v1/localentity/region/list (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.wallet_travel_rule_region_list import WalletTravelRuleRegionList
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["travelRuleRegionList"]


def _arguments(
    country_code: str,
) -> dict[str, object]:
    return {
        "country_code": country_code,
    }


def _parse_response(response: httpx.Response) -> WalletTravelRuleRegionList:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> WalletTravelRuleRegionList:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = WalletTravelRuleRegionList.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[WalletTravelRuleRegionList]:
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
    country_code: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletTravelRuleRegionList]:
    """Travel-rule region list.

    Lists the regions or cities of a country that travel-rule questionnaire answers may name, with
    whether deposits and withdrawals involving each are allowed. Only the Australian entity supports
    it for now.

    GET /sapi/v1/localentity/region/list · security USER_DATA · weight 1


    Args:
        country_code: Two-letter ISO country code, as the country list gives it. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            country_code=country_code,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    country_code: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletTravelRuleRegionList:
    """Travel-rule region list.

    Lists the regions or cities of a country that travel-rule questionnaire answers may name, with
    whether deposits and withdrawals involving each are allowed. Only the Australian entity supports
    it for now.

    GET /sapi/v1/localentity/region/list · security USER_DATA · weight 1


    Args:
        country_code: Two-letter ISO country code, as the country list gives it. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletTravelRuleRegionList
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                country_code=country_code,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    country_code: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletTravelRuleRegionList]:
    """Travel-rule region list.

    Lists the regions or cities of a country that travel-rule questionnaire answers may name, with
    whether deposits and withdrawals involving each are allowed. Only the Australian entity supports
    it for now.

    GET /sapi/v1/localentity/region/list · security USER_DATA · weight 1


    Args:
        country_code: Two-letter ISO country code, as the country list gives it. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            country_code=country_code,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    country_code: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletTravelRuleRegionList:
    """Travel-rule region list.

    Lists the regions or cities of a country that travel-rule questionnaire answers may name, with
    whether deposits and withdrawals involving each are allowed. Only the Australian entity supports
    it for now.

    GET /sapi/v1/localentity/region/list · security USER_DATA · weight 1


    Args:
        country_code: Two-letter ISO country code, as the country list gives it. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletTravelRuleRegionList
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                country_code=country_code,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
