"""The `mining` operations of the /sapi surface, reached as `client.mining`.

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final, Unpack

from .._group_paging.mining import AsyncMiningPaging, MiningPaging
from ..signing import (
    AsyncSpotClient,
    CallOptions,
    SpotClient,
    TimeLike,
    async_raw_response_wrapper,
    raw_response_wrapper,
)

if TYPE_CHECKING:
    from ..models.mining_account_earnings_response import MiningAccountEarningsResponse
    from ..models.mining_account_hashrate_history_response import MiningAccountHashrateHistoryResponse
    from ..models.mining_account_statistics_response import MiningAccountStatisticsResponse
    from ..models.mining_algorithms_response import MiningAlgorithmsResponse
    from ..models.mining_cancel_hashrate_resale_response import MiningCancelHashrateResaleResponse
    from ..models.mining_coins_response import MiningCoinsResponse
    from ..models.mining_earnings_response import MiningEarningsResponse
    from ..models.mining_extra_bonuses_response import MiningExtraBonusesResponse
    from ..models.mining_hashrate_resale_detail_response import MiningHashrateResaleDetailResponse
    from ..models.mining_hashrate_resales_response import MiningHashrateResalesResponse
    from ..models.mining_resell_hashrate_response import MiningResellHashrateResponse
    from ..models.mining_worker_detail_response import MiningWorkerDetailResponse
    from ..models.mining_workers_response import MiningWorkersResponse


DecimalLike = str | int | float | Decimal


class Mining(MiningPaging):
    """`mining` operations on a synchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: SpotClient) -> None:
        self._client = client

    def cancel_mining_hashrate_resale(
        self,
        config_id: int,
        user_name: str,
        **options: Unpack[CallOptions],
    ) -> MiningCancelHashrateResaleResponse:
        """Cancel a hashrate resale.

        Cancels a hashrate resale configuration of a mining account.

        POST /sapi/v1/mining/hash-transfer/config/cancel · security USER_DATA · weight 5


        Args:
            config_id: Id of the resale configuration to cancel. Required.
            user_name: Binance Pool mining account (sub-account name used for mining). Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MiningCancelHashrateResaleResponse
        """
        from ..api.mining import cancel_mining_hashrate_resale as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                config_id=config_id,
                user_name=user_name,
            ),
            options,
        )

    def mining_account_earnings(
        self,
        algo: str,
        *,
        start_date: TimeLike | None = None,
        end_date: TimeLike | None = None,
        page_index: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> MiningAccountEarningsResponse:
        """Account-level mining earnings.

        Lists earnings credited to the account as a whole rather than to mining (referral commissions,
        refunds, rebates), with the mining account each one belongs to, one page at a time.

        GET /sapi/v1/mining/payment/uid · security USER_DATA · weight 5


        Args:
            algo: Mining algorithm name as listed by `miningAlgorithms` (for example `sha256`). Required.
            start_date: Earliest day to include, as a UTC millisecond timestamp; with `end_date` also omitted,
                every day is returned.
            end_date: Latest day to include, as a UTC millisecond timestamp; with `start_date` also omitted,
                every day is returned.
            page_index: Page to return, counted from 1; the first page when omitted.
            page_size: Rows per page, from 10 to 200.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MiningAccountEarningsResponse
        """
        from ..api.mining import mining_account_earnings as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                algo=algo,
                start_date=start_date,
                end_date=end_date,
                page_index=page_index,
                page_size=page_size,
            ),
            options,
        )

    def mining_account_hashrate_history(
        self,
        algo: str,
        user_name: str,
        **options: Unpack[CallOptions],
    ) -> MiningAccountHashrateHistoryResponse:
        """Mining account hashrate history.

        Returns the hourly and daily hashrate series of a mining account, with the rejection rate of
        each point.

        GET /sapi/v1/mining/statistics/user/list · security USER_DATA · weight 5


        Args:
            algo: Mining algorithm name as listed by `miningAlgorithms` (for example `sha256`). Required.
            user_name: Binance Pool mining account (sub-account name used for mining). Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MiningAccountHashrateHistoryResponse
        """
        from ..api.mining import mining_account_hashrate_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                algo=algo,
                user_name=user_name,
            ),
            options,
        )

    def mining_account_statistics(
        self,
        algo: str,
        user_name: str,
        **options: Unpack[CallOptions],
    ) -> MiningAccountStatisticsResponse:
        """Mining account statistics.

        Summarises a mining account: 15-minute and 24-hour hashrate, valid and invalid worker counts,
        and earnings of today (estimated) and yesterday per coin.

        GET /sapi/v1/mining/statistics/user/status · security USER_DATA · weight 5


        Args:
            algo: Mining algorithm name as listed by `miningAlgorithms` (for example `sha256`). Required.
            user_name: Binance Pool mining account (sub-account name used for mining). Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MiningAccountStatisticsResponse
        """
        from ..api.mining import mining_account_statistics as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                algo=algo,
                user_name=user_name,
            ),
            options,
        )

    def mining_algorithms(
        self,
        **options: Unpack[CallOptions],
    ) -> MiningAlgorithmsResponse:
        """Mining algorithms.

        Lists the algorithms Binance Pool supports, with the unit their hashrates are measured in.

        GET /sapi/v1/mining/pub/algoList · security MARKET_DATA · weight 1


        Args:
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MiningAlgorithmsResponse
        """
        from ..api.mining import mining_algorithms as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def mining_coins(
        self,
        **options: Unpack[CallOptions],
    ) -> MiningCoinsResponse:
        """Minable coins.

        Lists the coins Binance Pool mines and the algorithm each one uses.

        GET /sapi/v1/mining/pub/coinList · security MARKET_DATA · weight 1


        Args:
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MiningCoinsResponse
        """
        from ..api.mining import mining_coins as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def mining_earnings(
        self,
        algo: str,
        user_name: str,
        *,
        coin: str | None = None,
        start_date: TimeLike | None = None,
        end_date: TimeLike | None = None,
        page_index: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> MiningEarningsResponse:
        """Daily mining earnings.

        Lists the daily mining earnings of a mining account, with the hashrate behind each day and any
        hashrate or income transferred away, one page at a time.

        GET /sapi/v1/mining/payment/list · security USER_DATA · weight 5


        Args:
            algo: Mining algorithm name as listed by `miningAlgorithms` (for example `sha256`). Required.
            user_name: Binance Pool mining account (sub-account name used for mining). Required.
            coin: Only rows for this coin (for example `BTC`).
            start_date: Earliest day to include, as a UTC millisecond timestamp; with `end_date` also omitted,
                every day is returned.
            end_date: Latest day to include, as a UTC millisecond timestamp; with `start_date` also omitted,
                every day is returned.
            page_index: Page to return, counted from 1; the first page when omitted.
            page_size: Rows per page, from 10 to 200.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MiningEarningsResponse
        """
        from ..api.mining import mining_earnings as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                algo=algo,
                user_name=user_name,
                coin=coin,
                start_date=start_date,
                end_date=end_date,
                page_index=page_index,
                page_size=page_size,
            ),
            options,
        )

    def mining_extra_bonuses(
        self,
        algo: str,
        user_name: str,
        *,
        coin: str | None = None,
        start_date: TimeLike | None = None,
        end_date: TimeLike | None = None,
        page_index: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> MiningExtraBonusesResponse:
        """Extra mining bonuses.

        Lists the rewards a mining account received besides regular mining earnings (merged mining,
        activity bonuses, rebates, smart pool, pool savings...), one page at a time.

        GET /sapi/v1/mining/payment/other · security USER_DATA · weight 5


        Args:
            algo: Mining algorithm name as listed by `miningAlgorithms` (for example `sha256`). Required.
            user_name: Binance Pool mining account (sub-account name used for mining). Required.
            coin: Only rows for this coin (for example `BTC`).
            start_date: Earliest day to include, as a UTC millisecond timestamp; with `end_date` also omitted,
                every day is returned.
            end_date: Latest day to include, as a UTC millisecond timestamp; with `start_date` also omitted,
                every day is returned.
            page_index: Page to return, counted from 1; the first page when omitted.
            page_size: Rows per page, from 10 to 200.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MiningExtraBonusesResponse
        """
        from ..api.mining import mining_extra_bonuses as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                algo=algo,
                user_name=user_name,
                coin=coin,
                start_date=start_date,
                end_date=end_date,
                page_index=page_index,
                page_size=page_size,
            ),
            options,
        )

    def mining_hashrate_resale_detail(
        self,
        config_id: int,
        *,
        user_name: str | None = None,
        page_index: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> MiningHashrateResaleDetailResponse:
        """Days of a hashrate resale.

        Lists, day by day, the hashrate transferred under one resale configuration and the earnings that
        went with it.

        GET /sapi/v1/mining/hash-transfer/profit/details · security USER_DATA · weight 5


        Args:
            config_id: Id of the resale configuration (from `miningHashrateResales` or `resellMiningHashrate`). Required.
            user_name: Mining account. Binance's 2024 file requires it; the current documentation no longer
                lists it, so it is optional here.
            page_index: Page to return, counted from 1; the first page when omitted.
            page_size: Rows per page, from 10 to 200.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MiningHashrateResaleDetailResponse
        """
        from ..api.mining import mining_hashrate_resale_detail as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                config_id=config_id,
                user_name=user_name,
                page_index=page_index,
                page_size=page_size,
            ),
            options,
        )

    def mining_hashrate_resales(
        self,
        *,
        page_index: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> MiningHashrateResalesResponse:
        """Hashrate resale configurations.

        Lists the hashrate resale configurations of the account (hashrate sent to, or received from,
        another mining account for a range of days), one page at a time.

        GET /sapi/v1/mining/hash-transfer/config/details/list · security USER_DATA · weight 5


        Args:
            page_index: Page to return, counted from 1; the first page when omitted.
            page_size: Rows per page, from 10 to 200.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MiningHashrateResalesResponse
        """
        from ..api.mining import mining_hashrate_resales as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                page_index=page_index,
                page_size=page_size,
            ),
            options,
        )

    def mining_worker_detail(
        self,
        algo: str,
        user_name: str,
        worker_name: str,
        **options: Unpack[CallOptions],
    ) -> MiningWorkerDetailResponse:
        """Worker hashrate history.

        Returns the hourly and daily hashrate series of one worker of a mining account, with the
        rejection rate of each point.

        GET /sapi/v1/mining/worker/detail · security USER_DATA · weight 5


        Args:
            algo: Mining algorithm name as listed by `miningAlgorithms` (for example `sha256`). Required.
            user_name: Binance Pool mining account (sub-account name used for mining). Required.
            worker_name: Name of the worker (miner) to report on. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MiningWorkerDetailResponse
        """
        from ..api.mining import mining_worker_detail as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                algo=algo,
                user_name=user_name,
                worker_name=worker_name,
            ),
            options,
        )

    def mining_workers(
        self,
        algo: str,
        user_name: str,
        *,
        page_index: int | None = None,
        sort: int | None = None,
        sort_column: int | None = None,
        worker_status: int | None = None,
        **options: Unpack[CallOptions],
    ) -> MiningWorkersResponse:
        """Workers of a mining account.

        Lists the workers (miners) of a mining account with their current and 24-hour hashrate, one page
        at a time; the list can be filtered by worker state and sorted by several columns.

        GET /sapi/v1/mining/worker/list · security USER_DATA · weight 5


        Args:
            algo: Mining algorithm name as listed by `miningAlgorithms` (for example `sha256`). Required.
            user_name: Binance Pool mining account (sub-account name used for mining). Required.
            page_index: Page to return, counted from 1; the first page when omitted.
            sort: Sort direction: 0 ascending (default), 1 descending.
            sort_column: Column to sort by: 1 worker name (default), 2 current hashrate, 3 24-hour average
                hashrate, 4 current rejection rate, 5 time of the last share.
            worker_status: Only workers in this state: 0 all (default), 1 valid, 2 invalid, 3 no longer valid.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MiningWorkersResponse
        """
        from ..api.mining import mining_workers as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                algo=algo,
                user_name=user_name,
                page_index=page_index,
                sort=sort,
                sort_column=sort_column,
                worker_status=worker_status,
            ),
            options,
        )

    def resell_mining_hashrate(
        self,
        user_name: str,
        algo: str,
        start_date: TimeLike,
        end_date: TimeLike,
        to_pool_user: str,
        hash_rate: int,
        **options: Unpack[CallOptions],
    ) -> MiningResellHashrateResponse:
        """Resell hashrate.

        Creates a hashrate resale configuration: part of a mining account's hashrate goes to another
        mining account between two dates. The answer carries the id of the new configuration.

        POST /sapi/v1/mining/hash-transfer/config · security USER_DATA · weight 5


        Args:
            user_name: Binance Pool mining account (sub-account name used for mining). Required.
            algo: Mining algorithm name as listed by `miningAlgorithms` (for example `sha256`). Required.
            start_date: When the resale starts, UTC milliseconds. Required.
            end_date: When the resale ends, UTC milliseconds. Required.
            to_pool_user: Mining account that receives the hashrate. Required.
            hash_rate: Hashrate to resell, in hashes per second; Binance requires more than 500000000000 for
                BTC and more than 500000 for ETH. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MiningResellHashrateResponse
        """
        from ..api.mining import resell_mining_hashrate as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                user_name=user_name,
                algo=algo,
                start_date=start_date,
                end_date=end_date,
                to_pool_user=to_pool_user,
                hash_rate=hash_rate,
            ),
            options,
        )


