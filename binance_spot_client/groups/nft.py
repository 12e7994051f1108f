"""The `nft` operations of the /sapi surface, reached as `client.nft`.

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final, Unpack

from .._group_paging.nft import AsyncNftPaging, NftPaging
from ..signing import (
    AsyncSpotClient,
    CallOptions,
    SpotClient,
    TimeLike,
    async_raw_response_wrapper,
    raw_response_wrapper,
)

if TYPE_CHECKING:
    from ..models.nft_assets import NftAssets
    from ..models.nft_deposit_history import NftDepositHistory
    from ..models.nft_transaction_history import NftTransactionHistory
    from ..models.nft_withdraw_history import NftWithdrawHistory


DecimalLike = str | int | float | Decimal


class Nft(NftPaging):
    """`nft` operations on a synchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: SpotClient) -> None:
        self._client = client

    def nft_assets(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        **options: Unpack[CallOptions],
    ) -> NftAssets:
        """NFT assets.

        Lists the NFTs the account holds.

        GET /sapi/v1/nft/user/getAsset · security USER_DATA · weight 3000


        Args:
            limit: Rows per page. Defaults to 50; at most 50.
            page: Page number, counted from 1. Defaults to 1.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            NftAssets
        """
        from ..api.nft import nft_assets as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                limit=limit,
                page=page,
            ),
            options,
        )

    def nft_deposit_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        page: int | None = None,
        **options: Unpack[CallOptions],
    ) -> NftDepositHistory:
        """NFT deposit history.

        Lists NFTs deposited to the account. The window is at most 90 days; without one, the last 7 days
        come back.

        GET /sapi/v1/nft/history/deposit · security USER_DATA · weight 3000


        Args:
            start_time: Start of the window, UTC milliseconds.
            end_time: End of the window, UTC milliseconds; at most 90 days after `start_time`.
            limit: Rows per page. Defaults to 50; at most 50.
            page: Page number, counted from 1. Defaults to 1.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            NftDepositHistory
        """
        from ..api.nft import nft_deposit_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                start_time=start_time,
                end_time=end_time,
                limit=limit,
                page=page,
            ),
            options,
        )

    def nft_transaction_history(
        self,
        order_type: int,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        page: int | None = None,
        **options: Unpack[CallOptions],
    ) -> NftTransactionHistory:
        """NFT transaction history.

        Lists the account's NFT trades of one kind. The window is at most 90 days; without one, the last
        7 days come back.

        GET /sapi/v1/nft/history/transactions · security USER_DATA · weight 3000


        Args:
            order_type: Kind of trade: 0 purchase, 1 sale, 2 royalty income, 3 primary market order, 4 mint fee. Required.
            start_time: Start of the window, UTC milliseconds.
            end_time: End of the window, UTC milliseconds; at most 90 days after `start_time`.
            limit: Rows per page. Defaults to 50; at most 50.
            page: Page number, counted from 1. Defaults to 1.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            NftTransactionHistory
        """
        from ..api.nft import nft_transaction_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_type=order_type,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
                page=page,
            ),
            options,
        )

    def nft_withdraw_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        page: int | None = None,
        **options: Unpack[CallOptions],
    ) -> NftWithdrawHistory:
        """NFT withdraw history.

        Lists NFTs withdrawn from the account. The window is at most 90 days; without one, the last 7
        days come back.

        GET /sapi/v1/nft/history/withdraw · security USER_DATA · weight 3000


        Args:
            start_time: Start of the window, UTC milliseconds.
            end_time: End of the window, UTC milliseconds; at most 90 days after `start_time`.
            limit: Rows per page. Defaults to 50; at most 50.
            page: Page number, counted from 1. Defaults to 1.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            NftWithdrawHistory
        """
        from ..api.nft import nft_withdraw_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                start_time=start_time,
                end_time=end_time,
                limit=limit,
                page=page,
            ),
            options,
        )


class AsyncNft(AsyncNftPaging):
    """`nft` operations on an asynchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncSpotClient) -> None:
        self._client = client

    async def nft_assets(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        **options: Unpack[CallOptions],
    ) -> NftAssets:
        """NFT assets (the coroutine of `Spot.nft.nft_assets`, which describes it)."""
        from ..api.nft import nft_assets as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                limit=limit,
                page=page,
            ),
            options,
        )

    async def nft_deposit_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        page: int | None = None,
        **options: Unpack[CallOptions],
    ) -> NftDepositHistory:
        """NFT deposit history (the coroutine of `Spot.nft.nft_deposit_history`, which describes it)."""
        from ..api.nft import nft_deposit_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                start_time=start_time,
                end_time=end_time,
                limit=limit,
                page=page,
            ),
            options,
        )

    async def nft_transaction_history(
        self,
        order_type: int,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        page: int | None = None,
        **options: Unpack[CallOptions],
    ) -> NftTransactionHistory:
        """NFT transaction history (the coroutine of `Spot.nft.nft_transaction_history`, which describes it)."""
        from ..api.nft import nft_transaction_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_type=order_type,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
                page=page,
            ),
            options,
        )

    async def nft_withdraw_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        page: int | None = None,
        **options: Unpack[CallOptions],
    ) -> NftWithdrawHistory:
        """NFT withdraw history (the coroutine of `Spot.nft.nft_withdraw_history`, which describes it)."""
        from ..api.nft import nft_withdraw_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                start_time=start_time,
                end_time=end_time,
                limit=limit,
                page=page,
            ),
            options,
        )


class NftWithRawResponse:
    """`nft` operations, each returning the whole `Response`."""

    def __init__(self, group: Nft) -> None:
        self._group = group
        self.nft_assets: Final = raw_response_wrapper(group.nft_assets)
        self.nft_deposit_history: Final = raw_response_wrapper(group.nft_deposit_history)
        self.nft_transaction_history: Final = raw_response_wrapper(group.nft_transaction_history)
        self.nft_withdraw_history: Final = raw_response_wrapper(group.nft_withdraw_history)


class AsyncNftWithRawResponse:
    """`nft` operations, each returning the whole `Response`."""

    def __init__(self, group: AsyncNft) -> None:
        self._group = group
        self.nft_assets: Final = async_raw_response_wrapper(group.nft_assets)
        self.nft_deposit_history: Final = async_raw_response_wrapper(group.nft_deposit_history)
        self.nft_transaction_history: Final = async_raw_response_wrapper(group.nft_transaction_history)
        self.nft_withdraw_history: Final = async_raw_response_wrapper(group.nft_withdraw_history)


__all__ = ["AsyncNft", "AsyncNftWithRawResponse", "Nft", "NftWithRawResponse"]
