"""List convert pairs: GET /sapi/v1/convert/exchangeInfo (NONE, weight 3000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.convert_pair import ConvertPair
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["listConvertPairs"]


def _arguments(
    *,
    from_asset: str | None = None,
    to_asset: str | None = None,
) -> dict[str, object]:
    return {
        "from_asset": from_asset,
        "to_asset": to_asset,
    }


def _parse_response(response: httpx.Response) -> list[ConvertPair]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[ConvertPair]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [ConvertPair.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[ConvertPair]]:
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
    from_asset: str | None = None,
    to_asset: str | None = None,
    timeout: float | None = None,
) -> Response[list[ConvertPair]]:
    """List convert pairs.

    Lists the pairs Binance Convert supports and the amount limits of each side. Send `fromAsset`,
    `toAsset` or both; with neither, only part of the pairs comes back.

    GET /sapi/v1/convert/exchangeInfo · security NONE · weight 3000


    Args:
        from_asset: Only pairs giving this asset.
        to_asset: Only pairs receiving this asset.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            from_asset=from_asset,
            to_asset=to_asset,
        ),
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    from_asset: str | None = None,
    to_asset: str | None = None,
    timeout: float | None = None,
) -> list[ConvertPair]:
    """List convert pairs.

    Lists the pairs Binance Convert supports and the amount limits of each side. Send `fromAsset`,
    `toAsset` or both; with neither, only part of the pairs comes back.

    GET /sapi/v1/convert/exchangeInfo · security NONE · weight 3000


    Args:
        from_asset: Only pairs giving this asset.
        to_asset: Only pairs receiving this asset.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[ConvertPair]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                from_asset=from_asset,
                to_asset=to_asset,
            ),
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    from_asset: str | None = None,
    to_asset: str | None = None,
    timeout: float | None = None,
) -> Response[list[ConvertPair]]:
    """List convert pairs.

    Lists the pairs Binance Convert supports and the amount limits of each side. Send `fromAsset`,
    `toAsset` or both; with neither, only part of the pairs comes back.

    GET /sapi/v1/convert/exchangeInfo · security NONE · weight 3000


    Args:
        from_asset: Only pairs giving this asset.
        to_asset: Only pairs receiving this asset.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            from_asset=from_asset,
            to_asset=to_asset,
        ),
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    from_asset: str | None = None,
    to_asset: str | None = None,
    timeout: float | None = None,
) -> list[ConvertPair]:
    """List convert pairs.

    Lists the pairs Binance Convert supports and the amount limits of each side. Send `fromAsset`,
    `toAsset` or both; with neither, only part of the pairs comes back.

    GET /sapi/v1/convert/exchangeInfo · security NONE · weight 3000


    Args:
        from_asset: Only pairs giving this asset.
        to_asset: Only pairs receiving this asset.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[ConvertPair]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                from_asset=from_asset,
                to_asset=to_asset,
            ),
            timeout=timeout,
        )
    )