class AsyncMining(AsyncMiningPaging):
    """`mining` operations on an asynchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncSpotClient) -> None:
        self._client = client

    async def cancel_mining_hashrate_resale(
        self,
        config_id: int,
        user_name: str,
        **options: Unpack[CallOptions],
    ) -> MiningCancelHashrateResaleResponse:
        """Cancel a hashrate resale (the coroutine of `Spot.mining.cancel_mining_hashrate_resale`, which describes it)."""
        from ..api.mining import cancel_mining_hashrate_resale as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                config_id=config_id,
                user_name=user_name,
            ),
            options,
        )

    async def mining_account_earnings(
        self,
        algo: str,
        *,
        start_date: TimeLike | None = None,
        end_date: TimeLike | None = None,
        page_index: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> MiningAccountEarningsResponse:
        """Account-level mining earnings (the coroutine of `Spot.mining.mining_account_earnings`, which describes it)."""
        from ..api.mining import mining_account_earnings as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                algo=algo,
                start_date=start_date,
                end_date=end_date,
                page_index=page_index,
                page_size=page_size,
            ),
            options,
        )

    async def mining_account_hashrate_history(
        self,
        algo: str,
        user_name: str,
        **options: Unpack[CallOptions],
    ) -> MiningAccountHashrateHistoryResponse:
        """Mining account hashrate history (the coroutine of `Spot.mining.mining_account_hashrate_history`, which describes it)."""
        from ..api.mining import mining_account_hashrate_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                algo=algo,
                user_name=user_name,
            ),
            options,
        )

    async def mining_account_statistics(
        self,
        algo: str,
        user_name: str,
        **options: Unpack[CallOptions],
    ) -> MiningAccountStatisticsResponse:
        """Mining account statistics (the coroutine of `Spot.mining.mining_account_statistics`, which describes it)."""
        from ..api.mining import mining_account_statistics as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                algo=algo,
                user_name=user_name,
            ),
            options,
        )

    async def mining_algorithms(
        self,
        **options: Unpack[CallOptions],
    ) -> MiningAlgorithmsResponse:
        """Mining algorithms (the coroutine of `Spot.mining.mining_algorithms`, which describes it)."""
        from ..api.mining import mining_algorithms as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def mining_coins(
        self,
        **options: Unpack[CallOptions],
    ) -> MiningCoinsResponse:
        """Minable coins (the coroutine of `Spot.mining.mining_coins`, which describes it)."""
        from ..api.mining import mining_coins as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def mining_earnings(
        self,
        algo: str,
        user_name: str,
        *,
        coin: str | None = None,
        start_date: TimeLike | None = None,
        end_date: TimeLike | None = None,
        page_index: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> MiningEarningsResponse:
        """Daily mining earnings (the coroutine of `Spot.mining.mining_earnings`, which describes it)."""
        from ..api.mining import mining_earnings as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                algo=algo,
                user_name=user_name,
                coin=coin,
                start_date=start_date,
                end_date=end_date,
                page_index=page_index,
                page_size=page_size,
            ),
            options,
        )

    async def mining_extra_bonuses(
        self,
        algo: str,
        user_name: str,
        *,
        coin: str | None = None,
        start_date: TimeLike | None = None,
        end_date: TimeLike | None = None,
        page_index: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> MiningExtraBonusesResponse:
        """Extra mining bonuses (the coroutine of `Spot.mining.mining_extra_bonuses`, which describes it)."""
        from ..api.mining import mining_extra_bonuses as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                algo=algo,
                user_name=user_name,
                coin=coin,
                start_date=start_date,
                end_date=end_date,
                page_index=page_index,
                page_size=page_size,
            ),
            options,
        )

    async def mining_hashrate_resale_detail(
        self,
        config_id: int,
        *,
        user_name: str | None = None,
        page_index: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> MiningHashrateResaleDetailResponse:
        """Days of a hashrate resale (the coroutine of `Spot.mining.mining_hashrate_resale_detail`, which describes it)."""
        from ..api.mining import mining_hashrate_resale_detail as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                config_id=config_id,
                user_name=user_name,
                page_index=page_index,
                page_size=page_size,
            ),
            options,
        )

    async def mining_hashrate_resales(
        self,
        *,
        page_index: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> MiningHashrateResalesResponse:
        """Hashrate resale configurations (the coroutine of `Spot.mining.mining_hashrate_resales`, which describes it)."""
        from ..api.mining import mining_hashrate_resales as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                page_index=page_index,
                page_size=page_size,
            ),
            options,
        )

    async def mining_worker_detail(
        self,
        algo: str,
        user_name: str,
        worker_name: str,
        **options: Unpack[CallOptions],
    ) -> MiningWorkerDetailResponse:
        """Worker hashrate history (the coroutine of `Spot.mining.mining_worker_detail`, which describes it)."""
        from ..api.mining import mining_worker_detail as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                algo=algo,
                user_name=user_name,
                worker_name=worker_name,
            ),
            options,
        )

    async def mining_workers(
        self,
        algo: str,
        user_name: str,
        *,
        page_index: int | None = None,
        sort: int | None = None,
        sort_column: int | None = None,
        worker_status: int | None = None,
        **options: Unpack[CallOptions],
    ) -> MiningWorkersResponse:
        """Workers of a mining account (the coroutine of `Spot.mining.mining_workers`, which describes it)."""
        from ..api.mining import mining_workers as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                algo=algo,
                user_name=user_name,
                page_index=page_index,
                sort=sort,
                sort_column=sort_column,
                worker_status=worker_status,
            ),
            options,
        )

    async def resell_mining_hashrate(
        self,
        user_name: str,
        algo: str,
        start_date: TimeLike,
        end_date: TimeLike,
        to_pool_user: str,
        hash_rate: int,
        **options: Unpack[CallOptions],
    ) -> MiningResellHashrateResponse:
        """Resell hashrate (the coroutine of `Spot.mining.resell_mining_hashrate`, which describes it)."""
        from ..api.mining import resell_mining_hashrate as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                user_name=user_name,
                algo=algo,
                start_date=start_date,
                end_date=end_date,
                to_pool_user=to_pool_user,
                hash_rate=hash_rate,
            ),
            options,
        )


class MiningWithRawResponse:
    """`mining` operations, each returning the whole `Response`."""

    def __init__(self, group: Mining) -> None:
        self._group = group
        self.cancel_mining_hashrate_resale: Final = raw_response_wrapper(group.cancel_mining_hashrate_resale)
        self.mining_account_earnings: Final = raw_response_wrapper(group.mining_account_earnings)
        self.mining_account_hashrate_history: Final = raw_response_wrapper(group.mining_account_hashrate_history)
        self.mining_account_statistics: Final = raw_response_wrapper(group.mining_account_statistics)
        self.mining_algorithms: Final = raw_response_wrapper(group.mining_algorithms)
        self.mining_coins: Final = raw_response_wrapper(group.mining_coins)
        self.mining_earnings: Final = raw_response_wrapper(group.mining_earnings)
        self.mining_extra_bonuses: Final = raw_response_wrapper(group.mining_extra_bonuses)
        self.mining_hashrate_resale_detail: Final = raw_response_wrapper(group.mining_hashrate_resale_detail)
        self.mining_hashrate_resales: Final = raw_response_wrapper(group.mining_hashrate_resales)
        self.mining_worker_detail: Final = raw_response_wrapper(group.mining_worker_detail)
        self.mining_workers: Final = raw_response_wrapper(group.mining_workers)
        self.resell_mining_hashrate: Final = raw_response_wrapper(group.resell_mining_hashrate)


class AsyncMiningWithRawResponse:
    """`mining` operations, each returning the whole `Response`."""

    def __init__(self, group: AsyncMining) -> None:
        self._group = group
        self.cancel_mining_hashrate_resale: Final = async_raw_response_wrapper(group.cancel_mining_hashrate_resale)
        self.mining_account_earnings: Final = async_raw_response_wrapper(group.mining_account_earnings)
        self.mining_account_hashrate_history: Final = async_raw_response_wrapper(group.mining_account_hashrate_history)
        self.mining_account_statistics: Final = async_raw_response_wrapper(group.mining_account_statistics)
        self.mining_algorithms: Final = async_raw_response_wrapper(group.mining_algorithms)
        self.mining_coins: Final = async_raw_response_wrapper(group.mining_coins)
        self.mining_earnings: Final = async_raw_response_wrapper(group.mining_earnings)
        self.mining_extra_bonuses: Final = async_raw_response_wrapper(group.mining_extra_bonuses)
        self.mining_hashrate_resale_detail: Final = async_raw_response_wrapper(group.mining_hashrate_resale_detail)
        self.mining_hashrate_resales: Final = async_raw_response_wrapper(group.mining_hashrate_resales)
        self.mining_worker_detail: Final = async_raw_response_wrapper(group.mining_worker_detail)
        self.mining_workers: Final = async_raw_response_wrapper(group.mining_workers)
        self.resell_mining_hashrate: Final = async_raw_response_wrapper(group.resell_mining_hashrate)


__all__ = ["AsyncMining", "AsyncMiningWithRawResponse", "Mining", "MiningWithRawResponse"]
