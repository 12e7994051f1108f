"""Confirm a convert quote: POST /oauth-api/v1/ocbs/confirm (OAUTH, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.o_auth_convert_confirm_response import OAuthConvertConfirmResponse
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["convertConfirm"]


def _arguments(
    quote_id: str,
) -> dict[str, object]:
    return {
        "quote_id": quote_id,
    }


def _parse_response(response: httpx.Response) -> OAuthConvertConfirmResponse:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> OAuthConvertConfirmResponse:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = OAuthConvertConfirmResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[OAuthConvertConfirmResponse]:
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
    quote_id: str,
    timeout: float | None = None,
) -> Response[OAuthConvertConfirmResponse]:
    """Confirm a convert quote.

    Executes the conversion of a quote that has not expired yet.

    POST /oauth-api/v1/ocbs/confirm · security OAUTH · weight 1


    Args:
        quote_id: The quote's id from convertQuote. Required.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            quote_id=quote_id,
        ),
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    quote_id: str,
    timeout: float | None = None,
) -> OAuthConvertConfirmResponse:
    """Confirm a convert quote.

    Executes the conversion of a quote that has not expired yet.

    POST /oauth-api/v1/ocbs/confirm · security OAUTH · weight 1


    Args:
        quote_id: The quote's id from convertQuote. Required.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        OAuthConvertConfirmResponse
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                quote_id=quote_id,
            ),
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    quote_id: str,
    timeout: float | None = None,
) -> Response[OAuthConvertConfirmResponse]:
    """Confirm a convert quote.

    Executes the conversion of a quote that has not expired yet.

    POST /oauth-api/v1/ocbs/confirm · security OAUTH · weight 1


    Args:
        quote_id: The quote's id from convertQuote. Required.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            quote_id=quote_id,
        ),
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    quote_id: str,
    timeout: float | None = None,
) -> OAuthConvertConfirmResponse:
    """Confirm a convert quote.

    Executes the conversion of a quote that has not expired yet.

    POST /oauth-api/v1/ocbs/confirm · security OAUTH · weight 1


    Args:
        quote_id: The quote's id from convertQuote. Required.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        OAuthConvertConfirmResponse
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                quote_id=quote_id,
            ),
            timeout=timeout,
        )
    )
