"""The iterators of the `wallet` operations: mixins of its group classes (see `_paging.py`).

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Literal, Unpack

from ..signing import (
    AsyncSpotClient,
    CallOptions,
    PageWalk,
    Paging,
    SpotClient,
    TimeLike,
    aiterate_pages,
    former_keywords,
    iterate_pages,
)

if TYPE_CHECKING:
    from ..models import (
        WalletBusdConvertAccountType,
        WalletBusdConvertRecord,
        WalletCloudMiningRecord,
        WalletDelegationRecord,
        WalletDelegationType,
        WalletDepositRecord,
        WalletTravelRuleDepositRecord,
        WalletTravelRuleWithdrawRecord,
        WalletUniversalTransferRecord,
        WalletUniversalTransferType,
        WalletWithdrawRecord,
    )

DecimalLike = str | int | float | Decimal

_BUSD_CONVERT_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_CLOUD_MINING_PAYMENT_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="create_time",
    items="rows",
)
_DELEGATION_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_DEPOSIT_HISTORY = Paging(
    "offset",
    limit="limit",
    page_size=1000,
    start="start_time",
    end="end_time",
    max_span_ms=7776000000,
    cursor="offset",
    item_time="insert_time",
)
_DEPOSIT_HISTORY_TRAVEL_RULE = Paging(
    "offset",
    limit="limit",
    page_size=1000,
    start="start_time",
    end="end_time",
    max_span_ms=7776000000,
    cursor="offset",
    item_time="insert_time",
)
_UNIVERSAL_TRANSFER_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="timestamp",
    items="rows",
)
_WITHDRAW_HISTORY = Paging(
    "offset",
    limit="limit",
    page_size=1000,
    start="start_time",
    end="end_time",
    max_span_ms=7776000000,
    cursor="offset",
    item_time="apply_time",
)
_WITHDRAW_HISTORY_TRAVEL_RULE = Paging(
    "offset",
    limit="limit",
    page_size=1000,
    start="start_time",
    end="end_time",
    max_span_ms=7776000000,
    cursor="offset",
    item_time="apply_time",
)
_WITHDRAW_HISTORY_TRAVEL_RULE_V2 = Paging(
    "offset",
    limit="limit",
    page_size=1000,
    start="start_time",
    end="end_time",
    max_span_ms=7776000000,
    cursor="offset",
    item_time="apply_time",
)


class WalletPaging:
    """The iterators of the `wallet` operations, on its group."""

    __slots__ = ()
    _client: SpotClient

    def iter_busd_convert_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        tran_id: int | None = None,
        asset: str | None = None,
        account_type: WalletBusdConvertAccountType | Literal["MAIN", "CARD"] | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[WalletBusdConvertRecord]:
        """BUSD convert history (retired): every item, page by page.

        Walks the pages of `Spot.wallet.busd_convert_history` by page number, and yields each item once,
        in time order within each window of the range. Before each page it waits out the local
        rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it
        asks again for a page refused with a 429. Each page is one call of weight 5.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            tran_id: As for `Spot.wallet.busd_convert_history`.
            asset: As for `Spot.wallet.busd_convert_history`.
            account_type: As for `Spot.wallet.busd_convert_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.wallet import busd_convert_history as _operation

        walk = PageWalk(
            _BUSD_CONVERT_HISTORY,
            {
                "tran_id": tran_id,
                "asset": asset,
                "account_type": account_type,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_cloud_mining_payment_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        tran_id: int | None = None,
        client_tran_id: str | None = None,
        asset: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[WalletCloudMiningRecord]:
        """Cloud-mining payments and refunds: every item, page by page.

        Walks the pages of `Spot.wallet.cloud_mining_payment_history` by page number, and yields each
        item once, in time order within each window of the range. Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 600.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            tran_id: As for `Spot.wallet.cloud_mining_payment_history`.
            client_tran_id: As for `Spot.wallet.cloud_mining_payment_history`.
            asset: As for `Spot.wallet.cloud_mining_payment_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.wallet import cloud_mining_payment_history as _operation

        walk = PageWalk(
            _CLOUD_MINING_PAYMENT_HISTORY,
            {
                "tran_id": tran_id,
                "client_tran_id": client_tran_id,
                "asset": asset,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    @former_keywords({"type_": "type"})
    def iter_delegation_history(
        self,
        email: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        type: WalletDelegationType | Literal["Delegate", "Undelegate"] | None = None,
        asset: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[WalletDelegationRecord]:
        """Delegation history (master account): every item, page by page.

        Walks the pages of `Spot.wallet.delegation_history` by page number, and yields each item once,
        in time order within each window of the range. Before each page it waits out the local
        rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it
        asks again for a page refused with a 429. Each page is one call of weight 60.

        Args:
            email: As for `Spot.wallet.delegation_history`.
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            type: As for `Spot.wallet.delegation_history`.
            asset: As for `Spot.wallet.delegation_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.wallet import delegation_history as _operation

        walk = PageWalk(
            _DELEGATION_HISTORY,
            {
                "email": email,
                "type": type,
                "asset": asset,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_deposit_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        include_source: bool | None = None,
        coin: str | None = None,
        status: int | None = None,
        tx_id: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[WalletDepositRecord]:
        """Deposit history: every item, page by page.

        Walks the pages of `Spot.wallet.deposit_history` by item offset (the range cut into windows of
        at most 90 days, the most one call covers), and yields each item once, in time order within each
        window of the range. Before each page it waits out the local rate-limit guard (a 429's
        Retry-After, up to the retry policy's `max_rate_limit_wait`), and it asks again for a page
        refused with a 429. Each page is one call of weight 1.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms (default: now).
            include_source: As for `Spot.wallet.deposit_history`.
            coin: As for `Spot.wallet.deposit_history`.
            status: As for `Spot.wallet.deposit_history`.
            tx_id: As for `Spot.wallet.deposit_history`.
            page_size: Items per call, at most 1000 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.wallet import deposit_history as _operation

        walk = PageWalk(
            _DEPOSIT_HISTORY,
            {
                "include_source": include_source,
                "coin": coin,
                "status": status,
                "tx_id": tx_id,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_deposit_history_travel_rule(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        tr_id: str | None = None,
        tx_id: str | None = None,
        tran_id: str | None = None,
        network: str | None = None,
        coin: str | None = None,
        travel_rule_status: int | None = None,
        pending_questionnaire: bool | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[WalletTravelRuleDepositRecord]:
        """Deposit history (travel rule): every item, page by page.

        Walks the pages of `Spot.wallet.deposit_history_travel_rule` by item offset (the range cut into
        windows of at most 90 days, the most one call covers), and yields each item once, in time order
        within each window of the range. Before each page it waits out the local rate-limit guard (a
        429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it asks again for a page
        refused with a 429. Each page is one call of weight 1.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms (default: now).
            tr_id: As for `Spot.wallet.deposit_history_travel_rule`.
            tx_id: As for `Spot.wallet.deposit_history_travel_rule`.
            tran_id: As for `Spot.wallet.deposit_history_travel_rule`.
            network: As for `Spot.wallet.deposit_history_travel_rule`.
            coin: As for `Spot.wallet.deposit_history_travel_rule`.
            travel_rule_status: As for `Spot.wallet.deposit_history_travel_rule`.
            pending_questionnaire: As for `Spot.wallet.deposit_history_travel_rule`.
            page_size: Items per call, at most 1000 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.wallet import deposit_history_travel_rule as _operation

        walk = PageWalk(
            _DEPOSIT_HISTORY_TRAVEL_RULE,
            {
                "tr_id": tr_id,
                "tx_id": tx_id,
                "tran_id": tran_id,
                "network": network,
                "coin": coin,
                "travel_rule_status": travel_rule_status,
                "pending_questionnaire": pending_questionnaire,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    @former_keywords({"type_": "type"})
    def iter_universal_transfer_history(
        self,
        type: WalletUniversalTransferType
        | Literal[
            "MAIN_UMFUTURE",
            "MAIN_CMFUTURE",
            "MAIN_MARGIN",
            "UMFUTURE_MAIN",
            "UMFUTURE_MARGIN",
            "CMFUTURE_MAIN",
            "CMFUTURE_MARGIN",
            "MARGIN_MAIN",
            "MARGIN_UMFUTURE",
            "MARGIN_CMFUTURE",
            "ISOLATEDMARGIN_MARGIN",
            "MARGIN_ISOLATEDMARGIN",
            "ISOLATEDMARGIN_ISOLATEDMARGIN",
            "MAIN_FUNDING",
            "FUNDING_MAIN",
            "FUNDING_UMFUTURE",
            "UMFUTURE_FUNDING",
            "MARGIN_FUNDING",
            "FUNDING_MARGIN",
            "FUNDING_CMFUTURE",
            "CMFUTURE_FUNDING",
            "MAIN_OPTION",
            "OPTION_MAIN",
            "UMFUTURE_OPTION",
            "OPTION_UMFUTURE",
            "MARGIN_OPTION",
            "OPTION_MARGIN",
            "FUNDING_OPTION",
            "OPTION_FUNDING",
            "MAIN_PORTFOLIO_MARGIN",
            "PORTFOLIO_MARGIN_MAIN",
        ],
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        from_symbol: str | None = None,
        to_symbol: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[WalletUniversalTransferRecord]:
        """Universal transfer history: every item, page by page.

        Walks the pages of `Spot.wallet.universal_transfer_history` by page number, and yields each item
        once, in time order within each window of the range. Before each page it waits out the local
        rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it
        asks again for a page refused with a 429. Each page is one call of weight 1.

        Args:
            type: As for `Spot.wallet.universal_transfer_history`.
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            from_symbol: As for `Spot.wallet.universal_transfer_history`.
            to_symbol: As for `Spot.wallet.universal_transfer_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.wallet import universal_transfer_history as _operation

        walk = PageWalk(
            _UNIVERSAL_TRANSFER_HISTORY,
            {
                "type": type,
                "from_symbol": from_symbol,
                "to_symbol": to_symbol,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_withdraw_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        coin: str | None = None,
        withdraw_order_id: str | None = None,
        status: int | None = None,
        id_list: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[WalletWithdrawRecord]:
        """Withdraw history: every item, page by page.

        Walks the pages of `Spot.wallet.withdraw_history` by item offset (the range cut into windows of
        at most 90 days, the most one call covers), and yields each item once, in time order within each
        window of the range. Before each page it waits out the local rate-limit guard (a 429's
        Retry-After, up to the retry policy's `max_rate_limit_wait`), and it asks again for a page
        refused with a 429. Each page is one call of weight 18000.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms (default: now).
            coin: As for `Spot.wallet.withdraw_history`.
            withdraw_order_id: As for `Spot.wallet.withdraw_history`.
            status: As for `Spot.wallet.withdraw_history`.
            id_list: As for `Spot.wallet.withdraw_history`.
            page_size: Items per call, at most 1000 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.wallet import withdraw_history as _operation

        walk = PageWalk(
            _WITHDRAW_HISTORY,
            {
                "coin": coin,
                "withdraw_order_id": withdraw_order_id,
                "status": status,
                "id_list": id_list,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_withdraw_history_travel_rule(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        tr_id: str | None = None,
        tx_id: str | None = None,
        withdraw_order_id: str | None = None,
        network: str | None = None,
        coin: str | None = None,
        travel_rule_status: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[WalletTravelRuleWithdrawRecord]:
        """Withdraw history (travel rule): every item, page by page.

        Walks the pages of `Spot.wallet.withdraw_history_travel_rule` by item offset (the range cut into
        windows of at most 90 days, the most one call covers), and yields each item once, in time order
        within each window of the range. Before each page it waits out the local rate-limit guard (a
        429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it asks again for a page
        refused with a 429. Each page is one call of weight 18000.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms (default: now).
            tr_id: As for `Spot.wallet.withdraw_history_travel_rule`.
            tx_id: As for `Spot.wallet.withdraw_history_travel_rule`.
            withdraw_order_id: As for `Spot.wallet.withdraw_history_travel_rule`.
            network: As for `Spot.wallet.withdraw_history_travel_rule`.
            coin: As for `Spot.wallet.withdraw_history_travel_rule`.
            travel_rule_status: As for `Spot.wallet.withdraw_history_travel_rule`.
            page_size: Items per call, at most 1000 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.wallet import withdraw_history_travel_rule as _operation

        walk = PageWalk(
            _WITHDRAW_HISTORY_TRAVEL_RULE,
            {
                "tr_id": tr_id,
                "tx_id": tx_id,
                "withdraw_order_id": withdraw_order_id,
                "network": network,
                "coin": coin,
                "travel_rule_status": travel_rule_status,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_withdraw_history_travel_rule_v2(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        tr_id: str | None = None,
        tx_id: str | None = None,
        withdraw_order_id: str | None = None,
        network: str | None = None,
        coin: str | None = None,
        travel_rule_status: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[WalletTravelRuleWithdrawRecord]:
        """Withdraw history V2 (travel rule): every item, page by page.

        Walks the pages of `Spot.wallet.withdraw_history_travel_rule_v2` by item offset (the range cut
        into windows of at most 90 days, the most one call covers), and yields each item once, in time
        order within each window of the range. Before each page it waits out the local rate-limit guard
        (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it asks again for a
        page refused with a 429. Each page is one call of weight 18000.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms (default: now).
            tr_id: As for `Spot.wallet.withdraw_history_travel_rule_v2`.
            tx_id: As for `Spot.wallet.withdraw_history_travel_rule_v2`.
            withdraw_order_id: As for `Spot.wallet.withdraw_history_travel_rule_v2`.
            network: As for `Spot.wallet.withdraw_history_travel_rule_v2`.
            coin: As for `Spot.wallet.withdraw_history_travel_rule_v2`.
            travel_rule_status: As for `Spot.wallet.withdraw_history_travel_rule_v2`.
            page_size: Items per call, at most 1000 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.wallet import withdraw_history_travel_rule_v2 as _operation

        walk = PageWalk(
            _WITHDRAW_HISTORY_TRAVEL_RULE_V2,
            {
                "tr_id": tr_id,
                "tx_id": tx_id,
                "withdraw_order_id": withdraw_order_id,
                "network": network,
                "coin": coin,
                "travel_rule_status": travel_rule_status,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)


class AsyncWalletPaging:
    """The iterators of the `wallet` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient

    def iter_busd_convert_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        tran_id: int | None = None,
        asset: str | None = None,
        account_type: WalletBusdConvertAccountType | Literal["MAIN", "CARD"] | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[WalletBusdConvertRecord]:
        """Every item of `Spot.wallet.busd_convert_history` over a range, page by page (an async iterator; see `Spot.wallet.iter_busd_convert_history`)."""
        from ..api.wallet import busd_convert_history as _operation

        walk = PageWalk(
            _BUSD_CONVERT_HISTORY,
            {
                "tran_id": tran_id,
                "asset": asset,
                "account_type": account_type,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_cloud_mining_payment_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        tran_id: int | None = None,
        client_tran_id: str | None = None,
        asset: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[WalletCloudMiningRecord]:
        """Every item of `Spot.wallet.cloud_mining_payment_history` over a range, page by page (an async iterator; see `Spot.wallet.iter_cloud_mining_payment_history`)."""
        from ..api.wallet import cloud_mining_payment_history as _operation

        walk = PageWalk(
            _CLOUD_MINING_PAYMENT_HISTORY,
            {
                "tran_id": tran_id,
                "client_tran_id": client_tran_id,
                "asset": asset,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    @former_keywords({"type_": "type"})
    def iter_delegation_history(
        self,
        email: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        type: WalletDelegationType | Literal["Delegate", "Undelegate"] | None = None,
        asset: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[WalletDelegationRecord]:
        """Every item of `Spot.wallet.delegation_history` over a range, page by page (an async iterator; see `Spot.wallet.iter_delegation_history`)."""
        from ..api.wallet import delegation_history as _operation

        walk = PageWalk(
            _DELEGATION_HISTORY,
            {
                "email": email,
                "type": type,
                "asset": asset,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_deposit_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        include_source: bool | None = None,
        coin: str | None = None,
        status: int | None = None,
        tx_id: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[WalletDepositRecord]:
        """Every item of `Spot.wallet.deposit_history` over a range, page by page (an async iterator; see `Spot.wallet.iter_deposit_history`)."""
        from ..api.wallet import deposit_history as _operation

        walk = PageWalk(
            _DEPOSIT_HISTORY,
            {
                "include_source": include_source,
                "coin": coin,
                "status": status,
                "tx_id": tx_id,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_deposit_history_travel_rule(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        tr_id: str | None = None,
        tx_id: str | None = None,
        tran_id: str | None = None,
        network: str | None = None,
        coin: str | None = None,
        travel_rule_status: int | None = None,
        pending_questionnaire: bool | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[WalletTravelRuleDepositRecord]:
        """Every item of `Spot.wallet.deposit_history_travel_rule` over a range, page by page (an async iterator; see `Spot.wallet.iter_deposit_history_travel_rule`)."""
        from ..api.wallet import deposit_history_travel_rule as _operation

        walk = PageWalk(
            _DEPOSIT_HISTORY_TRAVEL_RULE,
            {
                "tr_id": tr_id,
                "tx_id": tx_id,
                "tran_id": tran_id,
                "network": network,
                "coin": coin,
                "travel_rule_status": travel_rule_status,
                "pending_questionnaire": pending_questionnaire,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    @former_keywords({"type_": "type"})
    def iter_universal_transfer_history(
        self,
        type: WalletUniversalTransferType
        | Literal[
            "MAIN_UMFUTURE",
            "MAIN_CMFUTURE",
            "MAIN_MARGIN",
            "UMFUTURE_MAIN",
            "UMFUTURE_MARGIN",
            "CMFUTURE_MAIN",
            "CMFUTURE_MARGIN",
            "MARGIN_MAIN",
            "MARGIN_UMFUTURE",
            "MARGIN_CMFUTURE",
            "ISOLATEDMARGIN_MARGIN",
            "MARGIN_ISOLATEDMARGIN",
            "ISOLATEDMARGIN_ISOLATEDMARGIN",
            "MAIN_FUNDING",
            "FUNDING_MAIN",
            "FUNDING_UMFUTURE",
            "UMFUTURE_FUNDING",
            "MARGIN_FUNDING",
            "FUNDING_MARGIN",
            "FUNDING_CMFUTURE",
            "CMFUTURE_FUNDING",
            "MAIN_OPTION",
            "OPTION_MAIN",
            "UMFUTURE_OPTION",
            "OPTION_UMFUTURE",
            "MARGIN_OPTION",
            "OPTION_MARGIN",
            "FUNDING_OPTION",
            "OPTION_FUNDING",
            "MAIN_PORTFOLIO_MARGIN",
            "PORTFOLIO_MARGIN_MAIN",
        ],
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        from_symbol: str | None = None,
        to_symbol: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[WalletUniversalTransferRecord]:
        """Every item of `Spot.wallet.universal_transfer_history` over a range, page by page (an async iterator; see `Spot.wallet.iter_universal_transfer_history`)."""
        from ..api.wallet import universal_transfer_history as _operation

        walk = PageWalk(
            _UNIVERSAL_TRANSFER_HISTORY,
            {
                "type": type,
                "from_symbol": from_symbol,
                "to_symbol": to_symbol,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_withdraw_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        coin: str | None = None,
        withdraw_order_id: str | None = None,
        status: int | None = None,
        id_list: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[WalletWithdrawRecord]:
        """Every item of `Spot.wallet.withdraw_history` over a range, page by page (an async iterator; see `Spot.wallet.iter_withdraw_history`)."""
        from ..api.wallet import withdraw_history as _operation

        walk = PageWalk(
            _WITHDRAW_HISTORY,
            {
                "coin": coin,
                "withdraw_order_id": withdraw_order_id,
                "status": status,
                "id_list": id_list,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_withdraw_history_travel_rule(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        tr_id: str | None = None,
        tx_id: str | None = None,
        withdraw_order_id: str | None = None,
        network: str | None = None,
        coin: str | None = None,
        travel_rule_status: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[WalletTravelRuleWithdrawRecord]:
        """Every item of `Spot.wallet.withdraw_history_travel_rule` over a range, page by page (an async iterator; see `Spot.wallet.iter_withdraw_history_travel_rule`)."""
        from ..api.wallet import withdraw_history_travel_rule as _operation

        walk = PageWalk(
            _WITHDRAW_HISTORY_TRAVEL_RULE,
            {
                "tr_id": tr_id,
                "tx_id": tx_id,
                "withdraw_order_id": withdraw_order_id,
                "network": network,
                "coin": coin,
                "travel_rule_status": travel_rule_status,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_withdraw_history_travel_rule_v2(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        tr_id: str | None = None,
        tx_id: str | None = None,
        withdraw_order_id: str | None = None,
        network: str | None = None,
        coin: str | None = None,
        travel_rule_status: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[WalletTravelRuleWithdrawRecord]:
        """Every item of `Spot.wallet.withdraw_history_travel_rule_v2` over a range, page by page (an async iterator; see `Spot.wallet.iter_withdraw_history_travel_rule_v2`)."""
        from ..api.wallet import withdraw_history_travel_rule_v2 as _operation

        walk = PageWalk(
            _WITHDRAW_HISTORY_TRAVEL_RULE_V2,
            {
                "tr_id": tr_id,
                "tx_id": tx_id,
                "withdraw_order_id": withdraw_order_id,
                "network": network,
                "coin": coin,
                "travel_rule_status": travel_rule_status,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)
