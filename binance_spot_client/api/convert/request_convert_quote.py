"""Request a quote: POST /sapi/v1/convert/getQuote (TRADE, weight 200).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.convert_quote import ConvertQuote
from ...models.convert_quote_valid_time import ConvertQuoteValidTime
from ...models.convert_wallet_type import ConvertWalletType
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["requestConvertQuote"]


def _arguments(
    from_asset: str,
    to_asset: str,
    *,
    from_amount: DecimalLike | None = None,
    to_amount: DecimalLike | None = None,
    wallet_type: ConvertWalletType | str | None = None,
    valid_time: ConvertQuoteValidTime | str | None = None,
) -> dict[str, object]:
    return {
        "from_asset": from_asset,
        "to_asset": to_asset,
        "from_amount": from_amount,
        "to_amount": to_amount,
        "wallet_type": wallet_type,
        "valid_time": valid_time,
    }


def _parse_response(response: httpx.Response) -> ConvertQuote:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> ConvertQuote:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = ConvertQuote.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[ConvertQuote]:
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
    from_amount: DecimalLike | None = None,
    to_amount: DecimalLike | None = None,
    wallet_type: ConvertWalletType | str | None = None,
    valid_time: ConvertQuoteValidTime | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[ConvertQuote]:
    """Request a quote.

    Asks for a price to convert one asset into another. Give either the amount to spend
    (`fromAmount`) or the amount to receive (`toAmount`). The quote carries a `quoteId` only when
    the balance is enough; accept it before `validTimestamp` to convert.

    POST /sapi/v1/convert/getQuote · security TRADE · weight 200


    Args:
        from_asset: Asset to give. Required.
        to_asset: Asset to receive. Required.
        from_amount: Amount to give; debited when the quote is accepted.
        to_amount: Amount to receive; credited when the quote is accepted.
        wallet_type: Wallet(s) to pay from. Defaults to `SPOT`.
        valid_time: How long the quote stays valid. Defaults to `10s`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            from_asset=from_asset,
            to_asset=to_asset,
            from_amount=from_amount,
            to_amount=to_amount,
            wallet_type=wallet_type,
            valid_time=valid_time,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    from_asset: str,
    to_asset: str,
    from_amount: DecimalLike | None = None,
    to_amount: DecimalLike | None = None,
    wallet_type: ConvertWalletType | str | None = None,
    valid_time: ConvertQuoteValidTime | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> ConvertQuote:
    """Request a quote.

    Asks for a price to convert one asset into another. Give either the amount to spend
    (`fromAmount`) or the amount to receive (`toAmount`). The quote carries a `quoteId` only when
    the balance is enough; accept it before `validTimestamp` to convert.

    POST /sapi/v1/convert/getQuote · security TRADE · weight 200


    Args:
        from_asset: Asset to give. Required.
        to_asset: Asset to receive. Required.
        from_amount: Amount to give; debited when the quote is accepted.
        to_amount: Amount to receive; credited when the quote is accepted.
        wallet_type: Wallet(s) to pay from. Defaults to `SPOT`.
        valid_time: How long the quote stays valid. Defaults to `10s`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        ConvertQuote
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                from_asset=from_asset,
                to_asset=to_asset,
                from_amount=from_amount,
                to_amount=to_amount,
                wallet_type=wallet_type,
                valid_time=valid_time,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    from_asset: str,
    to_asset: str,
    from_amount: DecimalLike | None = None,
    to_amount: DecimalLike | None = None,
    wallet_type: ConvertWalletType | str | None = None,
    valid_time: ConvertQuoteValidTime | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[ConvertQuote]:
    """Request a quote.

    Asks for a price to convert one asset into another. Give either the amount to spend
    (`fromAmount`) or the amount to receive (`toAmount`). The quote carries a `quoteId` only when
    the balance is enough; accept it before `validTimestamp` to convert.

    POST /sapi/v1/convert/getQuote · security TRADE · weight 200


    Args:
        from_asset: Asset to give. Required.
        to_asset: Asset to receive. Required.
        from_amount: Amount to give; debited when the quote is accepted.
        to_amount: Amount to receive; credited when the quote is accepted.
        wallet_type: Wallet(s) to pay from. Defaults to `SPOT`.
        valid_time: How long the quote stays valid. Defaults to `10s`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            from_asset=from_asset,
            to_asset=to_asset,
            from_amount=from_amount,
            to_amount=to_amount,
            wallet_type=wallet_type,
            valid_time=valid_time,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    from_asset: str,
    to_asset: str,
    from_amount: DecimalLike | None = None,
    to_amount: DecimalLike | None = None,
    wallet_type: ConvertWalletType | str | None = None,
    valid_time: ConvertQuoteValidTime | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> ConvertQuote:
    """Request a quote.

    Asks for a price to convert one asset into another. Give either the amount to spend
    (`fromAmount`) or the amount to receive (`toAmount`). The quote carries a `quoteId` only when
    the balance is enough; accept it before `validTimestamp` to convert.

    POST /sapi/v1/convert/getQuote · security TRADE · weight 200


    Args:
        from_asset: Asset to give. Required.
        to_asset: Asset to receive. Required.
        from_amount: Amount to give; debited when the quote is accepted.
        to_amount: Amount to receive; credited when the quote is accepted.
        wallet_type: Wallet(s) to pay from. Defaults to `SPOT`.
        valid_time: How long the quote stays valid. Defaults to `10s`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        ConvertQuote
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                from_asset=from_asset,
                to_asset=to_asset,
                from_amount=from_amount,
                to_amount=to_amount,
                wallet_type=wallet_type,
                valid_time=valid_time,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
