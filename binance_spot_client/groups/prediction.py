"""The `prediction` operations of the /sapi surface, reached as `client.prediction`.

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Final, Literal, Unpack

from .._group_paging.prediction import AsyncPredictionPaging, PredictionPaging
from ..signing import (
    AsyncSpotClient,
    CallOptions,
    SpotClient,
    async_raw_response_wrapper,
    raw_response_wrapper,
)

if TYPE_CHECKING:
    from ..models.prediction_account_type import PredictionAccountType
    from ..models.prediction_batch_cancel import PredictionBatchCancel
    from ..models.prediction_blocktrade_created import PredictionBlocktradeCreated
    from ..models.prediction_blocktrade_detail import PredictionBlocktradeDetail
    from ..models.prediction_blocktrade_events import PredictionBlocktradeEvents
    from ..models.prediction_blocktrade_fulfilled import PredictionBlocktradeFulfilled
    from ..models.prediction_blocktrade_status import PredictionBlocktradeStatus
    from ..models.prediction_blocktrades import PredictionBlocktrades
    from ..models.prediction_blocktrades_removed import PredictionBlocktradesRemoved
    from ..models.prediction_categories import PredictionCategories
    from ..models.prediction_funding_source import PredictionFundingSource
    from ..models.prediction_last_trade_price import PredictionLastTradePrice
    from ..models.prediction_market_detail import PredictionMarketDetail
    from ..models.prediction_market_topic import PredictionMarketTopic
    from ..models.prediction_market_topics import PredictionMarketTopics
    from ..models.prediction_order_book import PredictionOrderBook
    from ..models.prediction_order_page import PredictionOrderPage
    from ..models.prediction_order_placed import PredictionOrderPlaced
    from ..models.prediction_order_type import PredictionOrderType
    from ..models.prediction_payment_options import PredictionPaymentOptions
    from ..models.prediction_pnl import PredictionPnl
    from ..models.prediction_portfolio import PredictionPortfolio
    from ..models.prediction_position_by_token import PredictionPositionByToken
    from ..models.prediction_position_page import PredictionPositionPage
    from ..models.prediction_positions import PredictionPositions
    from ..models.prediction_quota import PredictionQuota
    from ..models.prediction_quote import PredictionQuote
    from ..models.prediction_redeem_batch import PredictionRedeemBatch
    from ..models.prediction_redeem_status import PredictionRedeemStatus
    from ..models.prediction_reserved_balances import PredictionReservedBalances
    from ..models.prediction_settled_positions import PredictionSettledPositions
    from ..models.prediction_side import PredictionSide
    from ..models.prediction_sort_by import PredictionSortBy
    from ..models.prediction_sort_order import PredictionSortOrder
    from ..models.prediction_time_in_force import PredictionTimeInForce
    from ..models.prediction_transfer import PredictionTransfer
    from ..models.prediction_transfer_ack import PredictionTransferAck
    from ..models.prediction_transfer_direction import PredictionTransferDirection
    from ..models.prediction_transfer_source import PredictionTransferSource
    from ..models.prediction_transfers import PredictionTransfers
    from ..models.prediction_wallets import PredictionWallets
    from ..models.prediction_withdrawal import PredictionWithdrawal


DecimalLike = str | int | float | Decimal


class Prediction(PredictionPaging):
    """`prediction` operations on a synchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: SpotClient) -> None:
        self._client = client

    def active_orders(
        self,
        wallet_address: str,
        *,
        trade_side: PredictionSide | Literal["BUY", "SELL"] | None = None,
        l_1_category: str | None = None,
        market_id: int | None = None,
        offset: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionOrderPage:
        """Open prediction orders.

        Pages through the caller's open orders, optionally of one side, category or market.

        GET /sapi/v1/w3w/wallet/prediction/order/list · security TRADE · weight 200


        Args:
            wallet_address: Address of the caller's prediction wallet. Required.
            trade_side: Only orders of this side.
            l_1_category: Only this top-level category.
            market_id: Only orders in this market.
            offset: How many records to skip, for paging.
            limit: Page size, 1 to 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PredictionOrderPage
        """
        from ..api.prediction import active_orders as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                wallet_address=wallet_address,
                trade_side=trade_side,
                l_1_category=l_1_category,
                market_id=market_id,
                offset=offset,
                limit=limit,
            ),
            options,
        )

    def batch_cancel_orders(
        self,
        wallet_address: str,
        wallet_id: str,
        *,
        cancel_info_list: Sequence[Mapping[str, object]] | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionBatchCancel:
        """Cancel prediction orders.

        Cancels several open orders at once and says which were cancelled and why the others were not.
        Needs self-authorization (SAS) on the wallet. The venue is filled in by Binance.

        POST /sapi/v1/w3w/wallet/prediction/trade/batch-cancel · security TRADE · weight 200


        Args:
            wallet_address: Address of the caller's prediction wallet. Required.
            wallet_id: Identifier of the caller's prediction wallet. Required.
            cancel_info_list: Orders to cancel, sent as numbered fields:
                `cancelInfoList[0].orderId=…&cancelInfoList[1].orderId=…`.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PredictionBatchCancel
        """
        from ..api.prediction import batch_cancel_orders as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                wallet_address=wallet_address,
                wallet_id=wallet_id,
                cancel_info_list=cancel_info_list,
            ),
            options,
        )

    def batch_redeem(
        self,
        wallet_address: str,
        wallet_id: str,
        token_ids: Sequence[str],
        *,
        chain_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionRedeemBatch:
        """Redeem prediction tokens.

        Redeems settled outcome tokens on chain to collect winnings; follow each with the redeem status.
        Needs self-authorization (SAS) on the wallet.

        POST /sapi/v1/w3w/wallet/prediction/batch-redeem · security TRADE · weight 200


        Args:
            wallet_address: Address of the caller's prediction wallet. Required.
            wallet_id: Identifier of the caller's prediction wallet. Required.
            token_ids: Outcome tokens to redeem; not empty. Required.
            chain_id: Chain to act on; BNB Smart Chain (`56`) when absent.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PredictionRedeemBatch
        """
        from ..api.prediction import batch_redeem as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                wallet_address=wallet_address,
                wallet_id=wallet_id,
                token_ids=token_ids,
                chain_id=chain_id,
            ),
            options,
        )

    def blocktrade_detail(
        self,
        order_id: str,
        **options: Unpack[CallOptions],
    ) -> PredictionBlocktradeDetail:
        """OTC blocktrade detail.

        One of the caller's own blocktrades as maker, with its state, order data and `secretToken`.
        Changes nothing, but as a POST it is not repeated on its own. Only market makers Binance has
        authorized may call it; other accounts are refused.

        POST /sapi/v1/w3w/wallet/prediction/otc/blocktrade/detail · security TRADE · weight 200


        Args:
            order_id: The maker order. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PredictionBlocktradeDetail
        """
        from ..api.prediction import blocktrade_detail as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
            ),
            options,
        )

    def blocktrade_events(
        self,
        *,
        first: int | None = None,
        after: str | None = None,
        event_types: Sequence[str] | None = None,
        market_id: int | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionBlocktradeEvents:
        """OTC blocktrade events.

        Pages through what happened to the caller's blocktrades: creation, fulfilment, match submission
        and success, expiry, failure. Changes nothing, but as a POST it is not repeated on its own. Only
        market makers Binance has authorized may call it; other accounts are refused.

        POST /sapi/v1/w3w/wallet/prediction/otc/blocktrade/events · security TRADE · weight 200


        Args:
            first: Page size.
            after: The `cursor` of the previous page.
            event_types: Only these events, e.g. `MATCH_SUCCESS`.
            market_id: Only events of this market.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PredictionBlocktradeEvents
        """
        from ..api.prediction import blocktrade_events as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                first=first,
                after=after,
                event_types=event_types,
                market_id=market_id,
            ),
            options,
        )

    def create_blocktrade(
        self,
        market_id: str,
        token_id: str,
        side: PredictionSide | Literal["BUY", "SELL"],
        maker_amount: str,
        taker_amount: str,
        price_per_share: DecimalLike,
        expiration: int,
        **options: Unpack[CallOptions],
    ) -> PredictionBlocktradeCreated:
        """Create an OTC blocktrade.

        Creates a blocktrade as the maker: a bid buys outcome shares with USDT, an ask sells them for
        USDT. Binance signs it for the caller's bound wallet. Hand the answer's one-time `secretToken`
        to the intended taker outside Binance. Only market makers Binance has authorized may call it;
        other accounts are refused.

        POST /sapi/v1/w3w/wallet/prediction/otc/blocktrade/create · security TRADE · weight 200


        Args:
            market_id: Market, as the venue (PredictFun) names it. Required.
            token_id: Outcome token (ERC-1155 id). Required.
            side: `BUY` for a bid, `SELL` for an ask. Required.
            maker_amount: What the maker gives, in wei: USDT for `BUY`, shares for `SELL`. Required.
            taker_amount: What the taker gives, in wei: shares for `BUY`, USDT for `SELL`. Required.
            price_per_share: Price per share in whole units, e.g. `0.65`. Required.
            expiration: When the order expires, UTC seconds. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PredictionBlocktradeCreated
        """
        from ..api.prediction import create_blocktrade as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                market_id=market_id,
                token_id=token_id,
                side=side,
                maker_amount=maker_amount,
                taker_amount=taker_amount,
                price_per_share=price_per_share,
                expiration=expiration,
            ),
            options,
        )

    def fulfil_blocktrade(
        self,
        order_id: str,
        secret_token: str,
        **options: Unpack[CallOptions],
    ) -> PredictionBlocktradeFulfilled:
        """Fulfil an OTC blocktrade.

        Takes an open blocktrade whole, with the `secret_token` its maker shared; Binance builds the
        taker order as the mirror of the maker's. Only market makers Binance has authorized may call it;
        other accounts are refused.

        POST /sapi/v1/w3w/wallet/prediction/otc/blocktrade/fulfil · security TRADE · weight 200


        Args:
            order_id: The maker order. Required.
            secret_token: The one-time token the maker shared. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PredictionBlocktradeFulfilled
        """
        from ..api.prediction import fulfil_blocktrade as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
                secret_token=secret_token,
            ),
            options,
        )

    def get_quote(
        self,
        wallet_address: str,
        token_id: str,
        side: PredictionSide | Literal["BUY", "SELL"],
        amount_in: str,
        order_type: PredictionOrderType | Literal["MARKET", "LIMIT"],
        slippage_bps: int,
        *,
        price_limit: DecimalLike | None = None,
        chain_id: str | None = None,
        fee_rate_bps: int | None = None,
        funding_source: PredictionFundingSource | Literal["MPC", "CEX"] | None = None,
        fund_transfer_amount: str | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionQuote:
        """Quote a prediction order.

        Prices an order on an outcome token. Place the order with the `quoteId` of the answer before
        `expireAt`. A market order must spend at least about 1.5 USDT (the exact minimum depends on the
        market); Binance answers -9000 below it. Changes nothing, but as a POST it is not repeated on
        its own.

        POST /sapi/v1/w3w/wallet/prediction/trade/get-quote · security TRADE · weight 200


        Args:
            wallet_address: Address of the caller's prediction wallet. Required.
            token_id: Identifier of the outcome token. Required.
            side: Buy or sell shares. Required.
            amount_in: What to spend (a buy) or sell, in wei (18 decimals: `1000000000000000000` is 1 USDT);
                above zero. Required.
            order_type: Market or limit order. Required.
            slippage_bps: Accepted slippage in basis points, 1 to 10000. Required.
            price_limit: Limit price per share, above zero; required when `order_type` is `LIMIT`.
            chain_id: Chain to act on; BNB Smart Chain (`56`) when absent.
            fee_rate_bps: Fee rate in basis points, 1 to 10000.
            funding_source: Where the money for the order comes from; the prediction (MPC) wallet when absent.
            fund_transfer_amount: Amount in wei (18 decimals) to move into the prediction wallet before the order; above
                zero when given.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PredictionQuote
        """
        from ..api.prediction import get_quote as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                wallet_address=wallet_address,
                token_id=token_id,
                side=side,
                amount_in=amount_in,
                order_type=order_type,
                slippage_bps=slippage_bps,
                price_limit=price_limit,
                chain_id=chain_id,
                fee_rate_bps=fee_rate_bps,
                funding_source=funding_source,
                fund_transfer_amount=fund_transfer_amount,
            ),
            options,
        )

    def inbound_transfer(
        self,
        wallet_id: str,
        wallet_address: str,
        from_token_amount: str,
        account_type: PredictionAccountType | Literal["SPOT", "FUNDING"],
        *,
        from_token: str | None = None,
        to_token: str | None = None,
        chain_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionTransferAck:
        """Prediction wallet to Binance account.

        Moves money from the prediction wallet back to the caller's spot or funding account. Needs self-
        authorization (SAS) on the wallet; without it Binance answers -31003.

        POST /sapi/v1/w3w/wallet/prediction/transfer/inbound · security TRADE · weight 200


        Args:
            wallet_id: Identifier of the caller's prediction wallet. Required.
            wallet_address: Address of the caller's prediction wallet. Required.
            from_token_amount: Amount in wei (18 decimals: `1000000000000000000` is 1 USDT); above zero. Required.
            account_type: Account the money goes to. Required.
            from_token: Asset sent; USDT when absent.
            to_token: Asset received; USDT when absent.
            chain_id: Chain to act on; BNB Smart Chain (`56`) when absent.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PredictionTransferAck
        """
        from ..api.prediction import inbound_transfer as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                wallet_id=wallet_id,
                wallet_address=wallet_address,
                from_token_amount=from_token_amount,
                account_type=account_type,
                from_token=from_token,
                to_token=to_token,
                chain_id=chain_id,
            ),
            options,
        )

    def last_trade_price(
        self,
        market_id: int,
        **options: Unpack[CallOptions],
    ) -> PredictionLastTradePrice:
        """Latest prediction trade price.

        Price of the latest trade of a market.

        GET /sapi/v1/w3w/wallet/prediction/order-book/last-trade-price · security USER_DATA · weight 200


        Args:
            market_id: The market. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PredictionLastTradePrice
        """
        from ..api.prediction import last_trade_price as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                market_id=market_id,
            ),
            options,
        )

    def list_blocktrades(
        self,
        *,
        first: int | None = None,
        after: str | None = None,
        status: PredictionBlocktradeStatus
        | Literal["OPEN", "FULFILLED", "MATCHED", "CANCELLED", "EXPIRED", "FAILED"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionBlocktrades:
        """OTC blocktrades.

        Pages through the caller's own blocktrades as maker, optionally in one state. Changes nothing,
        but as a POST it is not repeated on its own. Only market makers Binance has authorized may call
        it; other accounts are refused.

        POST /sapi/v1/w3w/wallet/prediction/otc/blocktrade/list · security TRADE · weight 200


        Args:
            first: Page size.
            after: The `cursor` of the previous page.
            status: Only blocktrades in this state.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PredictionBlocktrades
        """
        from ..api.prediction import list_blocktrades as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                first=first,
                after=after,
                status=status,
            ),
            options,
        )

    def list_categories(
        self,
        **options: Unpack[CallOptions],
    ) -> PredictionCategories:
        """Prediction market categories.

        Lists the top-level categories of prediction markets, each with its subcategories; their keys
        filter the market list.

        GET /sapi/v1/w3w/wallet/prediction/category/list · security USER_DATA · weight 200


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PredictionCategories
        """
        from ..api.prediction import list_categories as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def list_markets(
        self,
        *,
        l_1_category: str | None = None,
        l_2_category: str | None = None,
        sort_by: PredictionSortBy
        | Literal["RECOMMENDED", "VOLUME", "PARTICIPANTS", "CREATED_TIME", "END_DATE"]
        | None = None,
        order_by: PredictionSortOrder | Literal["ASC", "DESC"] | None = None,
        offset: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionMarketTopics:
        """Prediction market topics.

        Pages through prediction market topics, optionally of one category, sorted as asked.

        GET /sapi/v1/w3w/wallet/prediction/market/list · security USER_DATA · weight 200


        Args:
            l_1_category: Only topics of this top-level category (its `id`).
            l_2_category: Only topics of this second-level category (its `id`).
            sort_by: What to sort by.
            order_by: Sort direction.
            offset: How many records to skip, for paging.
            limit: Page size, 1 to 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PredictionMarketTopics
        """
        from ..api.prediction import list_markets as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                l_1_category=l_1_category,
                l_2_category=l_2_category,
                sort_by=sort_by,
                order_by=order_by,
                offset=offset,
                limit=limit,
            ),
            options,
        )

    def market_detail(
        self,
        market_topic_id: int,
        **options: Unpack[CallOptions],
    ) -> PredictionMarketDetail:
        """Prediction market topic detail.

        Everything about one market topic: its markets and outcome tokens, the facts of its kind (prices
        and feed of an up-or-down topic) and the neighbouring topics of its series.

        GET /sapi/v1/w3w/wallet/prediction/market/detail · security USER_DATA · weight 200


        Args:
            market_topic_id: The market topic. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PredictionMarketDetail
        """
        from ..api.prediction import market_detail as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                market_topic_id=market_topic_id,
            ),
            options,
        )

    def mm_deposit(
        self,
        from_token: str,
        from_token_amount: str,
        to_token: str,
        account_type: PredictionAccountType | Literal["SPOT", "FUNDING"],
        *,
        chain_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionTransferAck:
        """Market maker: MPC wallet to Binance account.

        Moves money from the caller's bound MPC wallet to the caller's spot or funding account, through
        an escrow contract; Binance finds the wallet from the account. Keep `from_token` and `to_token`
        the same: other pairs are not sure to convert. Only market makers Binance has authorized may
        call it; other accounts are refused.

        POST /sapi/v1/w3w/wallet/prediction/deposit/apply · security TRADE · weight 200


        Args:
            from_token: Asset sent, e.g. `USDT`. Required.
            from_token_amount: Amount in wei (18 decimals: `1000000000000000000` is 1 USDT). Required.
            to_token: Asset received, e.g. `USDT`. Required.
            account_type: Account the money goes to. Required.
            chain_id: Chain to act on; BNB Smart Chain (`56`) when absent.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PredictionTransferAck
        """
        from ..api.prediction import mm_deposit as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                from_token=from_token,
                from_token_amount=from_token_amount,
                to_token=to_token,
                account_type=account_type,
                chain_id=chain_id,
            ),
            options,
        )

    def mm_withdraw(
        self,
        coin: str,
        network: str,
        amount: DecimalLike,
        *,
        withdraw_order_id: str | None = None,
        wallet_type: int | None = None,
        name: str | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionWithdrawal:
        """Market maker: Binance account to MPC wallet.

        Withdraws from the caller's spot or funding account to the caller's bound MPC wallet; unlike a
        normal withdrawal there is no address to give, Binance uses the bound wallet's. Only market
        makers Binance has authorized may call it; other accounts are refused.

        POST /sapi/v1/w3w/wallet/prediction/withdraw/apply · security TRADE · weight 200


        Args:
            coin: Coin to withdraw, e.g. `USDT`. Required.
            network: Network to withdraw on, e.g. `BEP20`. Required.
            amount: Amount to withdraw, above zero. Required.
            withdraw_order_id: Your own identifier of the withdrawal; Binance uses it to avoid doing it twice.
            wallet_type: Account the money leaves: `0` spot (when absent), `1` funding; other values are refused.
            name: A note on the withdrawal.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PredictionWithdrawal
        """
        from ..api.prediction import mm_withdraw as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                coin=coin,
                network=network,
                amount=amount,
                withdraw_order_id=withdraw_order_id,
                wallet_type=wallet_type,
                name=name,
            ),
            options,
        )

    def order_book(
        self,
        vendor: str,
        market_id: int,
        token_id: str,
        **options: Unpack[CallOptions],
    ) -> PredictionOrderBook:
        """Prediction order book.

        Current bids and asks of one outcome token of a market.

        GET /sapi/v1/w3w/wallet/prediction/order-book · security USER_DATA · weight 200


        Args:
            vendor: Venue of the market, e.g. `predict_fun`. Required.
            market_id: The market. Required.
            token_id: Identifier of the outcome token. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PredictionOrderBook
        """
        from ..api.prediction import order_book as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                vendor=vendor,
                market_id=market_id,
                token_id=token_id,
            ),
            options,
        )

    def order_history(
        self,
        wallet_address: str,
        *,
        l_1_category: str | None = None,
        order_type: PredictionOrderType | Literal["MARKET", "LIMIT"] | None = None,
        status: str | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionOrderPage:
        """Prediction order history.

        Pages through the caller's orders in every state, optionally filtered by category, type, status
        and days.

        GET /sapi/v1/w3w/wallet/prediction/order/history · security TRADE · weight 200


        Args:
            wallet_address: Address of the caller's prediction wallet. Required.
            l_1_category: Only this top-level category.
            order_type: Only orders of this type.
            status: Only orders in this state.
            start_date: First day, `yyyy-MM-dd`; not after `end_date`.
            end_date: Last day, `yyyy-MM-dd`; not before `start_date`.
            offset: How many records to skip, for paging.
            limit: Page size, 1 to 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PredictionOrderPage
        """
        from ..api.prediction import order_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                wallet_address=wallet_address,
                l_1_category=l_1_category,
                order_type=order_type,
                status=status,
                start_date=start_date,
                end_date=end_date,
                offset=offset,
                limit=limit,
            ),
            options,
        )

    def outbound_transfer(
        self,
        wallet_id: str,
        wallet_address: str,
        from_token_amount: str,
        account_type: PredictionAccountType | Literal["SPOT", "FUNDING"],
        source_biz: PredictionTransferSource | Literal["USER_TRANSFER", "PREDICTION_BUY"],
        *,
        from_token: str | None = None,
        to_token: str | None = None,
        chain_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionTransferAck:
        """Binance account to prediction wallet.

        Moves money from the caller's spot or funding account into the prediction wallet. Needs self-
        authorization (SAS) on the wallet.

        POST /sapi/v1/w3w/wallet/prediction/transfer/outbound · security TRADE · weight 200


        Args:
            wallet_id: Identifier of the caller's prediction wallet. Required.
            wallet_address: Address of the caller's prediction wallet. Required.
            from_token_amount: Amount in wei (18 decimals: `1000000000000000000` is 1 USDT); above zero. Required.
            account_type: Account the money comes from. Required.
            source_biz: Why the money moves. Required.
            from_token: Asset sent; USDT when absent.
            to_token: Asset received; USDT when absent.
            chain_id: Chain to act on; BNB Smart Chain (`56`) when absent.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PredictionTransferAck
        """
        from ..api.prediction import outbound_transfer as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                wallet_id=wallet_id,
                wallet_address=wallet_address,
                from_token_amount=from_token_amount,
                account_type=account_type,
                source_biz=source_biz,
                from_token=from_token,
                to_token=to_token,
                chain_id=chain_id,
            ),
            options,
        )

    def payment_option_balances(
        self,
        **options: Unpack[CallOptions],
    ) -> PredictionPaymentOptions:
        """Prediction payment balances.

        Available balance of each way to pay for prediction orders.

        GET /sapi/v1/w3w/wallet/prediction/balance/payment-options · security USER_DATA · weight 200


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PredictionPaymentOptions
        """
        from ..api.prediction import payment_option_balances as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def place_order(
        self,
        wallet_address: str,
        wallet_id: str,
        quote_id: str,
        time_in_force: PredictionTimeInForce | Literal["FOK", "GTC"],
        account_type: PredictionAccountType | Literal["SPOT", "FUNDING"],
        order_type: PredictionOrderType | Literal["MARKET", "LIMIT"],
        slippage_bps: int,
        *,
        price_limit: DecimalLike | None = None,
        funding_source: PredictionFundingSource | Literal["MPC", "CEX"] | None = None,
        fund_transfer_amount: str | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionOrderPlaced:
        """Place a prediction order.

        Places an order from a quote. A market order must be `FOK`; a limit order `GTC` with a
        `price_limit`. Needs self-authorization (SAS) on the wallet.

        POST /sapi/v1/w3w/wallet/prediction/trade/place-order-bundle · security TRADE · weight 200


        Args:
            wallet_address: Address of the caller's prediction wallet. Required.
            wallet_id: Identifier of the caller's prediction wallet. Required.
            quote_id: The `quote_id` of a quote. Required.
            time_in_force: `FOK` for a market order, `GTC` for a limit order. Required.
            account_type: Binance account that pays. Required.
            order_type: Market or limit order. Required.
            slippage_bps: Accepted slippage in basis points, 1 to 10000. Required.
            price_limit: Limit price per share, above zero; required when `order_type` is `LIMIT`.
            funding_source: Where the money for the order comes from; the prediction (MPC) wallet when absent.
            fund_transfer_amount: Amount in wei (18 decimals) to move into the prediction wallet before the order; above
                zero when given.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PredictionOrderPlaced
        """
        from ..api.prediction import place_order as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                wallet_address=wallet_address,
                wallet_id=wallet_id,
                quote_id=quote_id,
                time_in_force=time_in_force,
                account_type=account_type,
                order_type=order_type,
                slippage_bps=slippage_bps,
                price_limit=price_limit,
                funding_source=funding_source,
                fund_transfer_amount=fund_transfer_amount,
            ),
            options,
        )

    def pnl(
        self,
        wallet_address: str,
        *,
        token_id: str | None = None,
        market_id: int | None = None,
        market_topic_id: int | None = None,
        active_only: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionPnl:
        """Prediction profit and loss.

        Profit and loss of the caller's positions: one record in `pnl` when `token_id` is given, else a
        list in `pnlList`, with totals.

        GET /sapi/v1/w3w/wallet/prediction/pnl/query · security USER_DATA · weight 200


        Args:
            wallet_address: Address of the caller's prediction wallet. Required.
            token_id: Only this outcome token.
            market_id: Only this market.
            market_topic_id: Only this market topic.
            active_only: When true, only positions whose market has not resolved yet.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PredictionPnl
        """
        from ..api.prediction import pnl as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                wallet_address=wallet_address,
                token_id=token_id,
                market_id=market_id,
                market_topic_id=market_topic_id,
                active_only=active_only,
            ),
            options,
        )

    def portfolio(
        self,
        wallet_address: str,
        *,
        token_id: str | None = None,
        market_id: int | None = None,
        market_topic_id: int | None = None,
        active_only: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionPortfolio:
        """Prediction portfolio.

        Overview of the caller's prediction positions: how many are active, aggregated profit and loss,
        cost and value, and every position.

        GET /sapi/v1/w3w/wallet/prediction/pnl/portfolio · security USER_DATA · weight 200


        Args:
            wallet_address: Address of the caller's prediction wallet. Required.
            token_id: Only this outcome token.
            market_id: Only this market.
            market_topic_id: Only this market topic.
            active_only: When true, only positions whose market has not resolved yet.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PredictionPortfolio
        """
        from ..api.prediction import portfolio as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                wallet_address=wallet_address,
                token_id=token_id,
                market_id=market_id,
                market_topic_id=market_topic_id,
                active_only=active_only,
            ),
            options,
        )

    def position_by_token(
        self,
        wallet_address: str,
        token_id: str,
        **options: Unpack[CallOptions],
    ) -> PredictionPositionByToken:
        """Prediction position in one token.

        The caller's position in one outcome token.

        GET /sapi/v1/w3w/wallet/prediction/position/token · security USER_DATA · weight 200


        Args:
            wallet_address: Address of the caller's prediction wallet. Required.
            token_id: Identifier of the outcome token. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PredictionPositionByToken
        """
        from ..api.prediction import position_by_token as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                wallet_address=wallet_address,
                token_id=token_id,
            ),
            options,
        )

    def positions(
        self,
        wallet_address: str,
        *,
        tab: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionPositionPage:
        """Prediction positions.

        The caller's positions of one tab (ongoing by default), with wallet totals and how many
        positions each tab holds.

        GET /sapi/v1/w3w/wallet/prediction/position/list · security USER_DATA · weight 200


        Args:
            wallet_address: Address of the caller's prediction wallet. Required.
            tab: Which positions: `ONGOING` when absent; Binance's other tabs cover ended positions and
                those with winnings to claim.
            offset: How many records to skip, for paging.
            limit: Page size, 1 to 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PredictionPositionPage
        """
        from ..api.prediction import positions as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                wallet_address=wallet_address,
                tab=tab,
                offset=offset,
                limit=limit,
            ),
            options,
        )

    def positions_by_filter(
        self,
        *,
        wallet_address: str | None = None,
        market_topic_id: int | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionPositions:
        """Prediction positions by wallet or topic.

        Positions of a wallet, of a market topic, or both; both filters are optional.

        GET /sapi/v1/w3w/wallet/prediction/position/filter · security USER_DATA · weight 200


        Args:
            wallet_address: Only positions of this prediction wallet.
            market_topic_id: Only positions in this market topic.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PredictionPositions
        """
        from ..api.prediction import positions_by_filter as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                wallet_address=wallet_address,
                market_topic_id=market_topic_id,
            ),
            options,
        )

    def preview_blocktrade(
        self,
        secret_token: str,
        **options: Unpack[CallOptions],
    ) -> PredictionBlocktradeDetail:
        """Preview an OTC blocktrade.

        Shows the taker an open blocktrade from its `secret_token` before fulfilling it: the detail's
        shape, with a null `orderId` and no `secret_token`. Changes nothing, but as a POST it is not
        repeated on its own. Only market makers Binance has authorized may call it; other accounts are
        refused.

        POST /sapi/v1/w3w/wallet/prediction/otc/blocktrade/preview · security TRADE · weight 200


        Args:
            secret_token: The one-time token the maker shared. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PredictionBlocktradeDetail
        """
        from ..api.prediction import preview_blocktrade as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                secret_token=secret_token,
            ),
            options,
        )

    def quota_status(
        self,
        **options: Unpack[CallOptions],
    ) -> PredictionQuota:
        """Prediction trading quota.

        The caller's daily prediction trading limit and what is left of it today.

        GET /sapi/v1/w3w/wallet/prediction/quota/limit/status · security USER_DATA · weight 200


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PredictionQuota
        """
        from ..api.prediction import quota_status as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def redeem_status(
        self,
        wallet_address: str,
        tx_hash: str,
        **options: Unpack[CallOptions],
    ) -> PredictionRedeemStatus:
        """Prediction redeem status.

        On-chain state of a redemption transaction.

        GET /sapi/v1/w3w/wallet/prediction/redeem/status · security USER_DATA · weight 200


        Args:
            wallet_address: Address of the caller's prediction wallet. Required.
            tx_hash: The redemption transaction. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PredictionRedeemStatus
        """
        from ..api.prediction import redeem_status as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                wallet_address=wallet_address,
                tx_hash=tx_hash,
            ),
            options,
        )

    def remove_blocktrades(
        self,
        order_ids: Sequence[str],
        **options: Unpack[CallOptions],
    ) -> PredictionBlocktradesRemoved:
        """Remove OTC blocktrades.

        Cancels blocktrades that are open, or fulfilled but not settled; those already final are listed
        in `noop`. Only market makers Binance has authorized may call it; other accounts are refused.

        POST /sapi/v1/w3w/wallet/prediction/otc/blocktrade/remove · security TRADE · weight 200


        Args:
            order_ids: Maker orders to remove, at most 100. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PredictionBlocktradesRemoved
        """
        from ..api.prediction import remove_blocktrades as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_ids=order_ids,
            ),
            options,
        )

    def reserved_balances(
        self,
        assets: Sequence[Mapping[str, object]],
        **options: Unpack[CallOptions],
    ) -> PredictionReservedBalances:
        """OTC reserved balances.

        Funds locked by the caller's open blocktrades (USDT for bids, shares for asks), one entry per
        asset asked for, in the same order. Changes nothing, but as a POST it is not repeated on its
        own. Only market makers Binance has authorized may call it; other accounts are refused.

        POST /sapi/v1/w3w/wallet/prediction/otc/blocktrade/reserved-balances · security TRADE · weight 200


        Args:
            assets: Assets to report, at most 50, sent as numbered fields:
                `assets[0].type=USDT&assets[1].type=SHARE&assets[1].tokenId=…`. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PredictionReservedBalances
        """
        from ..api.prediction import reserved_balances as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                assets=assets,
            ),
            options,
        )

    def search_markets(
        self,
        query: str,
        *,
        top_k: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[PredictionMarketTopic]:
        """Search prediction market topics.

        Finds market topics by meaning rather than exact words, best match first.

        GET /sapi/v1/w3w/wallet/prediction/market/search · security USER_DATA · weight 200


        Args:
            query: What to look for; not blank. Required.
            top_k: Most topics to return, 1 to 50.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[PredictionMarketTopic]
        """
        from ..api.prediction import search_markets as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                query=query,
                top_k=top_k,
            ),
            options,
        )

    def settled_positions(
        self,
        wallet_address: str,
        *,
        l_1_category: str | None = None,
        result: int | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionSettledPositions:
        """Settled prediction positions.

        Pages through the caller's positions in markets that have resolved, optionally by category,
        result and days.

        GET /sapi/v1/w3w/wallet/prediction/position/settled-history · security USER_DATA · weight 200


        Args:
            wallet_address: Address of the caller's prediction wallet. Required.
            l_1_category: Only this top-level category.
            result: Only positions with this settlement result.
            start_date: First day, `yyyy-MM-dd`; not after `end_date`.
            end_date: Last day, `yyyy-MM-dd`; not before `start_date`.
            offset: How many records to skip, for paging.
            limit: Page size, 1 to 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PredictionSettledPositions
        """
        from ..api.prediction import settled_positions as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                wallet_address=wallet_address,
                l_1_category=l_1_category,
                result=result,
                start_date=start_date,
                end_date=end_date,
                offset=offset,
                limit=limit,
            ),
            options,
        )

    def transfer_history(
        self,
        wallet_address: str,
        start_date: str,
        end_date: str,
        *,
        token_symbol: str | None = None,
        direction: PredictionTransferDirection | Literal["INBOUND", "OUTBOUND"] | None = None,
        offset: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionTransfers:
        """Prediction wallet transfers.

        Pages through the caller's transfers between Binance accounts and the prediction wallet over a
        range of days.

        GET /sapi/v1/w3w/wallet/prediction/transfer/list · security TRADE · weight 200


        Args:
            wallet_address: Address of the caller's prediction wallet. Required.
            start_date: First day, `yyyy-MM-dd`; not after `end_date`. Required.
            end_date: Last day, `yyyy-MM-dd`; not before `start_date`. Required.
            token_symbol: Only transfers of this asset, e.g. `USDT`.
            direction: Only transfers in this direction.
            offset: How many records to skip, for paging.
            limit: Page size, 1 to 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PredictionTransfers
        """
        from ..api.prediction import transfer_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                wallet_address=wallet_address,
                start_date=start_date,
                end_date=end_date,
                token_symbol=token_symbol,
                direction=direction,
                offset=offset,
                limit=limit,
            ),
            options,
        )

    def transfer_status(
        self,
        transfer_id: str,
        **options: Unpack[CallOptions],
    ) -> PredictionTransfer:
        """Prediction wallet transfer status.

        State of one transfer. `COMPLETED` and `FAILED` are final; `PENDING` and `PROCESSING` are not
        (there is no `SUCCESS` to wait for).

        GET /sapi/v1/w3w/wallet/prediction/transfer/status · security TRADE · weight 200


        Args:
            transfer_id: The `transfer_id` of an inbound or outbound transfer. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PredictionTransfer
        """
        from ..api.prediction import transfer_status as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                transfer_id=transfer_id,
            ),
            options,
        )

    def wallets(
        self,
        **options: Unpack[CallOptions],
    ) -> PredictionWallets:
        """Prediction wallets.

        The caller's registered prediction wallets; their address and id are what the other calls take.

        GET /sapi/v1/w3w/wallet/prediction/wallet/list · security USER_DATA · weight 200


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PredictionWallets
        """
        from ..api.prediction import wallets as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)


