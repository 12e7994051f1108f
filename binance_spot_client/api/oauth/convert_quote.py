"""Convert quote: POST /oauth-api/v1/ocbs/quote (OAUTH, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.o_auth_convert_quote_response import OAuthConvertQuoteResponse
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["convertQuote"]


def _arguments(
    from_asset: str,
    to_asset: str,
    base_asset: str,
    amount: DecimalLike,
) -> dict[str, object]:
    return {
        "from_asset": from_asset,
        "to_asset": to_asset,
        "base_asset": base_asset,
        "amount": amount,
    }


def _parse_response(response: httpx.Response) -> OAuthConvertQuoteResponse:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> OAuthConvertQuoteResponse:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = OAuthConvertQuoteResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[OAuthConvertQuoteResponse]:
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
    from_asset: str,
    to_asset: str,
    base_asset: str,
    amount: DecimalLike,
    timeout: float | None = None,
) -> Response[OAuthConvertQuoteResponse]:
    """Convert quote.

    A price for converting `amount` of `baseAsset` between `fromAsset` and `toAsset`; confirm it by
    its quoteId before it expires.

    POST /oauth-api/v1/ocbs/quote · security OAUTH · weight 1


    Args:
        from_asset: The coin given. Required.
        to_asset: The coin received. Required.
        base_asset: Which of the two coins `amount` counts (fromAsset or toAsset). Required.
        amount: The amount of `baseAsset`. Required.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            from_asset=from_asset,
            to_asset=to_asset,
            base_asset=base_asset,
            amount=amount,
        ),
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    from_asset: str,
    to_asset: str,
    base_asset: str,
    amount: DecimalLike,
    timeout: float | None = None,
) -> OAuthConvertQuoteResponse:
    """Convert quote.

    A price for converting `amount` of `baseAsset` between `fromAsset` and `toAsset`; confirm it by
    its quoteId before it expires.

    POST /oauth-api/v1/ocbs/quote · security OAUTH · weight 1


    Args:
        from_asset: The coin given. Required.
        to_asset: The coin received. Required.
        base_asset: Which of the two coins `amount` counts (fromAsset or toAsset). Required.
        amount: The amount of `baseAsset`. Required.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        OAuthConvertQuoteResponse
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                from_asset=from_asset,
                to_asset=to_asset,
                base_asset=base_asset,
                amount=amount,
            ),
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    from_asset: str,
    to_asset: str,
    base_asset: str,
    amount: DecimalLike,
    timeout: float | None = None,
) -> Response[OAuthConvertQuoteResponse]:
    """Convert quote.

    A price for converting `amount` of `baseAsset` between `fromAsset` and `toAsset`; confirm it by
    its quoteId before it expires.

    POST /oauth-api/v1/ocbs/quote · security OAUTH · weight 1


    Args:
        from_asset: The coin given. Required.
        to_asset: The coin received. Required.
        base_asset: Which of the two coins `amount` counts (fromAsset or toAsset). Required.
        amount: The amount of `baseAsset`. Required.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            from_asset=from_asset,
            to_asset=to_asset,
            base_asset=base_asset,
            amount=amount,
        ),
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    from_asset: str,
    to_asset: str,
    base_asset: str,
    amount: DecimalLike,
    timeout: float | None = None,
) -> OAuthConvertQuoteResponse:
    """Convert quote.

    A price for converting `amount` of `baseAsset` between `fromAsset` and `toAsset`; confirm it by
    its quoteId before it expires.

    POST /oauth-api/v1/ocbs/quote · security OAUTH · weight 1


    Args:
        from_asset: The coin given. Required.
        to_asset: The coin received. Required.
        base_asset: Which of the two coins `amount` counts (fromAsset or toAsset). Required.
        amount: The amount of `baseAsset`. Required.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        OAuthConvertQuoteResponse
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                from_asset=from_asset,
                to_asset=to_asset,
                base_asset=base_asset,
                amount=amount,
            ),
            timeout=timeout,
        )
    )
