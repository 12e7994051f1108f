"""`Spot` and `AsyncSpot`: a method per /api operation, a group per /sapi family
(and one for Binance Login, `client.oauth`).

`client.depth(...)` calls an /api/v3 operation; `client.wallet.system_status()`
calls a /sapi one through the `wallet` group. Methods import their operation
module on first call and groups are built on first use, so importing the client
does not import every model. Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from functools import cached_property
from typing import TYPE_CHECKING, Any, Final, Literal, Unpack, overload

from ._paging import AsyncSpotPaging, SpotPaging
from .signing import (
    CallOptions,
    Response,
    SymbolRules,
    TimeLike,
    WindowLike,
    async_raw_response_wrapper,
    former_keywords,
    raw_response_wrapper,
)

if TYPE_CHECKING:
    from .groups.algo import Algo, AlgoWithRawResponse, AsyncAlgo, AsyncAlgoWithRawResponse
    from .groups.auto_invest import (
        AsyncAutoInvest,
        AsyncAutoInvestWithRawResponse,
        AutoInvest,
        AutoInvestWithRawResponse,
    )
    from .groups.blvt import AsyncBlvt, AsyncBlvtWithRawResponse, Blvt, BlvtWithRawResponse
    from .groups.c2c import AsyncC2c, AsyncC2cWithRawResponse, C2c, C2cWithRawResponse
    from .groups.convert import AsyncConvert, AsyncConvertWithRawResponse, Convert, ConvertWithRawResponse
    from .groups.copy_trading import (
        AsyncCopyTrading,
        AsyncCopyTradingWithRawResponse,
        CopyTrading,
        CopyTradingWithRawResponse,
    )
    from .groups.crypto_loans import (
        AsyncCryptoLoans,
        AsyncCryptoLoansWithRawResponse,
        CryptoLoans,
        CryptoLoansWithRawResponse,
    )
    from .groups.dual_investment import (
        AsyncDualInvestment,
        AsyncDualInvestmentWithRawResponse,
        DualInvestment,
        DualInvestmentWithRawResponse,
    )
    from .groups.fiat import AsyncFiat, AsyncFiatWithRawResponse, Fiat, FiatWithRawResponse
    from .groups.futures import AsyncFutures, AsyncFuturesWithRawResponse, Futures, FuturesWithRawResponse
    from .groups.gift_card import AsyncGiftCard, AsyncGiftCardWithRawResponse, GiftCard, GiftCardWithRawResponse
    from .groups.margin import AsyncMargin, AsyncMarginWithRawResponse, Margin, MarginWithRawResponse
    from .groups.mining import AsyncMining, AsyncMiningWithRawResponse, Mining, MiningWithRawResponse
    from .groups.nft import AsyncNft, AsyncNftWithRawResponse, Nft, NftWithRawResponse
    from .groups.oauth import AsyncOauth, AsyncOauthWithRawResponse, Oauth, OauthWithRawResponse
    from .groups.pay import AsyncPay, AsyncPayWithRawResponse, Pay, PayWithRawResponse
    from .groups.portfolio_margin import (
        AsyncPortfolioMargin,
        AsyncPortfolioMarginWithRawResponse,
        PortfolioMargin,
        PortfolioMarginWithRawResponse,
    )
    from .groups.prediction import (
        AsyncPrediction,
        AsyncPredictionWithRawResponse,
        Prediction,
        PredictionWithRawResponse,
    )
    from .groups.rebate import AsyncRebate, AsyncRebateWithRawResponse, Rebate, RebateWithRawResponse
    from .groups.savings import AsyncSavings, AsyncSavingsWithRawResponse, Savings, SavingsWithRawResponse
    from .groups.simple_earn import (
        AsyncSimpleEarn,
        AsyncSimpleEarnWithRawResponse,
        SimpleEarn,
        SimpleEarnWithRawResponse,
    )
    from .groups.staking import AsyncStaking, AsyncStakingWithRawResponse, Staking, StakingWithRawResponse
    from .groups.stocks import AsyncStocks, AsyncStocksWithRawResponse, Stocks, StocksWithRawResponse
    from .groups.sub_account import (
        AsyncSubAccount,
        AsyncSubAccountWithRawResponse,
        SubAccount,
        SubAccountWithRawResponse,
    )
    from .groups.vip_loans import AsyncVipLoans, AsyncVipLoansWithRawResponse, VipLoans, VipLoansWithRawResponse
    from .groups.wallet import AsyncWallet, AsyncWalletWithRawResponse, Wallet, WalletWithRawResponse
    from .models.account import Account
    from .models.account_commission import AccountCommission
    from .models.account_trade import AccountTrade
    from .models.aggregate_trade import AggregateTrade
    from .models.allocation import Allocation
    from .models.average_price import AveragePrice
    from .models.book_ticker import BookTicker
    from .models.cancel_replace_mode import CancelReplaceMode
    from .models.cancel_replace_result import CancelReplaceResult
    from .models.cancel_restrictions import CancelRestrictions
    from .models.canceled_order import CanceledOrder
    from .models.canceled_order_list import CanceledOrderList
    from .models.exchange_info import ExchangeInfo
    from .models.execution_rules import ExecutionRules
    from .models.historical_block_trade import HistoricalBlockTrade
    from .models.kline import Kline
    from .models.kline_interval import KlineInterval
    from .models.my_filters import MyFilters
    from .models.new_order_ack import NewOrderAck
    from .models.new_order_full import NewOrderFull
    from .models.new_order_result import NewOrderResult
    from .models.order import Order
    from .models.order_amend_result import OrderAmendResult
    from .models.order_amendment import OrderAmendment
    from .models.order_book import OrderBook
    from .models.order_list import OrderList
    from .models.order_list_response import OrderListResponse
    from .models.order_rate_limit_exceeded_mode import OrderRateLimitExceededMode
    from .models.order_response_type import OrderResponseType
    from .models.order_side import OrderSide
    from .models.order_type import OrderType
    from .models.peg_offset_type import PegOffsetType
    from .models.peg_price_type import PegPriceType
    from .models.ping_response import PingResponse
    from .models.prevented_match import PreventedMatch
    from .models.recent_trade import RecentTrade
    from .models.reference_price import ReferencePrice
    from .models.reference_price_calculation import ReferencePriceCalculation
    from .models.self_trade_prevention_mode import SelfTradePreventionMode
    from .models.server_time import ServerTime
    from .models.sor_order_full import SorOrderFull
    from .models.sor_order_result import SorOrderResult
    from .models.symbol_status import SymbolStatus
    from .models.test_order_commission import TestOrderCommission
    from .models.test_order_empty import TestOrderEmpty
    from .models.ticker_24_hr_full import Ticker24HrFull
    from .models.ticker_24_hr_mini import Ticker24HrMini
    from .models.ticker_price import TickerPrice
    from .models.ticker_rolling_window_full import TickerRollingWindowFull
    from .models.ticker_rolling_window_mini import TickerRollingWindowMini
    from .models.ticker_trading_day_full import TickerTradingDayFull
    from .models.ticker_trading_day_mini import TickerTradingDayMini
    from .models.ticker_type import TickerType
    from .models.time_in_force import TimeInForce
    from .models.unfilled_order_count import UnfilledOrderCount

DecimalLike = str | int | float | Decimal


class Spot(SpotPaging):
    """Binance Spot REST client (synchronous). Credentials are optional for public data."""

    @cached_property
    def with_raw_response(self) -> SpotWithRawResponse:
        """The same methods, each returning the whole `Response`: status, headers, rate limits and the model."""
        return SpotWithRawResponse(self)

    def symbol_rules(self, symbol: str, *, refresh: bool = False) -> SymbolRules:
        """The trading rules of `symbol`, from exchangeInfo: rounding to its grid and order checks.

        Kept for `RULES_MAX_AGE` seconds (ten minutes) and shared with `with_options` copies; pass
        `refresh=True` to read exchangeInfo again, as after Binance changes the symbol's filters.
        """
        rules = self._cached_rules(symbol, refresh)
        if rules is None:
            info = self.exchange_info(symbol=symbol)
            rules = self._keep_rules(info.to_dict(), symbol)
        return rules

    @cached_property
    def algo(self) -> Algo:
        """The `algo` operations (/sapi)."""
        from .groups.algo import Algo

        return Algo(self)

    @cached_property
    def auto_invest(self) -> AutoInvest:
        """The `auto_invest` operations (/sapi)."""
        from .groups.auto_invest import AutoInvest

        return AutoInvest(self)

    @cached_property
    def blvt(self) -> Blvt:
        """The `blvt` operations (/sapi)."""
        from .groups.blvt import Blvt

        return Blvt(self)

    @cached_property
    def c2c(self) -> C2c:
        """The `c2c` operations (/sapi)."""
        from .groups.c2c import C2c

        return C2c(self)

    @cached_property
    def convert(self) -> Convert:
        """The `convert` operations (/sapi)."""
        from .groups.convert import Convert

        return Convert(self)

    @cached_property
    def copy_trading(self) -> CopyTrading:
        """The `copy_trading` operations (/sapi)."""
        from .groups.copy_trading import CopyTrading

        return CopyTrading(self)

    @cached_property
    def crypto_loans(self) -> CryptoLoans:
        """The `crypto_loans` operations (/sapi)."""
        from .groups.crypto_loans import CryptoLoans

        return CryptoLoans(self)

    @cached_property
    def dual_investment(self) -> DualInvestment:
        """The `dual_investment` operations (/sapi)."""
        from .groups.dual_investment import DualInvestment

        return DualInvestment(self)

    @cached_property
    def fiat(self) -> Fiat:
        """The `fiat` operations (/sapi)."""
        from .groups.fiat import Fiat

        return Fiat(self)

    @cached_property
    def futures(self) -> Futures:
        """The `futures` operations (/sapi)."""
        from .groups.futures import Futures

        return Futures(self)

    @cached_property
    def gift_card(self) -> GiftCard:
        """The `gift_card` operations (/sapi)."""
        from .groups.gift_card import GiftCard

        return GiftCard(self)

    @cached_property
    def margin(self) -> Margin:
        """The `margin` operations (/sapi)."""
        from .groups.margin import Margin

        return Margin(self)

    @cached_property
    def mining(self) -> Mining:
        """The `mining` operations (/sapi)."""
        from .groups.mining import Mining

        return Mining(self)

    @cached_property
    def nft(self) -> Nft:
        """The `nft` operations (/sapi)."""
        from .groups.nft import Nft

        return Nft(self)

    @cached_property
    def oauth(self) -> Oauth:
        """The `oauth` operations (Binance Login)."""
        from .groups.oauth import Oauth

        return Oauth(self)

    @cached_property
    def pay(self) -> Pay:
        """The `pay` operations (/sapi)."""
        from .groups.pay import Pay

        return Pay(self)

    @cached_property
    def portfolio_margin(self) -> PortfolioMargin:
        """The `portfolio_margin` operations (/sapi)."""
        from .groups.portfolio_margin import PortfolioMargin

        return PortfolioMargin(self)

    @cached_property
    def prediction(self) -> Prediction:
        """The `prediction` operations (/sapi)."""
        from .groups.prediction import Prediction

        return Prediction(self)

    @cached_property
    def rebate(self) -> Rebate:
        """The `rebate` operations (/sapi)."""
        from .groups.rebate import Rebate

        return Rebate(self)

    @cached_property
    def savings(self) -> Savings:
        """The `savings` operations (/sapi)."""
        from .groups.savings import Savings

        return Savings(self)

    @cached_property
    def simple_earn(self) -> SimpleEarn:
        """The `simple_earn` operations (/sapi)."""
        from .groups.simple_earn import SimpleEarn

        return SimpleEarn(self)

    @cached_property
    def staking(self) -> Staking:
        """The `staking` operations (/sapi)."""
        from .groups.staking import Staking

        return Staking(self)

    @cached_property
    def stocks(self) -> Stocks:
        """The `stocks` operations (/sapi)."""
        from .groups.stocks import Stocks

        return Stocks(self)

    @cached_property
    def sub_account(self) -> SubAccount:
        """The `sub_account` operations (/sapi)."""
        from .groups.sub_account import SubAccount

        return SubAccount(self)

    @cached_property
    def vip_loans(self) -> VipLoans:
        """The `vip_loans` operations (/sapi)."""
        from .groups.vip_loans import VipLoans

        return VipLoans(self)

    @cached_property
    def wallet(self) -> Wallet:
        """The `wallet` operations (/sapi)."""
        from .groups.wallet import Wallet

        return Wallet(self)

    def account(
        self,
        *,
        omit_zero_balances: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> Account:
        """Account information.

        Returns the state of the account behind the API key: its commission rates, what it is allowed to
        do (trade, deposit, withdraw), its permissions and the free and locked amount of every asset it
        holds.

        GET /api/v3/account · security USER_DATA · weight 20


        Args:
            omit_zero_balances: If `true`, the `balances` list leaves out assets whose free and locked amounts are both
                zero. Defaults to `false` (every asset is listed).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            Account
        """
        from .api.account import account as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                omit_zero_balances=omit_zero_balances,
            ),
            options,
        )

    def account_commission(
        self,
        symbol: str,
        **options: Unpack[CallOptions],
    ) -> AccountCommission:
        """Commission rates.

        Returns the commission rates that apply to the account on one symbol: the standard, special and
        tax rates, and the BNB payment discount.

        GET /api/v3/account/commission · security USER_DATA · weight 20


        Args:
            symbol: The symbol to get the rates for. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            AccountCommission
        """
        from .api.account import account_commission as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
            ),
            options,
        )

    def agg_trades(
        self,
        symbol: str,
        *,
        from_id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[AggregateTrade]:
        """Aggregate trades.

        Lists a symbol's trades with fills merged: fills of the same taker order at the same price and
        time are reported as one entry with their quantities added up. Select by first aggregate id or
        by time; with none of `from_id`, `start_time` and `end_time` the latest entries are returned.

        GET /api/v3/aggTrades · security NONE · weight 4


        Args:
            symbol: The trading pair. Required.
            from_id: Aggregate trade id to start from (included).
            start_time: Earliest trade time to include, in milliseconds (included).
            end_time: Latest trade time to include, in milliseconds (included).
            limit: How many entries to return. Defaults to 500; at most 1000.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[AggregateTrade]
        """
        from .api.market import agg_trades as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                from_id=from_id,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            options,
        )

    def all_order_lists(
        self,
        *,
        from_id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[OrderList]:
        """All order lists.

        Lists the account's order lists whatever their state, either starting from an order list id
        (`from_id`) or within a time window of at most 24 hours (`start_time`/`end_time`); the two ways
        cannot be combined.

        GET /api/v3/allOrderList · security USER_DATA · weight 20


        Args:
            from_id: Return order lists whose id is greater than or equal to this one. Cannot be sent
                together with `start_time` or `end_time`.
            start_time: Earliest transaction time, in milliseconds since the Unix epoch (UTC). At most 24 hours
                before `end_time`; not allowed with `from_id`.
            end_time: Latest transaction time, in milliseconds since the Unix epoch (UTC). At most 24 hours
                after `start_time`; not allowed with `from_id`.
            limit: How many order lists to return. Default 500, maximum 1000.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[OrderList]
        """
        from .api.account import all_order_lists as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                from_id=from_id,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            options,
        )

    def all_orders(
        self,
        symbol: str,
        *,
        order_id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[Order]:
        """All orders.

        Lists the account's orders on a symbol whatever their state (open, canceled or filled). With
        `order_id`, the list starts at that order id and goes up; without it, the most recent orders
        come back. A time window given by `start_time` and `end_time` may span at most 24 hours. For
        some old orders `cummulativeQuoteQty` is negative, meaning the value is not available.

        GET /api/v3/allOrders · security USER_DATA · weight 20


        Args:
            symbol: The symbol whose orders are listed. Required.
            order_id: Return orders whose id is greater than or equal to this one. Not needed when a time
                window is given.
            start_time: Earliest order creation time, in milliseconds since the Unix epoch (UTC). At most 24
                hours before `end_time`.
            end_time: Latest order creation time, in milliseconds since the Unix epoch (UTC). At most 24 hours
                after `start_time`.
            limit: How many orders to return. Default 500, maximum 1000.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[Order]
        """
        from .api.account import all_orders as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                order_id=order_id,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            options,
        )

    def avg_price(
        self,
        symbol: str,
        **options: Unpack[CallOptions],
    ) -> AveragePrice:
        """Average price.

        Returns a symbol's current average trade price over a short trailing window, with the window
        length in minutes and the time of the last trade counted.

        GET /api/v3/avgPrice · security NONE · weight 2


        Args:
            symbol: The trading pair. Required.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            AveragePrice
        """
        from .api.market import avg_price as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
            ),
            options,
        )

    def cancel_open_orders(
        self,
        symbol: str,
        **options: Unpack[CallOptions],
    ) -> list[CanceledOrder | CanceledOrderList]:
        """Cancel all open orders on a symbol.

        Cancels every active order of the account on one symbol, orders that belong to order lists
        included. Standalone orders come back as canceled orders and each affected order list comes back
        as a whole.

        DELETE /api/v3/openOrders · security TRADE · weight 1


        Args:
            symbol: Trading pair the request applies to. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[CanceledOrder | CanceledOrderList]
        """
        from .api.trade import cancel_open_orders as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
            ),
            options,
        )

    def cancel_order(
        self,
        symbol: str,
        *,
        order_id: int | None = None,
        orig_client_order_id: str | None = None,
        new_client_order_id: str | None = None,
        cancel_restrictions: CancelRestrictions | Literal["ONLY_NEW", "ONLY_PARTIALLY_FILLED"] | None = None,
        **options: Unpack[CallOptions],
    ) -> CanceledOrder:
        """Cancel an order.

        Cancels one active order, found by `order_id` and/or `orig_client_order_id`. When both are
        given, the order found by `order_id` must also carry `orig_client_order_id`, otherwise the
        request is rejected; giving `order_id` alone is the fastest. `cancel_restrictions` makes the
        cancellation conditional on the order's status. The answer may include the conditional order
        fields (iceberg, stop, strategy, pegging, STP...).

        DELETE /api/v3/order · security TRADE · weight 1


        Args:
            symbol: Trading pair the request applies to. Required.
            order_id: Exchange id of the order to cancel.
            orig_client_order_id: Client order id of the order to cancel.
            new_client_order_id: Client id given to the cancellation itself; Binance generates one when it is omitted.
            cancel_restrictions: Makes the cancellation conditional on the order's current status: `ONLY_NEW` cancels
                only an order still in `NEW`, `ONLY_PARTIALLY_FILLED` only one in `PARTIALLY_FILLED`.
                When the condition is not met Binance answers with error -2011; an unknown value gives
                -1145.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            CanceledOrder
        """
        from .api.trade import cancel_order as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                order_id=order_id,
                orig_client_order_id=orig_client_order_id,
                new_client_order_id=new_client_order_id,
                cancel_restrictions=cancel_restrictions,
            ),
            options,
        )

    def cancel_order_list(
        self,
        symbol: str,
        *,
        order_list_id: int | None = None,
        list_client_order_id: str | None = None,
        new_client_order_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> CanceledOrderList:
        """Cancel an order list.

        Cancels a whole order list, found by `order_list_id` and/or `list_client_order_id`. When both
        are given, the list found by `order_list_id` must also carry `list_client_order_id`, otherwise
        the request is rejected. Cancelling a single order of a list through `DELETE /api/v3/order` has
        the same effect on the whole list.

        DELETE /api/v3/orderList · security TRADE · weight 1


        Args:
            symbol: Trading pair the request applies to. Required.
            order_list_id: Exchange id of the order list to cancel.
            list_client_order_id: Client id of the order list to cancel.
            new_client_order_id: Client id given to the cancellation itself; Binance generates one when it is omitted.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            CanceledOrderList
        """
        from .api.trade import cancel_order_list as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                order_list_id=order_list_id,
                list_client_order_id=list_client_order_id,
                new_client_order_id=new_client_order_id,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    def cancel_replace_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        cancel_replace_mode: CancelReplaceMode | Literal["STOP_ON_FAILURE", "ALLOW_FAILURE"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        cancel_new_client_order_id: str | None = None,
        cancel_orig_client_order_id: str | None = None,
        cancel_order_id: int | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        cancel_restrictions: CancelRestrictions | Literal["ONLY_NEW", "ONLY_PARTIALLY_FILLED"] | None = None,
        order_rate_limit_exceeded_mode: OrderRateLimitExceededMode | Literal["DO_NOTHING", "CANCEL_ONLY"] | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> CancelReplaceResult:
        """Cancel an order and place a new one.

        In a single request, cancels one of your orders and submits a replacement on that symbol.
        Filters and the unfilled order count are checked before either step runs. `cancel_replace_mode`
        decides whether the new order is still attempted when the cancellation fails, and
        `order_rate_limit_exceeded_mode` whether the cancellation still happens once the unfilled order
        count is exhausted. Cancelling one order of an order list cancels the whole list. The new order
        takes the same parameters, with the same type-dependent rules, as `POST /api/v3/order`.

        Outcomes: both steps succeeding gives HTTP 200; one step succeeding and the other failing gives
        HTTP 409 with a `CancelReplaceFailure` body (error -2021); nothing succeeding gives HTTP 400
        with the same body shape (error -2022). With the unfilled order count exceeded, `DO_NOTHING`
        makes the request fail with a plain error (-1015), while `CANCEL_ONLY` still attempts the
        cancellation and fails the new order: Binance then answers 429 under `STOP_ON_FAILURE`, and 409
        (or 400 if the cancellation failed too) under `ALLOW_FAILURE`.

        POST /api/v3/order/cancelReplace · security TRADE · weight 1


        Args:
            symbol: Trading pair the request applies to. Required.
            side: Whether to buy or sell the base asset. Required.
            type: Order type; it decides which other parameters become mandatory: `LIMIT` needs
                `time_in_force`, `quantity` and `price`; `MARKET` needs `quantity` or `quote_order_qty`;
                `STOP_LOSS` and `TAKE_PROFIT` need `quantity` plus `stop_price` and/or `trailing_delta`
                (they become market orders when triggered); `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT`
                need `time_in_force`, `quantity`, `price` plus `stop_price` and/or `trailing_delta`;
                `LIMIT_MAKER` (post-only: rejected if it would trade immediately as taker) needs
                `quantity` and `price`. Required.
            cancel_replace_mode: What to do when the cancellation fails: `STOP_ON_FAILURE` skips the new order,
                `ALLOW_FAILURE` places it anyway. Required.
            time_in_force: How long the order stays active. Mandatory for `LIMIT`, `STOP_LOSS_LIMIT` and
                `TAKE_PROFIT_LIMIT`; must be `GTC` for iceberg orders.
            quantity: Amount of base asset to buy or sell.
            quote_order_qty: `MARKET` orders only: amount of quote asset to spend (`BUY`) or to obtain (`SELL`)
                instead of a base quantity. The engine derives the base quantity from the available
                liquidity while respecting `LOT_SIZE`, so the traded notional comes as close as it can
                to this amount.
            price: Limit price. Mandatory for `LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT` and
                `TAKE_PROFIT_LIMIT` unless the order is pegged with `peg_price_type`.
            cancel_new_client_order_id: Client id given to the cancellation itself; Binance generates one when it is omitted.
            cancel_orig_client_order_id: Client order id of the order to cancel. Send it or `cancel_order_id`; when both are
                sent, the order found by `cancel_order_id` must also carry this client id, otherwise the
                request is rejected.
            cancel_order_id: Exchange id of the order to cancel. Send it or `cancel_orig_client_order_id`; when both
                are sent, they must designate the same order. Cancelling by this id alone is the fastest
                way.
            new_client_order_id: Your own id for the new order, unique among your open orders; Binance generates one when
                it is omitted.
            strategy_id: Your own numeric label linking the order to one of your strategies; echoed back in
                responses.
            strategy_type: Your own numeric label for the kind of strategy the order follows. Values below 1000000
                are reserved by Binance.
            stop_price: Trigger price for `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT` and `TAKE_PROFIT_LIMIT`
                orders; can be combined with `trailing_delta`. A `STOP_LOSS` `BUY` or `TAKE_PROFIT`
                `SELL` trigger must lie above the market price, a `STOP_LOSS` `SELL` or `TAKE_PROFIT`
                `BUY` trigger below it.
            trailing_delta: Turns a stop-loss or take-profit order into a trailing stop: the distance, in basis
                points (BIPS), the market must move back from its best price before the order triggers.
                Can be combined with `stop_price`; see the trailing stop FAQ.
            iceberg_qty: Visible part of an iceberg order; allowed for `LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`
                and `TAKE_PROFIT_LIMIT` orders and requires `timeInForce=GTC`.
            new_order_resp_type: How much detail the response carries: `ACK`, `RESULT` or `FULL`. When omitted, `MARKET`
                and `LIMIT` orders answer with `FULL` and every other type with `ACK`.
            self_trade_prevention_mode: Self-trade prevention behaviour for this request. Only the modes the symbol allows
                (`allowedSelfTradePreventionModes` in exchange information) are accepted; when omitted,
                the symbol's `defaultSelfTradePreventionMode` applies.
            cancel_restrictions: Makes the cancellation conditional on the order's current status: `ONLY_NEW` cancels
                only an order still in `NEW`, `ONLY_PARTIALLY_FILLED` only one in `PARTIALLY_FILLED`.
                When the condition is not met Binance answers with error -2011; an unknown value gives
                -1145.
            order_rate_limit_exceeded_mode: What to do when the account has exceeded its unfilled order count: `DO_NOTHING` rejects
                the whole request (the cancellation is only attempted within the limit), `CANCEL_ONLY`
                still cancels the order.
            peg_price_type: Makes the order a pegged order whose price follows the book: `PRIMARY_PEG` tracks the
                best price on the order's own side, `MARKET_PEG` the best price of the other side. Only
                for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT`);
                the price parameter becomes optional when this is set.
            peg_offset_value: How many price levels away from the best price the order is pegged to (at most 100).
                Must be sent together with `peg_offset_type`.
            peg_offset_type: Unit of `peg_offset_value`; `PRICE_LEVEL` is the only value Binance supports. Must be
                sent together with `peg_offset_value`.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            CancelReplaceResult
        """
        from .api.trade import cancel_replace_order as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                side=side,
                type=type,
                cancel_replace_mode=cancel_replace_mode,
                time_in_force=time_in_force,
                quantity=quantity,
                quote_order_qty=quote_order_qty,
                price=price,
                cancel_new_client_order_id=cancel_new_client_order_id,
                cancel_orig_client_order_id=cancel_orig_client_order_id,
                cancel_order_id=cancel_order_id,
                new_client_order_id=new_client_order_id,
                strategy_id=strategy_id,
                strategy_type=strategy_type,
                stop_price=stop_price,
                trailing_delta=trailing_delta,
                iceberg_qty=iceberg_qty,
                new_order_resp_type=new_order_resp_type,
                self_trade_prevention_mode=self_trade_prevention_mode,
                cancel_restrictions=cancel_restrictions,
                order_rate_limit_exceeded_mode=order_rate_limit_exceeded_mode,
                peg_price_type=peg_price_type,
                peg_offset_value=peg_offset_value,
                peg_offset_type=peg_offset_type,
            ),
            options,
        )

    def depth(
        self,
        symbol: str,
        *,
        limit: int | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> OrderBook:
        """Order book.

        Returns the best bid and ask levels of a symbol's order book, each level as a `[price,
        quantity]` pair, together with the book's last update id. The weight grows with the number of
        levels asked for.

        GET /api/v3/depth · security NONE · weight 5


        Args:
            symbol: The trading pair. Required.
            limit: How many levels to return on each side. Defaults to 100; at most 5000 (a larger value is
                cut down to 5000).
            symbol_status: Answer only if the symbol is currently in this trading status; otherwise the request
                fails with error -1220. Binance accepts `TRADING`, `HALT` and `BREAK` here.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            OrderBook
        """
        from .api.market import depth as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                limit=limit,
                symbol_status=symbol_status,
            ),
            options,
        )

    def exchange_info(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        permissions: Sequence[str] | None = None,
        show_permission_sets: bool | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> ExchangeInfo:
        """Exchange information.

        Returns the exchange's trading rules: rate limits, exchange-wide filters and, for each listed
        symbol, its assets, precisions, allowed order types, filters and permissions. Every parameter is
        optional. Without a selection, the symbols carrying the `SPOT`, `MARGIN` or `LEVERAGED`
        permission are listed; symbols that only carry other permissions appear only when `permissions`
        names them. Naming a symbol that does not exist in `symbol` or `symbols` is an error.

        How to read `permissionSets`: the outer list is a conjunction, each inner list a disjunction.
        `[["A","B"]]` lets an account trade if it holds A or B; `[["A"],["B"]]` requires both A and B;
        `[["A"],["B","C"]]` requires A, plus B or C (or both).

        GET /api/v3/exchangeInfo · security NONE · weight 20


        Args:
            symbol: Restrict the answer to this one symbol. Cannot be combined with `symbols`, `permissions`
                or `symbol_status`.
            symbols: Restrict the answer to these symbols, sent as a JSON list (`["BTCUSDT","BNBBTC"]`).
                Cannot be combined with `symbol`, `permissions` or `symbol_status`.
            permissions: List the symbols that carry any of these permissions. Binance reads either one bare
                value (`permissions=SPOT`) or a JSON list (`permissions=["MARGIN","LEVERAGED"]`); a list
                of one element selects the same symbols as the bare value, so this is modelled as a list
                and always sent as JSON text. When absent, `SPOT`, `MARGIN` and `LEVERAGED` symbols are
                listed; to see symbols with any other permission, name every wanted permission
                explicitly. Cannot be combined with `symbol` or `symbols`.
            show_permission_sets: Whether each symbol's `permissionSets` is filled in. When false the field is still
                present but left empty. Defaults to true.
            symbol_status: Only list symbols whose trading status equals this value. Binance accepts `TRADING`,
                `HALT` and `BREAK` here. Cannot be combined with `symbol` or `symbols`.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            ExchangeInfo
        """
        from .api.general import exchange_info as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                symbols=symbols,
                permissions=permissions,
                show_permission_sets=show_permission_sets,
                symbol_status=symbol_status,
            ),
            options,
        )

    def execution_rules(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> ExecutionRules:
        """Execution rules.

        Returns the execution rules (currently only price-range rules) in force for one symbol, a list
        of symbols, all symbols with a given status, or every symbol when no parameter is sent. At most
        one of the parameters may be sent.

        GET /api/v3/executionRules · security NONE · weight 40


        Args:
            symbol: The one symbol whose rules are wanted. Not combinable with the other parameters.
            symbols: Several symbols whose rules are wanted, sent as a JSON list. Not combinable with the
                other parameters.
            symbol_status: Return the rules of every symbol currently in this trading status. Binance accepts
                `TRADING`, `HALT` and `BREAK` here. Not combinable with the other parameters.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            ExecutionRules
        """
        from .api.general import execution_rules as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                symbols=symbols,
                symbol_status=symbol_status,
            ),
            options,
        )

    def historical_block_trades(
        self,
        symbol: str,
        from_id: int,
        *,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[HistoricalBlockTrade]:
        """Block trades.

        Lists a symbol's block trades starting at a given block trade id, oldest first.

        GET /api/v3/historicalBlockTrades · security NONE · weight 25


        Args:
            symbol: The trading pair. Required.
            from_id: Block trade id to start from. Required.
            limit: How many block trades to return. Defaults to 500; at most 1000.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[HistoricalBlockTrade]
        """
        from .api.market import historical_block_trades as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                from_id=from_id,
                limit=limit,
            ),
            options,
        )

    def historical_trades(
        self,
        symbol: str,
        *,
        limit: int | None = None,
        from_id: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[RecentTrade]:
        """Older trades.

        Looks up past trades of a symbol starting at a given trade id, oldest first. Without `from_id`
        it returns the latest trades.

        GET /api/v3/historicalTrades · security NONE · weight 25


        Args:
            symbol: The trading pair. Required.
            limit: How many trades to return. Defaults to 500; at most 1000.
            from_id: Trade id to start from (included). When absent, the most recent trades are returned.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[RecentTrade]
        """
        from .api.market import historical_trades as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                limit=limit,
                from_id=from_id,
            ),
            options,
        )

    def klines(
        self,
        symbol: str,
        interval: KlineInterval
        | Literal["1s", "1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h", "1d", "3d", "1w", "1M"],
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        time_zone: str | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[Kline]:
        """Klines (candlesticks).

        Returns candlestick bars of a symbol for one interval; a bar is identified by its open time.
        Without `start_time` and `end_time` the latest bars are returned. With `time_zone`, bar
        boundaries follow that offset instead of UTC, while `start_time` and `end_time` stay UTC
        timestamps.

        GET /api/v3/klines · security NONE · weight 2


        Args:
            symbol: The trading pair. Required.
            interval: Length of each bar (case-sensitive; `1m` is a minute, `1M` a month). Required.
            start_time: Earliest bar open time to include, in milliseconds (UTC).
            end_time: Latest time to include, in milliseconds (UTC).
            time_zone: UTC offset used to cut the bars, as hours (`8`, `-1`) or hours and minutes (`05:45`,
                `-1:00`), between -12:00 and +14:00 inclusive. Defaults to `0` (UTC).
            limit: How many bars to return. Defaults to 500; at most 1000.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[Kline]
        """
        from .api.market import klines as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                interval=interval,
                start_time=start_time,
                end_time=end_time,
                time_zone=time_zone,
                limit=limit,
            ),
            options,
        )

    def my_allocations(
        self,
        symbol: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        from_allocation_id: int | None = None,
        limit: int | None = None,
        order_id: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[Allocation]:
        """Allocations.

        Lists the allocations the account received from orders placed through the Smart Order Router
        (SOR). Accepted combinations besides `symbol`: nothing else (oldest first), `start_time`,
        `end_time`, `start_time` + `end_time` (at most 24 hours apart), `from_allocation_id`,
        `order_id`, or `order_id` + `from_allocation_id`.

        GET /api/v3/myAllocations · security USER_DATA · weight 20


        Args:
            symbol: The symbol of the allocations. Required.
            start_time: Earliest allocation time, in milliseconds since the Unix epoch (UTC). Alone, returns the
                oldest allocations from then on.
            end_time: Latest allocation time, in milliseconds since the Unix epoch (UTC). Alone, returns the
                newest allocations up to then.
            from_allocation_id: Start from this allocation id (inclusive).
            limit: How many allocations to return. Default 500, maximum 1000.
            order_id: Only allocations that came from this order (exchange-assigned id), oldest first.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[Allocation]
        """
        from .api.account import my_allocations as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                start_time=start_time,
                end_time=end_time,
                from_allocation_id=from_allocation_id,
                limit=limit,
                order_id=order_id,
            ),
            options,
        )

    def my_filters(
        self,
        symbol: str,
        **options: Unpack[CallOptions],
    ) -> MyFilters:
        """Filters relevant to the account.

        Returns the exchange, symbol and asset filters that constrain the account's orders on one
        symbol. Asset filters such as `MAX_ASSET`, which are set per account, are only visible here.

        GET /api/v3/myFilters · security USER_DATA · weight 40


        Args:
            symbol: The symbol whose filters are returned. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MyFilters
        """
        from .api.account import my_filters as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
            ),
            options,
        )

    def my_prevented_matches(
        self,
        symbol: str,
        *,
        prevented_match_id: int | None = None,
        order_id: int | None = None,
        from_prevented_match_id: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[PreventedMatch]:
        """Prevented matches.

        Lists the account's matches that self-trade prevention stopped (and the orders it expired as a
        result). Accepted combinations: `symbol` + `prevented_match_id`; `symbol` + `order_id`,
        optionally with `from_prevented_match_id` and then `limit`.

        GET /api/v3/myPreventedMatches · security USER_DATA · weight 20


        Args:
            symbol: The symbol of the prevented matches. Required.
            prevented_match_id: Fetch the single prevented match with this id. Not combined with `order_id`.
            order_id: Fetch the prevented matches that involved this order (exchange-assigned id).
            from_prevented_match_id: With `order_id`: start from this prevented match id (inclusive).
            limit: How many prevented matches to return, with `order_id` and `from_prevented_match_id`.
                Default 500, maximum 1000.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[PreventedMatch]
        """
        from .api.account import my_prevented_matches as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                prevented_match_id=prevented_match_id,
                order_id=order_id,
                from_prevented_match_id=from_prevented_match_id,
                limit=limit,
            ),
            options,
        )

    def my_trades(
        self,
        symbol: str,
        *,
        order_id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        from_id: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[AccountTrade]:
        """Account trade list.

        Lists the account's own trades on a symbol. Without `from_id` the most recent trades come back;
        with it, trades whose id is at least `from_id`. Accepted combinations besides `symbol`: nothing
        else, `order_id`, `start_time`, `end_time`, `from_id`, `start_time` + `end_time`, or `order_id`
        + `from_id`. A time window may span at most 24 hours.

        GET /api/v3/myTrades · security USER_DATA · weight 20


        Args:
            symbol: The symbol whose trades are listed. Required.
            order_id: Only trades of this order (exchange-assigned id). May be combined with `from_id` but not
                with a time window; lowers the weight to 5.
            start_time: Earliest trade time, in milliseconds since the Unix epoch (UTC). At most 24 hours before
                `end_time`.
            end_time: Latest trade time, in milliseconds since the Unix epoch (UTC). At most 24 hours after
                `start_time`.
            from_id: Trade id to start from (inclusive). Without it the most recent trades are returned.
            limit: How many trades to return. Default 500, maximum 1000.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[AccountTrade]
        """
        from .api.account import my_trades as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                order_id=order_id,
                start_time=start_time,
                end_time=end_time,
                from_id=from_id,
                limit=limit,
            ),
            options,
        )

    def new_oco_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        quantity: DecimalLike,
        price: DecimalLike,
        stop_price: DecimalLike,
        *,
        list_client_order_id: str | None = None,
        limit_client_order_id: str | None = None,
        limit_strategy_id: int | None = None,
        limit_strategy_type: int | None = None,
        limit_iceberg_qty: DecimalLike | None = None,
        trailing_delta: int | None = None,
        stop_client_order_id: str | None = None,
        stop_strategy_id: int | None = None,
        stop_strategy_type: int | None = None,
        stop_limit_price: DecimalLike | None = None,
        stop_iceberg_qty: DecimalLike | None = None,
        stop_limit_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> OrderListResponse:
        """Place an OCO (legacy).

        Deprecated by Binance in favour of `POST /api/v3/orderList/oco` (`orderListOco`), which
        describes the pair as an above and a below order and allows more order types for them (take-
        profit legs, for instance); new code should use that endpoint.

        Places a one-cancels-the-other pair on one symbol: a `LIMIT_MAKER` leg at `price` and a stop-
        loss leg triggered at `stop_price` (a `STOP_LOSS_LIMIT` when `stop_limit_price` is given, else
        `STOP_LOSS`). For a `SELL`, the limit price must be above the last price and the stop price
        below it; for a `BUY`, the other way round. Both legs have the same quantity (iceberg quantities
        may differ). The pair counts as two orders against the `EXCHANGE_MAX_ORDERS` and
        `MAX_NUM_ORDERS` filters.

        POST /api/v3/order/oco · security TRADE · weight 1

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            symbol: Trading pair the request applies to. Required.
            list_client_order_id: Your own id for the order list, unique among your open order lists; Binance generates
                one when it is omitted. It can be reused only once the list carrying it is filled or
                fully expired, and it is separate from the client ids of the orders
                (`limit_client_order_id`, `stop_client_order_id`).
            side: Side of both legs. Required.
            quantity: Quantity of both legs. Required.
            limit_client_order_id: Your own id for the limit leg, unique among your open orders; Binance generates one when
                it is omitted.
            price: Limit price of the `LIMIT_MAKER` leg. Required.
            limit_strategy_id: Your own numeric label linking the limit leg to one of your strategies; echoed back in
                responses.
            limit_strategy_type: Your own numeric label for the kind of strategy the limit leg follows. Values below
                1000000 are reserved by Binance.
            limit_iceberg_qty: Visible part of the limit leg, making it an iceberg order.
            trailing_delta: Trailing distance in basis points (BIPS) for the stop leg; see the trailing stop FAQ.
            stop_client_order_id: Your own id for the stop leg, unique among your open orders; Binance generates one when
                it is omitted.
            stop_price: Trigger price of the stop leg. Required.
            stop_strategy_id: Your own numeric label linking the stop leg to one of your strategies; echoed back in
                responses.
            stop_strategy_type: Your own numeric label for the kind of strategy the stop leg follows. Values below
                1000000 are reserved by Binance.
            stop_limit_price: Limit price of the stop leg, which makes it a `STOP_LOSS_LIMIT`; requires
                `stop_limit_time_in_force`.
            stop_iceberg_qty: Visible part of a `STOP_LOSS_LIMIT` stop leg, making it an iceberg order.
            stop_limit_time_in_force: Time in force of a `STOP_LOSS_LIMIT` stop leg: `GTC`, `FOK` or `IOC`.
            new_order_resp_type: How much detail the response carries: `ACK`, `RESULT` or `FULL`. Applies to the
                `orderReports` of the answer.
            self_trade_prevention_mode: Self-trade prevention behaviour for this request. Only the modes the symbol allows
                (`allowedSelfTradePreventionModes` in exchange information) are accepted; when omitted,
                the symbol's `defaultSelfTradePreventionMode` applies.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            OrderListResponse
        """
        from .api.trade import new_oco_order as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                list_client_order_id=list_client_order_id,
                side=side,
                quantity=quantity,
                limit_client_order_id=limit_client_order_id,
                price=price,
                limit_strategy_id=limit_strategy_id,
                limit_strategy_type=limit_strategy_type,
                limit_iceberg_qty=limit_iceberg_qty,
                trailing_delta=trailing_delta,
                stop_client_order_id=stop_client_order_id,
                stop_price=stop_price,
                stop_strategy_id=stop_strategy_id,
                stop_strategy_type=stop_strategy_type,
                stop_limit_price=stop_limit_price,
                stop_iceberg_qty=stop_iceberg_qty,
                stop_limit_time_in_force=stop_limit_time_in_force,
                new_order_resp_type=new_order_resp_type,
                self_trade_prevention_mode=self_trade_prevention_mode,
            ),
            options,
        )

    @overload
    def new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: Literal[OrderResponseType.FULL, "FULL"],
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> NewOrderFull: ...
    @overload
    def new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: Literal[OrderResponseType.RESULT, "RESULT"],
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> NewOrderResult: ...
    @overload
    def new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: Literal[OrderResponseType.ACK, "ACK"],
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> NewOrderAck: ...
    @overload
    def new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: Literal[OrderType.MARKET, OrderType.LIMIT, "MARKET", "LIMIT"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> NewOrderFull: ...
    @overload
    def new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: Literal[
            OrderType.STOP_LOSS,
            OrderType.STOP_LOSS_LIMIT,
            OrderType.TAKE_PROFIT,
            OrderType.TAKE_PROFIT_LIMIT,
            OrderType.LIMIT_MAKER,
            "STOP_LOSS",
            "STOP_LOSS_LIMIT",
            "TAKE_PROFIT",
            "TAKE_PROFIT_LIMIT",
            "LIMIT_MAKER",
        ],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> NewOrderAck: ...
    @overload
    def new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> NewOrderAck | NewOrderFull | NewOrderResult: ...
    @former_keywords({"type_": "type"})
    def new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> NewOrderAck | NewOrderFull | NewOrderResult:
        """Place an order.

        Sends a new order for one symbol to the matching engine. Which parameters are needed depends on
        `type` (see that parameter). Stop-loss and take-profit orders trigger on `stop_price`, on a
        trailing distance (`trailing_delta`), or both. Limit-priced types may be pegged to the book with
        `peg_price_type`, and `LIMIT`-style orders can be made icebergs with `iceberg_qty`. The order
        counts as one against the `EXCHANGE_MAX_ORDERS` and `MAX_NUM_ORDERS` filters.

        POST /api/v3/order · security TRADE · weight 1


        Args:
            symbol: Trading pair the request applies to. Required.
            side: Whether to buy or sell the base asset. Required.
            type: Order type; it decides which other parameters become mandatory: `LIMIT` needs
                `time_in_force`, `quantity` and `price`; `MARKET` needs `quantity` or `quote_order_qty`;
                `STOP_LOSS` and `TAKE_PROFIT` need `quantity` plus `stop_price` and/or `trailing_delta`
                (they become market orders when triggered); `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT`
                need `time_in_force`, `quantity`, `price` plus `stop_price` and/or `trailing_delta`;
                `LIMIT_MAKER` (post-only: rejected if it would trade immediately as taker) needs
                `quantity` and `price`. Required.
            time_in_force: How long the order stays active. Mandatory for `LIMIT`, `STOP_LOSS_LIMIT` and
                `TAKE_PROFIT_LIMIT`; must be `GTC` for iceberg orders.
            quantity: Amount of base asset to buy or sell.
            quote_order_qty: `MARKET` orders only: amount of quote asset to spend (`BUY`) or to obtain (`SELL`)
                instead of a base quantity. The engine derives the base quantity from the available
                liquidity while respecting `LOT_SIZE`, so the traded notional comes as close as it can
                to this amount.
            price: Limit price. Mandatory for `LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT` and
                `TAKE_PROFIT_LIMIT` unless the order is pegged with `peg_price_type`.
            new_client_order_id: Your own id for the order, unique among your open orders; Binance generates one when it
                is omitted. An id in use can only be reused once the order carrying it has filled;
                otherwise the new order is rejected.
            strategy_id: Your own numeric label linking the order to one of your strategies; echoed back in
                responses.
            strategy_type: Your own numeric label for the kind of strategy the order follows. Values below 1000000
                are reserved by Binance.
            stop_price: Trigger price for `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT` and `TAKE_PROFIT_LIMIT`
                orders; can be combined with `trailing_delta`. A `STOP_LOSS` `BUY` or `TAKE_PROFIT`
                `SELL` trigger must lie above the market price, a `STOP_LOSS` `SELL` or `TAKE_PROFIT`
                `BUY` trigger below it.
            trailing_delta: Turns a stop-loss or take-profit order into a trailing stop: the distance, in basis
                points (BIPS), the market must move back from its best price before the order triggers.
                Can be combined with `stop_price`; see the trailing stop FAQ.
            iceberg_qty: Visible part of an iceberg order; allowed for `LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`
                and `TAKE_PROFIT_LIMIT` orders and requires `timeInForce=GTC`.
            new_order_resp_type: How much detail the response carries: `ACK`, `RESULT` or `FULL`. When omitted, `MARKET`
                and `LIMIT` orders answer with `FULL` and every other type with `ACK`.
            self_trade_prevention_mode: Self-trade prevention behaviour for this request. Only the modes the symbol allows
                (`allowedSelfTradePreventionModes` in exchange information) are accepted; when omitted,
                the symbol's `defaultSelfTradePreventionMode` applies.
            peg_price_type: Makes the order a pegged order whose price follows the book: `PRIMARY_PEG` tracks the
                best price on the order's own side, `MARKET_PEG` the best price of the other side. Only
                for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT`);
                the price parameter becomes optional when this is set.
            peg_offset_value: How many price levels away from the best price the order is pegged to (at most 100).
                Must be sent together with `peg_offset_type`.
            peg_offset_type: Unit of `peg_offset_value`; `PRICE_LEVEL` is the only value Binance supports. Must be
                sent together with `peg_offset_value`.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            NewOrderAck | NewOrderFull | NewOrderResult
        """
        from .api.trade import new_order as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                side=side,
                type=type,
                time_in_force=time_in_force,
                quantity=quantity,
                quote_order_qty=quote_order_qty,
                price=price,
                new_client_order_id=new_client_order_id,
                strategy_id=strategy_id,
                strategy_type=strategy_type,
                stop_price=stop_price,
                trailing_delta=trailing_delta,
                iceberg_qty=iceberg_qty,
                new_order_resp_type=new_order_resp_type,
                self_trade_prevention_mode=self_trade_prevention_mode,
                peg_price_type=peg_price_type,
                peg_offset_value=peg_offset_value,
                peg_offset_type=peg_offset_type,
            ),
            options,
        )

    @overload
    def new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: Literal[OrderResponseType.FULL, "FULL"],
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> SorOrderFull: ...
    @overload
    def new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: Literal[OrderResponseType.RESULT, "RESULT"],
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> SorOrderResult: ...
    @overload
    def new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: Literal[OrderResponseType.ACK, "ACK"],
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> NewOrderAck: ...
    @overload
    def new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> SorOrderFull: ...
    @overload
    def new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> NewOrderAck | SorOrderFull | SorOrderResult: ...
    @former_keywords({"type_": "type"})
    def new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> NewOrderAck | SorOrderFull | SorOrderResult:
        """Place an order using smart order routing.

        Places a `LIMIT` or `MARKET` order that smart order routing (SOR) may fill from every order book
        of the symbol's SOR configuration (same base asset, quote assets pegged one to one), not only
        from the symbol's own book. Fills taken from other books arrive as allocations (`allocId`,
        `tradeId` -1) and are always settled in the order's own quote asset. The configurations are
        listed under `sors` in exchange information. The order counts as one against the
        `EXCHANGE_MAX_ORDERS` and `MAX_NUM_ORDERS` filters.

        POST /api/v3/sor/order · security TRADE · weight 1


        Args:
            symbol: Trading pair the request applies to. Required.
            side: Whether to buy or sell the base asset. Required.
            type: Order type: only `LIMIT` and `MARKET` are supported with SOR. Required.
            time_in_force: How long the order stays active; needed for `LIMIT`.
            quantity: Amount of base asset to buy or sell (a quote quantity is not supported). Required.
            price: Limit price; needed for `LIMIT`.
            new_client_order_id: Your own id for the order, unique among your open orders; Binance generates one when it
                is omitted. An id in use can only be reused once the order carrying it has filled;
                otherwise the new order is rejected.
            strategy_id: Your own numeric label linking the order to one of your strategies; echoed back in
                responses.
            strategy_type: Your own numeric label for the kind of strategy the order follows. Values below 1000000
                are reserved by Binance.
            iceberg_qty: Visible part of a `LIMIT` order, making it an iceberg order.
            new_order_resp_type: How much detail the response carries: `ACK`, `RESULT` or `FULL`. Defaults to `FULL`.
            self_trade_prevention_mode: Self-trade prevention behaviour for this request. Only the modes the symbol allows
                (`allowedSelfTradePreventionModes` in exchange information) are accepted; when omitted,
                the symbol's `defaultSelfTradePreventionMode` applies.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            NewOrderAck | SorOrderFull | SorOrderResult
        """
        from .api.trade import new_sor_order as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                side=side,
                type=type,
                time_in_force=time_in_force,
                quantity=quantity,
                price=price,
                new_client_order_id=new_client_order_id,
                strategy_id=strategy_id,
                strategy_type=strategy_type,
                iceberg_qty=iceberg_qty,
                new_order_resp_type=new_order_resp_type,
                self_trade_prevention_mode=self_trade_prevention_mode,
            ),
            options,
        )

    def open_order_lists(
        self,
        **options: Unpack[CallOptions],
    ) -> list[OrderList]:
        """Open order lists.

        Lists the account's order lists that are still executing.

        GET /api/v3/openOrderList · security USER_DATA · weight 6


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[OrderList]
        """
        from .api.account import open_order_lists as _operation

        return self.call(_operation.ENDPOINT, _operation._arguments(), options)

    def open_orders(
        self,
        *,
        symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[Order]:
        """Current open orders.

        Lists the account's orders that are still open, on one symbol or, when `symbol` is left out, on
        every symbol. Leaving the symbol out is much more expensive in request weight.

        GET /api/v3/openOrders · security USER_DATA · weight 80


        Args:
            symbol: Restricts the list to this symbol. Without it, open orders of all symbols are returned
                (weight 80 instead of 6).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[Order]
        """
        from .api.account import open_orders as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
            ),
            options,
        )

    def order_amend_keep_priority(
        self,
        symbol: str,
        new_qty: DecimalLike,
        *,
        order_id: int | None = None,
        orig_client_order_id: str | None = None,
        new_client_order_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> OrderAmendResult:
        """Reduce an order's quantity, keeping its priority.

        Lowers the quantity of an open order in place, so that it keeps its place in the queue at its
        price level (unlike cancel-replace, which creates a new order at the back of the queue). The
        order is found by `order_id` and/or `orig_client_order_id`. Orders inside order lists can be
        amended too; both orders of an OCO pair always share one quantity. Only symbols with
        `amendAllowed` accept it. It does not count against the `EXCHANGE_MAX_ORDERS` and
        `MAX_NUM_ORDERS` filters.

        PUT /api/v3/order/amend/keepPriority · security TRADE · weight 4


        Args:
            symbol: Trading pair the request applies to. Required.
            order_id: Exchange id of the order to amend. Send it or `orig_client_order_id`.
            orig_client_order_id: Client order id of the order to amend. Send it or `order_id`.
            new_client_order_id: Client order id the order carries after the amendment; a random one is generated when
                omitted. Sending the current client order id keeps it.
            new_qty: The order's new quantity; must be above zero and below the order's current quantity. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            OrderAmendResult
        """
        from .api.trade import order_amend_keep_priority as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                order_id=order_id,
                orig_client_order_id=orig_client_order_id,
                new_client_order_id=new_client_order_id,
                new_qty=new_qty,
            ),
            options,
        )

    def order_amendments(
        self,
        symbol: str,
        order_id: int,
        *,
        from_execution_id: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[OrderAmendment]:
        """Order amendments.

        Lists every amendment (quantity reduction keeping queue priority) made to one order of the
        account, oldest first.

        GET /api/v3/order/amendments · security USER_DATA · weight 4


        Args:
            symbol: The symbol the order was placed on. Required.
            order_id: The exchange-assigned id of the order. Required.
            from_execution_id: Start from this execution id (inclusive).
            limit: How many amendments to return. Default 500, maximum 1000.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[OrderAmendment]
        """
        from .api.account import order_amendments as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                order_id=order_id,
                from_execution_id=from_execution_id,
                limit=limit,
            ),
            options,
        )

    def order_list_oco(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        quantity: DecimalLike,
        above_type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        below_type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        list_client_order_id: str | None = None,
        above_client_order_id: str | None = None,
        above_iceberg_qty: DecimalLike | None = None,
        above_price: DecimalLike | None = None,
        above_stop_price: DecimalLike | None = None,
        above_trailing_delta: int | None = None,
        above_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        above_strategy_id: int | None = None,
        above_strategy_type: int | None = None,
        above_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        above_peg_offset_value: int | None = None,
        above_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        below_client_order_id: str | None = None,
        below_iceberg_qty: DecimalLike | None = None,
        below_price: DecimalLike | None = None,
        below_stop_price: DecimalLike | None = None,
        below_trailing_delta: int | None = None,
        below_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        below_strategy_id: int | None = None,
        below_strategy_type: int | None = None,
        below_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        below_peg_offset_value: int | None = None,
        below_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> OrderListResponse:
        """Place an OCO order list.

        Places a one-cancels-the-other pair: an above order and a below order on the same side and
        quantity, where one order being activated expires the other. One leg must be `LIMIT_MAKER`,
        `TAKE_PROFIT` or `TAKE_PROFIT_LIMIT`, the other `STOP_LOSS` or `STOP_LOSS_LIMIT`. For a `SELL`
        pair, the limit price (or take-profit trigger) must be above the last traded price and the stop-
        loss trigger below it; for a `BUY` pair, the reverse. The pair counts as two orders against the
        `EXCHANGE_MAX_ORDERS` and `MAX_NUM_ORDERS` filters.

        POST /api/v3/orderList/oco · security TRADE · weight 1


        Args:
            symbol: Trading pair the request applies to. Required.
            list_client_order_id: Your own id for the order list, unique among your open order lists; Binance generates
                one when it is omitted. It can be reused only once the list carrying it is filled or
                fully expired, and it is separate from the client ids of the orders
                (`above_client_order_id`, `below_client_order_id`).
            side: Side of both orders. Required.
            quantity: Quantity of both orders. Required.
            above_type: Type of the above order: `STOP_LOSS_LIMIT`, `STOP_LOSS`, `LIMIT_MAKER`, `TAKE_PROFIT` or
                `TAKE_PROFIT_LIMIT`. Required.
            above_client_order_id: Your own id for the above order, unique among your open orders; Binance generates one
                when it is omitted.
            above_iceberg_qty: Visible part of the above order, making it an iceberg order; only with
                `aboveTimeInForce=GTC`. (Binance's table types it LONG; it is a quantity, so it travels
                as a decimal string here.)
            above_price: Limit price of the above order, for `STOP_LOSS_LIMIT`, `LIMIT_MAKER` and
                `TAKE_PROFIT_LIMIT`.
            above_stop_price: Trigger price of the above order, for `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT` and
                `TAKE_PROFIT_LIMIT`; those types need this and/or `above_trailing_delta`.
            above_trailing_delta: Trailing distance in basis points (BIPS) for the above order; see the trailing stop FAQ.
            above_time_in_force: Time in force of the above order; mandatory when `above_type` is `STOP_LOSS_LIMIT` or
                `TAKE_PROFIT_LIMIT`.
            above_strategy_id: Your own numeric label linking the above order to one of your strategies; echoed back in
                responses.
            above_strategy_type: Your own numeric label for the kind of strategy the above order follows. Values below
                1000000 are reserved by Binance.
            above_peg_price_type: Makes the above order a pegged order whose price follows the book: `PRIMARY_PEG` tracks
                the best price on the order's own side, `MARKET_PEG` the best price of the other side.
                Only for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`,
                `TAKE_PROFIT_LIMIT`); the price parameter becomes optional when this is set.
            above_peg_offset_value: How many price levels away from the best price the above order is pegged to (at most
                100). Must be sent together with `above_peg_offset_type`.
            above_peg_offset_type: Unit of `above_peg_offset_value`; `PRICE_LEVEL` is the only value Binance supports. Must
                be sent together with `above_peg_offset_value`.
            below_type: Type of the below order: `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT` or
                `TAKE_PROFIT_LIMIT`. Required.
            below_client_order_id: Your own id for the below order, unique among your open orders; Binance generates one
                when it is omitted.
            below_iceberg_qty: Visible part of the below order, making it an iceberg order; only with
                `belowTimeInForce=GTC`. (Binance's table types it LONG; it is a quantity, so it travels
                as a decimal string here.)
            below_price: Limit price of the below order, for `STOP_LOSS_LIMIT`, `LIMIT_MAKER` and
                `TAKE_PROFIT_LIMIT`.
            below_stop_price: Trigger price of the below order, for `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT` and
                `TAKE_PROFIT_LIMIT`; this and/or `below_trailing_delta` must be sent.
            below_trailing_delta: Trailing distance in basis points (BIPS) for the below order; see the trailing stop FAQ.
            below_time_in_force: Time in force of the below order; mandatory when `below_type` is `STOP_LOSS_LIMIT` or
                `TAKE_PROFIT_LIMIT`.
            below_strategy_id: Your own numeric label linking the below order to one of your strategies; echoed back in
                responses.
            below_strategy_type: Your own numeric label for the kind of strategy the below order follows. Values below
                1000000 are reserved by Binance.
            below_peg_price_type: Makes the below order a pegged order whose price follows the book: `PRIMARY_PEG` tracks
                the best price on the order's own side, `MARKET_PEG` the best price of the other side.
                Only for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`,
                `TAKE_PROFIT_LIMIT`); the price parameter becomes optional when this is set.
            below_peg_offset_value: How many price levels away from the best price the below order is pegged to (at most
                100). Must be sent together with `below_peg_offset_type`.
            below_peg_offset_type: Unit of `below_peg_offset_value`; `PRICE_LEVEL` is the only value Binance supports. Must
                be sent together with `below_peg_offset_value`.
            new_order_resp_type: How much detail the response carries: `ACK`, `RESULT` or `FULL`. Applies to the
                `orderReports` of the answer.
            self_trade_prevention_mode: Self-trade prevention behaviour for this request. Only the modes the symbol allows
                (`allowedSelfTradePreventionModes` in exchange information) are accepted; when omitted,
                the symbol's `defaultSelfTradePreventionMode` applies.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            OrderListResponse
        """
        from .api.trade import order_list_oco as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                list_client_order_id=list_client_order_id,
                side=side,
                quantity=quantity,
                above_type=above_type,
                above_client_order_id=above_client_order_id,
                above_iceberg_qty=above_iceberg_qty,
                above_price=above_price,
                above_stop_price=above_stop_price,
                above_trailing_delta=above_trailing_delta,
                above_time_in_force=above_time_in_force,
                above_strategy_id=above_strategy_id,
                above_strategy_type=above_strategy_type,
                above_peg_price_type=above_peg_price_type,
                above_peg_offset_value=above_peg_offset_value,
                above_peg_offset_type=above_peg_offset_type,
                below_type=below_type,
                below_client_order_id=below_client_order_id,
                below_iceberg_qty=below_iceberg_qty,
                below_price=below_price,
                below_stop_price=below_stop_price,
                below_trailing_delta=below_trailing_delta,
                below_time_in_force=below_time_in_force,
                below_strategy_id=below_strategy_id,
                below_strategy_type=below_strategy_type,
                below_peg_price_type=below_peg_price_type,
                below_peg_offset_value=below_peg_offset_value,
                below_peg_offset_type=below_peg_offset_type,
                new_order_resp_type=new_order_resp_type,
                self_trade_prevention_mode=self_trade_prevention_mode,
            ),
            options,
        )

    def order_list_opo(
        self,
        symbol: str,
        working_type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        working_side: OrderSide | Literal["BUY", "SELL"],
        working_price: DecimalLike,
        working_quantity: DecimalLike,
        pending_type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        pending_side: OrderSide | Literal["BUY", "SELL"],
        *,
        list_client_order_id: str | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        working_client_order_id: str | None = None,
        working_iceberg_qty: DecimalLike | None = None,
        working_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        working_strategy_id: int | None = None,
        working_strategy_type: int | None = None,
        working_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        working_peg_offset_value: int | None = None,
        working_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        pending_client_order_id: str | None = None,
        pending_price: DecimalLike | None = None,
        pending_stop_price: DecimalLike | None = None,
        pending_trailing_delta: DecimalLike | None = None,
        pending_iceberg_qty: DecimalLike | None = None,
        pending_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        pending_strategy_id: int | None = None,
        pending_strategy_type: int | None = None,
        pending_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        pending_peg_offset_value: int | None = None,
        pending_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> OrderListResponse:
        """Place an OPO order list.

        Places a one-pays-the-other list: a variant of OTO in which the working order buys and the
        pending order sells, and the pending order has no quantity of its own. Once the working order is
        completely filled, the quantity it received becomes the pending order's quantity. The list
        counts as two orders against the `EXCHANGE_MAX_NUM_ORDERS` and `MAX_NUM_ORDERS` filters.

        POST /api/v3/orderList/opo · security TRADE · weight 1


        Args:
            symbol: Trading pair the request applies to. Required.
            list_client_order_id: Your own id for the order list, unique among your open order lists; Binance generates
                one when it is omitted. It can be reused only once the list carrying it is filled or
                fully expired, and it is separate from the client ids of the orders
                (`working_client_order_id`, `pending_client_order_id`).
            new_order_resp_type: How much detail the response carries: `ACK`, `RESULT` or `FULL`. Applies to the
                `orderReports` of the answer.
            self_trade_prevention_mode: Self-trade prevention behaviour for this request. Only the modes the symbol allows
                (`allowedSelfTradePreventionModes` in exchange information) are accepted; when omitted,
                the symbol's `defaultSelfTradePreventionMode` applies.
            working_type: Type of the working order: `LIMIT` or `LIMIT_MAKER` only. `LIMIT` also needs
                `working_time_in_force`. Required.
            working_side: Side of the working order. Must be `BUY` for an OPO. Required.
            working_client_order_id: Your own id for the working order, unique among your open orders; Binance generates one
                when it is omitted.
            working_price: Limit price of the working order. Required.
            working_quantity: Quantity of the working order. Required.
            working_iceberg_qty: Visible part of the working order, making it an iceberg order; needs
                `workingTimeInForce=GTC` unless `working_type` is `LIMIT_MAKER`.
            working_time_in_force: Time in force of the working order; mandatory when `working_type` is `LIMIT`.
            working_strategy_id: Your own numeric label linking the working order to one of your strategies; echoed back
                in responses.
            working_strategy_type: Your own numeric label for the kind of strategy the working order follows. Values below
                1000000 are reserved by Binance.
            working_peg_price_type: Makes the working order a pegged order whose price follows the book: `PRIMARY_PEG`
                tracks the best price on the order's own side, `MARKET_PEG` the best price of the other
                side. Only for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`,
                `TAKE_PROFIT_LIMIT`); the price parameter becomes optional when this is set.
            working_peg_offset_value: How many price levels away from the best price the working order is pegged to (at most
                100). Must be sent together with `working_peg_offset_type`.
            working_peg_offset_type: Unit of `working_peg_offset_value`; `PRICE_LEVEL` is the only value Binance supports.
                Must be sent together with `working_peg_offset_value`.
            pending_type: Type of the pending order; any type is accepted except a `MARKET` order sized with a
                quote quantity. `LIMIT` needs `pending_price` and `pending_time_in_force`; `STOP_LOSS`
                and `TAKE_PROFIT` need `pending_stop_price` and/or `pending_trailing_delta`;
                `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT` need `pending_price`, `pending_time_in_force`
                and `pending_stop_price` and/or `pending_trailing_delta`. Required.
            pending_side: Side of the pending order. Must be `SELL` for an OPO. Required.
            pending_client_order_id: Your own id for the pending order, unique among your open orders; Binance generates one
                when it is omitted.
            pending_price: Limit price of the pending order, for its limit-priced types.
            pending_stop_price: Trigger price of the pending order, for stop-loss and take-profit types.
            pending_trailing_delta: Trailing distance in basis points (BIPS) for a stop-loss or take-profit pending order;
                see the trailing stop FAQ.
            pending_iceberg_qty: Visible part of the pending order, making it an iceberg order; needs
                `pendingTimeInForce=GTC` unless `pending_type` is `LIMIT_MAKER`.
            pending_time_in_force: Time in force of the pending order.
            pending_strategy_id: Your own numeric label linking the pending order to one of your strategies; echoed back
                in responses.
            pending_strategy_type: Your own numeric label for the kind of strategy the pending order follows. Values below
                1000000 are reserved by Binance.
            pending_peg_price_type: Makes the pending order a pegged order whose price follows the book: `PRIMARY_PEG`
                tracks the best price on the order's own side, `MARKET_PEG` the best price of the other
                side. Only for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`,
                `TAKE_PROFIT_LIMIT`); the price parameter becomes optional when this is set.
            pending_peg_offset_value: How many price levels away from the best price the pending order is pegged to (at most
                100). Must be sent together with `pending_peg_offset_type`.
            pending_peg_offset_type: Unit of `pending_peg_offset_value`; `PRICE_LEVEL` is the only value Binance supports.
                Must be sent together with `pending_peg_offset_value`.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            OrderListResponse
        """
        from .api.trade import order_list_opo as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                list_client_order_id=list_client_order_id,
                new_order_resp_type=new_order_resp_type,
                self_trade_prevention_mode=self_trade_prevention_mode,
                working_type=working_type,
                working_side=working_side,
                working_client_order_id=working_client_order_id,
                working_price=working_price,
                working_quantity=working_quantity,
                working_iceberg_qty=working_iceberg_qty,
                working_time_in_force=working_time_in_force,
                working_strategy_id=working_strategy_id,
                working_strategy_type=working_strategy_type,
                working_peg_price_type=working_peg_price_type,
                working_peg_offset_value=working_peg_offset_value,
                working_peg_offset_type=working_peg_offset_type,
                pending_type=pending_type,
                pending_side=pending_side,
                pending_client_order_id=pending_client_order_id,
                pending_price=pending_price,
                pending_stop_price=pending_stop_price,
                pending_trailing_delta=pending_trailing_delta,
                pending_iceberg_qty=pending_iceberg_qty,
                pending_time_in_force=pending_time_in_force,
                pending_strategy_id=pending_strategy_id,
                pending_strategy_type=pending_strategy_type,
                pending_peg_price_type=pending_peg_price_type,
                pending_peg_offset_value=pending_peg_offset_value,
                pending_peg_offset_type=pending_peg_offset_type,
            ),
            options,
        )

    def order_list_opoco(
        self,
        symbol: str,
        working_type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        working_side: OrderSide | Literal["BUY", "SELL"],
        working_price: DecimalLike,
        working_quantity: DecimalLike,
        pending_side: OrderSide | Literal["BUY", "SELL"],
        pending_above_type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        list_client_order_id: str | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        working_client_order_id: str | None = None,
        working_iceberg_qty: DecimalLike | None = None,
        working_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        working_strategy_id: int | None = None,
        working_strategy_type: int | None = None,
        working_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        working_peg_offset_value: int | None = None,
        working_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        pending_above_client_order_id: str | None = None,
        pending_above_price: DecimalLike | None = None,
        pending_above_stop_price: DecimalLike | None = None,
        pending_above_trailing_delta: DecimalLike | None = None,
        pending_above_iceberg_qty: DecimalLike | None = None,
        pending_above_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        pending_above_strategy_id: int | None = None,
        pending_above_strategy_type: int | None = None,
        pending_above_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        pending_above_peg_offset_value: int | None = None,
        pending_above_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        pending_below_type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"]
        | None = None,
        pending_below_client_order_id: str | None = None,
        pending_below_price: DecimalLike | None = None,
        pending_below_stop_price: DecimalLike | None = None,
        pending_below_trailing_delta: DecimalLike | None = None,
        pending_below_iceberg_qty: DecimalLike | None = None,
        pending_below_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        pending_below_strategy_id: int | None = None,
        pending_below_strategy_type: int | None = None,
        pending_below_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        pending_below_peg_offset_value: int | None = None,
        pending_below_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> OrderListResponse:
        """Place an OPOCO order list.

        Places a one-pays-the-other list with an OCO pair as pending orders: a variant of OTOCO in which
        the working order buys, the pending above/below pair sells, and the pair has no quantity of its
        own. Once the working order is completely filled, the quantity it received becomes the quantity
        of the pending pair.

        POST /api/v3/orderList/opoco · security TRADE · weight 1


        Args:
            symbol: Trading pair the request applies to. Required.
            list_client_order_id: Your own id for the order list, unique among your open order lists; Binance generates
                one when it is omitted. It can be reused only once the list carrying it is filled or
                fully expired, and it is separate from the client ids of the orders
                (`working_client_order_id`, `pending_above_client_order_id`,
                `pending_below_client_order_id`).
            new_order_resp_type: How much detail the response carries: `ACK`, `RESULT` or `FULL`. Applies to the
                `orderReports` of the answer.
            self_trade_prevention_mode: Self-trade prevention behaviour for this request. Only the modes the symbol allows
                (`allowedSelfTradePreventionModes` in exchange information) are accepted; when omitted,
                the symbol's `defaultSelfTradePreventionMode` applies.
            working_type: Type of the working order: `LIMIT` or `LIMIT_MAKER` only. `LIMIT` also needs
                `working_time_in_force`. Required.
            working_side: Side of the working order. Must be `BUY` for an OPO. Required.
            working_client_order_id: Your own id for the working order, unique among your open orders; Binance generates one
                when it is omitted.
            working_price: Limit price of the working order. Required.
            working_quantity: Quantity of the working order. Required.
            working_iceberg_qty: Visible part of the working order, making it an iceberg order; needs
                `workingTimeInForce=GTC` unless `working_type` is `LIMIT_MAKER`.
            working_time_in_force: Time in force of the working order; mandatory when `working_type` is `LIMIT`.
            working_strategy_id: Your own numeric label linking the working order to one of your strategies; echoed back
                in responses.
            working_strategy_type: Your own numeric label for the kind of strategy the working order follows. Values below
                1000000 are reserved by Binance.
            working_peg_price_type: Makes the working order a pegged order whose price follows the book: `PRIMARY_PEG`
                tracks the best price on the order's own side, `MARKET_PEG` the best price of the other
                side. Only for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`,
                `TAKE_PROFIT_LIMIT`); the price parameter becomes optional when this is set.
            working_peg_offset_value: How many price levels away from the best price the working order is pegged to (at most
                100). Must be sent together with `working_peg_offset_type`.
            working_peg_offset_type: Unit of `working_peg_offset_value`; `PRICE_LEVEL` is the only value Binance supports.
                Must be sent together with `working_peg_offset_value`.
            pending_side: Side of both pending orders. Must be `SELL` for an OPOCO. Required.
            pending_above_type: Type of the pending above order: `STOP_LOSS_LIMIT`, `STOP_LOSS`, `LIMIT_MAKER`,
                `TAKE_PROFIT` or `TAKE_PROFIT_LIMIT`. `LIMIT_MAKER` needs `pending_above_price`;
                `STOP_LOSS`/`TAKE_PROFIT` need `pending_above_stop_price` and/or
                `pending_above_trailing_delta`; the `_LIMIT` variants need `pending_above_price`,
                `pending_above_time_in_force` and `pending_above_stop_price` and/or
                `pending_above_trailing_delta`. Required.
            pending_above_client_order_id: Your own id for the pending above order, unique among your open orders; Binance
                generates one when it is omitted.
            pending_above_price: Limit price of the pending above order, for `STOP_LOSS_LIMIT`, `LIMIT_MAKER` and
                `TAKE_PROFIT_LIMIT`.
            pending_above_stop_price: Trigger price of the pending above order, for `STOP_LOSS`, `STOP_LOSS_LIMIT`,
                `TAKE_PROFIT` and `TAKE_PROFIT_LIMIT`.
            pending_above_trailing_delta: Trailing distance in basis points (BIPS) for the pending above order; see the trailing
                stop FAQ.
            pending_above_iceberg_qty: Visible part of the pending above order, making it an iceberg order; needs
                `pendingAboveTimeInForce=GTC` unless `pending_above_type` is `LIMIT_MAKER`.
            pending_above_time_in_force: Time in force of the pending above order.
            pending_above_strategy_id: Your own numeric label linking the pending above order to one of your strategies; echoed
                back in responses.
            pending_above_strategy_type: Your own numeric label for the kind of strategy the pending above order follows. Values
                below 1000000 are reserved by Binance.
            pending_above_peg_price_type: Makes the pending above order a pegged order whose price follows the book: `PRIMARY_PEG`
                tracks the best price on the order's own side, `MARKET_PEG` the best price of the other
                side. Only for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`,
                `TAKE_PROFIT_LIMIT`); the price parameter becomes optional when this is set.
            pending_above_peg_offset_value: How many price levels away from the best price the pending above order is pegged to (at
                most 100). Must be sent together with `pending_above_peg_offset_type`.
            pending_above_peg_offset_type: Unit of `pending_above_peg_offset_value`; `PRICE_LEVEL` is the only value Binance
                supports. Must be sent together with `pending_above_peg_offset_value`.
            pending_below_type: Type of the pending below order: `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT` or
                `TAKE_PROFIT_LIMIT`. `STOP_LOSS`/`TAKE_PROFIT` need `pending_below_stop_price` and/or
                `pending_below_trailing_delta`; the `_LIMIT` variants need `pending_below_price`,
                `pending_below_time_in_force` and `pending_below_stop_price` and/or
                `pending_below_trailing_delta`.
            pending_below_client_order_id: Your own id for the pending below order, unique among your open orders; Binance
                generates one when it is omitted.
            pending_below_price: Limit price of the pending below order, for `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT`.
            pending_below_stop_price: Trigger price of the pending below order, for `STOP_LOSS`, `STOP_LOSS_LIMIT`,
                `TAKE_PROFIT` and `TAKE_PROFIT_LIMIT`; this and/or `pending_below_trailing_delta` is
                needed for those types.
            pending_below_trailing_delta: Trailing distance in basis points (BIPS) for the pending below order; see the trailing
                stop FAQ.
            pending_below_iceberg_qty: Visible part of the pending below order, making it an iceberg order; needs
                `pendingBelowTimeInForce=GTC` unless `pending_below_type` is `LIMIT_MAKER`.
            pending_below_time_in_force: Time in force of the pending below order.
            pending_below_strategy_id: Your own numeric label linking the pending below order to one of your strategies; echoed
                back in responses.
            pending_below_strategy_type: Your own numeric label for the kind of strategy the pending below order follows. Values
                below 1000000 are reserved by Binance.
            pending_below_peg_price_type: Makes the pending below order a pegged order whose price follows the book: `PRIMARY_PEG`
                tracks the best price on the order's own side, `MARKET_PEG` the best price of the other
                side. Only for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`,
                `TAKE_PROFIT_LIMIT`); the price parameter becomes optional when this is set.
            pending_below_peg_offset_value: How many price levels away from the best price the pending below order is pegged to (at
                most 100). Must be sent together with `pending_below_peg_offset_type`.
            pending_below_peg_offset_type: Unit of `pending_below_peg_offset_value`; `PRICE_LEVEL` is the only value Binance
                supports. Must be sent together with `pending_below_peg_offset_value`.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            OrderListResponse
        """
        from .api.trade import order_list_opoco as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                list_client_order_id=list_client_order_id,
                new_order_resp_type=new_order_resp_type,
                self_trade_prevention_mode=self_trade_prevention_mode,
                working_type=working_type,
                working_side=working_side,
                working_client_order_id=working_client_order_id,
                working_price=working_price,
                working_quantity=working_quantity,
                working_iceberg_qty=working_iceberg_qty,
                working_time_in_force=working_time_in_force,
                working_strategy_id=working_strategy_id,
                working_strategy_type=working_strategy_type,
                working_peg_price_type=working_peg_price_type,
                working_peg_offset_value=working_peg_offset_value,
                working_peg_offset_type=working_peg_offset_type,
                pending_side=pending_side,
                pending_above_type=pending_above_type,
                pending_above_client_order_id=pending_above_client_order_id,
                pending_above_price=pending_above_price,
                pending_above_stop_price=pending_above_stop_price,
                pending_above_trailing_delta=pending_above_trailing_delta,
                pending_above_iceberg_qty=pending_above_iceberg_qty,
                pending_above_time_in_force=pending_above_time_in_force,
                pending_above_strategy_id=pending_above_strategy_id,
                pending_above_strategy_type=pending_above_strategy_type,
                pending_above_peg_price_type=pending_above_peg_price_type,
                pending_above_peg_offset_value=pending_above_peg_offset_value,
                pending_above_peg_offset_type=pending_above_peg_offset_type,
                pending_below_type=pending_below_type,
                pending_below_client_order_id=pending_below_client_order_id,
                pending_below_price=pending_below_price,
                pending_below_stop_price=pending_below_stop_price,
                pending_below_trailing_delta=pending_below_trailing_delta,
                pending_below_iceberg_qty=pending_below_iceberg_qty,
                pending_below_time_in_force=pending_below_time_in_force,
                pending_below_strategy_id=pending_below_strategy_id,
                pending_below_strategy_type=pending_below_strategy_type,
                pending_below_peg_price_type=pending_below_peg_price_type,
                pending_below_peg_offset_value=pending_below_peg_offset_value,
                pending_below_peg_offset_type=pending_below_peg_offset_type,
            ),
            options,
        )

    def order_list_oto(
        self,
        symbol: str,
        working_type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        working_side: OrderSide | Literal["BUY", "SELL"],
        working_price: DecimalLike,
        working_quantity: DecimalLike,
        pending_type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        pending_side: OrderSide | Literal["BUY", "SELL"],
        pending_quantity: DecimalLike,
        *,
        list_client_order_id: str | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        working_client_order_id: str | None = None,
        working_iceberg_qty: DecimalLike | None = None,
        working_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        working_strategy_id: int | None = None,
        working_strategy_type: int | None = None,
        working_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        working_peg_offset_value: int | None = None,
        working_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        pending_client_order_id: str | None = None,
        pending_price: DecimalLike | None = None,
        pending_stop_price: DecimalLike | None = None,
        pending_trailing_delta: DecimalLike | None = None,
        pending_iceberg_qty: DecimalLike | None = None,
        pending_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        pending_strategy_id: int | None = None,
        pending_strategy_type: int | None = None,
        pending_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        pending_peg_offset_value: int | None = None,
        pending_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> OrderListResponse:
        """Place an OTO order list.

        Places a one-triggers-the-other list of two orders. Only the working order (`LIMIT` or
        `LIMIT_MAKER`) goes on the book at first; the pending order joins the book once the working
        order is completely filled. Cancelling either order cancels or expires the other. If the working
        order fills at once, the answer still shows the pending order as `PENDING_NEW`; query it to see
        its current state. The list counts as two orders against the `EXCHANGE_MAX_NUM_ORDERS` and
        `MAX_NUM_ORDERS` filters.

        POST /api/v3/orderList/oto · security TRADE · weight 1


        Args:
            symbol: Trading pair the request applies to. Required.
            list_client_order_id: Your own id for the order list, unique among your open order lists; Binance generates
                one when it is omitted. It can be reused only once the list carrying it is filled or
                fully expired, and it is separate from the client ids of the orders
                (`working_client_order_id`, `pending_client_order_id`).
            new_order_resp_type: How much detail the response carries: `ACK`, `RESULT` or `FULL`. Applies to the
                `orderReports` of the answer.
            self_trade_prevention_mode: Self-trade prevention behaviour for this request. Only the modes the symbol allows
                (`allowedSelfTradePreventionModes` in exchange information) are accepted; when omitted,
                the symbol's `defaultSelfTradePreventionMode` applies.
            working_type: Type of the working order: `LIMIT` or `LIMIT_MAKER` only. `LIMIT` also needs
                `working_time_in_force`. Required.
            working_side: Side of the working order. Required.
            working_client_order_id: Your own id for the working order, unique among your open orders; Binance generates one
                when it is omitted.
            working_price: Limit price of the working order. Required.
            working_quantity: Quantity of the working order. Required.
            working_iceberg_qty: Visible part of the working order, making it an iceberg order; needs
                `workingTimeInForce=GTC` unless `working_type` is `LIMIT_MAKER`.
            working_time_in_force: Time in force of the working order; mandatory when `working_type` is `LIMIT`.
            working_strategy_id: Your own numeric label linking the working order to one of your strategies; echoed back
                in responses.
            working_strategy_type: Your own numeric label for the kind of strategy the working order follows. Values below
                1000000 are reserved by Binance.
            working_peg_price_type: Makes the working order a pegged order whose price follows the book: `PRIMARY_PEG`
                tracks the best price on the order's own side, `MARKET_PEG` the best price of the other
                side. Only for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`,
                `TAKE_PROFIT_LIMIT`); the price parameter becomes optional when this is set.
            working_peg_offset_value: How many price levels away from the best price the working order is pegged to (at most
                100). Must be sent together with `working_peg_offset_type`.
            working_peg_offset_type: Unit of `working_peg_offset_value`; `PRICE_LEVEL` is the only value Binance supports.
                Must be sent together with `working_peg_offset_value`.
            pending_type: Type of the pending order; any type is accepted except a `MARKET` order sized with a
                quote quantity. `LIMIT` needs `pending_price` and `pending_time_in_force`; `STOP_LOSS`
                and `TAKE_PROFIT` need `pending_stop_price` and/or `pending_trailing_delta`;
                `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT` need `pending_price`, `pending_time_in_force`
                and `pending_stop_price` and/or `pending_trailing_delta`. Required.
            pending_side: Side of the pending order. Required.
            pending_client_order_id: Your own id for the pending order, unique among your open orders; Binance generates one
                when it is omitted.
            pending_price: Limit price of the pending order, for its limit-priced types.
            pending_stop_price: Trigger price of the pending order, for stop-loss and take-profit types.
            pending_trailing_delta: Trailing distance in basis points (BIPS) for a stop-loss or take-profit pending order;
                see the trailing stop FAQ.
            pending_quantity: Quantity of the pending order. Required.
            pending_iceberg_qty: Visible part of the pending order, making it an iceberg order; needs
                `pendingTimeInForce=GTC` unless `pending_type` is `LIMIT_MAKER`.
            pending_time_in_force: Time in force of the pending order.
            pending_strategy_id: Your own numeric label linking the pending order to one of your strategies; echoed back
                in responses.
            pending_strategy_type: Your own numeric label for the kind of strategy the pending order follows. Values below
                1000000 are reserved by Binance.
            pending_peg_price_type: Makes the pending order a pegged order whose price follows the book: `PRIMARY_PEG`
                tracks the best price on the order's own side, `MARKET_PEG` the best price of the other
                side. Only for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`,
                `TAKE_PROFIT_LIMIT`); the price parameter becomes optional when this is set.
            pending_peg_offset_value: How many price levels away from the best price the pending order is pegged to (at most
                100). Must be sent together with `pending_peg_offset_type`.
            pending_peg_offset_type: Unit of `pending_peg_offset_value`; `PRICE_LEVEL` is the only value Binance supports.
                Must be sent together with `pending_peg_offset_value`.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            OrderListResponse
        """
        from .api.trade import order_list_oto as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                list_client_order_id=list_client_order_id,
                new_order_resp_type=new_order_resp_type,
                self_trade_prevention_mode=self_trade_prevention_mode,
                working_type=working_type,
                working_side=working_side,
                working_client_order_id=working_client_order_id,
                working_price=working_price,
                working_quantity=working_quantity,
                working_iceberg_qty=working_iceberg_qty,
                working_time_in_force=working_time_in_force,
                working_strategy_id=working_strategy_id,
                working_strategy_type=working_strategy_type,
                working_peg_price_type=working_peg_price_type,
                working_peg_offset_value=working_peg_offset_value,
                working_peg_offset_type=working_peg_offset_type,
                pending_type=pending_type,
                pending_side=pending_side,
                pending_client_order_id=pending_client_order_id,
                pending_price=pending_price,
                pending_stop_price=pending_stop_price,
                pending_trailing_delta=pending_trailing_delta,
                pending_quantity=pending_quantity,
                pending_iceberg_qty=pending_iceberg_qty,
                pending_time_in_force=pending_time_in_force,
                pending_strategy_id=pending_strategy_id,
                pending_strategy_type=pending_strategy_type,
                pending_peg_price_type=pending_peg_price_type,
                pending_peg_offset_value=pending_peg_offset_value,
                pending_peg_offset_type=pending_peg_offset_type,
            ),
            options,
        )

    def order_list_otoco(
        self,
        symbol: str,
        working_type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        working_side: OrderSide | Literal["BUY", "SELL"],
        working_price: DecimalLike,
        working_quantity: DecimalLike,
        pending_side: OrderSide | Literal["BUY", "SELL"],
        pending_quantity: DecimalLike,
        pending_above_type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        list_client_order_id: str | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        working_client_order_id: str | None = None,
        working_iceberg_qty: DecimalLike | None = None,
        working_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        working_strategy_id: int | None = None,
        working_strategy_type: int | None = None,
        working_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        working_peg_offset_value: int | None = None,
        working_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        pending_above_client_order_id: str | None = None,
        pending_above_price: DecimalLike | None = None,
        pending_above_stop_price: DecimalLike | None = None,
        pending_above_trailing_delta: DecimalLike | None = None,
        pending_above_iceberg_qty: DecimalLike | None = None,
        pending_above_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        pending_above_strategy_id: int | None = None,
        pending_above_strategy_type: int | None = None,
        pending_above_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        pending_above_peg_offset_value: int | None = None,
        pending_above_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        pending_below_type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"]
        | None = None,
        pending_below_client_order_id: str | None = None,
        pending_below_price: DecimalLike | None = None,
        pending_below_stop_price: DecimalLike | None = None,
        pending_below_trailing_delta: DecimalLike | None = None,
        pending_below_iceberg_qty: DecimalLike | None = None,
        pending_below_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        pending_below_strategy_id: int | None = None,
        pending_below_strategy_type: int | None = None,
        pending_below_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        pending_below_peg_offset_value: int | None = None,
        pending_below_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> OrderListResponse:
        """Place an OTOCO order list.

        Places a one-triggers-one-cancels-the-other list of three orders: a working order (`LIMIT` or
        `LIMIT_MAKER`) that behaves as in an OTO, and two pending orders (above and below) forming an
        OCO pair under the same rules as `POST /api/v3/orderList/oco`. The pending pair joins the book
        once the working order is completely filled. The list counts as three orders against the
        `EXCHANGE_MAX_NUM_ORDERS` and `MAX_NUM_ORDERS` filters.

        POST /api/v3/orderList/otoco · security TRADE · weight 1


        Args:
            symbol: Trading pair the request applies to. Required.
            list_client_order_id: Your own id for the order list, unique among your open order lists; Binance generates
                one when it is omitted. It can be reused only once the list carrying it is filled or
                fully expired, and it is separate from the client ids of the orders
                (`working_client_order_id`, `pending_above_client_order_id`,
                `pending_below_client_order_id`).
            new_order_resp_type: How much detail the response carries: `ACK`, `RESULT` or `FULL`. Applies to the
                `orderReports` of the answer.
            self_trade_prevention_mode: Self-trade prevention behaviour for this request. Only the modes the symbol allows
                (`allowedSelfTradePreventionModes` in exchange information) are accepted; when omitted,
                the symbol's `defaultSelfTradePreventionMode` applies.
            working_type: Type of the working order: `LIMIT` or `LIMIT_MAKER` only. `LIMIT` also needs
                `working_time_in_force`. Required.
            working_side: Side of the working order. Required.
            working_client_order_id: Your own id for the working order, unique among your open orders; Binance generates one
                when it is omitted.
            working_price: Limit price of the working order. Required.
            working_quantity: Quantity of the working order. Required.
            working_iceberg_qty: Visible part of the working order, making it an iceberg order; needs
                `workingTimeInForce=GTC` unless `working_type` is `LIMIT_MAKER`.
            working_time_in_force: Time in force of the working order; mandatory when `working_type` is `LIMIT`.
            working_strategy_id: Your own numeric label linking the working order to one of your strategies; echoed back
                in responses.
            working_strategy_type: Your own numeric label for the kind of strategy the working order follows. Values below
                1000000 are reserved by Binance.
            working_peg_price_type: Makes the working order a pegged order whose price follows the book: `PRIMARY_PEG`
                tracks the best price on the order's own side, `MARKET_PEG` the best price of the other
                side. Only for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`,
                `TAKE_PROFIT_LIMIT`); the price parameter becomes optional when this is set.
            working_peg_offset_value: How many price levels away from the best price the working order is pegged to (at most
                100). Must be sent together with `working_peg_offset_type`.
            working_peg_offset_type: Unit of `working_peg_offset_value`; `PRICE_LEVEL` is the only value Binance supports.
                Must be sent together with `working_peg_offset_value`.
            pending_side: Side of both pending orders. Required.
            pending_quantity: Quantity of both pending orders. Required.
            pending_above_type: Type of the pending above order: `STOP_LOSS_LIMIT`, `STOP_LOSS`, `LIMIT_MAKER`,
                `TAKE_PROFIT` or `TAKE_PROFIT_LIMIT`. `LIMIT_MAKER` needs `pending_above_price`;
                `STOP_LOSS`/`TAKE_PROFIT` need `pending_above_stop_price` and/or
                `pending_above_trailing_delta`; the `_LIMIT` variants need `pending_above_price`,
                `pending_above_time_in_force` and `pending_above_stop_price` and/or
                `pending_above_trailing_delta`. Required.
            pending_above_client_order_id: Your own id for the pending above order, unique among your open orders; Binance
                generates one when it is omitted.
            pending_above_price: Limit price of the pending above order, for `STOP_LOSS_LIMIT`, `LIMIT_MAKER` and
                `TAKE_PROFIT_LIMIT`.
            pending_above_stop_price: Trigger price of the pending above order, for `STOP_LOSS`, `STOP_LOSS_LIMIT`,
                `TAKE_PROFIT` and `TAKE_PROFIT_LIMIT`.
            pending_above_trailing_delta: Trailing distance in basis points (BIPS) for the pending above order; see the trailing
                stop FAQ.
            pending_above_iceberg_qty: Visible part of the pending above order, making it an iceberg order; needs
                `pendingAboveTimeInForce=GTC` unless `pending_above_type` is `LIMIT_MAKER`.
            pending_above_time_in_force: Time in force of the pending above order.
            pending_above_strategy_id: Your own numeric label linking the pending above order to one of your strategies; echoed
                back in responses.
            pending_above_strategy_type: Your own numeric label for the kind of strategy the pending above order follows. Values
                below 1000000 are reserved by Binance.
            pending_above_peg_price_type: Makes the pending above order a pegged order whose price follows the book: `PRIMARY_PEG`
                tracks the best price on the order's own side, `MARKET_PEG` the best price of the other
                side. Only for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`,
                `TAKE_PROFIT_LIMIT`); the price parameter becomes optional when this is set.
            pending_above_peg_offset_value: How many price levels away from the best price the pending above order is pegged to (at
                most 100). Must be sent together with `pending_above_peg_offset_type`.
            pending_above_peg_offset_type: Unit of `pending_above_peg_offset_value`; `PRICE_LEVEL` is the only value Binance
                supports. Must be sent together with `pending_above_peg_offset_value`.
            pending_below_type: Type of the pending below order: `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT` or
                `TAKE_PROFIT_LIMIT`. `STOP_LOSS`/`TAKE_PROFIT` need `pending_below_stop_price` and/or
                `pending_below_trailing_delta`; the `_LIMIT` variants need `pending_below_price`,
                `pending_below_time_in_force` and `pending_below_stop_price` and/or
                `pending_below_trailing_delta`.
            pending_below_client_order_id: Your own id for the pending below order, unique among your open orders; Binance
                generates one when it is omitted.
            pending_below_price: Limit price of the pending below order, for `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT`.
            pending_below_stop_price: Trigger price of the pending below order, for `STOP_LOSS`, `STOP_LOSS_LIMIT`,
                `TAKE_PROFIT` and `TAKE_PROFIT_LIMIT`; this and/or `pending_below_trailing_delta` is
                needed for those types.
            pending_below_trailing_delta: Trailing distance in basis points (BIPS) for the pending below order; see the trailing
                stop FAQ.
            pending_below_iceberg_qty: Visible part of the pending below order, making it an iceberg order; needs
                `pendingBelowTimeInForce=GTC` unless `pending_below_type` is `LIMIT_MAKER`.
            pending_below_time_in_force: Time in force of the pending below order.
            pending_below_strategy_id: Your own numeric label linking the pending below order to one of your strategies; echoed
                back in responses.
            pending_below_strategy_type: Your own numeric label for the kind of strategy the pending below order follows. Values
                below 1000000 are reserved by Binance.
            pending_below_peg_price_type: Makes the pending below order a pegged order whose price follows the book: `PRIMARY_PEG`
                tracks the best price on the order's own side, `MARKET_PEG` the best price of the other
                side. Only for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`,
                `TAKE_PROFIT_LIMIT`); the price parameter becomes optional when this is set.
            pending_below_peg_offset_value: How many price levels away from the best price the pending below order is pegged to (at
                most 100). Must be sent together with `pending_below_peg_offset_type`.
            pending_below_peg_offset_type: Unit of `pending_below_peg_offset_value`; `PRICE_LEVEL` is the only value Binance
                supports. Must be sent together with `pending_below_peg_offset_value`.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            OrderListResponse
        """
        from .api.trade import order_list_otoco as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                list_client_order_id=list_client_order_id,
                new_order_resp_type=new_order_resp_type,
                self_trade_prevention_mode=self_trade_prevention_mode,
                working_type=working_type,
                working_side=working_side,
                working_client_order_id=working_client_order_id,
                working_price=working_price,
                working_quantity=working_quantity,
                working_iceberg_qty=working_iceberg_qty,
                working_time_in_force=working_time_in_force,
                working_strategy_id=working_strategy_id,
                working_strategy_type=working_strategy_type,
                working_peg_price_type=working_peg_price_type,
                working_peg_offset_value=working_peg_offset_value,
                working_peg_offset_type=working_peg_offset_type,
                pending_side=pending_side,
                pending_quantity=pending_quantity,
                pending_above_type=pending_above_type,
                pending_above_client_order_id=pending_above_client_order_id,
                pending_above_price=pending_above_price,
                pending_above_stop_price=pending_above_stop_price,
                pending_above_trailing_delta=pending_above_trailing_delta,
                pending_above_iceberg_qty=pending_above_iceberg_qty,
                pending_above_time_in_force=pending_above_time_in_force,
                pending_above_strategy_id=pending_above_strategy_id,
                pending_above_strategy_type=pending_above_strategy_type,
                pending_above_peg_price_type=pending_above_peg_price_type,
                pending_above_peg_offset_value=pending_above_peg_offset_value,
                pending_above_peg_offset_type=pending_above_peg_offset_type,
                pending_below_type=pending_below_type,
                pending_below_client_order_id=pending_below_client_order_id,
                pending_below_price=pending_below_price,
                pending_below_stop_price=pending_below_stop_price,
                pending_below_trailing_delta=pending_below_trailing_delta,
                pending_below_iceberg_qty=pending_below_iceberg_qty,
                pending_below_time_in_force=pending_below_time_in_force,
                pending_below_strategy_id=pending_below_strategy_id,
                pending_below_strategy_type=pending_below_strategy_type,
                pending_below_peg_price_type=pending_below_peg_price_type,
                pending_below_peg_offset_value=pending_below_peg_offset_value,
                pending_below_peg_offset_type=pending_below_peg_offset_type,
            ),
            options,
        )

    def ping(
        self,
        **options: Unpack[CallOptions],
    ) -> PingResponse:
        """Test connectivity.

        Checks that the REST API can be reached. Takes no parameters and answers with an empty JSON
        object.

        GET /api/v3/ping · security NONE · weight 1


        Args:
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PingResponse
        """
        from .api.general import ping as _operation

        return self.call(_operation.ENDPOINT, _operation._arguments(), options)

    def query_order(
        self,
        symbol: str,
        *,
        order_id: int | None = None,
        orig_client_order_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Order:
        """Query order.

        Looks up one order of the account on a symbol, by its exchange id (`order_id`) or by the client
        id it was given (`orig_client_order_id`), and returns its current state. When both ids are sent,
        the order is found by `order_id` and the request fails unless its client id equals
        `orig_client_order_id`. For some old orders `cummulativeQuoteQty` is negative, which means the
        value is not available.

        GET /api/v3/order · security USER_DATA · weight 4


        Args:
            symbol: The symbol the order was placed on. Required.
            order_id: The exchange-assigned id of the order. Send this or `orig_client_order_id` (or both).
            orig_client_order_id: The client order id of the order. Send this or `order_id` (or both).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            Order
        """
        from .api.account import query_order as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                order_id=order_id,
                orig_client_order_id=orig_client_order_id,
            ),
            options,
        )

    def query_order_list(
        self,
        *,
        order_list_id: int | None = None,
        orig_client_order_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> OrderList:
        """Query order list.

        Looks up one order list (OCO, OTO, …) of the account, by its exchange id (`order_list_id`) or by
        its client list id (`orig_client_order_id`), and returns its status and the orders it is made
        of.

        GET /api/v3/orderList · security USER_DATA · weight 4


        Args:
            order_list_id: The exchange-assigned id of the order list. Send this or `orig_client_order_id`.
            orig_client_order_id: The `listClientOrderId` of the order list. Send this or `order_list_id`.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            OrderList
        """
        from .api.account import query_order_list as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_list_id=order_list_id,
                orig_client_order_id=orig_client_order_id,
            ),
            options,
        )

    def reference_price(
        self,
        symbol: str,
        **options: Unpack[CallOptions],
    ) -> ReferencePrice:
        """Reference price.

        Returns a symbol's current reference price (used by price-range execution rules and price
        filters). `referencePrice` is null when none is set at the moment; a symbol that has never had
        one answers with error -2043.

        GET /api/v3/referencePrice · security NONE · weight 2


        Args:
            symbol: The trading pair. Required.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            ReferencePrice
        """
        from .api.market import reference_price as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
            ),
            options,
        )

    def reference_price_calculation(
        self,
        symbol: str,
        *,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> ReferencePriceCalculation:
        """Reference price calculation.

        Explains how a symbol's reference price is produced: either by the matching engine as an
        arithmetic mean over time buckets, or by an external calculation. A symbol without a reference
        price answers with error -2043.

        GET /api/v3/referencePrice/calculation · security NONE · weight 2


        Args:
            symbol: The trading pair. Required.
            symbol_status: Answer only if the symbol is in this trading status. Binance accepts `TRADING`, `HALT`
                and `BREAK` here.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            ReferencePriceCalculation
        """
        from .api.market import reference_price_calculation as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                symbol_status=symbol_status,
            ),
            options,
        )

    @overload
    def test_new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        compute_commission_rates: Literal[True],
        **options: Unpack[CallOptions],
    ) -> TestOrderCommission: ...
    @overload
    def test_new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        compute_commission_rates: Literal[False],
        **options: Unpack[CallOptions],
    ) -> TestOrderEmpty: ...
    @overload
    def test_new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        compute_commission_rates: None = None,
        **options: Unpack[CallOptions],
    ) -> TestOrderEmpty: ...
    @overload
    def test_new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        compute_commission_rates: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> TestOrderCommission | TestOrderEmpty: ...
    @former_keywords({"type_": "type"})
    def test_new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        compute_commission_rates: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> TestOrderCommission | TestOrderEmpty:
        """Test an order.

        Runs the same checks as placing an order (parameters, filters, signature, `recvWindow`) without
        sending the order to the matching engine. Accepts every parameter of `POST /api/v3/order` plus
        `compute_commission_rates`, which makes the answer report the commission rates the order would
        pay.

        POST /api/v3/order/test · security TRADE · weight 1


        Args:
            symbol: Trading pair the request applies to. Required.
            side: Whether to buy or sell the base asset. Required.
            type: Order type; it decides which other parameters become mandatory: `LIMIT` needs
                `time_in_force`, `quantity` and `price`; `MARKET` needs `quantity` or `quote_order_qty`;
                `STOP_LOSS` and `TAKE_PROFIT` need `quantity` plus `stop_price` and/or `trailing_delta`
                (they become market orders when triggered); `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT`
                need `time_in_force`, `quantity`, `price` plus `stop_price` and/or `trailing_delta`;
                `LIMIT_MAKER` (post-only: rejected if it would trade immediately as taker) needs
                `quantity` and `price`. Required.
            time_in_force: How long the order stays active. Mandatory for `LIMIT`, `STOP_LOSS_LIMIT` and
                `TAKE_PROFIT_LIMIT`; must be `GTC` for iceberg orders.
            quantity: Amount of base asset to buy or sell.
            quote_order_qty: `MARKET` orders only: amount of quote asset to spend (`BUY`) or to obtain (`SELL`)
                instead of a base quantity. The engine derives the base quantity from the available
                liquidity while respecting `LOT_SIZE`, so the traded notional comes as close as it can
                to this amount.
            price: Limit price. Mandatory for `LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT` and
                `TAKE_PROFIT_LIMIT` unless the order is pegged with `peg_price_type`.
            new_client_order_id: Your own id for the order, unique among your open orders; Binance generates one when it
                is omitted. An id in use can only be reused once the order carrying it has filled;
                otherwise the new order is rejected.
            strategy_id: Your own numeric label linking the order to one of your strategies; echoed back in
                responses.
            strategy_type: Your own numeric label for the kind of strategy the order follows. Values below 1000000
                are reserved by Binance.
            stop_price: Trigger price for `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT` and `TAKE_PROFIT_LIMIT`
                orders; can be combined with `trailing_delta`. A `STOP_LOSS` `BUY` or `TAKE_PROFIT`
                `SELL` trigger must lie above the market price, a `STOP_LOSS` `SELL` or `TAKE_PROFIT`
                `BUY` trigger below it.
            trailing_delta: Turns a stop-loss or take-profit order into a trailing stop: the distance, in basis
                points (BIPS), the market must move back from its best price before the order triggers.
                Can be combined with `stop_price`; see the trailing stop FAQ.
            iceberg_qty: Visible part of an iceberg order; allowed for `LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`
                and `TAKE_PROFIT_LIMIT` orders and requires `timeInForce=GTC`.
            new_order_resp_type: How much detail the response carries: `ACK`, `RESULT` or `FULL`. When omitted, `MARKET`
                and `LIMIT` orders answer with `FULL` and every other type with `ACK`.
            self_trade_prevention_mode: Self-trade prevention behaviour for this request. Only the modes the symbol allows
                (`allowedSelfTradePreventionModes` in exchange information) are accepted; when omitted,
                the symbol's `defaultSelfTradePreventionMode` applies.
            peg_price_type: Makes the order a pegged order whose price follows the book: `PRIMARY_PEG` tracks the
                best price on the order's own side, `MARKET_PEG` the best price of the other side. Only
                for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT`);
                the price parameter becomes optional when this is set.
            peg_offset_value: How many price levels away from the best price the order is pegged to (at most 100).
                Must be sent together with `peg_offset_type`.
            peg_offset_type: Unit of `peg_offset_value`; `PRICE_LEVEL` is the only value Binance supports. Must be
                sent together with `peg_offset_value`.
            compute_commission_rates: When true, the answer lists the commission rates the order's trades would pay instead of
                being empty.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            TestOrderCommission | TestOrderEmpty
        """
        from .api.trade import test_new_order as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                side=side,
                type=type,
                time_in_force=time_in_force,
                quantity=quantity,
                quote_order_qty=quote_order_qty,
                price=price,
                new_client_order_id=new_client_order_id,
                strategy_id=strategy_id,
                strategy_type=strategy_type,
                stop_price=stop_price,
                trailing_delta=trailing_delta,
                iceberg_qty=iceberg_qty,
                new_order_resp_type=new_order_resp_type,
                self_trade_prevention_mode=self_trade_prevention_mode,
                peg_price_type=peg_price_type,
                peg_offset_value=peg_offset_value,
                peg_offset_type=peg_offset_type,
                compute_commission_rates=compute_commission_rates,
            ),
            options,
        )

    @overload
    def test_new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        compute_commission_rates: Literal[True],
        **options: Unpack[CallOptions],
    ) -> TestOrderCommission: ...
    @overload
    def test_new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        compute_commission_rates: Literal[False],
        **options: Unpack[CallOptions],
    ) -> TestOrderEmpty: ...
    @overload
    def test_new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        compute_commission_rates: None = None,
        **options: Unpack[CallOptions],
    ) -> TestOrderEmpty: ...
    @overload
    def test_new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        compute_commission_rates: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> TestOrderCommission | TestOrderEmpty: ...
    @former_keywords({"type_": "type"})
    def test_new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        compute_commission_rates: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> TestOrderCommission | TestOrderEmpty:
        """Test an order using smart order routing.

        Runs the checks of `POST /api/v3/sor/order` (parameters, filters, signature, `recvWindow`)
        without sending the order to the matching engine. With `computeCommissionRates=true` the answer
        reports the commission rates the order would pay.

        POST /api/v3/sor/order/test · security TRADE · weight 1


        Args:
            symbol: Trading pair the request applies to. Required.
            side: Whether to buy or sell the base asset. Required.
            type: Order type: only `LIMIT` and `MARKET` are supported with SOR. Required.
            time_in_force: How long the order stays active; needed for `LIMIT`.
            quantity: Amount of base asset to buy or sell (a quote quantity is not supported). Required.
            price: Limit price; needed for `LIMIT`.
            new_client_order_id: Your own id for the order, unique among your open orders; Binance generates one when it
                is omitted. An id in use can only be reused once the order carrying it has filled;
                otherwise the new order is rejected.
            strategy_id: Your own numeric label linking the order to one of your strategies; echoed back in
                responses.
            strategy_type: Your own numeric label for the kind of strategy the order follows. Values below 1000000
                are reserved by Binance.
            iceberg_qty: Visible part of a `LIMIT` order, making it an iceberg order.
            new_order_resp_type: How much detail the response carries: `ACK`, `RESULT` or `FULL`. Defaults to `FULL`.
            self_trade_prevention_mode: Self-trade prevention behaviour for this request. Only the modes the symbol allows
                (`allowedSelfTradePreventionModes` in exchange information) are accepted; when omitted,
                the symbol's `defaultSelfTradePreventionMode` applies.
            compute_commission_rates: When true, the answer lists the commission rates the order's trades would pay instead of
                being empty.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            TestOrderCommission | TestOrderEmpty
        """
        from .api.trade import test_new_sor_order as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                side=side,
                type=type,
                time_in_force=time_in_force,
                quantity=quantity,
                price=price,
                new_client_order_id=new_client_order_id,
                strategy_id=strategy_id,
                strategy_type=strategy_type,
                iceberg_qty=iceberg_qty,
                new_order_resp_type=new_order_resp_type,
                self_trade_prevention_mode=self_trade_prevention_mode,
                compute_commission_rates=compute_commission_rates,
            ),
            options,
        )

    @overload
    def ticker(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        window_size: WindowLike | None = None,
        type: Literal[TickerType.FULL, "FULL"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> TickerRollingWindowFull: ...
    @overload
    def ticker(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        window_size: WindowLike | None = None,
        type: Literal[TickerType.FULL, "FULL"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[TickerRollingWindowFull]: ...
    @overload
    def ticker(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        window_size: WindowLike | None = None,
        type: Literal[TickerType.MINI, "MINI"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> TickerRollingWindowMini: ...
    @overload
    def ticker(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        window_size: WindowLike | None = None,
        type: Literal[TickerType.MINI, "MINI"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[TickerRollingWindowMini]: ...
    @overload
    def ticker(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        window_size: WindowLike | None = None,
        type: None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> TickerRollingWindowFull: ...
    @overload
    def ticker(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        window_size: WindowLike | None = None,
        type: None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[TickerRollingWindowFull]: ...
    @overload
    def ticker(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        window_size: WindowLike | None = None,
        type: TickerType | Literal["FULL", "MINI"] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> (
        list[TickerRollingWindowFull]
        | list[TickerRollingWindowMini]
        | TickerRollingWindowFull
        | TickerRollingWindowMini
    ): ...
    @former_keywords({"type_": "type"})
    def ticker(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        window_size: WindowLike | None = None,
        type: TickerType | Literal["FULL", "MINI"] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> (
        list[TickerRollingWindowFull]
        | list[TickerRollingWindowMini]
        | TickerRollingWindowFull
        | TickerRollingWindowMini
    ):
        """Rolling window ticker.

        Price change statistics over a trailing window of chosen length (unlike `ticker24hr`, whose
        window is fixed). The window starts on a whole minute and ends at the time of the request, so it
        can be up to 59 999 ms longer than `window_size`. Exactly one of `symbol` (answer: one object)
        and `symbols` (answer: a list, at most 100 symbols) must be sent. `type=MINI` drops the price
        change fields.

        GET /api/v3/ticker · security NONE · weight 4


        Args:
            symbol: One trading pair; the answer is then a single object. Send this or `symbols`.
            symbols: Up to 100 trading pairs, sent as a JSON list; the answer is then a list. Send this or
                `symbol`.
            window_size: Length of the window: a number followed by one unit, `1m`-`59m` (minutes), `1h`-`23h`
                (hours) or `1d`-`7d` (days); units cannot be mixed. Defaults to `1d`.
            type: Response detail, `FULL` (the default) or `MINI`.
            symbol_status: Only consider symbols in this trading status. For a single `symbol` a mismatch fails
                with error -1220; with `symbols` the others are left out of the list. Binance accepts
                `TRADING`, `HALT` and `BREAK` here.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[TickerRollingWindowFull] | list[TickerRollingWindowMini] | TickerRollingWindowFull | TickerRollingWindowMini
        """
        from .api.market import ticker as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                symbols=symbols,
                window_size=window_size,
                type=type,
                symbol_status=symbol_status,
            ),
            options,
        )

    @overload
    def ticker24hr(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        type: Literal[TickerType.FULL, "FULL"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Ticker24HrFull: ...
    @overload
    def ticker24hr(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        type: Literal[TickerType.FULL, "FULL"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[Ticker24HrFull]: ...
    @overload
    def ticker24hr(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        type: Literal[TickerType.MINI, "MINI"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Ticker24HrMini: ...
    @overload
    def ticker24hr(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        type: Literal[TickerType.MINI, "MINI"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[Ticker24HrMini]: ...
    @overload
    def ticker24hr(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        type: None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Ticker24HrFull: ...
    @overload
    def ticker24hr(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        type: None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[Ticker24HrFull]: ...
    @overload
    def ticker24hr(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        type: TickerType | Literal["FULL", "MINI"] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[Ticker24HrFull] | list[Ticker24HrMini] | Ticker24HrFull | Ticker24HrMini: ...
    @former_keywords({"type_": "type"})
    def ticker24hr(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        type: TickerType | Literal["FULL", "MINI"] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[Ticker24HrFull] | list[Ticker24HrMini] | Ticker24HrFull | Ticker24HrMini:
        """24-hour ticker statistics.

        Price change statistics over the last 24 hours (rolling). With `symbol` the answer is one
        object; with `symbols`, or with neither (every symbol, which is expensive), it is a list.
        `type=MINI` drops the price change, previous close, last quantity and best bid/ask fields.

        GET /api/v3/ticker/24hr · security NONE · weight 2


        Args:
            symbol: One trading pair; the answer is then a single object. Cannot be combined with `symbols`.
                Leave both out to get every symbol in a list.
            symbols: Several trading pairs, sent as a JSON list; the answer is then a list. Cannot be
                combined with `symbol`.
            type: Response detail, `FULL` (the default) or `MINI`.
            symbol_status: Only consider symbols in this trading status. For a single `symbol` a mismatch fails
                with error -1220; for several or all symbols the others are left out of the list.
                Binance accepts `TRADING`, `HALT` and `BREAK` here.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[Ticker24HrFull] | list[Ticker24HrMini] | Ticker24HrFull | Ticker24HrMini
        """
        from .api.market import ticker24hr as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                symbols=symbols,
                type=type,
                symbol_status=symbol_status,
            ),
            options,
        )

    @overload
    def ticker_book_ticker(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> BookTicker: ...
    @overload
    def ticker_book_ticker(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[BookTicker]: ...
    @overload
    def ticker_book_ticker(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> BookTicker | list[BookTicker]: ...

    def ticker_book_ticker(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> BookTicker | list[BookTicker]:
        """Best bid and ask.

        Returns the top of the order book (best bid and best ask with their quantities). With `symbol`
        the answer is one object; with `symbols`, or with neither (every symbol), it is a list.

        GET /api/v3/ticker/bookTicker · security NONE · weight 2


        Args:
            symbol: One trading pair; the answer is then a single object. Cannot be combined with `symbols`.
                Leave both out to get every symbol in a list.
            symbols: Several trading pairs, sent as a JSON list; the answer is then a list. Cannot be
                combined with `symbol`.
            symbol_status: Only consider symbols in this trading status. For a single `symbol` a mismatch fails
                with error -1220; for several or all symbols the others are left out of the list.
                Binance accepts `TRADING`, `HALT` and `BREAK` here.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            BookTicker | list[BookTicker]
        """
        from .api.market import ticker_book_ticker as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                symbols=symbols,
                symbol_status=symbol_status,
            ),
            options,
        )

    @overload
    def ticker_price(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> TickerPrice: ...
    @overload
    def ticker_price(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[TickerPrice]: ...
    @overload
    def ticker_price(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[TickerPrice] | TickerPrice: ...

    def ticker_price(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[TickerPrice] | TickerPrice:
        """Latest price.

        Returns the last traded price. With `symbol` the answer is one object; with `symbols`, or with
        neither (every symbol), it is a list.

        GET /api/v3/ticker/price · security NONE · weight 2


        Args:
            symbol: One trading pair; the answer is then a single object. Cannot be combined with `symbols`.
                Leave both out to get every symbol in a list.
            symbols: Several trading pairs, sent as a JSON list; the answer is then a list. Cannot be
                combined with `symbol`.
            symbol_status: Only consider symbols in this trading status. For a single `symbol` a mismatch fails
                with error -1220; for several or all symbols the others are left out of the list.
                Binance accepts `TRADING`, `HALT` and `BREAK` here.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[TickerPrice] | TickerPrice
        """
        from .api.market import ticker_price as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                symbols=symbols,
                symbol_status=symbol_status,
            ),
            options,
        )

    @overload
    def ticker_trading_day(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        time_zone: str | None = None,
        type: Literal[TickerType.FULL, "FULL"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> TickerTradingDayFull: ...
    @overload
    def ticker_trading_day(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        time_zone: str | None = None,
        type: Literal[TickerType.FULL, "FULL"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[TickerTradingDayFull]: ...
    @overload
    def ticker_trading_day(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        time_zone: str | None = None,
        type: Literal[TickerType.MINI, "MINI"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> TickerTradingDayMini: ...
    @overload
    def ticker_trading_day(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        time_zone: str | None = None,
        type: Literal[TickerType.MINI, "MINI"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[TickerTradingDayMini]: ...
    @overload
    def ticker_trading_day(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        time_zone: str | None = None,
        type: None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> TickerTradingDayFull: ...
    @overload
    def ticker_trading_day(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        time_zone: str | None = None,
        type: None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[TickerTradingDayFull]: ...
    @overload
    def ticker_trading_day(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        time_zone: str | None = None,
        type: TickerType | Literal["FULL", "MINI"] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[TickerTradingDayFull] | list[TickerTradingDayMini] | TickerTradingDayFull | TickerTradingDayMini: ...
    @former_keywords({"type_": "type"})
    def ticker_trading_day(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        time_zone: str | None = None,
        type: TickerType | Literal["FULL", "MINI"] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[TickerTradingDayFull] | list[TickerTradingDayMini] | TickerTradingDayFull | TickerTradingDayMini:
        """Trading day ticker.

        Price change statistics for the current trading day (a calendar day in the chosen UTC offset).
        Exactly one of `symbol` (answer: one object) and `symbols` (answer: a list, at most 100 symbols)
        must be sent. `type=MINI` drops the price change fields.

        GET /api/v3/ticker/tradingDay · security NONE · weight 4


        Args:
            symbol: One trading pair; the answer is then a single object. Send this or `symbols`.
            symbols: Up to 100 trading pairs, sent as a JSON list; the answer is then a list. Send this or
                `symbol`.
            time_zone: UTC offset that decides where the trading day starts, as hours (`8`, `-1`) or hours and
                minutes (`05:45`, `-1:00`). Defaults to `0` (UTC).
            type: Response detail, `FULL` (the default) or `MINI`.
            symbol_status: Only consider symbols in this trading status. For a single `symbol` a mismatch fails
                with error -1220; with `symbols` the others are left out of the list. Binance accepts
                `TRADING`, `HALT` and `BREAK` here.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[TickerTradingDayFull] | list[TickerTradingDayMini] | TickerTradingDayFull | TickerTradingDayMini
        """
        from .api.market import ticker_trading_day as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                symbols=symbols,
                time_zone=time_zone,
                type=type,
                symbol_status=symbol_status,
            ),
            options,
        )

    def time(
        self,
        **options: Unpack[CallOptions],
    ) -> ServerTime:
        """Server time.

        Returns the exchange's current clock, useful for checking connectivity and for keeping the
        `timestamp` of signed requests close to the server's time.

        GET /api/v3/time · security NONE · weight 1


        Args:
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            ServerTime
        """
        from .api.general import time as _operation

        return self.call(_operation.ENDPOINT, _operation._arguments(), options)

    def trades(
        self,
        symbol: str,
        *,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[RecentTrade]:
        """Recent trades.

        Returns the latest trades of a symbol, oldest first.

        GET /api/v3/trades · security NONE · weight 25


        Args:
            symbol: The trading pair. Required.
            limit: How many trades to return. Defaults to 500; at most 1000.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[RecentTrade]
        """
        from .api.market import trades as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                limit=limit,
            ),
            options,
        )

    def ui_klines(
        self,
        symbol: str,
        interval: KlineInterval
        | Literal["1s", "1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h", "1d", "3d", "1w", "1M"],
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        time_zone: str | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[Kline]:
        """Klines tuned for charts.

        Same request and response shape as `klines`, but the bars are adjusted by Binance for drawing
        candlestick charts. Without `start_time` and `end_time` the latest bars are returned;
        `time_zone` shifts bar boundaries, not the meaning of `start_time`/`end_time`.

        GET /api/v3/uiKlines · security NONE · weight 2


        Args:
            symbol: The trading pair. Required.
            interval: Length of each bar (case-sensitive; `1m` is a minute, `1M` a month). Required.
            start_time: Earliest bar open time to include, in milliseconds (UTC).
            end_time: Latest time to include, in milliseconds (UTC).
            time_zone: UTC offset used to cut the bars, as hours (`8`, `-1`) or hours and minutes (`05:45`,
                `-1:00`), between -12:00 and +14:00 inclusive. Defaults to `0` (UTC).
            limit: How many bars to return. Defaults to 500; at most 1000.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[Kline]
        """
        from .api.market import ui_klines as _operation

        return self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                interval=interval,
                start_time=start_time,
                end_time=end_time,
                time_zone=time_zone,
                limit=limit,
            ),
            options,
        )

    def unfilled_order_count(
        self,
        **options: Unpack[CallOptions],
    ) -> list[UnfilledOrderCount]:
        """Unfilled order count.

        Shows, for every interval of the ORDERS rate limit, how many unfilled orders the account has
        placed so far and what the limit is.

        GET /api/v3/rateLimit/order · security USER_DATA · weight 40


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[UnfilledOrderCount]
        """
        from .api.account import unfilled_order_count as _operation

        return self.call(_operation.ENDPOINT, _operation._arguments(), options)


class AsyncSpot(AsyncSpotPaging):
    """Binance Spot REST client (asynchronous). Credentials are optional for public data."""

    @cached_property
    def with_raw_response(self) -> AsyncSpotWithRawResponse:
        """The same methods, each returning the whole `Response`: status, headers, rate limits and the model."""
        return AsyncSpotWithRawResponse(self)

    async def symbol_rules(self, symbol: str, *, refresh: bool = False) -> SymbolRules:
        """The trading rules of `symbol`, from exchangeInfo: rounding to its grid and order checks.

        Kept for `RULES_MAX_AGE` seconds (ten minutes) and shared with `with_options` copies; pass
        `refresh=True` to read exchangeInfo again, as after Binance changes the symbol's filters.
        """
        rules = self._cached_rules(symbol, refresh)
        if rules is None:
            info = await self.exchange_info(symbol=symbol)
            rules = self._keep_rules(info.to_dict(), symbol)
        return rules

    @cached_property
    def algo(self) -> AsyncAlgo:
        """The `algo` operations (/sapi)."""
        from .groups.algo import AsyncAlgo

        return AsyncAlgo(self)

    @cached_property
    def auto_invest(self) -> AsyncAutoInvest:
        """The `auto_invest` operations (/sapi)."""
        from .groups.auto_invest import AsyncAutoInvest

        return AsyncAutoInvest(self)

    @cached_property
    def blvt(self) -> AsyncBlvt:
        """The `blvt` operations (/sapi)."""
        from .groups.blvt import AsyncBlvt

        return AsyncBlvt(self)

    @cached_property
    def c2c(self) -> AsyncC2c:
        """The `c2c` operations (/sapi)."""
        from .groups.c2c import AsyncC2c

        return AsyncC2c(self)

    @cached_property
    def convert(self) -> AsyncConvert:
        """The `convert` operations (/sapi)."""
        from .groups.convert import AsyncConvert

        return AsyncConvert(self)

    @cached_property
    def copy_trading(self) -> AsyncCopyTrading:
        """The `copy_trading` operations (/sapi)."""
        from .groups.copy_trading import AsyncCopyTrading

        return AsyncCopyTrading(self)

    @cached_property
    def crypto_loans(self) -> AsyncCryptoLoans:
        """The `crypto_loans` operations (/sapi)."""
        from .groups.crypto_loans import AsyncCryptoLoans

        return AsyncCryptoLoans(self)

    @cached_property
    def dual_investment(self) -> AsyncDualInvestment:
        """The `dual_investment` operations (/sapi)."""
        from .groups.dual_investment import AsyncDualInvestment

        return AsyncDualInvestment(self)

    @cached_property
    def fiat(self) -> AsyncFiat:
        """The `fiat` operations (/sapi)."""
        from .groups.fiat import AsyncFiat

        return AsyncFiat(self)

    @cached_property
    def futures(self) -> AsyncFutures:
        """The `futures` operations (/sapi)."""
        from .groups.futures import AsyncFutures

        return AsyncFutures(self)

    @cached_property
    def gift_card(self) -> AsyncGiftCard:
        """The `gift_card` operations (/sapi)."""
        from .groups.gift_card import AsyncGiftCard

        return AsyncGiftCard(self)

    @cached_property
    def margin(self) -> AsyncMargin:
        """The `margin` operations (/sapi)."""
        from .groups.margin import AsyncMargin

        return AsyncMargin(self)

    @cached_property
    def mining(self) -> AsyncMining:
        """The `mining` operations (/sapi)."""
        from .groups.mining import AsyncMining

        return AsyncMining(self)

    @cached_property
    def nft(self) -> AsyncNft:
        """The `nft` operations (/sapi)."""
        from .groups.nft import AsyncNft

        return AsyncNft(self)

    @cached_property
    def oauth(self) -> AsyncOauth:
        """The `oauth` operations (Binance Login)."""
        from .groups.oauth import AsyncOauth

        return AsyncOauth(self)

    @cached_property
    def pay(self) -> AsyncPay:
        """The `pay` operations (/sapi)."""
        from .groups.pay import AsyncPay

        return AsyncPay(self)

    @cached_property
    def portfolio_margin(self) -> AsyncPortfolioMargin:
        """The `portfolio_margin` operations (/sapi)."""
        from .groups.portfolio_margin import AsyncPortfolioMargin

        return AsyncPortfolioMargin(self)

    @cached_property
    def prediction(self) -> AsyncPrediction:
        """The `prediction` operations (/sapi)."""
        from .groups.prediction import AsyncPrediction

        return AsyncPrediction(self)

    @cached_property
    def rebate(self) -> AsyncRebate:
        """The `rebate` operations (/sapi)."""
        from .groups.rebate import AsyncRebate

        return AsyncRebate(self)

    @cached_property
    def savings(self) -> AsyncSavings:
        """The `savings` operations (/sapi)."""
        from .groups.savings import AsyncSavings

        return AsyncSavings(self)

    @cached_property
    def simple_earn(self) -> AsyncSimpleEarn:
        """The `simple_earn` operations (/sapi)."""
        from .groups.simple_earn import AsyncSimpleEarn

        return AsyncSimpleEarn(self)

    @cached_property
    def staking(self) -> AsyncStaking:
        """The `staking` operations (/sapi)."""
        from .groups.staking import AsyncStaking

        return AsyncStaking(self)

    @cached_property
    def stocks(self) -> AsyncStocks:
        """The `stocks` operations (/sapi)."""
        from .groups.stocks import AsyncStocks

        return AsyncStocks(self)

    @cached_property
    def sub_account(self) -> AsyncSubAccount:
        """The `sub_account` operations (/sapi)."""
        from .groups.sub_account import AsyncSubAccount

        return AsyncSubAccount(self)

    @cached_property
    def vip_loans(self) -> AsyncVipLoans:
        """The `vip_loans` operations (/sapi)."""
        from .groups.vip_loans import AsyncVipLoans

        return AsyncVipLoans(self)

    @cached_property
    def wallet(self) -> AsyncWallet:
        """The `wallet` operations (/sapi)."""
        from .groups.wallet import AsyncWallet

        return AsyncWallet(self)

    async def account(
        self,
        *,
        omit_zero_balances: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> Account:
        """Account information (the coroutine of `Spot.account`, which describes it)."""
        from .api.account import account as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                omit_zero_balances=omit_zero_balances,
            ),
            options,
        )

    async def account_commission(
        self,
        symbol: str,
        **options: Unpack[CallOptions],
    ) -> AccountCommission:
        """Commission rates (the coroutine of `Spot.account_commission`, which describes it)."""
        from .api.account import account_commission as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
            ),
            options,
        )

    async def agg_trades(
        self,
        symbol: str,
        *,
        from_id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[AggregateTrade]:
        """Aggregate trades (the coroutine of `Spot.agg_trades`, which describes it)."""
        from .api.market import agg_trades as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                from_id=from_id,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            options,
        )

    async def all_order_lists(
        self,
        *,
        from_id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[OrderList]:
        """All order lists (the coroutine of `Spot.all_order_lists`, which describes it)."""
        from .api.account import all_order_lists as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                from_id=from_id,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            options,
        )

    async def all_orders(
        self,
        symbol: str,
        *,
        order_id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[Order]:
        """All orders (the coroutine of `Spot.all_orders`, which describes it)."""
        from .api.account import all_orders as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                order_id=order_id,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            options,
        )

    async def avg_price(
        self,
        symbol: str,
        **options: Unpack[CallOptions],
    ) -> AveragePrice:
        """Average price (the coroutine of `Spot.avg_price`, which describes it)."""
        from .api.market import avg_price as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
            ),
            options,
        )

    async def cancel_open_orders(
        self,
        symbol: str,
        **options: Unpack[CallOptions],
    ) -> list[CanceledOrder | CanceledOrderList]:
        """Cancel all open orders on a symbol (the coroutine of `Spot.cancel_open_orders`, which describes it)."""
        from .api.trade import cancel_open_orders as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
            ),
            options,
        )

    async def cancel_order(
        self,
        symbol: str,
        *,
        order_id: int | None = None,
        orig_client_order_id: str | None = None,
        new_client_order_id: str | None = None,
        cancel_restrictions: CancelRestrictions | Literal["ONLY_NEW", "ONLY_PARTIALLY_FILLED"] | None = None,
        **options: Unpack[CallOptions],
    ) -> CanceledOrder:
        """Cancel an order (the coroutine of `Spot.cancel_order`, which describes it)."""
        from .api.trade import cancel_order as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                order_id=order_id,
                orig_client_order_id=orig_client_order_id,
                new_client_order_id=new_client_order_id,
                cancel_restrictions=cancel_restrictions,
            ),
            options,
        )

    async def cancel_order_list(
        self,
        symbol: str,
        *,
        order_list_id: int | None = None,
        list_client_order_id: str | None = None,
        new_client_order_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> CanceledOrderList:
        """Cancel an order list (the coroutine of `Spot.cancel_order_list`, which describes it)."""
        from .api.trade import cancel_order_list as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                order_list_id=order_list_id,
                list_client_order_id=list_client_order_id,
                new_client_order_id=new_client_order_id,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    async def cancel_replace_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        cancel_replace_mode: CancelReplaceMode | Literal["STOP_ON_FAILURE", "ALLOW_FAILURE"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        cancel_new_client_order_id: str | None = None,
        cancel_orig_client_order_id: str | None = None,
        cancel_order_id: int | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        cancel_restrictions: CancelRestrictions | Literal["ONLY_NEW", "ONLY_PARTIALLY_FILLED"] | None = None,
        order_rate_limit_exceeded_mode: OrderRateLimitExceededMode | Literal["DO_NOTHING", "CANCEL_ONLY"] | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> CancelReplaceResult:
        """Cancel an order and place a new one (the coroutine of `Spot.cancel_replace_order`, which describes it)."""
        from .api.trade import cancel_replace_order as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                side=side,
                type=type,
                cancel_replace_mode=cancel_replace_mode,
                time_in_force=time_in_force,
                quantity=quantity,
                quote_order_qty=quote_order_qty,
                price=price,
                cancel_new_client_order_id=cancel_new_client_order_id,
                cancel_orig_client_order_id=cancel_orig_client_order_id,
                cancel_order_id=cancel_order_id,
                new_client_order_id=new_client_order_id,
                strategy_id=strategy_id,
                strategy_type=strategy_type,
                stop_price=stop_price,
                trailing_delta=trailing_delta,
                iceberg_qty=iceberg_qty,
                new_order_resp_type=new_order_resp_type,
                self_trade_prevention_mode=self_trade_prevention_mode,
                cancel_restrictions=cancel_restrictions,
                order_rate_limit_exceeded_mode=order_rate_limit_exceeded_mode,
                peg_price_type=peg_price_type,
                peg_offset_value=peg_offset_value,
                peg_offset_type=peg_offset_type,
            ),
            options,
        )

    async def depth(
        self,
        symbol: str,
        *,
        limit: int | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> OrderBook:
        """Order book (the coroutine of `Spot.depth`, which describes it)."""
        from .api.market import depth as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                limit=limit,
                symbol_status=symbol_status,
            ),
            options,
        )

    async def exchange_info(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        permissions: Sequence[str] | None = None,
        show_permission_sets: bool | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> ExchangeInfo:
        """Exchange information (the coroutine of `Spot.exchange_info`, which describes it)."""
        from .api.general import exchange_info as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                symbols=symbols,
                permissions=permissions,
                show_permission_sets=show_permission_sets,
                symbol_status=symbol_status,
            ),
            options,
        )

    async def execution_rules(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> ExecutionRules:
        """Execution rules (the coroutine of `Spot.execution_rules`, which describes it)."""
        from .api.general import execution_rules as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                symbols=symbols,
                symbol_status=symbol_status,
            ),
            options,
        )

    async def historical_block_trades(
        self,
        symbol: str,
        from_id: int,
        *,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[HistoricalBlockTrade]:
        """Block trades (the coroutine of `Spot.historical_block_trades`, which describes it)."""
        from .api.market import historical_block_trades as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                from_id=from_id,
                limit=limit,
            ),
            options,
        )

    async def historical_trades(
        self,
        symbol: str,
        *,
        limit: int | None = None,
        from_id: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[RecentTrade]:
        """Older trades (the coroutine of `Spot.historical_trades`, which describes it)."""
        from .api.market import historical_trades as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                limit=limit,
                from_id=from_id,
            ),
            options,
        )

    async def klines(
        self,
        symbol: str,
        interval: KlineInterval
        | Literal["1s", "1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h", "1d", "3d", "1w", "1M"],
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        time_zone: str | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[Kline]:
        """Klines (candlesticks) (the coroutine of `Spot.klines`, which describes it)."""
        from .api.market import klines as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                interval=interval,
                start_time=start_time,
                end_time=end_time,
                time_zone=time_zone,
                limit=limit,
            ),
            options,
        )

    async def my_allocations(
        self,
        symbol: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        from_allocation_id: int | None = None,
        limit: int | None = None,
        order_id: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[Allocation]:
        """Allocations (the coroutine of `Spot.my_allocations`, which describes it)."""
        from .api.account import my_allocations as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                start_time=start_time,
                end_time=end_time,
                from_allocation_id=from_allocation_id,
                limit=limit,
                order_id=order_id,
            ),
            options,
        )

    async def my_filters(
        self,
        symbol: str,
        **options: Unpack[CallOptions],
    ) -> MyFilters:
        """Filters relevant to the account (the coroutine of `Spot.my_filters`, which describes it)."""
        from .api.account import my_filters as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
            ),
            options,
        )

    async def my_prevented_matches(
        self,
        symbol: str,
        *,
        prevented_match_id: int | None = None,
        order_id: int | None = None,
        from_prevented_match_id: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[PreventedMatch]:
        """Prevented matches (the coroutine of `Spot.my_prevented_matches`, which describes it)."""
        from .api.account import my_prevented_matches as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                prevented_match_id=prevented_match_id,
                order_id=order_id,
                from_prevented_match_id=from_prevented_match_id,
                limit=limit,
            ),
            options,
        )

    async def my_trades(
        self,
        symbol: str,
        *,
        order_id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        from_id: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[AccountTrade]:
        """Account trade list (the coroutine of `Spot.my_trades`, which describes it)."""
        from .api.account import my_trades as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                order_id=order_id,
                start_time=start_time,
                end_time=end_time,
                from_id=from_id,
                limit=limit,
            ),
            options,
        )

    async def new_oco_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        quantity: DecimalLike,
        price: DecimalLike,
        stop_price: DecimalLike,
        *,
        list_client_order_id: str | None = None,
        limit_client_order_id: str | None = None,
        limit_strategy_id: int | None = None,
        limit_strategy_type: int | None = None,
        limit_iceberg_qty: DecimalLike | None = None,
        trailing_delta: int | None = None,
        stop_client_order_id: str | None = None,
        stop_strategy_id: int | None = None,
        stop_strategy_type: int | None = None,
        stop_limit_price: DecimalLike | None = None,
        stop_iceberg_qty: DecimalLike | None = None,
        stop_limit_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> OrderListResponse:
        """Place an OCO (legacy) (the coroutine of `Spot.new_oco_order`, which describes it)."""
        from .api.trade import new_oco_order as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                list_client_order_id=list_client_order_id,
                side=side,
                quantity=quantity,
                limit_client_order_id=limit_client_order_id,
                price=price,
                limit_strategy_id=limit_strategy_id,
                limit_strategy_type=limit_strategy_type,
                limit_iceberg_qty=limit_iceberg_qty,
                trailing_delta=trailing_delta,
                stop_client_order_id=stop_client_order_id,
                stop_price=stop_price,
                stop_strategy_id=stop_strategy_id,
                stop_strategy_type=stop_strategy_type,
                stop_limit_price=stop_limit_price,
                stop_iceberg_qty=stop_iceberg_qty,
                stop_limit_time_in_force=stop_limit_time_in_force,
                new_order_resp_type=new_order_resp_type,
                self_trade_prevention_mode=self_trade_prevention_mode,
            ),
            options,
        )

    @overload
    async def new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: Literal[OrderResponseType.FULL, "FULL"],
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> NewOrderFull: ...
    @overload
    async def new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: Literal[OrderResponseType.RESULT, "RESULT"],
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> NewOrderResult: ...
    @overload
    async def new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: Literal[OrderResponseType.ACK, "ACK"],
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> NewOrderAck: ...
    @overload
    async def new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: Literal[OrderType.MARKET, OrderType.LIMIT, "MARKET", "LIMIT"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> NewOrderFull: ...
    @overload
    async def new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: Literal[
            OrderType.STOP_LOSS,
            OrderType.STOP_LOSS_LIMIT,
            OrderType.TAKE_PROFIT,
            OrderType.TAKE_PROFIT_LIMIT,
            OrderType.LIMIT_MAKER,
            "STOP_LOSS",
            "STOP_LOSS_LIMIT",
            "TAKE_PROFIT",
            "TAKE_PROFIT_LIMIT",
            "LIMIT_MAKER",
        ],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> NewOrderAck: ...
    @overload
    async def new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> NewOrderAck | NewOrderFull | NewOrderResult: ...
    @former_keywords({"type_": "type"})
    async def new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> NewOrderAck | NewOrderFull | NewOrderResult:
        """Place an order (the coroutine of `Spot.new_order`, which describes it)."""
        from .api.trade import new_order as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                side=side,
                type=type,
                time_in_force=time_in_force,
                quantity=quantity,
                quote_order_qty=quote_order_qty,
                price=price,
                new_client_order_id=new_client_order_id,
                strategy_id=strategy_id,
                strategy_type=strategy_type,
                stop_price=stop_price,
                trailing_delta=trailing_delta,
                iceberg_qty=iceberg_qty,
                new_order_resp_type=new_order_resp_type,
                self_trade_prevention_mode=self_trade_prevention_mode,
                peg_price_type=peg_price_type,
                peg_offset_value=peg_offset_value,
                peg_offset_type=peg_offset_type,
            ),
            options,
        )

    @overload
    async def new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: Literal[OrderResponseType.FULL, "FULL"],
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> SorOrderFull: ...
    @overload
    async def new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: Literal[OrderResponseType.RESULT, "RESULT"],
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> SorOrderResult: ...
    @overload
    async def new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: Literal[OrderResponseType.ACK, "ACK"],
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> NewOrderAck: ...
    @overload
    async def new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> SorOrderFull: ...
    @overload
    async def new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> NewOrderAck | SorOrderFull | SorOrderResult: ...
    @former_keywords({"type_": "type"})
    async def new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> NewOrderAck | SorOrderFull | SorOrderResult:
        """Place an order using smart order routing (the coroutine of `Spot.new_sor_order`, which describes it)."""
        from .api.trade import new_sor_order as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                side=side,
                type=type,
                time_in_force=time_in_force,
                quantity=quantity,
                price=price,
                new_client_order_id=new_client_order_id,
                strategy_id=strategy_id,
                strategy_type=strategy_type,
                iceberg_qty=iceberg_qty,
                new_order_resp_type=new_order_resp_type,
                self_trade_prevention_mode=self_trade_prevention_mode,
            ),
            options,
        )

    async def open_order_lists(
        self,
        **options: Unpack[CallOptions],
    ) -> list[OrderList]:
        """Open order lists (the coroutine of `Spot.open_order_lists`, which describes it)."""
        from .api.account import open_order_lists as _operation

        return await self.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def open_orders(
        self,
        *,
        symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[Order]:
        """Current open orders (the coroutine of `Spot.open_orders`, which describes it)."""
        from .api.account import open_orders as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
            ),
            options,
        )

    async def order_amend_keep_priority(
        self,
        symbol: str,
        new_qty: DecimalLike,
        *,
        order_id: int | None = None,
        orig_client_order_id: str | None = None,
        new_client_order_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> OrderAmendResult:
        """Reduce an order's quantity, keeping its priority (the coroutine of `Spot.order_amend_keep_priority`, which describes it)."""
        from .api.trade import order_amend_keep_priority as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                order_id=order_id,
                orig_client_order_id=orig_client_order_id,
                new_client_order_id=new_client_order_id,
                new_qty=new_qty,
            ),
            options,
        )

    async def order_amendments(
        self,
        symbol: str,
        order_id: int,
        *,
        from_execution_id: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[OrderAmendment]:
        """Order amendments (the coroutine of `Spot.order_amendments`, which describes it)."""
        from .api.account import order_amendments as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                order_id=order_id,
                from_execution_id=from_execution_id,
                limit=limit,
            ),
            options,
        )

    async def order_list_oco(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        quantity: DecimalLike,
        above_type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        below_type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        list_client_order_id: str | None = None,
        above_client_order_id: str | None = None,
        above_iceberg_qty: DecimalLike | None = None,
        above_price: DecimalLike | None = None,
        above_stop_price: DecimalLike | None = None,
        above_trailing_delta: int | None = None,
        above_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        above_strategy_id: int | None = None,
        above_strategy_type: int | None = None,
        above_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        above_peg_offset_value: int | None = None,
        above_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        below_client_order_id: str | None = None,
        below_iceberg_qty: DecimalLike | None = None,
        below_price: DecimalLike | None = None,
        below_stop_price: DecimalLike | None = None,
        below_trailing_delta: int | None = None,
        below_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        below_strategy_id: int | None = None,
        below_strategy_type: int | None = None,
        below_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        below_peg_offset_value: int | None = None,
        below_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> OrderListResponse:
        """Place an OCO order list (the coroutine of `Spot.order_list_oco`, which describes it)."""
        from .api.trade import order_list_oco as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                list_client_order_id=list_client_order_id,
                side=side,
                quantity=quantity,
                above_type=above_type,
                above_client_order_id=above_client_order_id,
                above_iceberg_qty=above_iceberg_qty,
                above_price=above_price,
                above_stop_price=above_stop_price,
                above_trailing_delta=above_trailing_delta,
                above_time_in_force=above_time_in_force,
                above_strategy_id=above_strategy_id,
                above_strategy_type=above_strategy_type,
                above_peg_price_type=above_peg_price_type,
                above_peg_offset_value=above_peg_offset_value,
                above_peg_offset_type=above_peg_offset_type,
                below_type=below_type,
                below_client_order_id=below_client_order_id,
                below_iceberg_qty=below_iceberg_qty,
                below_price=below_price,
                below_stop_price=below_stop_price,
                below_trailing_delta=below_trailing_delta,
                below_time_in_force=below_time_in_force,
                below_strategy_id=below_strategy_id,
                below_strategy_type=below_strategy_type,
                below_peg_price_type=below_peg_price_type,
                below_peg_offset_value=below_peg_offset_value,
                below_peg_offset_type=below_peg_offset_type,
                new_order_resp_type=new_order_resp_type,
                self_trade_prevention_mode=self_trade_prevention_mode,
            ),
            options,
        )

    async def order_list_opo(
        self,
        symbol: str,
        working_type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        working_side: OrderSide | Literal["BUY", "SELL"],
        working_price: DecimalLike,
        working_quantity: DecimalLike,
        pending_type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        pending_side: OrderSide | Literal["BUY", "SELL"],
        *,
        list_client_order_id: str | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        working_client_order_id: str | None = None,
        working_iceberg_qty: DecimalLike | None = None,
        working_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        working_strategy_id: int | None = None,
        working_strategy_type: int | None = None,
        working_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        working_peg_offset_value: int | None = None,
        working_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        pending_client_order_id: str | None = None,
        pending_price: DecimalLike | None = None,
        pending_stop_price: DecimalLike | None = None,
        pending_trailing_delta: DecimalLike | None = None,
        pending_iceberg_qty: DecimalLike | None = None,
        pending_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        pending_strategy_id: int | None = None,
        pending_strategy_type: int | None = None,
        pending_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        pending_peg_offset_value: int | None = None,
        pending_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> OrderListResponse:
        """Place an OPO order list (the coroutine of `Spot.order_list_opo`, which describes it)."""
        from .api.trade import order_list_opo as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                list_client_order_id=list_client_order_id,
                new_order_resp_type=new_order_resp_type,
                self_trade_prevention_mode=self_trade_prevention_mode,
                working_type=working_type,
                working_side=working_side,
                working_client_order_id=working_client_order_id,
                working_price=working_price,
                working_quantity=working_quantity,
                working_iceberg_qty=working_iceberg_qty,
                working_time_in_force=working_time_in_force,
                working_strategy_id=working_strategy_id,
                working_strategy_type=working_strategy_type,
                working_peg_price_type=working_peg_price_type,
                working_peg_offset_value=working_peg_offset_value,
                working_peg_offset_type=working_peg_offset_type,
                pending_type=pending_type,
                pending_side=pending_side,
                pending_client_order_id=pending_client_order_id,
                pending_price=pending_price,
                pending_stop_price=pending_stop_price,
                pending_trailing_delta=pending_trailing_delta,
                pending_iceberg_qty=pending_iceberg_qty,
                pending_time_in_force=pending_time_in_force,
                pending_strategy_id=pending_strategy_id,
                pending_strategy_type=pending_strategy_type,
                pending_peg_price_type=pending_peg_price_type,
                pending_peg_offset_value=pending_peg_offset_value,
                pending_peg_offset_type=pending_peg_offset_type,
            ),
            options,
        )

    async def order_list_opoco(
        self,
        symbol: str,
        working_type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        working_side: OrderSide | Literal["BUY", "SELL"],
        working_price: DecimalLike,
        working_quantity: DecimalLike,
        pending_side: OrderSide | Literal["BUY", "SELL"],
        pending_above_type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        list_client_order_id: str | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        working_client_order_id: str | None = None,
        working_iceberg_qty: DecimalLike | None = None,
        working_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        working_strategy_id: int | None = None,
        working_strategy_type: int | None = None,
        working_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        working_peg_offset_value: int | None = None,
        working_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        pending_above_client_order_id: str | None = None,
        pending_above_price: DecimalLike | None = None,
        pending_above_stop_price: DecimalLike | None = None,
        pending_above_trailing_delta: DecimalLike | None = None,
        pending_above_iceberg_qty: DecimalLike | None = None,
        pending_above_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        pending_above_strategy_id: int | None = None,
        pending_above_strategy_type: int | None = None,
        pending_above_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        pending_above_peg_offset_value: int | None = None,
        pending_above_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        pending_below_type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"]
        | None = None,
        pending_below_client_order_id: str | None = None,
        pending_below_price: DecimalLike | None = None,
        pending_below_stop_price: DecimalLike | None = None,
        pending_below_trailing_delta: DecimalLike | None = None,
        pending_below_iceberg_qty: DecimalLike | None = None,
        pending_below_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        pending_below_strategy_id: int | None = None,
        pending_below_strategy_type: int | None = None,
        pending_below_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        pending_below_peg_offset_value: int | None = None,
        pending_below_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> OrderListResponse:
        """Place an OPOCO order list (the coroutine of `Spot.order_list_opoco`, which describes it)."""
        from .api.trade import order_list_opoco as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                list_client_order_id=list_client_order_id,
                new_order_resp_type=new_order_resp_type,
                self_trade_prevention_mode=self_trade_prevention_mode,
                working_type=working_type,
                working_side=working_side,
                working_client_order_id=working_client_order_id,
                working_price=working_price,
                working_quantity=working_quantity,
                working_iceberg_qty=working_iceberg_qty,
                working_time_in_force=working_time_in_force,
                working_strategy_id=working_strategy_id,
                working_strategy_type=working_strategy_type,
                working_peg_price_type=working_peg_price_type,
                working_peg_offset_value=working_peg_offset_value,
                working_peg_offset_type=working_peg_offset_type,
                pending_side=pending_side,
                pending_above_type=pending_above_type,
                pending_above_client_order_id=pending_above_client_order_id,
                pending_above_price=pending_above_price,
                pending_above_stop_price=pending_above_stop_price,
                pending_above_trailing_delta=pending_above_trailing_delta,
                pending_above_iceberg_qty=pending_above_iceberg_qty,
                pending_above_time_in_force=pending_above_time_in_force,
                pending_above_strategy_id=pending_above_strategy_id,
                pending_above_strategy_type=pending_above_strategy_type,
                pending_above_peg_price_type=pending_above_peg_price_type,
                pending_above_peg_offset_value=pending_above_peg_offset_value,
                pending_above_peg_offset_type=pending_above_peg_offset_type,
                pending_below_type=pending_below_type,
                pending_below_client_order_id=pending_below_client_order_id,
                pending_below_price=pending_below_price,
                pending_below_stop_price=pending_below_stop_price,
                pending_below_trailing_delta=pending_below_trailing_delta,
                pending_below_iceberg_qty=pending_below_iceberg_qty,
                pending_below_time_in_force=pending_below_time_in_force,
                pending_below_strategy_id=pending_below_strategy_id,
                pending_below_strategy_type=pending_below_strategy_type,
                pending_below_peg_price_type=pending_below_peg_price_type,
                pending_below_peg_offset_value=pending_below_peg_offset_value,
                pending_below_peg_offset_type=pending_below_peg_offset_type,
            ),
            options,
        )

    async def order_list_oto(
        self,
        symbol: str,
        working_type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        working_side: OrderSide | Literal["BUY", "SELL"],
        working_price: DecimalLike,
        working_quantity: DecimalLike,
        pending_type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        pending_side: OrderSide | Literal["BUY", "SELL"],
        pending_quantity: DecimalLike,
        *,
        list_client_order_id: str | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        working_client_order_id: str | None = None,
        working_iceberg_qty: DecimalLike | None = None,
        working_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        working_strategy_id: int | None = None,
        working_strategy_type: int | None = None,
        working_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        working_peg_offset_value: int | None = None,
        working_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        pending_client_order_id: str | None = None,
        pending_price: DecimalLike | None = None,
        pending_stop_price: DecimalLike | None = None,
        pending_trailing_delta: DecimalLike | None = None,
        pending_iceberg_qty: DecimalLike | None = None,
        pending_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        pending_strategy_id: int | None = None,
        pending_strategy_type: int | None = None,
        pending_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        pending_peg_offset_value: int | None = None,
        pending_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> OrderListResponse:
        """Place an OTO order list (the coroutine of `Spot.order_list_oto`, which describes it)."""
        from .api.trade import order_list_oto as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                list_client_order_id=list_client_order_id,
                new_order_resp_type=new_order_resp_type,
                self_trade_prevention_mode=self_trade_prevention_mode,
                working_type=working_type,
                working_side=working_side,
                working_client_order_id=working_client_order_id,
                working_price=working_price,
                working_quantity=working_quantity,
                working_iceberg_qty=working_iceberg_qty,
                working_time_in_force=working_time_in_force,
                working_strategy_id=working_strategy_id,
                working_strategy_type=working_strategy_type,
                working_peg_price_type=working_peg_price_type,
                working_peg_offset_value=working_peg_offset_value,
                working_peg_offset_type=working_peg_offset_type,
                pending_type=pending_type,
                pending_side=pending_side,
                pending_client_order_id=pending_client_order_id,
                pending_price=pending_price,
                pending_stop_price=pending_stop_price,
                pending_trailing_delta=pending_trailing_delta,
                pending_quantity=pending_quantity,
                pending_iceberg_qty=pending_iceberg_qty,
                pending_time_in_force=pending_time_in_force,
                pending_strategy_id=pending_strategy_id,
                pending_strategy_type=pending_strategy_type,
                pending_peg_price_type=pending_peg_price_type,
                pending_peg_offset_value=pending_peg_offset_value,
                pending_peg_offset_type=pending_peg_offset_type,
            ),
            options,
        )

    async def order_list_otoco(
        self,
        symbol: str,
        working_type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        working_side: OrderSide | Literal["BUY", "SELL"],
        working_price: DecimalLike,
        working_quantity: DecimalLike,
        pending_side: OrderSide | Literal["BUY", "SELL"],
        pending_quantity: DecimalLike,
        pending_above_type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        list_client_order_id: str | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        working_client_order_id: str | None = None,
        working_iceberg_qty: DecimalLike | None = None,
        working_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        working_strategy_id: int | None = None,
        working_strategy_type: int | None = None,
        working_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        working_peg_offset_value: int | None = None,
        working_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        pending_above_client_order_id: str | None = None,
        pending_above_price: DecimalLike | None = None,
        pending_above_stop_price: DecimalLike | None = None,
        pending_above_trailing_delta: DecimalLike | None = None,
        pending_above_iceberg_qty: DecimalLike | None = None,
        pending_above_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        pending_above_strategy_id: int | None = None,
        pending_above_strategy_type: int | None = None,
        pending_above_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        pending_above_peg_offset_value: int | None = None,
        pending_above_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        pending_below_type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"]
        | None = None,
        pending_below_client_order_id: str | None = None,
        pending_below_price: DecimalLike | None = None,
        pending_below_stop_price: DecimalLike | None = None,
        pending_below_trailing_delta: DecimalLike | None = None,
        pending_below_iceberg_qty: DecimalLike | None = None,
        pending_below_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        pending_below_strategy_id: int | None = None,
        pending_below_strategy_type: int | None = None,
        pending_below_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        pending_below_peg_offset_value: int | None = None,
        pending_below_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> OrderListResponse:
        """Place an OTOCO order list (the coroutine of `Spot.order_list_otoco`, which describes it)."""
        from .api.trade import order_list_otoco as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                list_client_order_id=list_client_order_id,
                new_order_resp_type=new_order_resp_type,
                self_trade_prevention_mode=self_trade_prevention_mode,
                working_type=working_type,
                working_side=working_side,
                working_client_order_id=working_client_order_id,
                working_price=working_price,
                working_quantity=working_quantity,
                working_iceberg_qty=working_iceberg_qty,
                working_time_in_force=working_time_in_force,
                working_strategy_id=working_strategy_id,
                working_strategy_type=working_strategy_type,
                working_peg_price_type=working_peg_price_type,
                working_peg_offset_value=working_peg_offset_value,
                working_peg_offset_type=working_peg_offset_type,
                pending_side=pending_side,
                pending_quantity=pending_quantity,
                pending_above_type=pending_above_type,
                pending_above_client_order_id=pending_above_client_order_id,
                pending_above_price=pending_above_price,
                pending_above_stop_price=pending_above_stop_price,
                pending_above_trailing_delta=pending_above_trailing_delta,
                pending_above_iceberg_qty=pending_above_iceberg_qty,
                pending_above_time_in_force=pending_above_time_in_force,
                pending_above_strategy_id=pending_above_strategy_id,
                pending_above_strategy_type=pending_above_strategy_type,
                pending_above_peg_price_type=pending_above_peg_price_type,
                pending_above_peg_offset_value=pending_above_peg_offset_value,
                pending_above_peg_offset_type=pending_above_peg_offset_type,
                pending_below_type=pending_below_type,
                pending_below_client_order_id=pending_below_client_order_id,
                pending_below_price=pending_below_price,
                pending_below_stop_price=pending_below_stop_price,
                pending_below_trailing_delta=pending_below_trailing_delta,
                pending_below_iceberg_qty=pending_below_iceberg_qty,
                pending_below_time_in_force=pending_below_time_in_force,
                pending_below_strategy_id=pending_below_strategy_id,
                pending_below_strategy_type=pending_below_strategy_type,
                pending_below_peg_price_type=pending_below_peg_price_type,
                pending_below_peg_offset_value=pending_below_peg_offset_value,
                pending_below_peg_offset_type=pending_below_peg_offset_type,
            ),
            options,
        )

    async def ping(
        self,
        **options: Unpack[CallOptions],
    ) -> PingResponse:
        """Test connectivity (the coroutine of `Spot.ping`, which describes it)."""
        from .api.general import ping as _operation

        return await self.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def query_order(
        self,
        symbol: str,
        *,
        order_id: int | None = None,
        orig_client_order_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Order:
        """Query order (the coroutine of `Spot.query_order`, which describes it)."""
        from .api.account import query_order as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                order_id=order_id,
                orig_client_order_id=orig_client_order_id,
            ),
            options,
        )

    async def query_order_list(
        self,
        *,
        order_list_id: int | None = None,
        orig_client_order_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> OrderList:
        """Query order list (the coroutine of `Spot.query_order_list`, which describes it)."""
        from .api.account import query_order_list as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_list_id=order_list_id,
                orig_client_order_id=orig_client_order_id,
            ),
            options,
        )

    async def reference_price(
        self,
        symbol: str,
        **options: Unpack[CallOptions],
    ) -> ReferencePrice:
        """Reference price (the coroutine of `Spot.reference_price`, which describes it)."""
        from .api.market import reference_price as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
            ),
            options,
        )

    async def reference_price_calculation(
        self,
        symbol: str,
        *,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> ReferencePriceCalculation:
        """Reference price calculation (the coroutine of `Spot.reference_price_calculation`, which describes it)."""
        from .api.market import reference_price_calculation as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                symbol_status=symbol_status,
            ),
            options,
        )

    @overload
    async def test_new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        compute_commission_rates: Literal[True],
        **options: Unpack[CallOptions],
    ) -> TestOrderCommission: ...
    @overload
    async def test_new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        compute_commission_rates: Literal[False],
        **options: Unpack[CallOptions],
    ) -> TestOrderEmpty: ...
    @overload
    async def test_new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        compute_commission_rates: None = None,
        **options: Unpack[CallOptions],
    ) -> TestOrderEmpty: ...
    @overload
    async def test_new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        compute_commission_rates: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> TestOrderCommission | TestOrderEmpty: ...
    @former_keywords({"type_": "type"})
    async def test_new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        compute_commission_rates: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> TestOrderCommission | TestOrderEmpty:
        """Test an order (the coroutine of `Spot.test_new_order`, which describes it)."""
        from .api.trade import test_new_order as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                side=side,
                type=type,
                time_in_force=time_in_force,
                quantity=quantity,
                quote_order_qty=quote_order_qty,
                price=price,
                new_client_order_id=new_client_order_id,
                strategy_id=strategy_id,
                strategy_type=strategy_type,
                stop_price=stop_price,
                trailing_delta=trailing_delta,
                iceberg_qty=iceberg_qty,
                new_order_resp_type=new_order_resp_type,
                self_trade_prevention_mode=self_trade_prevention_mode,
                peg_price_type=peg_price_type,
                peg_offset_value=peg_offset_value,
                peg_offset_type=peg_offset_type,
                compute_commission_rates=compute_commission_rates,
            ),
            options,
        )

    @overload
    async def test_new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        compute_commission_rates: Literal[True],
        **options: Unpack[CallOptions],
    ) -> TestOrderCommission: ...
    @overload
    async def test_new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        compute_commission_rates: Literal[False],
        **options: Unpack[CallOptions],
    ) -> TestOrderEmpty: ...
    @overload
    async def test_new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        compute_commission_rates: None = None,
        **options: Unpack[CallOptions],
    ) -> TestOrderEmpty: ...
    @overload
    async def test_new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        compute_commission_rates: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> TestOrderCommission | TestOrderEmpty: ...
    @former_keywords({"type_": "type"})
    async def test_new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        compute_commission_rates: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> TestOrderCommission | TestOrderEmpty:
        """Test an order using smart order routing (the coroutine of `Spot.test_new_sor_order`, which describes it)."""
        from .api.trade import test_new_sor_order as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                side=side,
                type=type,
                time_in_force=time_in_force,
                quantity=quantity,
                price=price,
                new_client_order_id=new_client_order_id,
                strategy_id=strategy_id,
                strategy_type=strategy_type,
                iceberg_qty=iceberg_qty,
                new_order_resp_type=new_order_resp_type,
                self_trade_prevention_mode=self_trade_prevention_mode,
                compute_commission_rates=compute_commission_rates,
            ),
            options,
        )

    @overload
    async def ticker(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        window_size: WindowLike | None = None,
        type: Literal[TickerType.FULL, "FULL"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> TickerRollingWindowFull: ...
    @overload
    async def ticker(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        window_size: WindowLike | None = None,
        type: Literal[TickerType.FULL, "FULL"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[TickerRollingWindowFull]: ...
    @overload
    async def ticker(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        window_size: WindowLike | None = None,
        type: Literal[TickerType.MINI, "MINI"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> TickerRollingWindowMini: ...
    @overload
    async def ticker(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        window_size: WindowLike | None = None,
        type: Literal[TickerType.MINI, "MINI"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[TickerRollingWindowMini]: ...
    @overload
    async def ticker(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        window_size: WindowLike | None = None,
        type: None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> TickerRollingWindowFull: ...
    @overload
    async def ticker(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        window_size: WindowLike | None = None,
        type: None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[TickerRollingWindowFull]: ...
    @overload
    async def ticker(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        window_size: WindowLike | None = None,
        type: TickerType | Literal["FULL", "MINI"] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> (
        list[TickerRollingWindowFull]
        | list[TickerRollingWindowMini]
        | TickerRollingWindowFull
        | TickerRollingWindowMini
    ): ...
    @former_keywords({"type_": "type"})
    async def ticker(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        window_size: WindowLike | None = None,
        type: TickerType | Literal["FULL", "MINI"] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> (
        list[TickerRollingWindowFull]
        | list[TickerRollingWindowMini]
        | TickerRollingWindowFull
        | TickerRollingWindowMini
    ):
        """Rolling window ticker (the coroutine of `Spot.ticker`, which describes it)."""
        from .api.market import ticker as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                symbols=symbols,
                window_size=window_size,
                type=type,
                symbol_status=symbol_status,
            ),
            options,
        )

    @overload
    async def ticker24hr(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        type: Literal[TickerType.FULL, "FULL"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Ticker24HrFull: ...
    @overload
    async def ticker24hr(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        type: Literal[TickerType.FULL, "FULL"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[Ticker24HrFull]: ...
    @overload
    async def ticker24hr(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        type: Literal[TickerType.MINI, "MINI"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Ticker24HrMini: ...
    @overload
    async def ticker24hr(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        type: Literal[TickerType.MINI, "MINI"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[Ticker24HrMini]: ...
    @overload
    async def ticker24hr(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        type: None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Ticker24HrFull: ...
    @overload
    async def ticker24hr(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        type: None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[Ticker24HrFull]: ...
    @overload
    async def ticker24hr(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        type: TickerType | Literal["FULL", "MINI"] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[Ticker24HrFull] | list[Ticker24HrMini] | Ticker24HrFull | Ticker24HrMini: ...
    @former_keywords({"type_": "type"})
    async def ticker24hr(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        type: TickerType | Literal["FULL", "MINI"] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[Ticker24HrFull] | list[Ticker24HrMini] | Ticker24HrFull | Ticker24HrMini:
        """24-hour ticker statistics (the coroutine of `Spot.ticker24hr`, which describes it)."""
        from .api.market import ticker24hr as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                symbols=symbols,
                type=type,
                symbol_status=symbol_status,
            ),
            options,
        )

    @overload
    async def ticker_book_ticker(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> BookTicker: ...
    @overload
    async def ticker_book_ticker(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[BookTicker]: ...
    @overload
    async def ticker_book_ticker(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> BookTicker | list[BookTicker]: ...

    async def ticker_book_ticker(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> BookTicker | list[BookTicker]:
        """Best bid and ask (the coroutine of `Spot.ticker_book_ticker`, which describes it)."""
        from .api.market import ticker_book_ticker as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                symbols=symbols,
                symbol_status=symbol_status,
            ),
            options,
        )

    @overload
    async def ticker_price(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> TickerPrice: ...
    @overload
    async def ticker_price(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[TickerPrice]: ...
    @overload
    async def ticker_price(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[TickerPrice] | TickerPrice: ...

    async def ticker_price(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[TickerPrice] | TickerPrice:
        """Latest price (the coroutine of `Spot.ticker_price`, which describes it)."""
        from .api.market import ticker_price as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                symbols=symbols,
                symbol_status=symbol_status,
            ),
            options,
        )

    @overload
    async def ticker_trading_day(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        time_zone: str | None = None,
        type: Literal[TickerType.FULL, "FULL"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> TickerTradingDayFull: ...
    @overload
    async def ticker_trading_day(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        time_zone: str | None = None,
        type: Literal[TickerType.FULL, "FULL"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[TickerTradingDayFull]: ...
    @overload
    async def ticker_trading_day(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        time_zone: str | None = None,
        type: Literal[TickerType.MINI, "MINI"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> TickerTradingDayMini: ...
    @overload
    async def ticker_trading_day(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        time_zone: str | None = None,
        type: Literal[TickerType.MINI, "MINI"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[TickerTradingDayMini]: ...
    @overload
    async def ticker_trading_day(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        time_zone: str | None = None,
        type: None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> TickerTradingDayFull: ...
    @overload
    async def ticker_trading_day(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        time_zone: str | None = None,
        type: None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[TickerTradingDayFull]: ...
    @overload
    async def ticker_trading_day(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        time_zone: str | None = None,
        type: TickerType | Literal["FULL", "MINI"] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[TickerTradingDayFull] | list[TickerTradingDayMini] | TickerTradingDayFull | TickerTradingDayMini: ...
    @former_keywords({"type_": "type"})
    async def ticker_trading_day(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        time_zone: str | None = None,
        type: TickerType | Literal["FULL", "MINI"] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[TickerTradingDayFull] | list[TickerTradingDayMini] | TickerTradingDayFull | TickerTradingDayMini:
        """Trading day ticker (the coroutine of `Spot.ticker_trading_day`, which describes it)."""
        from .api.market import ticker_trading_day as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                symbols=symbols,
                time_zone=time_zone,
                type=type,
                symbol_status=symbol_status,
            ),
            options,
        )

    async def time(
        self,
        **options: Unpack[CallOptions],
    ) -> ServerTime:
        """Server time (the coroutine of `Spot.time`, which describes it)."""
        from .api.general import time as _operation

        return await self.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def trades(
        self,
        symbol: str,
        *,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[RecentTrade]:
        """Recent trades (the coroutine of `Spot.trades`, which describes it)."""
        from .api.market import trades as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                limit=limit,
            ),
            options,
        )

    async def ui_klines(
        self,
        symbol: str,
        interval: KlineInterval
        | Literal["1s", "1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h", "1d", "3d", "1w", "1M"],
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        time_zone: str | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[Kline]:
        """Klines tuned for charts (the coroutine of `Spot.ui_klines`, which describes it)."""
        from .api.market import ui_klines as _operation

        return await self.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                interval=interval,
                start_time=start_time,
                end_time=end_time,
                time_zone=time_zone,
                limit=limit,
            ),
            options,
        )

    async def unfilled_order_count(
        self,
        **options: Unpack[CallOptions],
    ) -> list[UnfilledOrderCount]:
        """Unfilled order count (the coroutine of `Spot.unfilled_order_count`, which describes it)."""
        from .api.account import unfilled_order_count as _operation

        return await self.call(_operation.ENDPOINT, _operation._arguments(), options)


class SpotWithRawResponse:
    """`Spot.with_raw_response`: each method of `Spot`, returning the whole `Response`."""

    def __init__(self, client: Spot) -> None:
        self._client = client
        self.account: Final = raw_response_wrapper(client.account)
        self.account_commission: Final = raw_response_wrapper(client.account_commission)
        self.agg_trades: Final = raw_response_wrapper(client.agg_trades)
        self.all_order_lists: Final = raw_response_wrapper(client.all_order_lists)
        self.all_orders: Final = raw_response_wrapper(client.all_orders)
        self.avg_price: Final = raw_response_wrapper(client.avg_price)
        self.cancel_open_orders: Final = raw_response_wrapper(client.cancel_open_orders)
        self.cancel_order: Final = raw_response_wrapper(client.cancel_order)
        self.cancel_order_list: Final = raw_response_wrapper(client.cancel_order_list)
        self.cancel_replace_order: Final = raw_response_wrapper(client.cancel_replace_order)
        self.depth: Final = raw_response_wrapper(client.depth)
        self.exchange_info: Final = raw_response_wrapper(client.exchange_info)
        self.execution_rules: Final = raw_response_wrapper(client.execution_rules)
        self.historical_block_trades: Final = raw_response_wrapper(client.historical_block_trades)
        self.historical_trades: Final = raw_response_wrapper(client.historical_trades)
        self.klines: Final = raw_response_wrapper(client.klines)
        self.my_allocations: Final = raw_response_wrapper(client.my_allocations)
        self.my_filters: Final = raw_response_wrapper(client.my_filters)
        self.my_prevented_matches: Final = raw_response_wrapper(client.my_prevented_matches)
        self.my_trades: Final = raw_response_wrapper(client.my_trades)
        self.new_oco_order: Final = raw_response_wrapper(client.new_oco_order)
        self.open_order_lists: Final = raw_response_wrapper(client.open_order_lists)
        self.open_orders: Final = raw_response_wrapper(client.open_orders)
        self.order_amend_keep_priority: Final = raw_response_wrapper(client.order_amend_keep_priority)
        self.order_amendments: Final = raw_response_wrapper(client.order_amendments)
        self.order_list_oco: Final = raw_response_wrapper(client.order_list_oco)
        self.order_list_opo: Final = raw_response_wrapper(client.order_list_opo)
        self.order_list_opoco: Final = raw_response_wrapper(client.order_list_opoco)
        self.order_list_oto: Final = raw_response_wrapper(client.order_list_oto)
        self.order_list_otoco: Final = raw_response_wrapper(client.order_list_otoco)
        self.ping: Final = raw_response_wrapper(client.ping)
        self.query_order: Final = raw_response_wrapper(client.query_order)
        self.query_order_list: Final = raw_response_wrapper(client.query_order_list)
        self.reference_price: Final = raw_response_wrapper(client.reference_price)
        self.reference_price_calculation: Final = raw_response_wrapper(client.reference_price_calculation)
        self.time: Final = raw_response_wrapper(client.time)
        self.trades: Final = raw_response_wrapper(client.trades)
        self.ui_klines: Final = raw_response_wrapper(client.ui_klines)
        self.unfilled_order_count: Final = raw_response_wrapper(client.unfilled_order_count)

    @overload
    def new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: Literal[OrderResponseType.FULL, "FULL"],
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[NewOrderFull]: ...
    @overload
    def new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: Literal[OrderResponseType.RESULT, "RESULT"],
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[NewOrderResult]: ...
    @overload
    def new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: Literal[OrderResponseType.ACK, "ACK"],
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[NewOrderAck]: ...
    @overload
    def new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: Literal[OrderType.MARKET, OrderType.LIMIT, "MARKET", "LIMIT"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[NewOrderFull]: ...
    @overload
    def new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: Literal[
            OrderType.STOP_LOSS,
            OrderType.STOP_LOSS_LIMIT,
            OrderType.TAKE_PROFIT,
            OrderType.TAKE_PROFIT_LIMIT,
            OrderType.LIMIT_MAKER,
            "STOP_LOSS",
            "STOP_LOSS_LIMIT",
            "TAKE_PROFIT",
            "TAKE_PROFIT_LIMIT",
            "LIMIT_MAKER",
        ],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[NewOrderAck]: ...
    @overload
    def new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[NewOrderAck | NewOrderFull | NewOrderResult]: ...
    def new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[Any]:
        """`Spot.new_order`, returning the whole `Response`."""
        method = raw_response_wrapper(self._client.new_order)
        return method(
            symbol=symbol,
            side=side,
            type=type,
            time_in_force=time_in_force,
            quantity=quantity,
            quote_order_qty=quote_order_qty,
            price=price,
            new_client_order_id=new_client_order_id,
            strategy_id=strategy_id,
            strategy_type=strategy_type,
            stop_price=stop_price,
            trailing_delta=trailing_delta,
            iceberg_qty=iceberg_qty,
            new_order_resp_type=new_order_resp_type,
            self_trade_prevention_mode=self_trade_prevention_mode,
            peg_price_type=peg_price_type,
            peg_offset_value=peg_offset_value,
            peg_offset_type=peg_offset_type,
            **options,
        )

    @overload
    def new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: Literal[OrderResponseType.FULL, "FULL"],
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[SorOrderFull]: ...
    @overload
    def new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: Literal[OrderResponseType.RESULT, "RESULT"],
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[SorOrderResult]: ...
    @overload
    def new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: Literal[OrderResponseType.ACK, "ACK"],
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[NewOrderAck]: ...
    @overload
    def new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[SorOrderFull]: ...
    @overload
    def new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[NewOrderAck | SorOrderFull | SorOrderResult]: ...
    def new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[Any]:
        """`Spot.new_sor_order`, returning the whole `Response`."""
        method = raw_response_wrapper(self._client.new_sor_order)
        return method(
            symbol=symbol,
            side=side,
            type=type,
            time_in_force=time_in_force,
            quantity=quantity,
            price=price,
            new_client_order_id=new_client_order_id,
            strategy_id=strategy_id,
            strategy_type=strategy_type,
            iceberg_qty=iceberg_qty,
            new_order_resp_type=new_order_resp_type,
            self_trade_prevention_mode=self_trade_prevention_mode,
            **options,
        )

    @overload
    def test_new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        compute_commission_rates: Literal[True],
        **options: Unpack[CallOptions],
    ) -> Response[TestOrderCommission]: ...
    @overload
    def test_new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        compute_commission_rates: Literal[False],
        **options: Unpack[CallOptions],
    ) -> Response[TestOrderEmpty]: ...
    @overload
    def test_new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        compute_commission_rates: None = None,
        **options: Unpack[CallOptions],
    ) -> Response[TestOrderEmpty]: ...
    @overload
    def test_new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        compute_commission_rates: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[TestOrderCommission | TestOrderEmpty]: ...
    def test_new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        compute_commission_rates: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[Any]:
        """`Spot.test_new_order`, returning the whole `Response`."""
        method = raw_response_wrapper(self._client.test_new_order)
        return method(
            symbol=symbol,
            side=side,
            type=type,
            time_in_force=time_in_force,
            quantity=quantity,
            quote_order_qty=quote_order_qty,
            price=price,
            new_client_order_id=new_client_order_id,
            strategy_id=strategy_id,
            strategy_type=strategy_type,
            stop_price=stop_price,
            trailing_delta=trailing_delta,
            iceberg_qty=iceberg_qty,
            new_order_resp_type=new_order_resp_type,
            self_trade_prevention_mode=self_trade_prevention_mode,
            peg_price_type=peg_price_type,
            peg_offset_value=peg_offset_value,
            peg_offset_type=peg_offset_type,
            compute_commission_rates=compute_commission_rates,
            **options,
        )

    @overload
    def test_new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        compute_commission_rates: Literal[True],
        **options: Unpack[CallOptions],
    ) -> Response[TestOrderCommission]: ...
    @overload
    def test_new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        compute_commission_rates: Literal[False],
        **options: Unpack[CallOptions],
    ) -> Response[TestOrderEmpty]: ...
    @overload
    def test_new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        compute_commission_rates: None = None,
        **options: Unpack[CallOptions],
    ) -> Response[TestOrderEmpty]: ...
    @overload
    def test_new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        compute_commission_rates: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[TestOrderCommission | TestOrderEmpty]: ...
    def test_new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        compute_commission_rates: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[Any]:
        """`Spot.test_new_sor_order`, returning the whole `Response`."""
        method = raw_response_wrapper(self._client.test_new_sor_order)
        return method(
            symbol=symbol,
            side=side,
            type=type,
            time_in_force=time_in_force,
            quantity=quantity,
            price=price,
            new_client_order_id=new_client_order_id,
            strategy_id=strategy_id,
            strategy_type=strategy_type,
            iceberg_qty=iceberg_qty,
            new_order_resp_type=new_order_resp_type,
            self_trade_prevention_mode=self_trade_prevention_mode,
            compute_commission_rates=compute_commission_rates,
            **options,
        )

    @overload
    def ticker(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        window_size: WindowLike | None = None,
        type: Literal[TickerType.FULL, "FULL"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[TickerRollingWindowFull]: ...
    @overload
    def ticker(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        window_size: WindowLike | None = None,
        type: Literal[TickerType.FULL, "FULL"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[list[TickerRollingWindowFull]]: ...
    @overload
    def ticker(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        window_size: WindowLike | None = None,
        type: Literal[TickerType.MINI, "MINI"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[TickerRollingWindowMini]: ...
    @overload
    def ticker(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        window_size: WindowLike | None = None,
        type: Literal[TickerType.MINI, "MINI"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[list[TickerRollingWindowMini]]: ...
    @overload
    def ticker(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        window_size: WindowLike | None = None,
        type: None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[TickerRollingWindowFull]: ...
    @overload
    def ticker(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        window_size: WindowLike | None = None,
        type: None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[list[TickerRollingWindowFull]]: ...
    @overload
    def ticker(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        window_size: WindowLike | None = None,
        type: TickerType | Literal["FULL", "MINI"] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[
        list[TickerRollingWindowFull]
        | list[TickerRollingWindowMini]
        | TickerRollingWindowFull
        | TickerRollingWindowMini
    ]: ...
    def ticker(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        window_size: WindowLike | None = None,
        type: TickerType | Literal["FULL", "MINI"] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[Any]:
        """`Spot.ticker`, returning the whole `Response`."""
        method = raw_response_wrapper(self._client.ticker)
        return method(
            symbol=symbol,
            symbols=symbols,
            window_size=window_size,
            type=type,
            symbol_status=symbol_status,
            **options,
        )

    @overload
    def ticker24hr(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        type: Literal[TickerType.FULL, "FULL"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[Ticker24HrFull]: ...
    @overload
    def ticker24hr(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        type: Literal[TickerType.FULL, "FULL"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[list[Ticker24HrFull]]: ...
    @overload
    def ticker24hr(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        type: Literal[TickerType.MINI, "MINI"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[Ticker24HrMini]: ...
    @overload
    def ticker24hr(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        type: Literal[TickerType.MINI, "MINI"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[list[Ticker24HrMini]]: ...
    @overload
    def ticker24hr(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        type: None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[Ticker24HrFull]: ...
    @overload
    def ticker24hr(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        type: None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[list[Ticker24HrFull]]: ...
    @overload
    def ticker24hr(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        type: TickerType | Literal["FULL", "MINI"] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[list[Ticker24HrFull] | list[Ticker24HrMini] | Ticker24HrFull | Ticker24HrMini]: ...
    def ticker24hr(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        type: TickerType | Literal["FULL", "MINI"] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[Any]:
        """`Spot.ticker24hr`, returning the whole `Response`."""
        method = raw_response_wrapper(self._client.ticker24hr)
        return method(
            symbol=symbol,
            symbols=symbols,
            type=type,
            symbol_status=symbol_status,
            **options,
        )

    @overload
    def ticker_book_ticker(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[BookTicker]: ...
    @overload
    def ticker_book_ticker(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[list[BookTicker]]: ...
    @overload
    def ticker_book_ticker(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[BookTicker | list[BookTicker]]: ...
    def ticker_book_ticker(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[Any]:
        """`Spot.ticker_book_ticker`, returning the whole `Response`."""
        method = raw_response_wrapper(self._client.ticker_book_ticker)
        return method(
            symbol=symbol,
            symbols=symbols,
            symbol_status=symbol_status,
            **options,
        )

    @overload
    def ticker_price(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[TickerPrice]: ...
    @overload
    def ticker_price(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[list[TickerPrice]]: ...
    @overload
    def ticker_price(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[list[TickerPrice] | TickerPrice]: ...
    def ticker_price(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[Any]:
        """`Spot.ticker_price`, returning the whole `Response`."""
        method = raw_response_wrapper(self._client.ticker_price)
        return method(
            symbol=symbol,
            symbols=symbols,
            symbol_status=symbol_status,
            **options,
        )

    @overload
    def ticker_trading_day(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        time_zone: str | None = None,
        type: Literal[TickerType.FULL, "FULL"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[TickerTradingDayFull]: ...
    @overload
    def ticker_trading_day(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        time_zone: str | None = None,
        type: Literal[TickerType.FULL, "FULL"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[list[TickerTradingDayFull]]: ...
    @overload
    def ticker_trading_day(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        time_zone: str | None = None,
        type: Literal[TickerType.MINI, "MINI"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[TickerTradingDayMini]: ...
    @overload
    def ticker_trading_day(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        time_zone: str | None = None,
        type: Literal[TickerType.MINI, "MINI"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[list[TickerTradingDayMini]]: ...
    @overload
    def ticker_trading_day(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        time_zone: str | None = None,
        type: None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[TickerTradingDayFull]: ...
    @overload
    def ticker_trading_day(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        time_zone: str | None = None,
        type: None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[list[TickerTradingDayFull]]: ...
    @overload
    def ticker_trading_day(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        time_zone: str | None = None,
        type: TickerType | Literal["FULL", "MINI"] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[
        list[TickerTradingDayFull] | list[TickerTradingDayMini] | TickerTradingDayFull | TickerTradingDayMini
    ]: ...
    def ticker_trading_day(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        time_zone: str | None = None,
        type: TickerType | Literal["FULL", "MINI"] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[Any]:
        """`Spot.ticker_trading_day`, returning the whole `Response`."""
        method = raw_response_wrapper(self._client.ticker_trading_day)
        return method(
            symbol=symbol,
            symbols=symbols,
            time_zone=time_zone,
            type=type,
            symbol_status=symbol_status,
            **options,
        )

    @cached_property
    def algo(self) -> AlgoWithRawResponse:
        from .groups.algo import AlgoWithRawResponse

        return AlgoWithRawResponse(self._client.algo)

    @cached_property
    def auto_invest(self) -> AutoInvestWithRawResponse:
        from .groups.auto_invest import AutoInvestWithRawResponse

        return AutoInvestWithRawResponse(self._client.auto_invest)

    @cached_property
    def blvt(self) -> BlvtWithRawResponse:
        from .groups.blvt import BlvtWithRawResponse

        return BlvtWithRawResponse(self._client.blvt)

    @cached_property
    def c2c(self) -> C2cWithRawResponse:
        from .groups.c2c import C2cWithRawResponse

        return C2cWithRawResponse(self._client.c2c)

    @cached_property
    def convert(self) -> ConvertWithRawResponse:
        from .groups.convert import ConvertWithRawResponse

        return ConvertWithRawResponse(self._client.convert)

    @cached_property
    def copy_trading(self) -> CopyTradingWithRawResponse:
        from .groups.copy_trading import CopyTradingWithRawResponse

        return CopyTradingWithRawResponse(self._client.copy_trading)

    @cached_property
    def crypto_loans(self) -> CryptoLoansWithRawResponse:
        from .groups.crypto_loans import CryptoLoansWithRawResponse

        return CryptoLoansWithRawResponse(self._client.crypto_loans)

    @cached_property
    def dual_investment(self) -> DualInvestmentWithRawResponse:
        from .groups.dual_investment import DualInvestmentWithRawResponse

        return DualInvestmentWithRawResponse(self._client.dual_investment)

    @cached_property
    def fiat(self) -> FiatWithRawResponse:
        from .groups.fiat import FiatWithRawResponse

        return FiatWithRawResponse(self._client.fiat)

    @cached_property
    def futures(self) -> FuturesWithRawResponse:
        from .groups.futures import FuturesWithRawResponse

        return FuturesWithRawResponse(self._client.futures)

    @cached_property
    def gift_card(self) -> GiftCardWithRawResponse:
        from .groups.gift_card import GiftCardWithRawResponse

        return GiftCardWithRawResponse(self._client.gift_card)

    @cached_property
    def margin(self) -> MarginWithRawResponse:
        from .groups.margin import MarginWithRawResponse

        return MarginWithRawResponse(self._client.margin)

    @cached_property
    def mining(self) -> MiningWithRawResponse:
        from .groups.mining import MiningWithRawResponse

        return MiningWithRawResponse(self._client.mining)

    @cached_property
    def nft(self) -> NftWithRawResponse:
        from .groups.nft import NftWithRawResponse

        return NftWithRawResponse(self._client.nft)

    @cached_property
    def oauth(self) -> OauthWithRawResponse:
        from .groups.oauth import OauthWithRawResponse

        return OauthWithRawResponse(self._client.oauth)

    @cached_property
    def pay(self) -> PayWithRawResponse:
        from .groups.pay import PayWithRawResponse

        return PayWithRawResponse(self._client.pay)

    @cached_property
    def portfolio_margin(self) -> PortfolioMarginWithRawResponse:
        from .groups.portfolio_margin import PortfolioMarginWithRawResponse

        return PortfolioMarginWithRawResponse(self._client.portfolio_margin)

    @cached_property
    def prediction(self) -> PredictionWithRawResponse:
        from .groups.prediction import PredictionWithRawResponse

        return PredictionWithRawResponse(self._client.prediction)

    @cached_property
    def rebate(self) -> RebateWithRawResponse:
        from .groups.rebate import RebateWithRawResponse

        return RebateWithRawResponse(self._client.rebate)

    @cached_property
    def savings(self) -> SavingsWithRawResponse:
        from .groups.savings import SavingsWithRawResponse

        return SavingsWithRawResponse(self._client.savings)

    @cached_property
    def simple_earn(self) -> SimpleEarnWithRawResponse:
        from .groups.simple_earn import SimpleEarnWithRawResponse

        return SimpleEarnWithRawResponse(self._client.simple_earn)

    @cached_property
    def staking(self) -> StakingWithRawResponse:
        from .groups.staking import StakingWithRawResponse

        return StakingWithRawResponse(self._client.staking)

    @cached_property
    def stocks(self) -> StocksWithRawResponse:
        from .groups.stocks import StocksWithRawResponse

        return StocksWithRawResponse(self._client.stocks)

    @cached_property
    def sub_account(self) -> SubAccountWithRawResponse:
        from .groups.sub_account import SubAccountWithRawResponse

        return SubAccountWithRawResponse(self._client.sub_account)

    @cached_property
    def vip_loans(self) -> VipLoansWithRawResponse:
        from .groups.vip_loans import VipLoansWithRawResponse

        return VipLoansWithRawResponse(self._client.vip_loans)

    @cached_property
    def wallet(self) -> WalletWithRawResponse:
        from .groups.wallet import WalletWithRawResponse

        return WalletWithRawResponse(self._client.wallet)


class AsyncSpotWithRawResponse:
    """`AsyncSpot.with_raw_response`: each method of `AsyncSpot`, returning the whole `Response`."""

    def __init__(self, client: AsyncSpot) -> None:
        self._client = client
        self.account: Final = async_raw_response_wrapper(client.account)
        self.account_commission: Final = async_raw_response_wrapper(client.account_commission)
        self.agg_trades: Final = async_raw_response_wrapper(client.agg_trades)
        self.all_order_lists: Final = async_raw_response_wrapper(client.all_order_lists)
        self.all_orders: Final = async_raw_response_wrapper(client.all_orders)
        self.avg_price: Final = async_raw_response_wrapper(client.avg_price)
        self.cancel_open_orders: Final = async_raw_response_wrapper(client.cancel_open_orders)
        self.cancel_order: Final = async_raw_response_wrapper(client.cancel_order)
        self.cancel_order_list: Final = async_raw_response_wrapper(client.cancel_order_list)
        self.cancel_replace_order: Final = async_raw_response_wrapper(client.cancel_replace_order)
        self.depth: Final = async_raw_response_wrapper(client.depth)
        self.exchange_info: Final = async_raw_response_wrapper(client.exchange_info)
        self.execution_rules: Final = async_raw_response_wrapper(client.execution_rules)
        self.historical_block_trades: Final = async_raw_response_wrapper(client.historical_block_trades)
        self.historical_trades: Final = async_raw_response_wrapper(client.historical_trades)
        self.klines: Final = async_raw_response_wrapper(client.klines)
        self.my_allocations: Final = async_raw_response_wrapper(client.my_allocations)
        self.my_filters: Final = async_raw_response_wrapper(client.my_filters)
        self.my_prevented_matches: Final = async_raw_response_wrapper(client.my_prevented_matches)
        self.my_trades: Final = async_raw_response_wrapper(client.my_trades)
        self.new_oco_order: Final = async_raw_response_wrapper(client.new_oco_order)
        self.open_order_lists: Final = async_raw_response_wrapper(client.open_order_lists)
        self.open_orders: Final = async_raw_response_wrapper(client.open_orders)
        self.order_amend_keep_priority: Final = async_raw_response_wrapper(client.order_amend_keep_priority)
        self.order_amendments: Final = async_raw_response_wrapper(client.order_amendments)
        self.order_list_oco: Final = async_raw_response_wrapper(client.order_list_oco)
        self.order_list_opo: Final = async_raw_response_wrapper(client.order_list_opo)
        self.order_list_opoco: Final = async_raw_response_wrapper(client.order_list_opoco)
        self.order_list_oto: Final = async_raw_response_wrapper(client.order_list_oto)
        self.order_list_otoco: Final = async_raw_response_wrapper(client.order_list_otoco)
        self.ping: Final = async_raw_response_wrapper(client.ping)
        self.query_order: Final = async_raw_response_wrapper(client.query_order)
        self.query_order_list: Final = async_raw_response_wrapper(client.query_order_list)
        self.reference_price: Final = async_raw_response_wrapper(client.reference_price)
        self.reference_price_calculation: Final = async_raw_response_wrapper(client.reference_price_calculation)
        self.time: Final = async_raw_response_wrapper(client.time)
        self.trades: Final = async_raw_response_wrapper(client.trades)
        self.ui_klines: Final = async_raw_response_wrapper(client.ui_klines)
        self.unfilled_order_count: Final = async_raw_response_wrapper(client.unfilled_order_count)

    @overload
    async def new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: Literal[OrderResponseType.FULL, "FULL"],
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[NewOrderFull]: ...
    @overload
    async def new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: Literal[OrderResponseType.RESULT, "RESULT"],
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[NewOrderResult]: ...
    @overload
    async def new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: Literal[OrderResponseType.ACK, "ACK"],
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[NewOrderAck]: ...
    @overload
    async def new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: Literal[OrderType.MARKET, OrderType.LIMIT, "MARKET", "LIMIT"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[NewOrderFull]: ...
    @overload
    async def new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: Literal[
            OrderType.STOP_LOSS,
            OrderType.STOP_LOSS_LIMIT,
            OrderType.TAKE_PROFIT,
            OrderType.TAKE_PROFIT_LIMIT,
            OrderType.LIMIT_MAKER,
            "STOP_LOSS",
            "STOP_LOSS_LIMIT",
            "TAKE_PROFIT",
            "TAKE_PROFIT_LIMIT",
            "LIMIT_MAKER",
        ],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[NewOrderAck]: ...
    @overload
    async def new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[NewOrderAck | NewOrderFull | NewOrderResult]: ...
    async def new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[Any]:
        """`Spot.new_order`, returning the whole `Response`."""
        method = async_raw_response_wrapper(self._client.new_order)
        return await method(
            symbol=symbol,
            side=side,
            type=type,
            time_in_force=time_in_force,
            quantity=quantity,
            quote_order_qty=quote_order_qty,
            price=price,
            new_client_order_id=new_client_order_id,
            strategy_id=strategy_id,
            strategy_type=strategy_type,
            stop_price=stop_price,
            trailing_delta=trailing_delta,
            iceberg_qty=iceberg_qty,
            new_order_resp_type=new_order_resp_type,
            self_trade_prevention_mode=self_trade_prevention_mode,
            peg_price_type=peg_price_type,
            peg_offset_value=peg_offset_value,
            peg_offset_type=peg_offset_type,
            **options,
        )

    @overload
    async def new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: Literal[OrderResponseType.FULL, "FULL"],
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[SorOrderFull]: ...
    @overload
    async def new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: Literal[OrderResponseType.RESULT, "RESULT"],
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[SorOrderResult]: ...
    @overload
    async def new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: Literal[OrderResponseType.ACK, "ACK"],
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[NewOrderAck]: ...
    @overload
    async def new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[SorOrderFull]: ...
    @overload
    async def new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[NewOrderAck | SorOrderFull | SorOrderResult]: ...
    async def new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[Any]:
        """`Spot.new_sor_order`, returning the whole `Response`."""
        method = async_raw_response_wrapper(self._client.new_sor_order)
        return await method(
            symbol=symbol,
            side=side,
            type=type,
            time_in_force=time_in_force,
            quantity=quantity,
            price=price,
            new_client_order_id=new_client_order_id,
            strategy_id=strategy_id,
            strategy_type=strategy_type,
            iceberg_qty=iceberg_qty,
            new_order_resp_type=new_order_resp_type,
            self_trade_prevention_mode=self_trade_prevention_mode,
            **options,
        )

    @overload
    async def test_new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        compute_commission_rates: Literal[True],
        **options: Unpack[CallOptions],
    ) -> Response[TestOrderCommission]: ...
    @overload
    async def test_new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        compute_commission_rates: Literal[False],
        **options: Unpack[CallOptions],
    ) -> Response[TestOrderEmpty]: ...
    @overload
    async def test_new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        compute_commission_rates: None = None,
        **options: Unpack[CallOptions],
    ) -> Response[TestOrderEmpty]: ...
    @overload
    async def test_new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        compute_commission_rates: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[TestOrderCommission | TestOrderEmpty]: ...
    async def test_new_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        stop_price: DecimalLike | None = None,
        trailing_delta: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
        peg_offset_value: int | None = None,
        peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
        compute_commission_rates: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[Any]:
        """`Spot.test_new_order`, returning the whole `Response`."""
        method = async_raw_response_wrapper(self._client.test_new_order)
        return await method(
            symbol=symbol,
            side=side,
            type=type,
            time_in_force=time_in_force,
            quantity=quantity,
            quote_order_qty=quote_order_qty,
            price=price,
            new_client_order_id=new_client_order_id,
            strategy_id=strategy_id,
            strategy_type=strategy_type,
            stop_price=stop_price,
            trailing_delta=trailing_delta,
            iceberg_qty=iceberg_qty,
            new_order_resp_type=new_order_resp_type,
            self_trade_prevention_mode=self_trade_prevention_mode,
            peg_price_type=peg_price_type,
            peg_offset_value=peg_offset_value,
            peg_offset_type=peg_offset_type,
            compute_commission_rates=compute_commission_rates,
            **options,
        )

    @overload
    async def test_new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        compute_commission_rates: Literal[True],
        **options: Unpack[CallOptions],
    ) -> Response[TestOrderCommission]: ...
    @overload
    async def test_new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        compute_commission_rates: Literal[False],
        **options: Unpack[CallOptions],
    ) -> Response[TestOrderEmpty]: ...
    @overload
    async def test_new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        compute_commission_rates: None = None,
        **options: Unpack[CallOptions],
    ) -> Response[TestOrderEmpty]: ...
    @overload
    async def test_new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        compute_commission_rates: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[TestOrderCommission | TestOrderEmpty]: ...
    async def test_new_sor_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        quantity: DecimalLike,
        *,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        strategy_id: int | None = None,
        strategy_type: int | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        compute_commission_rates: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[Any]:
        """`Spot.test_new_sor_order`, returning the whole `Response`."""
        method = async_raw_response_wrapper(self._client.test_new_sor_order)
        return await method(
            symbol=symbol,
            side=side,
            type=type,
            time_in_force=time_in_force,
            quantity=quantity,
            price=price,
            new_client_order_id=new_client_order_id,
            strategy_id=strategy_id,
            strategy_type=strategy_type,
            iceberg_qty=iceberg_qty,
            new_order_resp_type=new_order_resp_type,
            self_trade_prevention_mode=self_trade_prevention_mode,
            compute_commission_rates=compute_commission_rates,
            **options,
        )

    @overload
    async def ticker(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        window_size: WindowLike | None = None,
        type: Literal[TickerType.FULL, "FULL"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[TickerRollingWindowFull]: ...
    @overload
    async def ticker(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        window_size: WindowLike | None = None,
        type: Literal[TickerType.FULL, "FULL"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[list[TickerRollingWindowFull]]: ...
    @overload
    async def ticker(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        window_size: WindowLike | None = None,
        type: Literal[TickerType.MINI, "MINI"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[TickerRollingWindowMini]: ...
    @overload
    async def ticker(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        window_size: WindowLike | None = None,
        type: Literal[TickerType.MINI, "MINI"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[list[TickerRollingWindowMini]]: ...
    @overload
    async def ticker(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        window_size: WindowLike | None = None,
        type: None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[TickerRollingWindowFull]: ...
    @overload
    async def ticker(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        window_size: WindowLike | None = None,
        type: None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[list[TickerRollingWindowFull]]: ...
    @overload
    async def ticker(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        window_size: WindowLike | None = None,
        type: TickerType | Literal["FULL", "MINI"] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[
        list[TickerRollingWindowFull]
        | list[TickerRollingWindowMini]
        | TickerRollingWindowFull
        | TickerRollingWindowMini
    ]: ...
    async def ticker(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        window_size: WindowLike | None = None,
        type: TickerType | Literal["FULL", "MINI"] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[Any]:
        """`Spot.ticker`, returning the whole `Response`."""
        method = async_raw_response_wrapper(self._client.ticker)
        return await method(
            symbol=symbol,
            symbols=symbols,
            window_size=window_size,
            type=type,
            symbol_status=symbol_status,
            **options,
        )

    @overload
    async def ticker24hr(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        type: Literal[TickerType.FULL, "FULL"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[Ticker24HrFull]: ...
    @overload
    async def ticker24hr(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        type: Literal[TickerType.FULL, "FULL"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[list[Ticker24HrFull]]: ...
    @overload
    async def ticker24hr(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        type: Literal[TickerType.MINI, "MINI"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[Ticker24HrMini]: ...
    @overload
    async def ticker24hr(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        type: Literal[TickerType.MINI, "MINI"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[list[Ticker24HrMini]]: ...
    @overload
    async def ticker24hr(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        type: None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[Ticker24HrFull]: ...
    @overload
    async def ticker24hr(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        type: None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[list[Ticker24HrFull]]: ...
    @overload
    async def ticker24hr(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        type: TickerType | Literal["FULL", "MINI"] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[list[Ticker24HrFull] | list[Ticker24HrMini] | Ticker24HrFull | Ticker24HrMini]: ...
    async def ticker24hr(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        type: TickerType | Literal["FULL", "MINI"] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[Any]:
        """`Spot.ticker24hr`, returning the whole `Response`."""
        method = async_raw_response_wrapper(self._client.ticker24hr)
        return await method(
            symbol=symbol,
            symbols=symbols,
            type=type,
            symbol_status=symbol_status,
            **options,
        )

    @overload
    async def ticker_book_ticker(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[BookTicker]: ...
    @overload
    async def ticker_book_ticker(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[list[BookTicker]]: ...
    @overload
    async def ticker_book_ticker(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[BookTicker | list[BookTicker]]: ...
    async def ticker_book_ticker(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[Any]:
        """`Spot.ticker_book_ticker`, returning the whole `Response`."""
        method = async_raw_response_wrapper(self._client.ticker_book_ticker)
        return await method(
            symbol=symbol,
            symbols=symbols,
            symbol_status=symbol_status,
            **options,
        )

    @overload
    async def ticker_price(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[TickerPrice]: ...
    @overload
    async def ticker_price(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[list[TickerPrice]]: ...
    @overload
    async def ticker_price(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[list[TickerPrice] | TickerPrice]: ...
    async def ticker_price(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[Any]:
        """`Spot.ticker_price`, returning the whole `Response`."""
        method = async_raw_response_wrapper(self._client.ticker_price)
        return await method(
            symbol=symbol,
            symbols=symbols,
            symbol_status=symbol_status,
            **options,
        )

    @overload
    async def ticker_trading_day(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        time_zone: str | None = None,
        type: Literal[TickerType.FULL, "FULL"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[TickerTradingDayFull]: ...
    @overload
    async def ticker_trading_day(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        time_zone: str | None = None,
        type: Literal[TickerType.FULL, "FULL"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[list[TickerTradingDayFull]]: ...
    @overload
    async def ticker_trading_day(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        time_zone: str | None = None,
        type: Literal[TickerType.MINI, "MINI"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[TickerTradingDayMini]: ...
    @overload
    async def ticker_trading_day(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        time_zone: str | None = None,
        type: Literal[TickerType.MINI, "MINI"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[list[TickerTradingDayMini]]: ...
    @overload
    async def ticker_trading_day(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        time_zone: str | None = None,
        type: None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[TickerTradingDayFull]: ...
    @overload
    async def ticker_trading_day(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        time_zone: str | None = None,
        type: None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[list[TickerTradingDayFull]]: ...
    @overload
    async def ticker_trading_day(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        time_zone: str | None = None,
        type: TickerType | Literal["FULL", "MINI"] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[
        list[TickerTradingDayFull] | list[TickerTradingDayMini] | TickerTradingDayFull | TickerTradingDayMini
    ]: ...
    async def ticker_trading_day(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        time_zone: str | None = None,
        type: TickerType | Literal["FULL", "MINI"] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[Any]:
        """`Spot.ticker_trading_day`, returning the whole `Response`."""
        method = async_raw_response_wrapper(self._client.ticker_trading_day)
        return await method(
            symbol=symbol,
            symbols=symbols,
            time_zone=time_zone,
            type=type,
            symbol_status=symbol_status,
            **options,
        )

    @cached_property
    def algo(self) -> AsyncAlgoWithRawResponse:
        from .groups.algo import AsyncAlgoWithRawResponse

        return AsyncAlgoWithRawResponse(self._client.algo)

    @cached_property
    def auto_invest(self) -> AsyncAutoInvestWithRawResponse:
        from .groups.auto_invest import AsyncAutoInvestWithRawResponse

        return AsyncAutoInvestWithRawResponse(self._client.auto_invest)

    @cached_property
    def blvt(self) -> AsyncBlvtWithRawResponse:
        from .groups.blvt import AsyncBlvtWithRawResponse

        return AsyncBlvtWithRawResponse(self._client.blvt)

    @cached_property
    def c2c(self) -> AsyncC2cWithRawResponse:
        from .groups.c2c import AsyncC2cWithRawResponse

        return AsyncC2cWithRawResponse(self._client.c2c)

    @cached_property
    def convert(self) -> AsyncConvertWithRawResponse:
        from .groups.convert import AsyncConvertWithRawResponse

        return AsyncConvertWithRawResponse(self._client.convert)

    @cached_property
    def copy_trading(self) -> AsyncCopyTradingWithRawResponse:
        from .groups.copy_trading import AsyncCopyTradingWithRawResponse

        return AsyncCopyTradingWithRawResponse(self._client.copy_trading)

    @cached_property
    def crypto_loans(self) -> AsyncCryptoLoansWithRawResponse:
        from .groups.crypto_loans import AsyncCryptoLoansWithRawResponse

        return AsyncCryptoLoansWithRawResponse(self._client.crypto_loans)

    @cached_property
    def dual_investment(self) -> AsyncDualInvestmentWithRawResponse:
        from .groups.dual_investment import AsyncDualInvestmentWithRawResponse

        return AsyncDualInvestmentWithRawResponse(self._client.dual_investment)

    @cached_property
    def fiat(self) -> AsyncFiatWithRawResponse:
        from .groups.fiat import AsyncFiatWithRawResponse

        return AsyncFiatWithRawResponse(self._client.fiat)

    @cached_property
    def futures(self) -> AsyncFuturesWithRawResponse:
        from .groups.futures import AsyncFuturesWithRawResponse

        return AsyncFuturesWithRawResponse(self._client.futures)

    @cached_property
    def gift_card(self) -> AsyncGiftCardWithRawResponse:
        from .groups.gift_card import AsyncGiftCardWithRawResponse

        return AsyncGiftCardWithRawResponse(self._client.gift_card)

    @cached_property
    def margin(self) -> AsyncMarginWithRawResponse:
        from .groups.margin import AsyncMarginWithRawResponse

        return AsyncMarginWithRawResponse(self._client.margin)

    @cached_property
    def mining(self) -> AsyncMiningWithRawResponse:
        from .groups.mining import AsyncMiningWithRawResponse

        return AsyncMiningWithRawResponse(self._client.mining)

    @cached_property
    def nft(self) -> AsyncNftWithRawResponse:
        from .groups.nft import AsyncNftWithRawResponse

        return AsyncNftWithRawResponse(self._client.nft)

    @cached_property
    def oauth(self) -> AsyncOauthWithRawResponse:
        from .groups.oauth import AsyncOauthWithRawResponse

        return AsyncOauthWithRawResponse(self._client.oauth)

    @cached_property
    def pay(self) -> AsyncPayWithRawResponse:
        from .groups.pay import AsyncPayWithRawResponse

        return AsyncPayWithRawResponse(self._client.pay)

    @cached_property
    def portfolio_margin(self) -> AsyncPortfolioMarginWithRawResponse:
        from .groups.portfolio_margin import AsyncPortfolioMarginWithRawResponse

        return AsyncPortfolioMarginWithRawResponse(self._client.portfolio_margin)

    @cached_property
    def prediction(self) -> AsyncPredictionWithRawResponse:
        from .groups.prediction import AsyncPredictionWithRawResponse

        return AsyncPredictionWithRawResponse(self._client.prediction)

    @cached_property
    def rebate(self) -> AsyncRebateWithRawResponse:
        from .groups.rebate import AsyncRebateWithRawResponse

        return AsyncRebateWithRawResponse(self._client.rebate)

    @cached_property
    def savings(self) -> AsyncSavingsWithRawResponse:
        from .groups.savings import AsyncSavingsWithRawResponse

        return AsyncSavingsWithRawResponse(self._client.savings)

    @cached_property
    def simple_earn(self) -> AsyncSimpleEarnWithRawResponse:
        from .groups.simple_earn import AsyncSimpleEarnWithRawResponse

        return AsyncSimpleEarnWithRawResponse(self._client.simple_earn)

    @cached_property
    def staking(self) -> AsyncStakingWithRawResponse:
        from .groups.staking import AsyncStakingWithRawResponse

        return AsyncStakingWithRawResponse(self._client.staking)

    @cached_property
    def stocks(self) -> AsyncStocksWithRawResponse:
        from .groups.stocks import AsyncStocksWithRawResponse

        return AsyncStocksWithRawResponse(self._client.stocks)

    @cached_property
    def sub_account(self) -> AsyncSubAccountWithRawResponse:
        from .groups.sub_account import AsyncSubAccountWithRawResponse

        return AsyncSubAccountWithRawResponse(self._client.sub_account)

    @cached_property
    def vip_loans(self) -> AsyncVipLoansWithRawResponse:
        from .groups.vip_loans import AsyncVipLoansWithRawResponse

        return AsyncVipLoansWithRawResponse(self._client.vip_loans)

    @cached_property
    def wallet(self) -> AsyncWalletWithRawResponse:
        from .groups.wallet import AsyncWalletWithRawResponse

        return AsyncWalletWithRawResponse(self._client.wallet)


__all__ = ["AsyncSpot", "AsyncSpotWithRawResponse", "Spot", "SpotWithRawResponse"]