class AsyncPrediction(AsyncPredictionPaging):
    """`prediction` operations on an asynchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncSpotClient) -> None:
        self._client = client

    async def active_orders(
        self,
        wallet_address: str,
        *,
        trade_side: PredictionSide | Literal["BUY", "SELL"] | None = None,
        l_1_category: str | None = None,
        market_id: int | None = None,
        offset: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionOrderPage:
        """Open prediction orders (the coroutine of `Spot.prediction.active_orders`, which describes it)."""
        from ..api.prediction import active_orders as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                wallet_address=wallet_address,
                trade_side=trade_side,
                l_1_category=l_1_category,
                market_id=market_id,
                offset=offset,
                limit=limit,
            ),
            options,
        )

    async def batch_cancel_orders(
        self,
        wallet_address: str,
        wallet_id: str,
        *,
        cancel_info_list: Sequence[Mapping[str, object]] | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionBatchCancel:
        """Cancel prediction orders (the coroutine of `Spot.prediction.batch_cancel_orders`, which describes it)."""
        from ..api.prediction import batch_cancel_orders as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                wallet_address=wallet_address,
                wallet_id=wallet_id,
                cancel_info_list=cancel_info_list,
            ),
            options,
        )

    async def batch_redeem(
        self,
        wallet_address: str,
        wallet_id: str,
        token_ids: Sequence[str],
        *,
        chain_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionRedeemBatch:
        """Redeem prediction tokens (the coroutine of `Spot.prediction.batch_redeem`, which describes it)."""
        from ..api.prediction import batch_redeem as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                wallet_address=wallet_address,
                wallet_id=wallet_id,
                token_ids=token_ids,
                chain_id=chain_id,
            ),
            options,
        )

    async def blocktrade_detail(
        self,
        order_id: str,
        **options: Unpack[CallOptions],
    ) -> PredictionBlocktradeDetail:
        """OTC blocktrade detail (the coroutine of `Spot.prediction.blocktrade_detail`, which describes it)."""
        from ..api.prediction import blocktrade_detail as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
            ),
            options,
        )

    async def blocktrade_events(
        self,
        *,
        first: int | None = None,
        after: str | None = None,
        event_types: Sequence[str] | None = None,
        market_id: int | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionBlocktradeEvents:
        """OTC blocktrade events (the coroutine of `Spot.prediction.blocktrade_events`, which describes it)."""
        from ..api.prediction import blocktrade_events as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                first=first,
                after=after,
                event_types=event_types,
                market_id=market_id,
            ),
            options,
        )

    async def create_blocktrade(
        self,
        market_id: str,
        token_id: str,
        side: PredictionSide | Literal["BUY", "SELL"],
        maker_amount: str,
        taker_amount: str,
        price_per_share: DecimalLike,
        expiration: int,
        **options: Unpack[CallOptions],
    ) -> PredictionBlocktradeCreated:
        """Create an OTC blocktrade (the coroutine of `Spot.prediction.create_blocktrade`, which describes it)."""
        from ..api.prediction import create_blocktrade as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                market_id=market_id,
                token_id=token_id,
                side=side,
                maker_amount=maker_amount,
                taker_amount=taker_amount,
                price_per_share=price_per_share,
                expiration=expiration,
            ),
            options,
        )

    async def fulfil_blocktrade(
        self,
        order_id: str,
        secret_token: str,
        **options: Unpack[CallOptions],
    ) -> PredictionBlocktradeFulfilled:
        """Fulfil an OTC blocktrade (the coroutine of `Spot.prediction.fulfil_blocktrade`, which describes it)."""
        from ..api.prediction import fulfil_blocktrade as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
                secret_token=secret_token,
            ),
            options,
        )

    async def get_quote(
        self,
        wallet_address: str,
        token_id: str,
        side: PredictionSide | Literal["BUY", "SELL"],
        amount_in: str,
        order_type: PredictionOrderType | Literal["MARKET", "LIMIT"],
        slippage_bps: int,
        *,
        price_limit: DecimalLike | None = None,
        chain_id: str | None = None,
        fee_rate_bps: int | None = None,
        funding_source: PredictionFundingSource | Literal["MPC", "CEX"] | None = None,
        fund_transfer_amount: str | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionQuote:
        """Quote a prediction order (the coroutine of `Spot.prediction.get_quote`, which describes it)."""
        from ..api.prediction import get_quote as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                wallet_address=wallet_address,
                token_id=token_id,
                side=side,
                amount_in=amount_in,
                order_type=order_type,
                slippage_bps=slippage_bps,
                price_limit=price_limit,
                chain_id=chain_id,
                fee_rate_bps=fee_rate_bps,
                funding_source=funding_source,
                fund_transfer_amount=fund_transfer_amount,
            ),
            options,
        )

    async def inbound_transfer(
        self,
        wallet_id: str,
        wallet_address: str,
        from_token_amount: str,
        account_type: PredictionAccountType | Literal["SPOT", "FUNDING"],
        *,
        from_token: str | None = None,
        to_token: str | None = None,
        chain_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionTransferAck:
        """Prediction wallet to Binance account (the coroutine of `Spot.prediction.inbound_transfer`, which describes it)."""
        from ..api.prediction import inbound_transfer as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                wallet_id=wallet_id,
                wallet_address=wallet_address,
                from_token_amount=from_token_amount,
                account_type=account_type,
                from_token=from_token,
                to_token=to_token,
                chain_id=chain_id,
            ),
            options,
        )

    async def last_trade_price(
        self,
        market_id: int,
        **options: Unpack[CallOptions],
    ) -> PredictionLastTradePrice:
        """Latest prediction trade price (the coroutine of `Spot.prediction.last_trade_price`, which describes it)."""
        from ..api.prediction import last_trade_price as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                market_id=market_id,
            ),
            options,
        )

    async def list_blocktrades(
        self,
        *,
        first: int | None = None,
        after: str | None = None,
        status: PredictionBlocktradeStatus
        | Literal["OPEN", "FULFILLED", "MATCHED", "CANCELLED", "EXPIRED", "FAILED"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionBlocktrades:
        """OTC blocktrades (the coroutine of `Spot.prediction.list_blocktrades`, which describes it)."""
        from ..api.prediction import list_blocktrades as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                first=first,
                after=after,
                status=status,
            ),
            options,
        )

    async def list_categories(
        self,
        **options: Unpack[CallOptions],
    ) -> PredictionCategories:
        """Prediction market categories (the coroutine of `Spot.prediction.list_categories`, which describes it)."""
        from ..api.prediction import list_categories as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def list_markets(
        self,
        *,
        l_1_category: str | None = None,
        l_2_category: str | None = None,
        sort_by: PredictionSortBy
        | Literal["RECOMMENDED", "VOLUME", "PARTICIPANTS", "CREATED_TIME", "END_DATE"]
        | None = None,
        order_by: PredictionSortOrder | Literal["ASC", "DESC"] | None = None,
        offset: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionMarketTopics:
        """Prediction market topics (the coroutine of `Spot.prediction.list_markets`, which describes it)."""
        from ..api.prediction import list_markets as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                l_1_category=l_1_category,
                l_2_category=l_2_category,
                sort_by=sort_by,
                order_by=order_by,
                offset=offset,
                limit=limit,
            ),
            options,
        )

    async def market_detail(
        self,
        market_topic_id: int,
        **options: Unpack[CallOptions],
    ) -> PredictionMarketDetail:
        """Prediction market topic detail (the coroutine of `Spot.prediction.market_detail`, which describes it)."""
        from ..api.prediction import market_detail as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                market_topic_id=market_topic_id,
            ),
            options,
        )

    async def mm_deposit(
        self,
        from_token: str,
        from_token_amount: str,
        to_token: str,
        account_type: PredictionAccountType | Literal["SPOT", "FUNDING"],
        *,
        chain_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionTransferAck:
        """Market maker: MPC wallet to Binance account (the coroutine of `Spot.prediction.mm_deposit`, which describes it)."""
        from ..api.prediction import mm_deposit as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                from_token=from_token,
                from_token_amount=from_token_amount,
                to_token=to_token,
                account_type=account_type,
                chain_id=chain_id,
            ),
            options,
        )

    async def mm_withdraw(
        self,
        coin: str,
        network: str,
        amount: DecimalLike,
        *,
        withdraw_order_id: str | None = None,
        wallet_type: int | None = None,
        name: str | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionWithdrawal:
        """Market maker: Binance account to MPC wallet (the coroutine of `Spot.prediction.mm_withdraw`, which describes it)."""
        from ..api.prediction import mm_withdraw as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                coin=coin,
                network=network,
                amount=amount,
                withdraw_order_id=withdraw_order_id,
                wallet_type=wallet_type,
                name=name,
            ),
            options,
        )

    async def order_book(
        self,
        vendor: str,
        market_id: int,
        token_id: str,
        **options: Unpack[CallOptions],
    ) -> PredictionOrderBook:
        """Prediction order book (the coroutine of `Spot.prediction.order_book`, which describes it)."""
        from ..api.prediction import order_book as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                vendor=vendor,
                market_id=market_id,
                token_id=token_id,
            ),
            options,
        )

    async def order_history(
        self,
        wallet_address: str,
        *,
        l_1_category: str | None = None,
        order_type: PredictionOrderType | Literal["MARKET", "LIMIT"] | None = None,
        status: str | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionOrderPage:
        """Prediction order history (the coroutine of `Spot.prediction.order_history`, which describes it)."""
        from ..api.prediction import order_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                wallet_address=wallet_address,
                l_1_category=l_1_category,
                order_type=order_type,
                status=status,
                start_date=start_date,
                end_date=end_date,
                offset=offset,
                limit=limit,
            ),
            options,
        )

    async def outbound_transfer(
        self,
        wallet_id: str,
        wallet_address: str,
        from_token_amount: str,
        account_type: PredictionAccountType | Literal["SPOT", "FUNDING"],
        source_biz: PredictionTransferSource | Literal["USER_TRANSFER", "PREDICTION_BUY"],
        *,
        from_token: str | None = None,
        to_token: str | None = None,
        chain_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionTransferAck:
        """Binance account to prediction wallet (the coroutine of `Spot.prediction.outbound_transfer`, which describes it)."""
        from ..api.prediction import outbound_transfer as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                wallet_id=wallet_id,
                wallet_address=wallet_address,
                from_token_amount=from_token_amount,
                account_type=account_type,
                source_biz=source_biz,
                from_token=from_token,
                to_token=to_token,
                chain_id=chain_id,
            ),
            options,
        )

    async def payment_option_balances(
        self,
        **options: Unpack[CallOptions],
    ) -> PredictionPaymentOptions:
        """Prediction payment balances (the coroutine of `Spot.prediction.payment_option_balances`, which describes it)."""
        from ..api.prediction import payment_option_balances as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def place_order(
        self,
        wallet_address: str,
        wallet_id: str,
        quote_id: str,
        time_in_force: PredictionTimeInForce | Literal["FOK", "GTC"],
        account_type: PredictionAccountType | Literal["SPOT", "FUNDING"],
        order_type: PredictionOrderType | Literal["MARKET", "LIMIT"],
        slippage_bps: int,
        *,
        price_limit: DecimalLike | None = None,
        funding_source: PredictionFundingSource | Literal["MPC", "CEX"] | None = None,
        fund_transfer_amount: str | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionOrderPlaced:
        """Place a prediction order (the coroutine of `Spot.prediction.place_order`, which describes it)."""
        from ..api.prediction import place_order as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                wallet_address=wallet_address,
                wallet_id=wallet_id,
                quote_id=quote_id,
                time_in_force=time_in_force,
                account_type=account_type,
                order_type=order_type,
                slippage_bps=slippage_bps,
                price_limit=price_limit,
                funding_source=funding_source,
                fund_transfer_amount=fund_transfer_amount,
            ),
            options,
        )

    async def pnl(
        self,
        wallet_address: str,
        *,
        token_id: str | None = None,
        market_id: int | None = None,
        market_topic_id: int | None = None,
        active_only: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionPnl:
        """Prediction profit and loss (the coroutine of `Spot.prediction.pnl`, which describes it)."""
        from ..api.prediction import pnl as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                wallet_address=wallet_address,
                token_id=token_id,
                market_id=market_id,
                market_topic_id=market_topic_id,
                active_only=active_only,
            ),
            options,
        )

    async def portfolio(
        self,
        wallet_address: str,
        *,
        token_id: str | None = None,
        market_id: int | None = None,
        market_topic_id: int | None = None,
        active_only: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionPortfolio:
        """Prediction portfolio (the coroutine of `Spot.prediction.portfolio`, which describes it)."""
        from ..api.prediction import portfolio as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                wallet_address=wallet_address,
                token_id=token_id,
                market_id=market_id,
                market_topic_id=market_topic_id,
                active_only=active_only,
            ),
            options,
        )

    async def position_by_token(
        self,
        wallet_address: str,
        token_id: str,
        **options: Unpack[CallOptions],
    ) -> PredictionPositionByToken:
        """Prediction position in one token (the coroutine of `Spot.prediction.position_by_token`, which describes it)."""
        from ..api.prediction import position_by_token as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                wallet_address=wallet_address,
                token_id=token_id,
            ),
            options,
        )

    async def positions(
        self,
        wallet_address: str,
        *,
        tab: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionPositionPage:
        """Prediction positions (the coroutine of `Spot.prediction.positions`, which describes it)."""
        from ..api.prediction import positions as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                wallet_address=wallet_address,
                tab=tab,
                offset=offset,
                limit=limit,
            ),
            options,
        )

    async def positions_by_filter(
        self,
        *,
        wallet_address: str | None = None,
        market_topic_id: int | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionPositions:
        """Prediction positions by wallet or topic (the coroutine of `Spot.prediction.positions_by_filter`, which describes it)."""
        from ..api.prediction import positions_by_filter as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                wallet_address=wallet_address,
                market_topic_id=market_topic_id,
            ),
            options,
        )

    async def preview_blocktrade(
        self,
        secret_token: str,
        **options: Unpack[CallOptions],
    ) -> PredictionBlocktradeDetail:
        """Preview an OTC blocktrade (the coroutine of `Spot.prediction.preview_blocktrade`, which describes it)."""
        from ..api.prediction import preview_blocktrade as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                secret_token=secret_token,
            ),
            options,
        )

    async def quota_status(
        self,
        **options: Unpack[CallOptions],
    ) -> PredictionQuota:
        """Prediction trading quota (the coroutine of `Spot.prediction.quota_status`, which describes it)."""
        from ..api.prediction import quota_status as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def redeem_status(
        self,
        wallet_address: str,
        tx_hash: str,
        **options: Unpack[CallOptions],
    ) -> PredictionRedeemStatus:
        """Prediction redeem status (the coroutine of `Spot.prediction.redeem_status`, which describes it)."""
        from ..api.prediction import redeem_status as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                wallet_address=wallet_address,
                tx_hash=tx_hash,
            ),
            options,
        )

    async def remove_blocktrades(
        self,
        order_ids: Sequence[str],
        **options: Unpack[CallOptions],
    ) -> PredictionBlocktradesRemoved:
        """Remove OTC blocktrades (the coroutine of `Spot.prediction.remove_blocktrades`, which describes it)."""
        from ..api.prediction import remove_blocktrades as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_ids=order_ids,
            ),
            options,
        )

    async def reserved_balances(
        self,
        assets: Sequence[Mapping[str, object]],
        **options: Unpack[CallOptions],
    ) -> PredictionReservedBalances:
        """OTC reserved balances (the coroutine of `Spot.prediction.reserved_balances`, which describes it)."""
        from ..api.prediction import reserved_balances as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                assets=assets,
            ),
            options,
        )

    async def search_markets(
        self,
        query: str,
        *,
        top_k: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[PredictionMarketTopic]:
        """Search prediction market topics (the coroutine of `Spot.prediction.search_markets`, which describes it)."""
        from ..api.prediction import search_markets as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                query=query,
                top_k=top_k,
            ),
            options,
        )

    async def settled_positions(
        self,
        wallet_address: str,
        *,
        l_1_category: str | None = None,
        result: int | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionSettledPositions:
        """Settled prediction positions (the coroutine of `Spot.prediction.settled_positions`, which describes it)."""
        from ..api.prediction import settled_positions as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                wallet_address=wallet_address,
                l_1_category=l_1_category,
                result=result,
                start_date=start_date,
                end_date=end_date,
                offset=offset,
                limit=limit,
            ),
            options,
        )

    async def transfer_history(
        self,
        wallet_address: str,
        start_date: str,
        end_date: str,
        *,
        token_symbol: str | None = None,
        direction: PredictionTransferDirection | Literal["INBOUND", "OUTBOUND"] | None = None,
        offset: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> PredictionTransfers:
        """Prediction wallet transfers (the coroutine of `Spot.prediction.transfer_history`, which describes it)."""
        from ..api.prediction import transfer_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                wallet_address=wallet_address,
                start_date=start_date,
                end_date=end_date,
                token_symbol=token_symbol,
                direction=direction,
                offset=offset,
                limit=limit,
            ),
            options,
        )

    async def transfer_status(
        self,
        transfer_id: str,
        **options: Unpack[CallOptions],
    ) -> PredictionTransfer:
        """Prediction wallet transfer status (the coroutine of `Spot.prediction.transfer_status`, which describes it)."""
        from ..api.prediction import transfer_status as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                transfer_id=transfer_id,
            ),
            options,
        )

    async def wallets(
        self,
        **options: Unpack[CallOptions],
    ) -> PredictionWallets:
        """Prediction wallets (the coroutine of `Spot.prediction.wallets`, which describes it)."""
        from ..api.prediction import wallets as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)


class PredictionWithRawResponse:
    """`prediction` operations, each returning the whole `Response`."""

    def __init__(self, group: Prediction) -> None:
        self._group = group
        self.active_orders: Final = raw_response_wrapper(group.active_orders)
        self.batch_cancel_orders: Final = raw_response_wrapper(group.batch_cancel_orders)
        self.batch_redeem: Final = raw_response_wrapper(group.batch_redeem)
        self.blocktrade_detail: Final = raw_response_wrapper(group.blocktrade_detail)
        self.blocktrade_events: Final = raw_response_wrapper(group.blocktrade_events)
        self.create_blocktrade: Final = raw_response_wrapper(group.create_blocktrade)
        self.fulfil_blocktrade: Final = raw_response_wrapper(group.fulfil_blocktrade)
        self.get_quote: Final = raw_response_wrapper(group.get_quote)
        self.inbound_transfer: Final = raw_response_wrapper(group.inbound_transfer)
        self.last_trade_price: Final = raw_response_wrapper(group.last_trade_price)
        self.list_blocktrades: Final = raw_response_wrapper(group.list_blocktrades)
        self.list_categories: Final = raw_response_wrapper(group.list_categories)
        self.list_markets: Final = raw_response_wrapper(group.list_markets)
        self.market_detail: Final = raw_response_wrapper(group.market_detail)
        self.mm_deposit: Final = raw_response_wrapper(group.mm_deposit)
        self.mm_withdraw: Final = raw_response_wrapper(group.mm_withdraw)
        self.order_book: Final = raw_response_wrapper(group.order_book)
        self.order_history: Final = raw_response_wrapper(group.order_history)
        self.outbound_transfer: Final = raw_response_wrapper(group.outbound_transfer)
        self.payment_option_balances: Final = raw_response_wrapper(group.payment_option_balances)
        self.place_order: Final = raw_response_wrapper(group.place_order)
        self.pnl: Final = raw_response_wrapper(group.pnl)
        self.portfolio: Final = raw_response_wrapper(group.portfolio)
        self.position_by_token: Final = raw_response_wrapper(group.position_by_token)
        self.positions: Final = raw_response_wrapper(group.positions)
        self.positions_by_filter: Final = raw_response_wrapper(group.positions_by_filter)
        self.preview_blocktrade: Final = raw_response_wrapper(group.preview_blocktrade)
        self.quota_status: Final = raw_response_wrapper(group.quota_status)
        self.redeem_status: Final = raw_response_wrapper(group.redeem_status)
        self.remove_blocktrades: Final = raw_response_wrapper(group.remove_blocktrades)
        self.reserved_balances: Final = raw_response_wrapper(group.reserved_balances)
        self.search_markets: Final = raw_response_wrapper(group.search_markets)
        self.settled_positions: Final = raw_response_wrapper(group.settled_positions)
        self.transfer_history: Final = raw_response_wrapper(group.transfer_history)
        self.transfer_status: Final = raw_response_wrapper(group.transfer_status)
        self.wallets: Final = raw_response_wrapper(group.wallets)


class AsyncPredictionWithRawResponse:
    """`prediction` operations, each returning the whole `Response`."""

    def __init__(self, group: AsyncPrediction) -> None:
        self._group = group
        self.active_orders: Final = async_raw_response_wrapper(group.active_orders)
        self.batch_cancel_orders: Final = async_raw_response_wrapper(group.batch_cancel_orders)
        self.batch_redeem: Final = async_raw_response_wrapper(group.batch_redeem)
        self.blocktrade_detail: Final = async_raw_response_wrapper(group.blocktrade_detail)
        self.blocktrade_events: Final = async_raw_response_wrapper(group.blocktrade_events)
        self.create_blocktrade: Final = async_raw_response_wrapper(group.create_blocktrade)
        self.fulfil_blocktrade: Final = async_raw_response_wrapper(group.fulfil_blocktrade)
        self.get_quote: Final = async_raw_response_wrapper(group.get_quote)
        self.inbound_transfer: Final = async_raw_response_wrapper(group.inbound_transfer)
        self.last_trade_price: Final = async_raw_response_wrapper(group.last_trade_price)
        self.list_blocktrades: Final = async_raw_response_wrapper(group.list_blocktrades)
        self.list_categories: Final = async_raw_response_wrapper(group.list_categories)
        self.list_markets: Final = async_raw_response_wrapper(group.list_markets)
        self.market_detail: Final = async_raw_response_wrapper(group.market_detail)
        self.mm_deposit: Final = async_raw_response_wrapper(group.mm_deposit)
        self.mm_withdraw: Final = async_raw_response_wrapper(group.mm_withdraw)
        self.order_book: Final = async_raw_response_wrapper(group.order_book)
        self.order_history: Final = async_raw_response_wrapper(group.order_history)
        self.outbound_transfer: Final = async_raw_response_wrapper(group.outbound_transfer)
        self.payment_option_balances: Final = async_raw_response_wrapper(group.payment_option_balances)
        self.place_order: Final = async_raw_response_wrapper(group.place_order)
        self.pnl: Final = async_raw_response_wrapper(group.pnl)
        self.portfolio: Final = async_raw_response_wrapper(group.portfolio)
        self.position_by_token: Final = async_raw_response_wrapper(group.position_by_token)
        self.positions: Final = async_raw_response_wrapper(group.positions)
        self.positions_by_filter: Final = async_raw_response_wrapper(group.positions_by_filter)
        self.preview_blocktrade: Final = async_raw_response_wrapper(group.preview_blocktrade)
        self.quota_status: Final = async_raw_response_wrapper(group.quota_status)
        self.redeem_status: Final = async_raw_response_wrapper(group.redeem_status)
        self.remove_blocktrades: Final = async_raw_response_wrapper(group.remove_blocktrades)
        self.reserved_balances: Final = async_raw_response_wrapper(group.reserved_balances)
        self.search_markets: Final = async_raw_response_wrapper(group.search_markets)
        self.settled_positions: Final = async_raw_response_wrapper(group.settled_positions)
        self.transfer_history: Final = async_raw_response_wrapper(group.transfer_history)
        self.transfer_status: Final = async_raw_response_wrapper(group.transfer_status)
        self.wallets: Final = async_raw_response_wrapper(group.wallets)


__all__ = ["AsyncPrediction", "AsyncPredictionWithRawResponse", "Prediction", "PredictionWithRawResponse"]
