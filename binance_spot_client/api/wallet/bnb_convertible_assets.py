"""Assets convertible into BNB: POST /sapi/v1/asset/dust-btc (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.wallet_bnb_convertible_assets import WalletBnbConvertibleAssets
from ...models.wallet_dust_account_type import WalletDustAccountType
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["bnbConvertibleAssets"]


def _arguments(
    *,
    account_type: WalletDustAccountType | str | None = None,
) -> dict[str, object]:
    return {
        "account_type": account_type,
    }


def _parse_response(response: httpx.Response) -> WalletBnbConvertibleAssets:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> WalletBnbConvertibleAssets:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = WalletBnbConvertibleAssets.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[WalletBnbConvertibleAssets]:
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
    account_type: WalletDustAccountType | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletBnbConvertibleAssets]:
    """Assets convertible into BNB.

    Lists the small balances that can currently be converted to BNB, with what each would yield.

    POST /sapi/v1/asset/dust-btc · security USER_DATA · weight 1


    Args:
        account_type: Account to look at. Defaults to `SPOT`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            account_type=account_type,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    account_type: WalletDustAccountType | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletBnbConvertibleAssets:
    """Assets convertible into BNB.

    Lists the small balances that can currently be converted to BNB, with what each would yield.

    POST /sapi/v1/asset/dust-btc · security USER_DATA · weight 1


    Args:
        account_type: Account to look at. Defaults to `SPOT`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletBnbConvertibleAssets
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                account_type=account_type,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    account_type: WalletDustAccountType | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletBnbConvertibleAssets]:
    """Assets convertible into BNB.

    Lists the small balances that can currently be converted to BNB, with what each would yield.

    POST /sapi/v1/asset/dust-btc · security USER_DATA · weight 1


    Args:
        account_type: Account to look at. Defaults to `SPOT`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            account_type=account_type,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    account_type: WalletDustAccountType | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletBnbConvertibleAssets:
    """Assets convertible into BNB.

    Lists the small balances that can currently be converted to BNB, with what each would yield.

    POST /sapi/v1/asset/dust-btc · security USER_DATA · weight 1


    Args:
        account_type: Account to look at. Defaults to `SPOT`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletBnbConvertibleAssets
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                account_type=account_type,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
