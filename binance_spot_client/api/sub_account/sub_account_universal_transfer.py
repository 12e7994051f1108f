"""Universal transfer between master and sub-accounts: POST /sapi/v1/sub-account/universalTransfer (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.sub_account_universal_account_type import SubAccountUniversalAccountType
from ...models.sub_account_universal_transfer_result import SubAccountUniversalTransferResult
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountUniversalTransfer"]


def _arguments(
    from_account_type: SubAccountUniversalAccountType | str,
    to_account_type: SubAccountUniversalAccountType | str,
    asset: str,
    amount: DecimalLike,
    *,
    from_email: str | None = None,
    to_email: str | None = None,
    client_tran_id: str | None = None,
    symbol: str | None = None,
) -> dict[str, object]:
    return {
        "from_email": from_email,
        "to_email": to_email,
        "from_account_type": from_account_type,
        "to_account_type": to_account_type,
        "client_tran_id": client_tran_id,
        "symbol": symbol,
        "asset": asset,
        "amount": amount,
    }


def _parse_response(response: httpx.Response) -> SubAccountUniversalTransferResult:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SubAccountUniversalTransferResult:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SubAccountUniversalTransferResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SubAccountUniversalTransferResult]:
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
    from_account_type: SubAccountUniversalAccountType | str,
    to_account_type: SubAccountUniversalAccountType | str,
    asset: str,
    amount: DecimalLike,
    from_email: str | None = None,
    to_email: str | None = None,
    client_tran_id: str | None = None,
    symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountUniversalTransferResult]:
    """Universal transfer between master and sub-accounts.

    Moves an asset between wallets of the master account and its sub-accounts. Without `fromEmail`
    the asset leaves the master account, without `toEmail` it goes to the master account; at least
    one of the two must be sent. Supported: spot, USDⓈ-M and COIN-M futures wallets to and from each
    other (master or sub-account); master spot to a sub-account's cross or isolated margin and back;
    cross margin between sub-accounts; Alpha to Alpha. The master API key needs internal transfers
    enabled.

    POST /sapi/v1/sub-account/universalTransfer · security USER_DATA · weight 1


    Args:
        from_email: Sending sub-account; the master account when omitted.
        to_email: Receiving sub-account; the master account when omitted.
        from_account_type: Wallet the asset leaves. Required.
        to_account_type: Wallet the asset enters. Required.
        client_tran_id: Your own id for the transfer; must not repeat.
        symbol: Isolated margin pair; only with `ISOLATED_MARGIN`.
        asset: Asset to move, e.g. `USDT`. Required.
        amount: Amount of the asset to move. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            from_email=from_email,
            to_email=to_email,
            from_account_type=from_account_type,
            to_account_type=to_account_type,
            client_tran_id=client_tran_id,
            symbol=symbol,
            asset=asset,
            amount=amount,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    from_account_type: SubAccountUniversalAccountType | str,
    to_account_type: SubAccountUniversalAccountType | str,
    asset: str,
    amount: DecimalLike,
    from_email: str | None = None,
    to_email: str | None = None,
    client_tran_id: str | None = None,
    symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountUniversalTransferResult:
    """Universal transfer between master and sub-accounts.

    Moves an asset between wallets of the master account and its sub-accounts. Without `fromEmail`
    the asset leaves the master account, without `toEmail` it goes to the master account; at least
    one of the two must be sent. Supported: spot, USDⓈ-M and COIN-M futures wallets to and from each
    other (master or sub-account); master spot to a sub-account's cross or isolated margin and back;
    cross margin between sub-accounts; Alpha to Alpha. The master API key needs internal transfers
    enabled.

    POST /sapi/v1/sub-account/universalTransfer · security USER_DATA · weight 1


    Args:
        from_email: Sending sub-account; the master account when omitted.
        to_email: Receiving sub-account; the master account when omitted.
        from_account_type: Wallet the asset leaves. Required.
        to_account_type: Wallet the asset enters. Required.
        client_tran_id: Your own id for the transfer; must not repeat.
        symbol: Isolated margin pair; only with `ISOLATED_MARGIN`.
        asset: Asset to move, e.g. `USDT`. Required.
        amount: Amount of the asset to move. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountUniversalTransferResult
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                from_email=from_email,
                to_email=to_email,
                from_account_type=from_account_type,
                to_account_type=to_account_type,
                client_tran_id=client_tran_id,
                symbol=symbol,
                asset=asset,
                amount=amount,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    from_account_type: SubAccountUniversalAccountType | str,
    to_account_type: SubAccountUniversalAccountType | str,
    asset: str,
    amount: DecimalLike,
    from_email: str | None = None,
    to_email: str | None = None,
    client_tran_id: str | None = None,
    symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountUniversalTransferResult]:
    """Universal transfer between master and sub-accounts.

    Moves an asset between wallets of the master account and its sub-accounts. Without `fromEmail`
    the asset leaves the master account, without `toEmail` it goes to the master account; at least
    one of the two must be sent. Supported: spot, USDⓈ-M and COIN-M futures wallets to and from each
    other (master or sub-account); master spot to a sub-account's cross or isolated margin and back;
    cross margin between sub-accounts; Alpha to Alpha. The master API key needs internal transfers
    enabled.

    POST /sapi/v1/sub-account/universalTransfer · security USER_DATA · weight 1


    Args:
        from_email: Sending sub-account; the master account when omitted.
        to_email: Receiving sub-account; the master account when omitted.
        from_account_type: Wallet the asset leaves. Required.
        to_account_type: Wallet the asset enters. Required.
        client_tran_id: Your own id for the transfer; must not repeat.
        symbol: Isolated margin pair; only with `ISOLATED_MARGIN`.
        asset: Asset to move, e.g. `USDT`. Required.
        amount: Amount of the asset to move. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            from_email=from_email,
            to_email=to_email,
            from_account_type=from_account_type,
            to_account_type=to_account_type,
            client_tran_id=client_tran_id,
            symbol=symbol,
            asset=asset,
            amount=amount,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    from_account_type: SubAccountUniversalAccountType | str,
    to_account_type: SubAccountUniversalAccountType | str,
    asset: str,
    amount: DecimalLike,
    from_email: str | None = None,
    to_email: str | None = None,
    client_tran_id: str | None = None,
    symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountUniversalTransferResult:
    """Universal transfer between master and sub-accounts.

    Moves an asset between wallets of the master account and its sub-accounts. Without `fromEmail`
    the asset leaves the master account, without `toEmail` it goes to the master account; at least
    one of the two must be sent. Supported: spot, USDⓈ-M and COIN-M futures wallets to and from each
    other (master or sub-account); master spot to a sub-account's cross or isolated margin and back;
    cross margin between sub-accounts; Alpha to Alpha. The master API key needs internal transfers
    enabled.

    POST /sapi/v1/sub-account/universalTransfer · security USER_DATA · weight 1


    Args:
        from_email: Sending sub-account; the master account when omitted.
        to_email: Receiving sub-account; the master account when omitted.
        from_account_type: Wallet the asset leaves. Required.
        to_account_type: Wallet the asset enters. Required.
        client_tran_id: Your own id for the transfer; must not repeat.
        symbol: Isolated margin pair; only with `ISOLATED_MARGIN`.
        asset: Asset to move, e.g. `USDT`. Required.
        amount: Amount of the asset to move. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountUniversalTransferResult
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                from_email=from_email,
                to_email=to_email,
                from_account_type=from_account_type,
                to_account_type=to_account_type,
                client_tran_id=client_tran_id,
                symbol=symbol,
                asset=asset,
                amount=amount,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
