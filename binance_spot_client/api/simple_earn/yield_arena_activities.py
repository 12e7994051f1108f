"""Yield Arena campaigns: GET /sapi/v1/earn/arena/activities (USER_DATA, weight 150).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.simple_earn_yield_arena_activities import SimpleEarnYieldArenaActivities
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["yieldArenaActivities"]


def _arguments(
    *,
    lang: str | None = None,
) -> dict[str, object]:
    return {
        "lang": lang,
    }


def _parse_response(response: httpx.Response) -> SimpleEarnYieldArenaActivities:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SimpleEarnYieldArenaActivities:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SimpleEarnYieldArenaActivities.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SimpleEarnYieldArenaActivities]:
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
    lang: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SimpleEarnYieldArenaActivities]:
    """Yield Arena campaigns.

    Lists the Earn Yield Arena giveaway campaigns the account can currently join, with their reward
    pools, reward tokens, links and time spans.

    GET /sapi/v1/earn/arena/activities · security USER_DATA · weight 150


    Args:
        lang: Language of `title` and `description` as a locale tag (`en`, `zh-CN`, `pt-BR`…);
            defaults to `en`, which is also used when the tag is malformed or has no translation.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            lang=lang,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    lang: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SimpleEarnYieldArenaActivities:
    """Yield Arena campaigns.

    Lists the Earn Yield Arena giveaway campaigns the account can currently join, with their reward
    pools, reward tokens, links and time spans.

    GET /sapi/v1/earn/arena/activities · security USER_DATA · weight 150


    Args:
        lang: Language of `title` and `description` as a locale tag (`en`, `zh-CN`, `pt-BR`…);
            defaults to `en`, which is also used when the tag is malformed or has no translation.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SimpleEarnYieldArenaActivities
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                lang=lang,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    lang: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SimpleEarnYieldArenaActivities]:
    """Yield Arena campaigns.

    Lists the Earn Yield Arena giveaway campaigns the account can currently join, with their reward
    pools, reward tokens, links and time spans.

    GET /sapi/v1/earn/arena/activities · security USER_DATA · weight 150


    Args:
        lang: Language of `title` and `description` as a locale tag (`en`, `zh-CN`, `pt-BR`…);
            defaults to `en`, which is also used when the tag is malformed or has no translation.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            lang=lang,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    lang: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SimpleEarnYieldArenaActivities:
    """Yield Arena campaigns.

    Lists the Earn Yield Arena giveaway campaigns the account can currently join, with their reward
    pools, reward tokens, links and time spans.

    GET /sapi/v1/earn/arena/activities · security USER_DATA · weight 150


    Args:
        lang: Language of `title` and `description` as a locale tag (`en`, `zh-CN`, `pt-BR`…);
            defaults to `en`, which is also used when the tag is malformed or has no translation.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SimpleEarnYieldArenaActivities
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                lang=lang,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
