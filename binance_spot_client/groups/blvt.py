"""The `blvt` operations of the /sapi surface, reached as `client.blvt`.

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final, Unpack

from .._group_paging.blvt import AsyncBlvtPaging, BlvtPaging
from ..signing import (
    AsyncSpotClient,
    CallOptions,
    SpotClient,
    TimeLike,
    async_raw_response_wrapper,
    raw_response_wrapper,
)

if TYPE_CHECKING:
    from ..models.blvt_info import BlvtInfo
    from ..models.blvt_redemption import BlvtRedemption
    from ..models.blvt_redemption_record import BlvtRedemptionRecord
    from ..models.blvt_subscription import BlvtSubscription
    from ..models.blvt_subscription_record import BlvtSubscriptionRecord
    from ..models.blvt_user_limit import BlvtUserLimit


DecimalLike = str | int | float | Decimal


class Blvt(BlvtPaging):
    """`blvt` operations on a synchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: SpotClient) -> None:
        self._client = client

    def blvt_info(
        self,
        *,
        token_name: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[BlvtInfo]:
        """Leveraged token info (retired).

        Described Binance's leveraged tokens: net asset value, leverage, fees, limits and futures
        basket.

        GET /sapi/v1/blvt/tokenInfo · security MARKET_DATA · weight 1

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            token_name: Only this token, such as `BTCDOWN`; every token when omitted.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[BlvtInfo]
        """
        from ..api.blvt import blvt_info as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                token_name=token_name,
            ),
            options,
        )

    def blvt_redemption_record(
        self,
        *,
        token_name: str | None = None,
        id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[BlvtRedemptionRecord]:
        """Leveraged token redemptions (retired).

        Listed the account's leveraged token redemptions of the last 90 days.

        GET /sapi/v1/blvt/redeem/record · security USER_DATA · weight 1

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            token_name: Leveraged token, such as `BTCUP` or `BTCDOWN`.
            id: Only the record with this id.
            start_time: Start of the window, UTC milliseconds.
            end_time: End of the window, UTC milliseconds.
            limit: Number of records. Defaults to 1000; at most 1000.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[BlvtRedemptionRecord]
        """
        from ..api.blvt import blvt_redemption_record as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                token_name=token_name,
                id=id,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            options,
        )

    def blvt_subscription_record(
        self,
        *,
        token_name: str | None = None,
        id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> BlvtSubscriptionRecord | list[BlvtSubscriptionRecord]:
        """Leveraged token subscriptions (retired).

        Listed the account's leveraged token subscriptions of the last 90 days.

        GET /sapi/v1/blvt/subscribe/record · security USER_DATA · weight 1

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            token_name: Leveraged token, such as `BTCUP` or `BTCDOWN`.
            id: Only the record with this id.
            start_time: Start of the window, UTC milliseconds.
            end_time: End of the window, UTC milliseconds.
            limit: Number of records. Defaults to 500; at most 1000.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            BlvtSubscriptionRecord | list[BlvtSubscriptionRecord]
        """
        from ..api.blvt import blvt_subscription_record as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                token_name=token_name,
                id=id,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            options,
        )

    def blvt_user_limit(
        self,
        *,
        token_name: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[BlvtUserLimit]:
        """Leveraged token user limits (retired).

        Returned the account's daily subscription and redemption limits per leveraged token.

        GET /sapi/v1/blvt/userLimit · security USER_DATA · weight 1

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            token_name: Only this token; every token when omitted.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[BlvtUserLimit]
        """
        from ..api.blvt import blvt_user_limit as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                token_name=token_name,
            ),
            options,
        )

    def redeem_blvt(
        self,
        token_name: str,
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> BlvtRedemption:
        """Redeem a leveraged token (retired).

        Sold leveraged tokens back to Binance for USDT.

        POST /sapi/v1/blvt/redeem · security USER_DATA · weight 1

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            token_name: Leveraged token, such as `BTCUP`. Required.
            amount: Number of tokens to redeem. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            BlvtRedemption
        """
        from ..api.blvt import redeem_blvt as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                token_name=token_name,
                amount=amount,
            ),
            options,
        )

    def subscribe_blvt(
        self,
        token_name: str,
        cost: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> BlvtSubscription:
        """Subscribe to a leveraged token (retired).

        Bought leveraged tokens from Binance with USDT from the spot wallet.

        POST /sapi/v1/blvt/subscribe · security USER_DATA · weight 1

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            token_name: Leveraged token, such as `BTCUP`. Required.
            cost: USDT to spend, from the spot balance. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            BlvtSubscription
        """
        from ..api.blvt import subscribe_blvt as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                token_name=token_name,
                cost=cost,
            ),
            options,
        )


