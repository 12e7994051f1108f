"""The `nft` operations of the /sapi surface, reached as `client.nft`.

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from ..signing import AsyncSpotClient, RecvWindow, SpotClient

if TYPE_CHECKING:
    from ..models.nft_assets import NftAssets
    from ..models.nft_deposit_history import NftDepositHistory
    from ..models.nft_transaction_history import NftTransactionHistory
    from ..models.nft_withdraw_history import NftWithdrawHistory


DecimalLike = str | int | float | Decimal


class Nft:
    """`nft` operations on a synchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: SpotClient) -> None:
        self._client = client

    def nft_assets(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> NftAssets:
        """NFT assets.

        Lists the NFTs the account holds.

        GET /sapi/v1/nft/user/getAsset · security USER_DATA · weight 3000


        Args:
            limit: Rows per page. Defaults to 50; at most 50.
            page: Page number, counted from 1. Defaults to 1.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            NftAssets
        """
        from ..api.nft import nft_assets as _operation

        return _operation.sync(
            client=self._client,
            limit=limit,
            page=page,
            recv_window=recv_window,
            timeout=timeout,
        )

    def nft_deposit_history(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int | None = None,
        page: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> NftDepositHistory:
        """NFT deposit history.

        Lists NFTs deposited to the account. The window is at most 90 days; without one, the last 7 days
        come back.

        GET /sapi/v1/nft/history/deposit · security USER_DATA · weight 3000


        Args:
            start_time: Start of the window, UTC milliseconds.
            end_time: End of the window, UTC milliseconds; at most 90 days after `startTime`.
            limit: Rows per page. Defaults to 50; at most 50.
            page: Page number, counted from 1. Defaults to 1.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            NftDepositHistory
        """
        from ..api.nft import nft_deposit_history as _operation

        return _operation.sync(
            client=self._client,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            page=page,
            recv_window=recv_window,
            timeout=timeout,
        )

    def nft_transaction_history(
        self,
        order_type: int,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int | None = None,
        page: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> NftTransactionHistory:
        """NFT transaction history.

        Lists the account's NFT trades of one kind. The window is at most 90 days; without one, the last
        7 days come back.

        GET /sapi/v1/nft/history/transactions · security USER_DATA · weight 3000


        Args:
            order_type: Kind of trade: 0 purchase, 1 sale, 2 royalty income, 3 primary market order, 4 mint fee. Required.
            start_time: Start of the window, UTC milliseconds.
            end_time: End of the window, UTC milliseconds; at most 90 days after `startTime`.
            limit: Rows per page. Defaults to 50; at most 50.
            page: Page number, counted from 1. Defaults to 1.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            NftTransactionHistory
        """
        from ..api.nft import nft_transaction_history as _operation

        return _operation.sync(
            client=self._client,
            order_type=order_type,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            page=page,
            recv_window=recv_window,
            timeout=timeout,
        )

    def nft_withdraw_history(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int | None = None,
        page: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> NftWithdrawHistory:
        """NFT withdraw history.

        Lists NFTs withdrawn from the account. The window is at most 90 days; without one, the last 7
        days come back.

        GET /sapi/v1/nft/history/withdraw · security USER_DATA · weight 3000


        Args:
            start_time: Start of the window, UTC milliseconds.
            end_time: End of the window, UTC milliseconds; at most 90 days after `startTime`.
            limit: Rows per page. Defaults to 50; at most 50.
            page: Page number, counted from 1. Defaults to 1.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            NftWithdrawHistory
        """
        from ..api.nft import nft_withdraw_history as _operation

        return _operation.sync(
            client=self._client,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            page=page,
            recv_window=recv_window,
            timeout=timeout,
        )


class AsyncNft:
    """`nft` operations on an asynchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncSpotClient) -> None:
        self._client = client

    async def nft_assets(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> NftAssets:
        """NFT assets.

        Lists the NFTs the account holds.

        GET /sapi/v1/nft/user/getAsset · security USER_DATA · weight 3000


        Args:
            limit: Rows per page. Defaults to 50; at most 50.
            page: Page number, counted from 1. Defaults to 1.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            NftAssets
        """
        from ..api.nft import nft_assets as _operation

        return await _operation.asyncio(
            client=self._client,
            limit=limit,
            page=page,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def nft_deposit_history(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int | None = None,
        page: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> NftDepositHistory:
        """NFT deposit history.

        Lists NFTs deposited to the account. The window is at most 90 days; without one, the last 7 days
        come back.

        GET /sapi/v1/nft/history/deposit · security USER_DATA · weight 3000


        Args:
            start_time: Start of the window, UTC milliseconds.
            end_time: End of the window, UTC milliseconds; at most 90 days after `startTime`.
            limit: Rows per page. Defaults to 50; at most 50.
            page: Page number, counted from 1. Defaults to 1.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            NftDepositHistory
        """
        from ..api.nft import nft_deposit_history as _operation

        return await _operation.asyncio(
            client=self._client,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            page=page,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def nft_transaction_history(
        self,
        order_type: int,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int | None = None,
        page: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> NftTransactionHistory:
        """NFT transaction history.

        Lists the account's NFT trades of one kind. The window is at most 90 days; without one, the last
        7 days come back.

        GET /sapi/v1/nft/history/transactions · security USER_DATA · weight 3000


        Args:
            order_type: Kind of trade: 0 purchase, 1 sale, 2 royalty income, 3 primary market order, 4 mint fee. Required.
            start_time: Start of the window, UTC milliseconds.
            end_time: End of the window, UTC milliseconds; at most 90 days after `startTime`.
            limit: Rows per page. Defaults to 50; at most 50.
            page: Page number, counted from 1. Defaults to 1.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            NftTransactionHistory
        """
        from ..api.nft import nft_transaction_history as _operation

        return await _operation.asyncio(
            client=self._client,
            order_type=order_type,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            page=page,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def nft_withdraw_history(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int | None = None,
        page: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> NftWithdrawHistory:
        """NFT withdraw history.

        Lists NFTs withdrawn from the account. The window is at most 90 days; without one, the last 7
        days come back.

        GET /sapi/v1/nft/history/withdraw · security USER_DATA · weight 3000


        Args:
            start_time: Start of the window, UTC milliseconds.
            end_time: End of the window, UTC milliseconds; at most 90 days after `startTime`.
            limit: Rows per page. Defaults to 50; at most 50.
            page: Page number, counted from 1. Defaults to 1.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            NftWithdrawHistory
        """
        from ..api.nft import nft_withdraw_history as _operation

        return await _operation.asyncio(
            client=self._client,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            page=page,
            recv_window=recv_window,
            timeout=timeout,
        )


__all__ = ["AsyncNft", "Nft"]
