"""The WebSocket API's methods, from spec/websocket/api.yaml.

`ROWS` is the method table. Every method with a REST twin gets a typed method, async on
`AsyncWebSocketMethods` and blocking on `WebSocketMethods`, taking the twin's parameters
and returning its model; `ENDPOINTS` gives each twin's REST endpoint, whose answer plan
decodes the method's `result` bytes into that model as it decodes the REST body
(`Endpoint.read_content`). The clients (`binance_spot_client.websocket`) build on these
classes. Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

from .signing import Endpoint, RecvWindow, TimeLike, WindowLike, former_keywords, former_name

if TYPE_CHECKING:
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


__all__ = ["ENDPOINTS", "ROWS", "AsyncWebSocketMethods", "WebSocketMethods"]

DecimalLike = str | int | float | Decimal
T = TypeVar("T")

# name: (security, signed, weight, rest operationId, own schema, own parameters (wire, kind, required), deprecated)
ROWS: dict[str, tuple[Any, ...]] = {
    "ping": ("NONE", False, 1, "ping", None, (), False),
    "time": ("NONE", False, 1, "time", None, (), False),
    "exchangeInfo": ("NONE", False, 20, "exchangeInfo", None, (), False),
    "executionRules": ("NONE", False, 40, "executionRules", None, (), False),
    "depth": ("NONE", False, 5, "depth", None, (), False),
    "trades.recent": ("NONE", False, 25, "trades", None, (), False),
    "trades.historical": ("NONE", False, 25, "historicalTrades", None, (), False),
    "blockTrades.historical": ("NONE", False, 25, "historicalBlockTrades", None, (), False),
    "trades.aggregate": ("NONE", False, 4, "aggTrades", None, (), False),
    "klines": ("NONE", False, 2, "klines", None, (), False),
    "uiKlines": ("NONE", False, 2, "uiKlines", None, (), False),
    "avgPrice": ("NONE", False, 2, "avgPrice", None, (), False),
    "ticker.24hr": ("NONE", False, 2, "ticker24hr", None, (), False),
    "ticker.tradingDay": ("NONE", False, 4, "tickerTradingDay", None, (), False),
    "ticker": ("NONE", False, 4, "ticker", None, (), False),
    "ticker.price": ("NONE", False, 2, "tickerPrice", None, (), False),
    "ticker.book": ("NONE", False, 2, "tickerBookTicker", None, (), False),
    "referencePrice": ("NONE", False, 2, "referencePrice", None, (), False),
    "referencePrice.calculation": ("NONE", False, 2, "referencePriceCalculation", None, (), False),
    "session.logon": ("SESSION", True, 2, None, "SessionStatus", (), False),
    "session.status": ("NONE", False, 2, None, "SessionStatus", (), False),
    "session.logout": ("NONE", False, 2, None, "SessionStatus", (), False),
    "session.subscriptions": ("NONE", False, 2, None, "SubscriptionList", (), False),
    "order.place": ("TRADE", True, 1, "newOrder", None, (), False),
    "order.test": ("TRADE", True, 1, "testNewOrder", None, (), False),
    "order.cancel": ("TRADE", True, 1, "cancelOrder", None, (), False),
    "order.cancelReplace": ("TRADE", True, 1, "cancelReplaceOrder", None, (), False),
    "order.amend.keepPriority": ("TRADE", True, 4, "orderAmendKeepPriority", None, (), False),
    "openOrders.cancelAll": ("TRADE", True, 1, "cancelOpenOrders", None, (), False),
    "orderList.place": ("TRADE", True, 1, "newOcoOrder", None, (), True),
    "orderList.place.oco": ("TRADE", True, 1, "orderListOco", None, (), False),
    "orderList.place.oto": ("TRADE", True, 1, "orderListOto", None, (), False),
    "orderList.place.otoco": ("TRADE", True, 1, "orderListOtoco", None, (), False),
    "orderList.place.opo": ("TRADE", True, 1, "orderListOpo", None, (), False),
    "orderList.place.opoco": ("TRADE", True, 1, "orderListOpoco", None, (), False),
    "orderList.cancel": ("TRADE", True, 1, "cancelOrderList", None, (), False),
    "sor.order.place": ("TRADE", True, 1, "newSorOrder", None, (), False),
    "sor.order.test": ("TRADE", True, 1, "testNewSorOrder", None, (), False),
    "account.status": ("USER_DATA", True, 20, "account", None, (), False),
    "order.status": ("USER_DATA", True, 4, "queryOrder", None, (), False),
    "openOrders.status": ("USER_DATA", True, 80, "openOrders", None, (), False),
    "allOrders": ("USER_DATA", True, 20, "allOrders", None, (), False),
    "orderList.status": ("USER_DATA", True, 4, "queryOrderList", None, (), False),
    "openOrderLists.status": ("USER_DATA", True, 6, "openOrderLists", None, (), False),
    "allOrderLists": ("USER_DATA", True, 20, "allOrderLists", None, (), False),
    "myTrades": ("USER_DATA", True, 20, "myTrades", None, (), False),
    "account.rateLimits.orders": ("USER_DATA", True, 40, "unfilledOrderCount", None, (), False),
    "myPreventedMatches": ("USER_DATA", True, 20, "myPreventedMatches", None, (), False),
    "myAllocations": ("USER_DATA", True, 20, "myAllocations", None, (), False),
    "account.commission": ("USER_DATA", True, 20, "accountCommission", None, (), False),
    "order.amendments": ("USER_DATA", True, 4, "orderAmendments", None, (), False),
    "myFilters": ("USER_DATA", True, 40, "myFilters", None, (), False),
    "userDataStream.subscribe": ("USER_STREAM", False, 2, None, "UserDataSubscription", (), False),
    "userDataStream.subscribe.signature": ("USER_STREAM", True, 2, None, "UserDataSubscription", (), False),
    "userDataStream.subscribe.listenToken": (
        "USER_STREAM",
        False,
        2,
        None,
        "ListenTokenSubscription",
        (("listenToken", "string", True),),
        False,
    ),
    "userDataStream.unsubscribe": ("NONE", False, 2, None, "Empty", (("subscriptionId", "integer", False),), False),
}


def _endpoint_ping() -> Endpoint[PingResponse]:
    from .api.general import ping as _operation

    return _operation.ENDPOINT


def _endpoint_time() -> Endpoint[ServerTime]:
    from .api.general import time as _operation

    return _operation.ENDPOINT


def _endpoint_exchange_info() -> Endpoint[ExchangeInfo]:
    from .api.general import exchange_info as _operation

    return _operation.ENDPOINT


def _endpoint_execution_rules() -> Endpoint[ExecutionRules]:
    from .api.general import execution_rules as _operation

    return _operation.ENDPOINT


def _endpoint_depth() -> Endpoint[OrderBook]:
    from .api.market import depth as _operation

    return _operation.ENDPOINT


def _endpoint_trades() -> Endpoint[list[RecentTrade]]:
    from .api.market import trades as _operation

    return _operation.ENDPOINT


def _endpoint_historical_trades() -> Endpoint[list[RecentTrade]]:
    from .api.market import historical_trades as _operation

    return _operation.ENDPOINT


def _endpoint_historical_block_trades() -> Endpoint[list[HistoricalBlockTrade]]:
    from .api.market import historical_block_trades as _operation

    return _operation.ENDPOINT


def _endpoint_agg_trades() -> Endpoint[list[AggregateTrade]]:
    from .api.market import agg_trades as _operation

    return _operation.ENDPOINT


def _endpoint_klines() -> Endpoint[list[Kline]]:
    from .api.market import klines as _operation

    return _operation.ENDPOINT


def _endpoint_ui_klines() -> Endpoint[list[Kline]]:
    from .api.market import ui_klines as _operation

    return _operation.ENDPOINT


def _endpoint_avg_price() -> Endpoint[AveragePrice]:
    from .api.market import avg_price as _operation

    return _operation.ENDPOINT


def _endpoint_ticker24hr() -> Endpoint[list[Ticker24HrFull] | list[Ticker24HrMini] | Ticker24HrFull | Ticker24HrMini]:
    from .api.market import ticker24hr as _operation

    return _operation.ENDPOINT


def _endpoint_ticker_trading_day() -> Endpoint[
    list[TickerTradingDayFull] | list[TickerTradingDayMini] | TickerTradingDayFull | TickerTradingDayMini
]:
    from .api.market import ticker_trading_day as _operation

    return _operation.ENDPOINT


def _endpoint_ticker() -> Endpoint[
    list[TickerRollingWindowFull] | list[TickerRollingWindowMini] | TickerRollingWindowFull | TickerRollingWindowMini
]:
    from .api.market import ticker as _operation

    return _operation.ENDPOINT


def _endpoint_ticker_price() -> Endpoint[list[TickerPrice] | TickerPrice]:
    from .api.market import ticker_price as _operation

    return _operation.ENDPOINT


def _endpoint_ticker_book_ticker() -> Endpoint[BookTicker | list[BookTicker]]:
    from .api.market import ticker_book_ticker as _operation

    return _operation.ENDPOINT


def _endpoint_reference_price() -> Endpoint[ReferencePrice]:
    from .api.market import reference_price as _operation

    return _operation.ENDPOINT


def _endpoint_reference_price_calculation() -> Endpoint[ReferencePriceCalculation]:
    from .api.market import reference_price_calculation as _operation

    return _operation.ENDPOINT


def _endpoint_new_order() -> Endpoint[NewOrderAck | NewOrderFull | NewOrderResult]:
    from .api.trade import new_order as _operation

    return _operation.ENDPOINT


def _endpoint_test_new_order() -> Endpoint[TestOrderCommission | TestOrderEmpty]:
    from .api.trade import test_new_order as _operation

    return _operation.ENDPOINT


def _endpoint_cancel_order() -> Endpoint[CanceledOrder]:
    from .api.trade import cancel_order as _operation

    return _operation.ENDPOINT


def _endpoint_cancel_replace_order() -> Endpoint[CancelReplaceResult]:
    from .api.trade import cancel_replace_order as _operation

    return _operation.ENDPOINT


def _endpoint_order_amend_keep_priority() -> Endpoint[OrderAmendResult]:
    from .api.trade import order_amend_keep_priority as _operation

    return _operation.ENDPOINT


def _endpoint_cancel_open_orders() -> Endpoint[list[CanceledOrder | CanceledOrderList]]:
    from .api.trade import cancel_open_orders as _operation

    return _operation.ENDPOINT


def _endpoint_new_oco_order() -> Endpoint[OrderListResponse]:
    from .api.trade import new_oco_order as _operation

    return _operation.ENDPOINT


def _endpoint_order_list_oco() -> Endpoint[OrderListResponse]:
    from .api.trade import order_list_oco as _operation

    return _operation.ENDPOINT


def _endpoint_order_list_oto() -> Endpoint[OrderListResponse]:
    from .api.trade import order_list_oto as _operation

    return _operation.ENDPOINT


def _endpoint_order_list_otoco() -> Endpoint[OrderListResponse]:
    from .api.trade import order_list_otoco as _operation

    return _operation.ENDPOINT


def _endpoint_order_list_opo() -> Endpoint[OrderListResponse]:
    from .api.trade import order_list_opo as _operation

    return _operation.ENDPOINT


def _endpoint_order_list_opoco() -> Endpoint[OrderListResponse]:
    from .api.trade import order_list_opoco as _operation

    return _operation.ENDPOINT


def _endpoint_cancel_order_list() -> Endpoint[CanceledOrderList]:
    from .api.trade import cancel_order_list as _operation

    return _operation.ENDPOINT


def _endpoint_new_sor_order() -> Endpoint[NewOrderAck | SorOrderFull | SorOrderResult]:
    from .api.trade import new_sor_order as _operation

    return _operation.ENDPOINT


def _endpoint_test_new_sor_order() -> Endpoint[TestOrderCommission | TestOrderEmpty]:
    from .api.trade import test_new_sor_order as _operation

    return _operation.ENDPOINT


def _endpoint_account() -> Endpoint[Account]:
    from .api.account import account as _operation

    return _operation.ENDPOINT


def _endpoint_query_order() -> Endpoint[Order]:
    from .api.account import query_order as _operation

    return _operation.ENDPOINT


def _endpoint_open_orders() -> Endpoint[list[Order]]:
    from .api.account import open_orders as _operation

    return _operation.ENDPOINT


def _endpoint_all_orders() -> Endpoint[list[Order]]:
    from .api.account import all_orders as _operation

    return _operation.ENDPOINT


def _endpoint_query_order_list() -> Endpoint[OrderList]:
    from .api.account import query_order_list as _operation

    return _operation.ENDPOINT


def _endpoint_open_order_lists() -> Endpoint[list[OrderList]]:
    from .api.account import open_order_lists as _operation

    return _operation.ENDPOINT


def _endpoint_all_order_lists() -> Endpoint[list[OrderList]]:
    from .api.account import all_order_lists as _operation

    return _operation.ENDPOINT


def _endpoint_my_trades() -> Endpoint[list[AccountTrade]]:
    from .api.account import my_trades as _operation

    return _operation.ENDPOINT


def _endpoint_unfilled_order_count() -> Endpoint[list[UnfilledOrderCount]]:
    from .api.account import unfilled_order_count as _operation

    return _operation.ENDPOINT


def _endpoint_my_prevented_matches() -> Endpoint[list[PreventedMatch]]:
    from .api.account import my_prevented_matches as _operation

    return _operation.ENDPOINT


def _endpoint_my_allocations() -> Endpoint[list[Allocation]]:
    from .api.account import my_allocations as _operation

    return _operation.ENDPOINT


def _endpoint_account_commission() -> Endpoint[AccountCommission]:
    from .api.account import account_commission as _operation

    return _operation.ENDPOINT


def _endpoint_order_amendments() -> Endpoint[list[OrderAmendment]]:
    from .api.account import order_amendments as _operation

    return _operation.ENDPOINT


def _endpoint_my_filters() -> Endpoint[MyFilters]:
    from .api.account import my_filters as _operation

    return _operation.ENDPOINT


# The REST twin's endpoint of each method, by method name: its answer plan decodes the `result`.
# Functions, so that a method's operation module is imported on its first call only.
ENDPOINTS: dict[str, Callable[[], Endpoint[Any]]] = {
    "ping": _endpoint_ping,
    "time": _endpoint_time,
    "exchangeInfo": _endpoint_exchange_info,
    "executionRules": _endpoint_execution_rules,
    "depth": _endpoint_depth,
    "trades.recent": _endpoint_trades,
    "trades.historical": _endpoint_historical_trades,
    "blockTrades.historical": _endpoint_historical_block_trades,
    "trades.aggregate": _endpoint_agg_trades,
    "klines": _endpoint_klines,
    "uiKlines": _endpoint_ui_klines,
    "avgPrice": _endpoint_avg_price,
    "ticker.24hr": _endpoint_ticker24hr,
    "ticker.tradingDay": _endpoint_ticker_trading_day,
    "ticker": _endpoint_ticker,
    "ticker.price": _endpoint_ticker_price,
    "ticker.book": _endpoint_ticker_book_ticker,
    "referencePrice": _endpoint_reference_price,
    "referencePrice.calculation": _endpoint_reference_price_calculation,
    "order.place": _endpoint_new_order,
    "order.test": _endpoint_test_new_order,
    "order.cancel": _endpoint_cancel_order,
    "order.cancelReplace": _endpoint_cancel_replace_order,
    "order.amend.keepPriority": _endpoint_order_amend_keep_priority,
    "openOrders.cancelAll": _endpoint_cancel_open_orders,
    "orderList.place": _endpoint_new_oco_order,
    "orderList.place.oco": _endpoint_order_list_oco,
    "orderList.place.oto": _endpoint_order_list_oto,
    "orderList.place.otoco": _endpoint_order_list_otoco,
    "orderList.place.opo": _endpoint_order_list_opo,
    "orderList.place.opoco": _endpoint_order_list_opoco,
    "orderList.cancel": _endpoint_cancel_order_list,
    "sor.order.place": _endpoint_new_sor_order,
    "sor.order.test": _endpoint_test_new_sor_order,
    "account.status": _endpoint_account,
    "order.status": _endpoint_query_order,
    "openOrders.status": _endpoint_open_orders,
    "allOrders": _endpoint_all_orders,
    "orderList.status": _endpoint_query_order_list,
    "openOrderLists.status": _endpoint_open_order_lists,
    "allOrderLists": _endpoint_all_order_lists,
    "myTrades": _endpoint_my_trades,
    "account.rateLimits.orders": _endpoint_unfilled_order_count,
    "myPreventedMatches": _endpoint_my_prevented_matches,
    "myAllocations": _endpoint_my_allocations,
    "account.commission": _endpoint_account_commission,
    "order.amendments": _endpoint_order_amendments,
    "myFilters": _endpoint_my_filters,
}


class AsyncWebSocketMethods:
    """One coroutine per WebSocket API method with a REST twin."""

    async def call(
        self,
        method: str,
        /,
        *,
        request_id: str | int | None = None,
        timeout: float | None = None,
        recv_window: RecvWindow | None = None,
        encoding: Literal["json", "sbe"] | None = None,
        **arguments: Any,
    ) -> Any:
        """Call a method by name with Python-named arguments (the client implements it)."""
        raise NotImplementedError

    async def ping(
        self,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> PingResponse:
        """Test connectivity: `ping` (NONE, weight 1).

        Parameters and result as the REST client's `Spot.ping`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: PingResponse = await self.call(
            "ping", request_id=request_id, recv_window=recv_window, timeout=timeout, encoding=encoding
        )
        return result

    async def time(
        self,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> ServerTime:
        """Server time: `time` (NONE, weight 1).

        Parameters and result as the REST client's `Spot.time`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: ServerTime = await self.call(
            "time", request_id=request_id, recv_window=recv_window, timeout=timeout, encoding=encoding
        )
        return result

    async def exchange_info(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        permissions: Sequence[str] | None = None,
        show_permission_sets: bool | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> ExchangeInfo:
        """Trading rules and symbol information: `exchangeInfo` (NONE, weight 20).

        Parameters and result as the REST client's `Spot.exchange_info`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: ExchangeInfo = await self.call(
            "exchangeInfo",
            request_id=request_id,
            symbol=symbol,
            symbols=symbols,
            permissions=permissions,
            show_permission_sets=show_permission_sets,
            symbol_status=symbol_status,
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    async def execution_rules(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> ExecutionRules:
        """Execution rules: `executionRules` (NONE, weight 40).

        Parameters and result as the REST client's `Spot.execution_rules`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: ExecutionRules = await self.call(
            "executionRules",
            request_id=request_id,
            symbol=symbol,
            symbols=symbols,
            symbol_status=symbol_status,
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    async def depth(
        self,
        symbol: str,
        *,
        limit: int | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> OrderBook:
        """Order book: `depth` (NONE, weight 5).

        Parameters and result as the REST client's `Spot.depth`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: OrderBook = await self.call(
            "depth",
            request_id=request_id,
            symbol=symbol,
            limit=limit,
            symbol_status=symbol_status,
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    async def trades(
        self,
        symbol: str,
        *,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[RecentTrade]:
        """Recent trades: `trades.recent` (NONE, weight 25).

        Parameters and result as the REST client's `Spot.trades`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: list[RecentTrade] = await self.call(
            "trades.recent",
            request_id=request_id,
            symbol=symbol,
            limit=limit,
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    trades_recent: Any = former_name("trades_recent", trades)

    async def historical_trades(
        self,
        symbol: str,
        *,
        limit: int | None = None,
        from_id: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[RecentTrade]:
        """Older trades: `trades.historical` (NONE, weight 25).

        Parameters and result as the REST client's `Spot.historical_trades`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: list[RecentTrade] = await self.call(
            "trades.historical",
            request_id=request_id,
            symbol=symbol,
            limit=limit,
            from_id=from_id,
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    trades_historical: Any = former_name("trades_historical", historical_trades)

    async def historical_block_trades(
        self,
        symbol: str,
        from_id: int,
        *,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[HistoricalBlockTrade]:
        """Older block trades: `blockTrades.historical` (NONE, weight 25).

        Parameters and result as the REST client's `Spot.historical_block_trades`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: list[HistoricalBlockTrade] = await self.call(
            "blockTrades.historical",
            request_id=request_id,
            symbol=symbol,
            from_id=from_id,
            limit=limit,
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    block_trades_historical: Any = former_name("block_trades_historical", historical_block_trades)

    async def agg_trades(
        self,
        symbol: str,
        *,
        from_id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[AggregateTrade]:
        """Aggregate trades: `trades.aggregate` (NONE, weight 4).

        Parameters and result as the REST client's `Spot.agg_trades`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: list[AggregateTrade] = await self.call(
            "trades.aggregate",
            request_id=request_id,
            symbol=symbol,
            from_id=from_id,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    trades_aggregate: Any = former_name("trades_aggregate", agg_trades)

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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[Kline]:
        """Candlesticks: `klines` (NONE, weight 2).

        Parameters and result as the REST client's `Spot.klines`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: list[Kline] = await self.call(
            "klines",
            request_id=request_id,
            symbol=symbol,
            interval=interval,
            start_time=start_time,
            end_time=end_time,
            time_zone=time_zone,
            limit=limit,
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[Kline]:
        """Candlesticks for charts: `uiKlines` (NONE, weight 2).

        Parameters and result as the REST client's `Spot.ui_klines`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: list[Kline] = await self.call(
            "uiKlines",
            request_id=request_id,
            symbol=symbol,
            interval=interval,
            start_time=start_time,
            end_time=end_time,
            time_zone=time_zone,
            limit=limit,
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    async def avg_price(
        self,
        symbol: str,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> AveragePrice:
        """Current average price: `avgPrice` (NONE, weight 2).

        Parameters and result as the REST client's `Spot.avg_price`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: AveragePrice = await self.call(
            "avgPrice",
            request_id=request_id,
            symbol=symbol,
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    @overload
    async def ticker24hr(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        type: Literal[TickerType.FULL, "FULL"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> Ticker24HrFull: ...
    @overload
    async def ticker24hr(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        type: Literal[TickerType.FULL, "FULL"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[Ticker24HrFull]: ...
    @overload
    async def ticker24hr(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        type: Literal[TickerType.MINI, "MINI"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> Ticker24HrMini: ...
    @overload
    async def ticker24hr(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        type: Literal[TickerType.MINI, "MINI"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[Ticker24HrMini]: ...
    @overload
    async def ticker24hr(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        type: None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> Ticker24HrFull: ...
    @overload
    async def ticker24hr(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        type: None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[Ticker24HrFull]: ...
    @overload
    async def ticker24hr(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        type: TickerType | Literal["FULL", "MINI"] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[Ticker24HrFull] | list[Ticker24HrMini] | Ticker24HrFull | Ticker24HrMini: ...

    @former_keywords({"type_": "type"})
    async def ticker24hr(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        type: TickerType | Literal["FULL", "MINI"] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[Ticker24HrFull] | list[Ticker24HrMini] | Ticker24HrFull | Ticker24HrMini:
        """24 h rolling statistics: `ticker.24hr` (NONE, weight 2).

        Parameters and result as the REST client's `Spot.ticker24hr`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: list[Ticker24HrFull] | list[Ticker24HrMini] | Ticker24HrFull | Ticker24HrMini = await self.call(
            "ticker.24hr",
            request_id=request_id,
            symbol=symbol,
            symbols=symbols,
            type=type,
            symbol_status=symbol_status,
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    ticker_24hr: Any = former_name("ticker_24hr", ticker24hr)

    @overload
    async def ticker_trading_day(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        time_zone: str | None = None,
        type: Literal[TickerType.FULL, "FULL"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[TickerTradingDayFull] | list[TickerTradingDayMini] | TickerTradingDayFull | TickerTradingDayMini:
        """Trading-day statistics: `ticker.tradingDay` (NONE, weight 4).

        Parameters and result as the REST client's `Spot.ticker_trading_day`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: (
            list[TickerTradingDayFull] | list[TickerTradingDayMini] | TickerTradingDayFull | TickerTradingDayMini
        ) = await self.call(
            "ticker.tradingDay",
            request_id=request_id,
            symbol=symbol,
            symbols=symbols,
            time_zone=time_zone,
            type=type,
            symbol_status=symbol_status,
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    @overload
    async def ticker(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        window_size: WindowLike | None = None,
        type: Literal[TickerType.FULL, "FULL"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> (
        list[TickerRollingWindowFull]
        | list[TickerRollingWindowMini]
        | TickerRollingWindowFull
        | TickerRollingWindowMini
    ):
        """Rolling-window statistics: `ticker` (NONE, weight 4).

        Parameters and result as the REST client's `Spot.ticker`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: (
            list[TickerRollingWindowFull]
            | list[TickerRollingWindowMini]
            | TickerRollingWindowFull
            | TickerRollingWindowMini
        ) = await self.call(
            "ticker",
            request_id=request_id,
            symbol=symbol,
            symbols=symbols,
            window_size=window_size,
            type=type,
            symbol_status=symbol_status,
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    @overload
    async def ticker_price(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> TickerPrice: ...
    @overload
    async def ticker_price(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[TickerPrice]: ...
    @overload
    async def ticker_price(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[TickerPrice] | TickerPrice: ...

    async def ticker_price(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[TickerPrice] | TickerPrice:
        """Latest price: `ticker.price` (NONE, weight 2).

        Parameters and result as the REST client's `Spot.ticker_price`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: list[TickerPrice] | TickerPrice = await self.call(
            "ticker.price",
            request_id=request_id,
            symbol=symbol,
            symbols=symbols,
            symbol_status=symbol_status,
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    @overload
    async def ticker_book_ticker(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> BookTicker: ...
    @overload
    async def ticker_book_ticker(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[BookTicker]: ...
    @overload
    async def ticker_book_ticker(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> BookTicker | list[BookTicker]: ...

    async def ticker_book_ticker(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> BookTicker | list[BookTicker]:
        """Best bid and ask: `ticker.book` (NONE, weight 2).

        Parameters and result as the REST client's `Spot.ticker_book_ticker`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: BookTicker | list[BookTicker] = await self.call(
            "ticker.book",
            request_id=request_id,
            symbol=symbol,
            symbols=symbols,
            symbol_status=symbol_status,
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    ticker_book: Any = former_name("ticker_book", ticker_book_ticker)

    async def reference_price(
        self,
        symbol: str,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> ReferencePrice:
        """Reference price: `referencePrice` (NONE, weight 2).

        Parameters and result as the REST client's `Spot.reference_price`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: ReferencePrice = await self.call(
            "referencePrice",
            request_id=request_id,
            symbol=symbol,
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    async def reference_price_calculation(
        self,
        symbol: str,
        *,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> ReferencePriceCalculation:
        """How the reference price is computed: `referencePrice.calculation` (NONE, weight 2).

        Parameters and result as the REST client's `Spot.reference_price_calculation`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: ReferencePriceCalculation = await self.call(
            "referencePrice.calculation",
            request_id=request_id,
            symbol=symbol,
            symbol_status=symbol_status,
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> NewOrderAck | NewOrderFull | NewOrderResult:
        """Place an order: `order.place` (TRADE, weight 1).

        Parameters and result as the REST client's `Spot.new_order`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: NewOrderAck | NewOrderFull | NewOrderResult = await self.call(
            "order.place",
            request_id=request_id,
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
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    order_place: Any = former_name("order_place", new_order)

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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> TestOrderCommission | TestOrderEmpty:
        """Validate an order without placing it: `order.test` (TRADE, weight 1).

        Parameters and result as the REST client's `Spot.test_new_order`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: TestOrderCommission | TestOrderEmpty = await self.call(
            "order.test",
            request_id=request_id,
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
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    order_test: Any = former_name("order_test", test_new_order)

    async def cancel_order(
        self,
        symbol: str,
        *,
        order_id: int | None = None,
        orig_client_order_id: str | None = None,
        new_client_order_id: str | None = None,
        cancel_restrictions: CancelRestrictions | Literal["ONLY_NEW", "ONLY_PARTIALLY_FILLED"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> CanceledOrder:
        """Cancel an order: `order.cancel` (TRADE, weight 1).

        Parameters and result as the REST client's `Spot.cancel_order`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: CanceledOrder = await self.call(
            "order.cancel",
            request_id=request_id,
            symbol=symbol,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
            new_client_order_id=new_client_order_id,
            cancel_restrictions=cancel_restrictions,
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    order_cancel: Any = former_name("order_cancel", cancel_order)

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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> CancelReplaceResult:
        """Cancel an order and place another: `order.cancelReplace` (TRADE, weight 1).

        Parameters and result as the REST client's `Spot.cancel_replace_order`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: CancelReplaceResult = await self.call(
            "order.cancelReplace",
            request_id=request_id,
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
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    order_cancel_replace: Any = former_name("order_cancel_replace", cancel_replace_order)

    async def order_amend_keep_priority(
        self,
        symbol: str,
        new_qty: DecimalLike,
        *,
        order_id: int | None = None,
        orig_client_order_id: str | None = None,
        new_client_order_id: str | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> OrderAmendResult:
        """Reduce an order's quantity keeping its place: `order.amend.keepPriority` (TRADE, weight 4).

        Parameters and result as the REST client's `Spot.order_amend_keep_priority`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: OrderAmendResult = await self.call(
            "order.amend.keepPriority",
            request_id=request_id,
            symbol=symbol,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
            new_client_order_id=new_client_order_id,
            new_qty=new_qty,
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    async def cancel_open_orders(
        self,
        symbol: str,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[CanceledOrder | CanceledOrderList]:
        """Cancel all open orders of a symbol: `openOrders.cancelAll` (TRADE, weight 1).

        Parameters and result as the REST client's `Spot.cancel_open_orders`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: list[CanceledOrder | CanceledOrderList] = await self.call(
            "openOrders.cancelAll",
            request_id=request_id,
            symbol=symbol,
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    open_orders_cancel_all: Any = former_name("open_orders_cancel_all", cancel_open_orders)

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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> OrderListResponse:
        """Place an OCO (legacy parameters): `orderList.place` (TRADE, weight 1). Deprecated by Binance.

        Parameters and result as the REST client's `Spot.new_oco_order`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: OrderListResponse = await self.call(
            "orderList.place",
            request_id=request_id,
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
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    order_list_place: Any = former_name("order_list_place", new_oco_order)

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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> OrderListResponse:
        """Place an OCO order list: `orderList.place.oco` (TRADE, weight 1).

        Parameters and result as the REST client's `Spot.order_list_oco`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: OrderListResponse = await self.call(
            "orderList.place.oco",
            request_id=request_id,
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
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    order_list_place_oco: Any = former_name("order_list_place_oco", order_list_oco)

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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> OrderListResponse:
        """Place an OTO order list: `orderList.place.oto` (TRADE, weight 1).

        Parameters and result as the REST client's `Spot.order_list_oto`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: OrderListResponse = await self.call(
            "orderList.place.oto",
            request_id=request_id,
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
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    order_list_place_oto: Any = former_name("order_list_place_oto", order_list_oto)

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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> OrderListResponse:
        """Place an OTOCO order list: `orderList.place.otoco` (TRADE, weight 1).

        Parameters and result as the REST client's `Spot.order_list_otoco`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: OrderListResponse = await self.call(
            "orderList.place.otoco",
            request_id=request_id,
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
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    order_list_place_otoco: Any = former_name("order_list_place_otoco", order_list_otoco)

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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> OrderListResponse:
        """Place an OPO order list: `orderList.place.opo` (TRADE, weight 1).

        Parameters and result as the REST client's `Spot.order_list_opo`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: OrderListResponse = await self.call(
            "orderList.place.opo",
            request_id=request_id,
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
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    order_list_place_opo: Any = former_name("order_list_place_opo", order_list_opo)

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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> OrderListResponse:
        """Place an OPOCO order list: `orderList.place.opoco` (TRADE, weight 1).

        Parameters and result as the REST client's `Spot.order_list_opoco`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: OrderListResponse = await self.call(
            "orderList.place.opoco",
            request_id=request_id,
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
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    order_list_place_opoco: Any = former_name("order_list_place_opoco", order_list_opoco)

    async def cancel_order_list(
        self,
        symbol: str,
        *,
        order_list_id: int | None = None,
        list_client_order_id: str | None = None,
        new_client_order_id: str | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> CanceledOrderList:
        """Cancel an order list: `orderList.cancel` (TRADE, weight 1).

        Parameters and result as the REST client's `Spot.cancel_order_list`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: CanceledOrderList = await self.call(
            "orderList.cancel",
            request_id=request_id,
            symbol=symbol,
            order_list_id=order_list_id,
            list_client_order_id=list_client_order_id,
            new_client_order_id=new_client_order_id,
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    order_list_cancel: Any = former_name("order_list_cancel", cancel_order_list)

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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> NewOrderAck | SorOrderFull | SorOrderResult:
        """Place an order through smart order routing: `sor.order.place` (TRADE, weight 1).

        Parameters and result as the REST client's `Spot.new_sor_order`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: NewOrderAck | SorOrderFull | SorOrderResult = await self.call(
            "sor.order.place",
            request_id=request_id,
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
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    sor_order_place: Any = former_name("sor_order_place", new_sor_order)

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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> TestOrderCommission | TestOrderEmpty:
        """Validate an SOR order without placing it: `sor.order.test` (TRADE, weight 1).

        Parameters and result as the REST client's `Spot.test_new_sor_order`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: TestOrderCommission | TestOrderEmpty = await self.call(
            "sor.order.test",
            request_id=request_id,
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
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    sor_order_test: Any = former_name("sor_order_test", test_new_sor_order)

    async def account(
        self,
        *,
        omit_zero_balances: bool | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> Account:
        """Balances and permissions: `account.status` (USER_DATA, weight 20).

        Parameters and result as the REST client's `Spot.account`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: Account = await self.call(
            "account.status",
            request_id=request_id,
            omit_zero_balances=omit_zero_balances,
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    account_status: Any = former_name("account_status", account)

    async def query_order(
        self,
        symbol: str,
        *,
        order_id: int | None = None,
        orig_client_order_id: str | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> Order:
        """One order: `order.status` (USER_DATA, weight 4).

        Parameters and result as the REST client's `Spot.query_order`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: Order = await self.call(
            "order.status",
            request_id=request_id,
            symbol=symbol,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    order_status: Any = former_name("order_status", query_order)

    async def open_orders(
        self,
        *,
        symbol: str | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[Order]:
        """Open orders: `openOrders.status` (USER_DATA, weight 80).

        Parameters and result as the REST client's `Spot.open_orders`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: list[Order] = await self.call(
            "openOrders.status",
            request_id=request_id,
            symbol=symbol,
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    open_orders_status: Any = former_name("open_orders_status", open_orders)

    async def all_orders(
        self,
        symbol: str,
        *,
        order_id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[Order]:
        """Order history: `allOrders` (USER_DATA, weight 20).

        Parameters and result as the REST client's `Spot.all_orders`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: list[Order] = await self.call(
            "allOrders",
            request_id=request_id,
            symbol=symbol,
            order_id=order_id,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    async def query_order_list(
        self,
        *,
        order_list_id: int | None = None,
        orig_client_order_id: str | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> OrderList:
        """One order list: `orderList.status` (USER_DATA, weight 4).

        Parameters and result as the REST client's `Spot.query_order_list`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: OrderList = await self.call(
            "orderList.status",
            request_id=request_id,
            order_list_id=order_list_id,
            orig_client_order_id=orig_client_order_id,
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    order_list_status: Any = former_name("order_list_status", query_order_list)

    async def open_order_lists(
        self,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[OrderList]:
        """Open order lists: `openOrderLists.status` (USER_DATA, weight 6).

        Parameters and result as the REST client's `Spot.open_order_lists`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: list[OrderList] = await self.call(
            "openOrderLists.status", request_id=request_id, recv_window=recv_window, timeout=timeout, encoding=encoding
        )
        return result

    open_order_lists_status: Any = former_name("open_order_lists_status", open_order_lists)

    async def all_order_lists(
        self,
        *,
        from_id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[OrderList]:
        """Order list history: `allOrderLists` (USER_DATA, weight 20).

        Parameters and result as the REST client's `Spot.all_order_lists`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: list[OrderList] = await self.call(
            "allOrderLists",
            request_id=request_id,
            from_id=from_id,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    async def my_trades(
        self,
        symbol: str,
        *,
        order_id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        from_id: int | None = None,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[AccountTrade]:
        """Trade history: `myTrades` (USER_DATA, weight 20).

        Parameters and result as the REST client's `Spot.my_trades`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: list[AccountTrade] = await self.call(
            "myTrades",
            request_id=request_id,
            symbol=symbol,
            order_id=order_id,
            start_time=start_time,
            end_time=end_time,
            from_id=from_id,
            limit=limit,
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    async def unfilled_order_count(
        self,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[UnfilledOrderCount]:
        """Unfilled order count: `account.rateLimits.orders` (USER_DATA, weight 40).

        Parameters and result as the REST client's `Spot.unfilled_order_count`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: list[UnfilledOrderCount] = await self.call(
            "account.rateLimits.orders",
            request_id=request_id,
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    account_rate_limits_orders: Any = former_name("account_rate_limits_orders", unfilled_order_count)

    async def my_prevented_matches(
        self,
        symbol: str,
        *,
        prevented_match_id: int | None = None,
        order_id: int | None = None,
        from_prevented_match_id: int | None = None,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[PreventedMatch]:
        """Matches prevented by self-trade prevention: `myPreventedMatches` (USER_DATA, weight 20).

        Parameters and result as the REST client's `Spot.my_prevented_matches`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: list[PreventedMatch] = await self.call(
            "myPreventedMatches",
            request_id=request_id,
            symbol=symbol,
            prevented_match_id=prevented_match_id,
            order_id=order_id,
            from_prevented_match_id=from_prevented_match_id,
            limit=limit,
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    async def my_allocations(
        self,
        symbol: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        from_allocation_id: int | None = None,
        limit: int | None = None,
        order_id: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[Allocation]:
        """SOR allocations: `myAllocations` (USER_DATA, weight 20).

        Parameters and result as the REST client's `Spot.my_allocations`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: list[Allocation] = await self.call(
            "myAllocations",
            request_id=request_id,
            symbol=symbol,
            start_time=start_time,
            end_time=end_time,
            from_allocation_id=from_allocation_id,
            limit=limit,
            order_id=order_id,
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    async def account_commission(
        self,
        symbol: str,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> AccountCommission:
        """Commission rates: `account.commission` (USER_DATA, weight 20).

        Parameters and result as the REST client's `Spot.account_commission`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: AccountCommission = await self.call(
            "account.commission",
            request_id=request_id,
            symbol=symbol,
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    async def order_amendments(
        self,
        symbol: str,
        order_id: int,
        *,
        from_execution_id: int | None = None,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[OrderAmendment]:
        """An order's amendments: `order.amendments` (USER_DATA, weight 4).

        Parameters and result as the REST client's `Spot.order_amendments`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: list[OrderAmendment] = await self.call(
            "order.amendments",
            request_id=request_id,
            symbol=symbol,
            order_id=order_id,
            from_execution_id=from_execution_id,
            limit=limit,
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result

    async def my_filters(
        self,
        symbol: str,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> MyFilters:
        """Filters that apply to the account: `myFilters` (USER_DATA, weight 40).

        Parameters and result as the REST client's `Spot.my_filters`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        result: MyFilters = await self.call(
            "myFilters",
            request_id=request_id,
            symbol=symbol,
            recv_window=recv_window,
            timeout=timeout,
            encoding=encoding,
        )
        return result


class WebSocketMethods:
    """The same methods, blocking: each runs its async twin on the client's event loop thread."""

    @property
    def _async_methods(self) -> AsyncWebSocketMethods:
        """The async client whose methods these wait for (the client implements it)."""
        raise NotImplementedError

    def _wait(self, coroutine: Coroutine[Any, Any, T]) -> T:
        """Run a coroutine on the client's loop and wait for its result (the client implements it)."""
        raise NotImplementedError

    def ping(
        self,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> PingResponse:
        """Test connectivity: `ping` (NONE, weight 1).

        Parameters and result as the REST client's `Spot.ping`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.ping(request_id=request_id, recv_window=recv_window, timeout=timeout, encoding=encoding)
        )

    def time(
        self,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> ServerTime:
        """Server time: `time` (NONE, weight 1).

        Parameters and result as the REST client's `Spot.time`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.time(request_id=request_id, recv_window=recv_window, timeout=timeout, encoding=encoding)
        )

    def exchange_info(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        permissions: Sequence[str] | None = None,
        show_permission_sets: bool | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> ExchangeInfo:
        """Trading rules and symbol information: `exchangeInfo` (NONE, weight 20).

        Parameters and result as the REST client's `Spot.exchange_info`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.exchange_info(
                request_id=request_id,
                symbol=symbol,
                symbols=symbols,
                permissions=permissions,
                show_permission_sets=show_permission_sets,
                symbol_status=symbol_status,
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
        )

    def execution_rules(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> ExecutionRules:
        """Execution rules: `executionRules` (NONE, weight 40).

        Parameters and result as the REST client's `Spot.execution_rules`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.execution_rules(
                request_id=request_id,
                symbol=symbol,
                symbols=symbols,
                symbol_status=symbol_status,
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
        )

    def depth(
        self,
        symbol: str,
        *,
        limit: int | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> OrderBook:
        """Order book: `depth` (NONE, weight 5).

        Parameters and result as the REST client's `Spot.depth`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.depth(
                request_id=request_id,
                symbol=symbol,
                limit=limit,
                symbol_status=symbol_status,
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
        )

    def trades(
        self,
        symbol: str,
        *,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[RecentTrade]:
        """Recent trades: `trades.recent` (NONE, weight 25).

        Parameters and result as the REST client's `Spot.trades`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.trades(
                request_id=request_id,
                symbol=symbol,
                limit=limit,
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
        )

    trades_recent: Any = former_name("trades_recent", trades)

    def historical_trades(
        self,
        symbol: str,
        *,
        limit: int | None = None,
        from_id: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[RecentTrade]:
        """Older trades: `trades.historical` (NONE, weight 25).

        Parameters and result as the REST client's `Spot.historical_trades`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.historical_trades(
                request_id=request_id,
                symbol=symbol,
                limit=limit,
                from_id=from_id,
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
        )

    trades_historical: Any = former_name("trades_historical", historical_trades)

    def historical_block_trades(
        self,
        symbol: str,
        from_id: int,
        *,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[HistoricalBlockTrade]:
        """Older block trades: `blockTrades.historical` (NONE, weight 25).

        Parameters and result as the REST client's `Spot.historical_block_trades`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.historical_block_trades(
                request_id=request_id,
                symbol=symbol,
                from_id=from_id,
                limit=limit,
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
        )

    block_trades_historical: Any = former_name("block_trades_historical", historical_block_trades)

    def agg_trades(
        self,
        symbol: str,
        *,
        from_id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[AggregateTrade]:
        """Aggregate trades: `trades.aggregate` (NONE, weight 4).

        Parameters and result as the REST client's `Spot.agg_trades`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.agg_trades(
                request_id=request_id,
                symbol=symbol,
                from_id=from_id,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
        )

    trades_aggregate: Any = former_name("trades_aggregate", agg_trades)

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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[Kline]:
        """Candlesticks: `klines` (NONE, weight 2).

        Parameters and result as the REST client's `Spot.klines`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.klines(
                request_id=request_id,
                symbol=symbol,
                interval=interval,
                start_time=start_time,
                end_time=end_time,
                time_zone=time_zone,
                limit=limit,
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[Kline]:
        """Candlesticks for charts: `uiKlines` (NONE, weight 2).

        Parameters and result as the REST client's `Spot.ui_klines`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.ui_klines(
                request_id=request_id,
                symbol=symbol,
                interval=interval,
                start_time=start_time,
                end_time=end_time,
                time_zone=time_zone,
                limit=limit,
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
        )

    def avg_price(
        self,
        symbol: str,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> AveragePrice:
        """Current average price: `avgPrice` (NONE, weight 2).

        Parameters and result as the REST client's `Spot.avg_price`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.avg_price(
                request_id=request_id, symbol=symbol, recv_window=recv_window, timeout=timeout, encoding=encoding
            )
        )

    @overload
    def ticker24hr(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        type: Literal[TickerType.FULL, "FULL"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> Ticker24HrFull: ...
    @overload
    def ticker24hr(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        type: Literal[TickerType.FULL, "FULL"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[Ticker24HrFull]: ...
    @overload
    def ticker24hr(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        type: Literal[TickerType.MINI, "MINI"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> Ticker24HrMini: ...
    @overload
    def ticker24hr(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        type: Literal[TickerType.MINI, "MINI"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[Ticker24HrMini]: ...
    @overload
    def ticker24hr(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        type: None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> Ticker24HrFull: ...
    @overload
    def ticker24hr(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        type: None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[Ticker24HrFull]: ...
    @overload
    def ticker24hr(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        type: TickerType | Literal["FULL", "MINI"] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[Ticker24HrFull] | list[Ticker24HrMini] | Ticker24HrFull | Ticker24HrMini: ...

    @former_keywords({"type_": "type"})
    def ticker24hr(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        type: TickerType | Literal["FULL", "MINI"] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[Ticker24HrFull] | list[Ticker24HrMini] | Ticker24HrFull | Ticker24HrMini:
        """24 h rolling statistics: `ticker.24hr` (NONE, weight 2).

        Parameters and result as the REST client's `Spot.ticker24hr`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.ticker24hr(
                request_id=request_id,
                symbol=symbol,
                symbols=symbols,
                type=type,
                symbol_status=symbol_status,
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
        )

    ticker_24hr: Any = former_name("ticker_24hr", ticker24hr)

    @overload
    def ticker_trading_day(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        time_zone: str | None = None,
        type: Literal[TickerType.FULL, "FULL"],
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[TickerTradingDayFull] | list[TickerTradingDayMini] | TickerTradingDayFull | TickerTradingDayMini:
        """Trading-day statistics: `ticker.tradingDay` (NONE, weight 4).

        Parameters and result as the REST client's `Spot.ticker_trading_day`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.ticker_trading_day(
                request_id=request_id,
                symbol=symbol,
                symbols=symbols,
                time_zone=time_zone,
                type=type,
                symbol_status=symbol_status,
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> (
        list[TickerRollingWindowFull]
        | list[TickerRollingWindowMini]
        | TickerRollingWindowFull
        | TickerRollingWindowMini
    ):
        """Rolling-window statistics: `ticker` (NONE, weight 4).

        Parameters and result as the REST client's `Spot.ticker`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.ticker(
                request_id=request_id,
                symbol=symbol,
                symbols=symbols,
                window_size=window_size,
                type=type,
                symbol_status=symbol_status,
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
        )

    @overload
    def ticker_price(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> TickerPrice: ...
    @overload
    def ticker_price(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[TickerPrice]: ...
    @overload
    def ticker_price(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[TickerPrice] | TickerPrice: ...

    def ticker_price(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[TickerPrice] | TickerPrice:
        """Latest price: `ticker.price` (NONE, weight 2).

        Parameters and result as the REST client's `Spot.ticker_price`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.ticker_price(
                request_id=request_id,
                symbol=symbol,
                symbols=symbols,
                symbol_status=symbol_status,
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
        )

    @overload
    def ticker_book_ticker(
        self,
        *,
        symbol: str,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> BookTicker: ...
    @overload
    def ticker_book_ticker(
        self,
        *,
        symbol: None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[BookTicker]: ...
    @overload
    def ticker_book_ticker(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> BookTicker | list[BookTicker]: ...

    def ticker_book_ticker(
        self,
        *,
        symbol: str | None = None,
        symbols: Sequence[str] | None = None,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> BookTicker | list[BookTicker]:
        """Best bid and ask: `ticker.book` (NONE, weight 2).

        Parameters and result as the REST client's `Spot.ticker_book_ticker`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.ticker_book_ticker(
                request_id=request_id,
                symbol=symbol,
                symbols=symbols,
                symbol_status=symbol_status,
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
        )

    ticker_book: Any = former_name("ticker_book", ticker_book_ticker)

    def reference_price(
        self,
        symbol: str,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> ReferencePrice:
        """Reference price: `referencePrice` (NONE, weight 2).

        Parameters and result as the REST client's `Spot.reference_price`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.reference_price(
                request_id=request_id, symbol=symbol, recv_window=recv_window, timeout=timeout, encoding=encoding
            )
        )

    def reference_price_calculation(
        self,
        symbol: str,
        *,
        symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> ReferencePriceCalculation:
        """How the reference price is computed: `referencePrice.calculation` (NONE, weight 2).

        Parameters and result as the REST client's `Spot.reference_price_calculation`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.reference_price_calculation(
                request_id=request_id,
                symbol=symbol,
                symbol_status=symbol_status,
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> NewOrderAck | NewOrderFull | NewOrderResult:
        """Place an order: `order.place` (TRADE, weight 1).

        Parameters and result as the REST client's `Spot.new_order`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.new_order(
                request_id=request_id,
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
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
        )

    order_place: Any = former_name("order_place", new_order)

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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> TestOrderCommission | TestOrderEmpty:
        """Validate an order without placing it: `order.test` (TRADE, weight 1).

        Parameters and result as the REST client's `Spot.test_new_order`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.test_new_order(
                request_id=request_id,
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
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
        )

    order_test: Any = former_name("order_test", test_new_order)

    def cancel_order(
        self,
        symbol: str,
        *,
        order_id: int | None = None,
        orig_client_order_id: str | None = None,
        new_client_order_id: str | None = None,
        cancel_restrictions: CancelRestrictions | Literal["ONLY_NEW", "ONLY_PARTIALLY_FILLED"] | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> CanceledOrder:
        """Cancel an order: `order.cancel` (TRADE, weight 1).

        Parameters and result as the REST client's `Spot.cancel_order`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.cancel_order(
                request_id=request_id,
                symbol=symbol,
                order_id=order_id,
                orig_client_order_id=orig_client_order_id,
                new_client_order_id=new_client_order_id,
                cancel_restrictions=cancel_restrictions,
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
        )

    order_cancel: Any = former_name("order_cancel", cancel_order)

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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> CancelReplaceResult:
        """Cancel an order and place another: `order.cancelReplace` (TRADE, weight 1).

        Parameters and result as the REST client's `Spot.cancel_replace_order`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.cancel_replace_order(
                request_id=request_id,
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
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
        )

    order_cancel_replace: Any = former_name("order_cancel_replace", cancel_replace_order)

    def order_amend_keep_priority(
        self,
        symbol: str,
        new_qty: DecimalLike,
        *,
        order_id: int | None = None,
        orig_client_order_id: str | None = None,
        new_client_order_id: str | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> OrderAmendResult:
        """Reduce an order's quantity keeping its place: `order.amend.keepPriority` (TRADE, weight 4).

        Parameters and result as the REST client's `Spot.order_amend_keep_priority`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.order_amend_keep_priority(
                request_id=request_id,
                symbol=symbol,
                order_id=order_id,
                orig_client_order_id=orig_client_order_id,
                new_client_order_id=new_client_order_id,
                new_qty=new_qty,
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
        )

    def cancel_open_orders(
        self,
        symbol: str,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[CanceledOrder | CanceledOrderList]:
        """Cancel all open orders of a symbol: `openOrders.cancelAll` (TRADE, weight 1).

        Parameters and result as the REST client's `Spot.cancel_open_orders`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.cancel_open_orders(
                request_id=request_id, symbol=symbol, recv_window=recv_window, timeout=timeout, encoding=encoding
            )
        )

    open_orders_cancel_all: Any = former_name("open_orders_cancel_all", cancel_open_orders)

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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> OrderListResponse:
        """Place an OCO (legacy parameters): `orderList.place` (TRADE, weight 1). Deprecated by Binance.

        Parameters and result as the REST client's `Spot.new_oco_order`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.new_oco_order(
                request_id=request_id,
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
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
        )

    order_list_place: Any = former_name("order_list_place", new_oco_order)

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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> OrderListResponse:
        """Place an OCO order list: `orderList.place.oco` (TRADE, weight 1).

        Parameters and result as the REST client's `Spot.order_list_oco`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.order_list_oco(
                request_id=request_id,
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
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
        )

    order_list_place_oco: Any = former_name("order_list_place_oco", order_list_oco)

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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> OrderListResponse:
        """Place an OTO order list: `orderList.place.oto` (TRADE, weight 1).

        Parameters and result as the REST client's `Spot.order_list_oto`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.order_list_oto(
                request_id=request_id,
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
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
        )

    order_list_place_oto: Any = former_name("order_list_place_oto", order_list_oto)

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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> OrderListResponse:
        """Place an OTOCO order list: `orderList.place.otoco` (TRADE, weight 1).

        Parameters and result as the REST client's `Spot.order_list_otoco`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.order_list_otoco(
                request_id=request_id,
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
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
        )

    order_list_place_otoco: Any = former_name("order_list_place_otoco", order_list_otoco)

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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> OrderListResponse:
        """Place an OPO order list: `orderList.place.opo` (TRADE, weight 1).

        Parameters and result as the REST client's `Spot.order_list_opo`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.order_list_opo(
                request_id=request_id,
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
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
        )

    order_list_place_opo: Any = former_name("order_list_place_opo", order_list_opo)

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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> OrderListResponse:
        """Place an OPOCO order list: `orderList.place.opoco` (TRADE, weight 1).

        Parameters and result as the REST client's `Spot.order_list_opoco`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.order_list_opoco(
                request_id=request_id,
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
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
        )

    order_list_place_opoco: Any = former_name("order_list_place_opoco", order_list_opoco)

    def cancel_order_list(
        self,
        symbol: str,
        *,
        order_list_id: int | None = None,
        list_client_order_id: str | None = None,
        new_client_order_id: str | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> CanceledOrderList:
        """Cancel an order list: `orderList.cancel` (TRADE, weight 1).

        Parameters and result as the REST client's `Spot.cancel_order_list`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.cancel_order_list(
                request_id=request_id,
                symbol=symbol,
                order_list_id=order_list_id,
                list_client_order_id=list_client_order_id,
                new_client_order_id=new_client_order_id,
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
        )

    order_list_cancel: Any = former_name("order_list_cancel", cancel_order_list)

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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> NewOrderAck | SorOrderFull | SorOrderResult:
        """Place an order through smart order routing: `sor.order.place` (TRADE, weight 1).

        Parameters and result as the REST client's `Spot.new_sor_order`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.new_sor_order(
                request_id=request_id,
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
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
        )

    sor_order_place: Any = former_name("sor_order_place", new_sor_order)

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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> TestOrderCommission | TestOrderEmpty:
        """Validate an SOR order without placing it: `sor.order.test` (TRADE, weight 1).

        Parameters and result as the REST client's `Spot.test_new_sor_order`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.test_new_sor_order(
                request_id=request_id,
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
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
        )

    sor_order_test: Any = former_name("sor_order_test", test_new_sor_order)

    def account(
        self,
        *,
        omit_zero_balances: bool | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> Account:
        """Balances and permissions: `account.status` (USER_DATA, weight 20).

        Parameters and result as the REST client's `Spot.account`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.account(
                request_id=request_id,
                omit_zero_balances=omit_zero_balances,
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
        )

    account_status: Any = former_name("account_status", account)

    def query_order(
        self,
        symbol: str,
        *,
        order_id: int | None = None,
        orig_client_order_id: str | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> Order:
        """One order: `order.status` (USER_DATA, weight 4).

        Parameters and result as the REST client's `Spot.query_order`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.query_order(
                request_id=request_id,
                symbol=symbol,
                order_id=order_id,
                orig_client_order_id=orig_client_order_id,
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
        )

    order_status: Any = former_name("order_status", query_order)

    def open_orders(
        self,
        *,
        symbol: str | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[Order]:
        """Open orders: `openOrders.status` (USER_DATA, weight 80).

        Parameters and result as the REST client's `Spot.open_orders`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.open_orders(
                request_id=request_id, symbol=symbol, recv_window=recv_window, timeout=timeout, encoding=encoding
            )
        )

    open_orders_status: Any = former_name("open_orders_status", open_orders)

    def all_orders(
        self,
        symbol: str,
        *,
        order_id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[Order]:
        """Order history: `allOrders` (USER_DATA, weight 20).

        Parameters and result as the REST client's `Spot.all_orders`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.all_orders(
                request_id=request_id,
                symbol=symbol,
                order_id=order_id,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
        )

    def query_order_list(
        self,
        *,
        order_list_id: int | None = None,
        orig_client_order_id: str | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> OrderList:
        """One order list: `orderList.status` (USER_DATA, weight 4).

        Parameters and result as the REST client's `Spot.query_order_list`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.query_order_list(
                request_id=request_id,
                order_list_id=order_list_id,
                orig_client_order_id=orig_client_order_id,
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
        )

    order_list_status: Any = former_name("order_list_status", query_order_list)

    def open_order_lists(
        self,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[OrderList]:
        """Open order lists: `openOrderLists.status` (USER_DATA, weight 6).

        Parameters and result as the REST client's `Spot.open_order_lists`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.open_order_lists(
                request_id=request_id, recv_window=recv_window, timeout=timeout, encoding=encoding
            )
        )

    open_order_lists_status: Any = former_name("open_order_lists_status", open_order_lists)

    def all_order_lists(
        self,
        *,
        from_id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[OrderList]:
        """Order list history: `allOrderLists` (USER_DATA, weight 20).

        Parameters and result as the REST client's `Spot.all_order_lists`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.all_order_lists(
                request_id=request_id,
                from_id=from_id,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[AccountTrade]:
        """Trade history: `myTrades` (USER_DATA, weight 20).

        Parameters and result as the REST client's `Spot.my_trades`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.my_trades(
                request_id=request_id,
                symbol=symbol,
                order_id=order_id,
                start_time=start_time,
                end_time=end_time,
                from_id=from_id,
                limit=limit,
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
        )

    def unfilled_order_count(
        self,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[UnfilledOrderCount]:
        """Unfilled order count: `account.rateLimits.orders` (USER_DATA, weight 40).

        Parameters and result as the REST client's `Spot.unfilled_order_count`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.unfilled_order_count(
                request_id=request_id, recv_window=recv_window, timeout=timeout, encoding=encoding
            )
        )

    account_rate_limits_orders: Any = former_name("account_rate_limits_orders", unfilled_order_count)

    def my_prevented_matches(
        self,
        symbol: str,
        *,
        prevented_match_id: int | None = None,
        order_id: int | None = None,
        from_prevented_match_id: int | None = None,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[PreventedMatch]:
        """Matches prevented by self-trade prevention: `myPreventedMatches` (USER_DATA, weight 20).

        Parameters and result as the REST client's `Spot.my_prevented_matches`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.my_prevented_matches(
                request_id=request_id,
                symbol=symbol,
                prevented_match_id=prevented_match_id,
                order_id=order_id,
                from_prevented_match_id=from_prevented_match_id,
                limit=limit,
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[Allocation]:
        """SOR allocations: `myAllocations` (USER_DATA, weight 20).

        Parameters and result as the REST client's `Spot.my_allocations`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.my_allocations(
                request_id=request_id,
                symbol=symbol,
                start_time=start_time,
                end_time=end_time,
                from_allocation_id=from_allocation_id,
                limit=limit,
                order_id=order_id,
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
        )

    def account_commission(
        self,
        symbol: str,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> AccountCommission:
        """Commission rates: `account.commission` (USER_DATA, weight 20).

        Parameters and result as the REST client's `Spot.account_commission`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.account_commission(
                request_id=request_id, symbol=symbol, recv_window=recv_window, timeout=timeout, encoding=encoding
            )
        )

    def order_amendments(
        self,
        symbol: str,
        order_id: int,
        *,
        from_execution_id: int | None = None,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> list[OrderAmendment]:
        """An order's amendments: `order.amendments` (USER_DATA, weight 4).

        Parameters and result as the REST client's `Spot.order_amendments`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.order_amendments(
                request_id=request_id,
                symbol=symbol,
                order_id=order_id,
                from_execution_id=from_execution_id,
                limit=limit,
                recv_window=recv_window,
                timeout=timeout,
                encoding=encoding,
            )
        )

    def my_filters(
        self,
        symbol: str,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
        request_id: str | int | None = None,
        encoding: Literal["json", "sbe"] | None = None,
    ) -> MyFilters:
        """Filters that apply to the account: `myFilters` (USER_DATA, weight 40).

        Parameters and result as the REST client's `Spot.my_filters`; `request_id` is the
        request's `id` (generated when not given); `encoding` this call's, when other than the client's.
        """
        return self._wait(
            self._async_methods.my_filters(
                request_id=request_id, symbol=symbol, recv_window=recv_window, timeout=timeout, encoding=encoding
            )
        )