class AsyncBlvt(AsyncBlvtPaging):
    """`blvt` operations on an asynchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncSpotClient) -> None:
        self._client = client

    async def blvt_info(
        self,
        *,
        token_name: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[BlvtInfo]:
        """Leveraged token info (retired) (the coroutine of `Spot.blvt.blvt_info`, which describes it)."""
        from ..api.blvt import blvt_info as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                token_name=token_name,
            ),
            options,
        )

    async def blvt_redemption_record(
        self,
        *,
        token_name: str | None = None,
        id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[BlvtRedemptionRecord]:
        """Leveraged token redemptions (retired) (the coroutine of `Spot.blvt.blvt_redemption_record`, which describes it)."""
        from ..api.blvt import blvt_redemption_record as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                token_name=token_name,
                id=id,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            options,
        )

    async def blvt_subscription_record(
        self,
        *,
        token_name: str | None = None,
        id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> BlvtSubscriptionRecord | list[BlvtSubscriptionRecord]:
        """Leveraged token subscriptions (retired) (the coroutine of `Spot.blvt.blvt_subscription_record`, which describes it)."""
        from ..api.blvt import blvt_subscription_record as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                token_name=token_name,
                id=id,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            options,
        )

    async def blvt_user_limit(
        self,
        *,
        token_name: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[BlvtUserLimit]:
        """Leveraged token user limits (retired) (the coroutine of `Spot.blvt.blvt_user_limit`, which describes it)."""
        from ..api.blvt import blvt_user_limit as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                token_name=token_name,
            ),
            options,
        )

    async def redeem_blvt(
        self,
        token_name: str,
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> BlvtRedemption:
        """Redeem a leveraged token (retired) (the coroutine of `Spot.blvt.redeem_blvt`, which describes it)."""
        from ..api.blvt import redeem_blvt as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                token_name=token_name,
                amount=amount,
            ),
            options,
        )

    async def subscribe_blvt(
        self,
        token_name: str,
        cost: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> BlvtSubscription:
        """Subscribe to a leveraged token (retired) (the coroutine of `Spot.blvt.subscribe_blvt`, which describes it)."""
        from ..api.blvt import subscribe_blvt as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                token_name=token_name,
                cost=cost,
            ),
            options,
        )


class BlvtWithRawResponse:
    """`blvt` operations, each returning the whole `Response`."""

    def __init__(self, group: Blvt) -> None:
        self._group = group
        self.blvt_info: Final = raw_response_wrapper(group.blvt_info)
        self.blvt_redemption_record: Final = raw_response_wrapper(group.blvt_redemption_record)
        self.blvt_subscription_record: Final = raw_response_wrapper(group.blvt_subscription_record)
        self.blvt_user_limit: Final = raw_response_wrapper(group.blvt_user_limit)
        self.redeem_blvt: Final = raw_response_wrapper(group.redeem_blvt)
        self.subscribe_blvt: Final = raw_response_wrapper(group.subscribe_blvt)


class AsyncBlvtWithRawResponse:
    """`blvt` operations, each returning the whole `Response`."""

    def __init__(self, group: AsyncBlvt) -> None:
        self._group = group
        self.blvt_info: Final = async_raw_response_wrapper(group.blvt_info)
        self.blvt_redemption_record: Final = async_raw_response_wrapper(group.blvt_redemption_record)
        self.blvt_subscription_record: Final = async_raw_response_wrapper(group.blvt_subscription_record)
        self.blvt_user_limit: Final = async_raw_response_wrapper(group.blvt_user_limit)
        self.redeem_blvt: Final = async_raw_response_wrapper(group.redeem_blvt)
        self.subscribe_blvt: Final = async_raw_response_wrapper(group.subscribe_blvt)


__all__ = ["AsyncBlvt", "AsyncBlvtWithRawResponse", "Blvt", "BlvtWithRawResponse"]
