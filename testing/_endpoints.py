"""What the fake exchange answers, operation by operation.

Each handler takes the exchange and a `Call` whose parameters have already been
checked against the spec, and returns the JSON body of a 200 answer or raises a
`Rejection`. Market data comes from `Market`, account data from `Account`.
Operations without a handler answer with their spec example.

Handlers see the exchange through `ExchangeState`, not `FakeExchange`, so this module
never imports the one that dispatches to it.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping, Sized
from decimal import Decimal
from typing import Any, Protocol

from ._account import Account, FakeOrder, FakeOrderList, OrderRequest, check_oco_legs, check_shape, leg_parameter
from ._market import Market, bar_open, decimal_text
from ._rejections import (
    Rejection,
    cancel_rejected,
    invalid_symbol,
    mandatory,
    no_such_order,
    not_valid,
    order_rejected,
)
from ._requests import Call
from ._spec import spec_operations

__all__ = ["HANDLERS", "ORDER_PLACING", "ExchangeState", "handler_for"]


class ExchangeState(Protocol):
    """What a handler reads and changes of the exchange (`FakeExchange` is the one there is)."""

    @property
    def markets(self) -> Mapping[str, Market]: ...
    @property
    def account(self) -> Account: ...
    @property
    def requests(self) -> Sized: ...
    @property
    def weight_limit(self) -> int: ...
    @property
    def system_status(self) -> int: ...
    def order_counts(self, now_ms: int) -> tuple[int, int]: ...


Handler = Callable[[ExchangeState, Call], Any]
HANDLERS: dict[str, Handler] = {}

_DAY_MS = 24 * 60 * 60 * 1000
_WINDOW_UNITS = {"m": (60_000, 59), "h": (3_600_000, 23), "d": (_DAY_MS, 7)}
_RATE = "0.00100000"
_STOP_TYPES = ["STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT"]
_ZERO = "0.00000000"

ORDER_PLACING = frozenset(
    {"newOrder", "newOcoOrder", "orderListOco", "orderListOto", "orderListOtoco", "orderListOpo", "orderListOpoco"}
    | {"newSorOrder", "cancelReplaceOrder"}
)
"""Operations whose success carries X-MBX-ORDER-COUNT headers."""


def handler_for(operation_id: str) -> Handler:
    """The operation's handler; an operation the fake does not simulate answers with its spec example."""
    return HANDLERS.get(operation_id, _documented_answer)


def _documented_answer(exchange: ExchangeState, call: Call) -> Any:
    # Schema-valid by construction: the spec's own tests parse every example into its model.
    examples = spec_operations()[call.operation.operation_id].response_examples
    return copy.deepcopy(next(iter(examples.values()), {}))


def _handles(*operation_ids: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        for operation_id in operation_ids:
            HANDLERS[operation_id] = handler
        return handler

    return register


# -- helpers -------------------------------------------------------------------------------


def _market(exchange: ExchangeState, call: Call, name: str = "symbol") -> Market:
    symbol = call.text(name)
    if symbol is None:
        raise mandatory(name)
    market = exchange.markets.get(symbol)
    if market is None:
        raise invalid_symbol()
    status = call.text("symbolStatus")
    if status is not None and market.symbol.status != status:
        raise Rejection(-1220, "The symbol's status does not match the requested symbolStatus.")
    return market


def _markets(exchange: ExchangeState, call: Call) -> tuple[list[Market], bool]:
    """The markets a `symbol`/`symbols` request names (all when neither), and whether one was asked for."""
    if call.has("symbol"):
        return [_market(exchange, call)], True
    names = call.strings("symbols")
    if names is not None:
        if len(set(names)) != len(names):
            raise Rejection(-1151, "Symbol is present multiple times in the list.")
        markets = [exchange.markets.get(name) for name in names]
        if any(market is None for market in markets):
            raise invalid_symbol()
        chosen = [market for market in markets if market is not None]
    else:
        chosen = list(exchange.markets.values())
    status = call.text("symbolStatus")
    return [m for m in chosen if status is None or m.symbol.status == status], False


def _one_or_list(items: list[dict[str, Any]], single: bool) -> Any:
    return items[0] if single else items


def _limit(call: Call, default: int) -> int:
    return call.integer("limit", default) or default


def _in_range(time: int, call: Call) -> bool:
    start, end = call.integer("startTime"), call.integer("endTime")
    return (start is None or time >= start) and (end is None or time <= end)


# -- general ---------------------------------------------------------------------------------


@_handles("ping")
def _ping(exchange: ExchangeState, call: Call) -> Any:
    return {}


@_handles("time")
def _time(exchange: ExchangeState, call: Call) -> Any:
    return {"serverTime": call.now_ms}


@_handles("exchangeInfo")
def _exchange_info(exchange: ExchangeState, call: Call) -> Any:
    markets, _ = _markets(exchange, call)
    permissions = call.strings("permissions")
    if permissions is not None and "SPOT" not in permissions:
        markets = []  # every listed symbol is a SPOT pair
    show_sets = call.flag("showPermissionSets", True)
    return {
        "timezone": "UTC",
        "serverTime": call.now_ms,
        "rateLimits": [
            {"rateLimitType": "REQUEST_WEIGHT", "interval": "MINUTE", "intervalNum": 1, "limit": exchange.weight_limit},
            {"rateLimitType": "ORDERS", "interval": "SECOND", "intervalNum": 10, "limit": 100},
            {"rateLimitType": "ORDERS", "interval": "DAY", "intervalNum": 1, "limit": 200000},
            {"rateLimitType": "RAW_REQUESTS", "interval": "MINUTE", "intervalNum": 5, "limit": 300000},
        ],
        "exchangeFilters": [],
        "symbols": [_symbol_info(market, show_sets) for market in markets],
    }


def _symbol_info(market: Market, show_permission_sets: bool) -> dict[str, Any]:
    symbol = market.symbol
    return {
        "symbol": symbol.symbol,
        "status": symbol.status,
        "baseAsset": symbol.base_asset,
        "baseAssetPrecision": 8,
        "quoteAsset": symbol.quote_asset,
        "quotePrecision": 8,
        "quoteAssetPrecision": 8,
        "baseCommissionPrecision": 8,
        "quoteCommissionPrecision": 8,
        "orderTypes": [
            "LIMIT",
            "LIMIT_MAKER",
            "MARKET",
            "STOP_LOSS",
            "STOP_LOSS_LIMIT",
            "TAKE_PROFIT",
            "TAKE_PROFIT_LIMIT",
        ],
        "icebergAllowed": True,
        "ocoAllowed": True,
        "otoAllowed": True,
        "opoAllowed": True,
        "quoteOrderQtyMarketAllowed": True,
        "allowTrailingStop": True,
        "cancelReplaceAllowed": True,
        "amendAllowed": True,
        "pegInstructionsAllowed": False,
        "isSpotTradingAllowed": True,
        "isMarginTradingAllowed": False,
        "filters": symbol.filters,
        "permissions": [],
        "permissionSets": [["SPOT"]] if show_permission_sets else [],
        "defaultSelfTradePreventionMode": "EXPIRE_MAKER",
        "allowedSelfTradePreventionModes": ["NONE", "EXPIRE_TAKER", "EXPIRE_MAKER", "EXPIRE_BOTH", "DECREMENT"],
    }


@_handles("executionRules")
def _execution_rules(exchange: ExchangeState, call: Call) -> Any:
    markets, _ = _markets(exchange, call)
    rule = {
        "ruleType": "PRICE_RANGE",
        "bidLimitMultUp": "1.05",
        "bidLimitMultDown": "0.95",
        "askLimitMultUp": "1.05",
        "askLimitMultDown": "0.95",
    }
    return {"symbolRules": [{"symbol": market.symbol.symbol, "rules": [rule]} for market in markets]}


# -- market data -----------------------------------------------------------------------------


@_handles("depth")
def _depth(exchange: ExchangeState, call: Call) -> Any:
    market = _market(exchange, call)
    return market.depth(_limit(call, 100), exchange.account.resting_in_book(market.symbol.symbol))


@_handles("trades")
def _trades(exchange: ExchangeState, call: Call) -> Any:
    market = _market(exchange, call)
    return [trade.as_json() for trade in market.trades[-_limit(call, 500) :]]


@_handles("historicalTrades")
def _historical_trades(exchange: ExchangeState, call: Call) -> Any:
    market = _market(exchange, call)
    limit = _limit(call, 500)
    from_id = call.integer("fromId")
    trades = market.trades[-limit:] if from_id is None else [t for t in market.trades if t.id >= from_id][:limit]
    return [trade.as_json() for trade in trades]


@_handles("historicalBlockTrades")
def _historical_block_trades(exchange: ExchangeState, call: Call) -> Any:
    _market(exchange, call)
    return []  # nobody trades blocks on the fake exchange


@_handles("aggTrades")
def _agg_trades(exchange: ExchangeState, call: Call) -> Any:
    market = _market(exchange, call)
    limit = _limit(call, 500)
    from_id = call.integer("fromId")
    trades = [t for t in market.trades if (from_id is None or t.id >= from_id) and _in_range(t.time, call)]
    chosen = trades[:limit] if from_id is not None or call.has("startTime") else trades[-limit:]
    return [
        {
            "a": t.id,
            "p": decimal_text(t.price),
            "q": decimal_text(t.qty),
            "f": t.id,
            "l": t.id,
            "T": t.time,
            "m": t.is_buyer_maker,
            "M": True,
        }
        for t in chosen
    ]


@_handles("klines", "uiKlines")
def _klines(exchange: ExchangeState, call: Call) -> Any:
    market = _market(exchange, call)
    interval = call.text("interval") or "1m"
    start, end = call.integer("startTime"), call.integer("endTime")
    return market.klines(interval, start, end, _limit(call, 500), call.now_ms)


@_handles("avgPrice")
def _avg_price(exchange: ExchangeState, call: Call) -> Any:
    market = _market(exchange, call)
    return {"mins": 5, "price": decimal_text(market.last_price), "closeTime": call.now_ms}


def _ticker(market: Market, exchange: ExchangeState, open_time: int, now_ms: int, full: bool, day: bool) -> Any:
    stats = market.statistics(open_time, now_ms)
    if not full:
        return {key: stats[key] for key in ("symbol", *_MINI_FIELDS)}
    if not day:
        return stats
    book = market.depth(1, exchange.account.resting_in_book(market.symbol.symbol))
    bid = book["bids"][0] if book["bids"] else [_ZERO, _ZERO]
    ask = book["asks"][0] if book["asks"] else [_ZERO, _ZERO]
    last_trade = market.trades[-1]
    return {
        "symbol": stats["symbol"],
        "priceChange": stats["priceChange"],
        "priceChangePercent": stats["priceChangePercent"],
        "weightedAvgPrice": stats["weightedAvgPrice"],
        "prevClosePrice": stats["openPrice"],
        "lastPrice": stats["lastPrice"],
        "lastQty": decimal_text(last_trade.qty),
        "bidPrice": bid[0],
        "bidQty": bid[1],
        "askPrice": ask[0],
        "askQty": ask[1],
        **{key: stats[key] for key in _MINI_FIELDS if key not in ("lastPrice",)},
    }


_MINI_FIELDS = (
    "openPrice", "highPrice", "lowPrice", "lastPrice", "volume", "quoteVolume", "openTime", "closeTime", "firstId",
    "lastId", "count",
)  # fmt: skip


@_handles("ticker24hr")
def _ticker_24hr(exchange: ExchangeState, call: Call) -> Any:
    markets, single = _markets(exchange, call)
    full = call.text("type", "FULL") == "FULL"
    answers = [_ticker(m, exchange, call.now_ms - _DAY_MS, call.now_ms, full, day=True) for m in markets]
    return _one_or_list(answers, single)


@_handles("tickerTradingDay")
def _ticker_trading_day(exchange: ExchangeState, call: Call) -> Any:
    markets, single = _markets(exchange, call)
    full = call.text("type", "FULL") == "FULL"
    midnight = bar_open("1d", call.now_ms)
    return _one_or_list([_ticker(m, exchange, midnight, call.now_ms, full, day=False) for m in markets], single)


@_handles("ticker")
def _ticker_rolling(exchange: ExchangeState, call: Call) -> Any:
    markets, single = _markets(exchange, call)
    full = call.text("type", "FULL") == "FULL"
    window = call.text("windowSize", "1d") or "1d"
    unit = _WINDOW_UNITS.get(window[-1:])
    if unit is None or not window[:-1].isdigit() or not 1 <= int(window[:-1]) <= unit[1]:
        raise not_valid("windowSize")
    open_time = call.now_ms - int(window[:-1]) * unit[0]
    return _one_or_list([_ticker(m, exchange, open_time, call.now_ms, full, day=False) for m in markets], single)


@_handles("tickerPrice")
def _ticker_price(exchange: ExchangeState, call: Call) -> Any:
    markets, single = _markets(exchange, call)
    prices = [{"symbol": m.symbol.symbol, "price": decimal_text(m.last_price)} for m in markets]
    return _one_or_list(prices, single)


@_handles("tickerBookTicker")
def _ticker_book(exchange: ExchangeState, call: Call) -> Any:
    markets, single = _markets(exchange, call)
    answers = []
    for market in markets:
        book = market.depth(1, exchange.account.resting_in_book(market.symbol.symbol))
        bid = book["bids"][0] if book["bids"] else [_ZERO, _ZERO]
        ask = book["asks"][0] if book["asks"] else [_ZERO, _ZERO]
        answers.append(
            {"symbol": market.symbol.symbol, "bidPrice": bid[0], "bidQty": bid[1], "askPrice": ask[0], "askQty": ask[1]}
        )
    return _one_or_list(answers, single)


@_handles("referencePrice")
def _reference_price(exchange: ExchangeState, call: Call) -> Any:
    market = _market(exchange, call)
    return {
        "symbol": market.symbol.symbol,
        "referencePrice": decimal_text(market.symbol.price),
        "timestamp": call.now_ms,
    }


@_handles("referencePriceCalculation")
def _reference_price_calculation(exchange: ExchangeState, call: Call) -> Any:
    market = _market(exchange, call)
    return {
        "symbol": market.symbol.symbol,
        "calculationType": "ARITHMETIC_MEAN",
        "bucketCount": 10,
        "bucketWidthMs": 1000,
    }


# -- orders ----------------------------------------------------------------------------------


def _leg(call: Call, prefix: str = "", *, side: str | None = None, quantity: Decimal | None = None) -> OrderRequest:
    """An order request from the plain parameters, or from those of one leg (`workingPrice`, `abovePrice`...)."""

    def name(field: str) -> str:
        return leg_parameter(prefix, field)

    return OrderRequest(
        side=side or call.text(name("side")) or "",
        type=call.text(name("type")) or "",
        time_in_force=call.text(name("timeInForce")),
        quantity=quantity if quantity is not None else call.decimal(name("quantity")),
        quote_quantity=None if prefix else call.decimal("quoteOrderQty"),
        price=call.decimal(name("price")),
        stop_price=call.decimal(name("stopPrice")),
        trailing_delta=call.integer(name("trailingDelta")),
        iceberg_qty=call.decimal(name("icebergQty")),
        client_order_id=call.text(name("clientOrderId") if prefix else "newClientOrderId"),
        strategy_id=call.integer(name("strategyId")),
        strategy_type=call.integer(name("strategyType")),
        stp_mode=call.text("selfTradePreventionMode"),
        pegged=call.has(name("pegPriceType")),
        prefix=prefix,
    )


def _response_type(call: Call, order_type: str, default: str | None = None) -> str:
    return call.text("newOrderRespType") or default or ("FULL" if order_type in ("MARKET", "LIMIT") else "ACK")


@_handles("newOrder")
def _new_order(exchange: ExchangeState, call: Call) -> Any:
    market = _market(exchange, call)
    request = _leg(call)
    exchange.account.check(market, request, call.now_ms)
    order = exchange.account.new_order(market, request, call.now_ms)
    return order.as_new_order(_response_type(call, order.type), call.now_ms)


@_handles("newSorOrder")
def _new_sor_order(exchange: ExchangeState, call: Call) -> Any:
    market = _market(exchange, call)
    request = _leg(call)
    if request.type not in ("LIMIT", "MARKET"):
        raise order_rejected("Unsupported order combination")
    exchange.account.check(market, request, call.now_ms)
    order = exchange.account.new_order(market, request, call.now_ms, used_sor=True)
    return order.as_new_order(_response_type(call, order.type), call.now_ms)


@_handles("testNewOrder", "testNewSorOrder")
def _test_new_order(exchange: ExchangeState, call: Call) -> Any:
    market = _market(exchange, call)
    request = _leg(call)
    if call.operation.operation_id == "testNewSorOrder" and request.type not in ("LIMIT", "MARKET"):
        raise order_rejected("Unsupported order combination")
    exchange.account.check(market, request, call.now_ms)
    if not call.flag("computeCommissionRates"):
        return {}
    rates = {"maker": _RATE, "taker": _RATE}
    return {
        "standardCommissionForOrder": rates,
        "taxCommissionForOrder": {"maker": _ZERO, "taker": _ZERO},
        "discount": _discount(),
    }


def _discount() -> dict[str, Any]:
    return {"enabledForAccount": True, "enabledForSymbol": True, "discountAsset": "BNB", "discount": "0.75000000"}


def _find(exchange: ExchangeState, call: Call, market: Market, id_name: str, client_id_name: str) -> FakeOrder:
    return exchange.account.find(market.symbol.symbol, call.integer(id_name), call.text(client_id_name))


def _cancel_id(exchange: ExchangeState, call: Call, name: str = "newClientOrderId") -> str:
    return call.text(name) or f"fakecancel{len(exchange.requests):014d}"


@_handles("cancelOrder")
def _cancel_order(exchange: ExchangeState, call: Call) -> Any:
    market = _market(exchange, call)
    try:
        order = _find(exchange, call, market, "orderId", "origClientOrderId")
    except Rejection as rejection:
        if rejection.code == -2013:
            raise cancel_rejected("Unknown order sent.") from None
        raise
    order_list = exchange.account.order_lists.get(order.order_list_id)
    if order_list is not None:  # cancelling one order of a list cancels the whole list
        if not (order.is_open or order.status == "PENDING_NEW"):
            raise cancel_rejected("Unknown order sent.")
        exchange.account.cancel_list(order_list, call.now_ms)
    else:
        exchange.account.cancel(order, call.now_ms, call.text("cancelRestrictions"))
    return order.as_canceled(_cancel_id(exchange, call), call.now_ms)


def _canceled_list(order_list: FakeOrderList, cancel_id: str, now_ms: int) -> dict[str, Any]:
    answer = order_list.as_list() | {"transactionTime": now_ms}
    answer["orderReports"] = [order.as_canceled(cancel_id, now_ms) for order in order_list.orders]
    return answer


@_handles("cancelOpenOrders")
def _cancel_open_orders(exchange: ExchangeState, call: Call) -> Any:
    market = _market(exchange, call)
    account = exchange.account
    answers: list[dict[str, Any]] = []
    seen_lists: set[int] = set()
    for order in account.open_orders(market.symbol.symbol):
        if not order.is_open:
            continue  # already cancelled with its list
        order_list = account.order_lists.get(order.order_list_id)
        if order_list is None:
            account.cancel(order, call.now_ms)
            answers.append(order.as_canceled(_cancel_id(exchange, call), call.now_ms))
        elif order_list.order_list_id not in seen_lists:
            seen_lists.add(order_list.order_list_id)
            account.cancel_list(order_list, call.now_ms)
            answers.append(_canceled_list(order_list, _cancel_id(exchange, call), call.now_ms))
    if not answers:
        raise cancel_rejected("Unknown order sent.")
    return answers


@_handles("cancelReplaceOrder")
def _cancel_replace(exchange: ExchangeState, call: Call) -> Any:
    market = _market(exchange, call)
    account = exchange.account
    request = _leg(call)
    check_shape(request)  # a malformed new order is refused outright; its filters are checked after the cancel
    stop_on_failure = call.text("cancelReplaceMode") == "STOP_ON_FAILURE"
    canceled: dict[str, Any] | None = None
    cancel_error: Rejection | None = None
    try:
        order = _find(exchange, call, market, "cancelOrderId", "cancelOrigClientOrderId")
        account.cancel(order, call.now_ms, call.text("cancelRestrictions"))
        canceled = order.as_canceled(_cancel_id(exchange, call, "cancelNewClientOrderId"), call.now_ms)
    except Rejection as rejection:
        cancel_error = rejection if rejection.code != -2013 else cancel_rejected("Unknown order sent.")
    placed: dict[str, Any] | None = None
    place_error: Rejection | None = None
    if cancel_error is None or not stop_on_failure:
        try:
            account.check(market, request, call.now_ms)
            new = account.new_order(market, request, call.now_ms)
            placed = new.as_new_order(_response_type(call, new.type), call.now_ms)
        except Rejection as rejection:
            place_error = rejection
    data = {
        "cancelResult": "FAILURE" if cancel_error else "SUCCESS",
        "newOrderResult": "SUCCESS" if placed else ("FAILURE" if place_error else "NOT_ATTEMPTED"),
        "cancelResponse": cancel_error.body if cancel_error else canceled,
        "newOrderResponse": place_error.body if place_error else placed,
    }
    if cancel_error is None and placed is not None:
        return data
    if (cancel_error is None) != (placed is not None):  # exactly one half worked: HTTP 409
        raise Rejection(-2021, "Order cancel-replace partially failed.", status=409, data=data)
    raise Rejection(-2022, "Order cancel-replace failed.", data=data)


@_handles("orderAmendKeepPriority")
def _amend(exchange: ExchangeState, call: Call) -> Any:
    market = _market(exchange, call)
    order = _find(exchange, call, market, "orderId", "origClientOrderId")
    new_qty = call.require_decimal("newQty")
    lot = next(f for f in market.symbol.filters if f["filterType"] == "LOT_SIZE")
    step, low = Decimal(lot["stepSize"]), Decimal(lot["minQty"])
    if new_qty < low or (step and (new_qty - low) % step):
        raise Rejection(-1013, "Filter failure: LOT_SIZE")
    orig_client_order_id = order.client_order_id
    execution_id = exchange.account.amend(order, new_qty, call.text("newClientOrderId"), call.now_ms)
    amended = {
        "symbol": order.symbol,
        "orderId": order.order_id,
        "orderListId": order.order_list_id,
        "origClientOrderId": orig_client_order_id,
        "clientOrderId": order.client_order_id,
        "price": decimal_text(order.price),
        "qty": decimal_text(order.orig_qty),
        "executedQty": decimal_text(order.executed_qty),
        "preventedQty": _ZERO,
        "quoteOrderQty": decimal_text(order.orig_quote_qty),
        "cumulativeQuoteQty": decimal_text(order.cumulative_quote_qty),
        "status": order.status,
        "timeInForce": order.time_in_force,
        "type": order.type,
        "side": order.side,
        "workingTime": order.working_time,
        "selfTradePreventionMode": order.stp_mode,
    }
    answer: dict[str, Any] = {"transactTime": call.now_ms, "executionId": execution_id, "amendedOrder": amended}
    order_list = exchange.account.order_lists.get(order.order_list_id)
    if order_list is not None:
        listed = order_list.as_list()
        answer["listStatus"] = {key: listed[key] for key in ("orderListId", "contingencyType", "listOrderStatus")} | {
            key: listed[key] for key in ("listClientOrderId", "symbol", "orders")
        }
    return answer


def _list_answer(call: Call, order_list: FakeOrderList) -> dict[str, Any]:
    response_type = _response_type(call, "", default="RESULT")
    answer = order_list.as_list()
    answer["orderReports"] = [order.as_new_order(response_type, call.now_ms) for order in order_list.orders]
    return answer


@_handles("newOcoOrder")
def _new_oco_legacy(exchange: ExchangeState, call: Call) -> Any:
    market = _market(exchange, call)
    side = call.text("side") or ""
    quantity = call.require_decimal("quantity")
    limit_leg = OrderRequest(
        side=side,
        type="LIMIT_MAKER",
        quantity=quantity,
        price=call.require_decimal("price"),
        iceberg_qty=call.decimal("limitIcebergQty"),
        client_order_id=call.text("limitClientOrderId"),
        strategy_id=call.integer("limitStrategyId"),
        strategy_type=call.integer("limitStrategyType"),
        stp_mode=call.text("selfTradePreventionMode"),
    )
    stop_limit = call.decimal("stopLimitPrice")
    stop_leg = OrderRequest(
        side=side,
        type="STOP_LOSS_LIMIT" if stop_limit is not None else "STOP_LOSS",
        time_in_force=call.text("stopLimitTimeInForce") if stop_limit is not None else None,
        quantity=quantity,
        price=stop_limit,
        stop_price=call.decimal("stopPrice"),
        trailing_delta=call.integer("trailingDelta"),
        iceberg_qty=call.decimal("stopIcebergQty"),
        client_order_id=call.text("stopClientOrderId"),
        strategy_id=call.integer("stopStrategyId"),
        strategy_type=call.integer("stopStrategyType"),
        stp_mode=call.text("selfTradePreventionMode"),
    )
    above, below = (limit_leg, stop_leg) if side == "SELL" else (stop_leg, limit_leg)
    check_oco_legs(above, below)
    order_list = exchange.account.new_order_list(
        market, "OCO", [stop_leg, limit_leg], call.now_ms, list_client_order_id=call.text("listClientOrderId"),
        one_cancels_other=True,
    )  # fmt: skip
    return _list_answer(call, order_list)


@_handles("orderListOco")
def _order_list_oco(exchange: ExchangeState, call: Call) -> Any:
    market = _market(exchange, call)
    side, quantity = call.text("side") or "", call.require_decimal("quantity")
    above = _leg(call, "above", side=side, quantity=quantity)
    below = _leg(call, "below", side=side, quantity=quantity)
    check_oco_legs(above, below)
    order_list = exchange.account.new_order_list(
        market, "OCO", [below, above], call.now_ms, list_client_order_id=call.text("listClientOrderId"),
        one_cancels_other=True,
    )  # fmt: skip
    return _list_answer(call, order_list)


@_handles("orderListOto", "orderListOtoco", "orderListOpo", "orderListOpoco")
def _order_list_oto(exchange: ExchangeState, call: Call) -> Any:
    market = _market(exchange, call)
    working = _leg(call, "working")
    if working.type not in ("LIMIT", "LIMIT_MAKER"):
        raise Rejection(-1116, "Invalid orderType.")
    pays_with_fill = call.operation.operation_id in ("orderListOpo", "orderListOpoco")
    pending_side = call.text("pendingSide") or ""
    quantity = working.quantity if pays_with_fill else call.require_decimal("pendingQuantity")
    if pays_with_fill and (working.side != "BUY" or pending_side != "SELL"):
        raise Rejection(-1222, "Working order in an OPO list must be a bid.")
    if call.operation.operation_id in ("orderListOto", "orderListOpo"):
        pending = [_leg(call, "pending", side=pending_side, quantity=quantity)]
    else:
        above = _leg(call, "pendingAbove", side=pending_side, quantity=quantity)
        below = _leg(call, "pendingBelow", side=pending_side, quantity=quantity)
        if not call.has("pendingBelowType"):
            pending = [above]
        else:
            check_oco_legs(above, below)
            pending = [below, above]
    order_list = exchange.account.new_order_list(
        market, "OTO", [working, *pending], call.now_ms, list_client_order_id=call.text("listClientOrderId"),
        pays_with_fill=pays_with_fill,
    )  # fmt: skip
    return _list_answer(call, order_list)


def _find_list(exchange: ExchangeState, list_id: int | None, client_id: str | None) -> FakeOrderList:
    lists = exchange.account.order_lists.values()
    found = [
        ol for ol in lists if ol.order_list_id == list_id or (list_id is None and ol.list_client_order_id == client_id)
    ]
    if not found:
        raise Rejection(-2011, "Order list does not exist.")
    return found[-1]


@_handles("cancelOrderList")
def _cancel_order_list(exchange: ExchangeState, call: Call) -> Any:
    market = _market(exchange, call)
    order_list = _find_list(exchange, call.integer("orderListId"), call.text("listClientOrderId"))
    if order_list.symbol != market.symbol.symbol or order_list.is_done:
        raise cancel_rejected("Unknown order sent.")
    exchange.account.cancel_list(order_list, call.now_ms)
    return _canceled_list(order_list, _cancel_id(exchange, call), call.now_ms)


# -- account ---------------------------------------------------------------------------------


@_handles("account")
def _account(exchange: ExchangeState, call: Call) -> Any:
    omit_zero = call.flag("omitZeroBalances")
    balances = [
        {"asset": asset, "free": decimal_text(b.free), "locked": decimal_text(b.locked)}
        for asset, b in exchange.account.balances.items()
        if not (omit_zero and b.total == 0)
    ]
    return {
        "makerCommission": 10,
        "takerCommission": 10,
        "buyerCommission": 0,
        "sellerCommission": 0,
        "commissionRates": {"maker": _RATE, "taker": _RATE, "buyer": _ZERO, "seller": _ZERO},
        "canTrade": True,
        "canWithdraw": True,
        "canDeposit": True,
        "brokered": False,
        "requireSelfTradePrevention": False,
        "preventSor": False,
        "updateTime": exchange.account.update_time,
        "accountType": "SPOT",
        "balances": balances,
        "permissions": ["SPOT"],
        "uid": 100000001,
    }


@_handles("queryOrder")
def _query_order(exchange: ExchangeState, call: Call) -> Any:
    market = _market(exchange, call)
    return _find(exchange, call, market, "orderId", "origClientOrderId").as_order()


@_handles("openOrders")
def _open_orders(exchange: ExchangeState, call: Call) -> Any:
    symbol = _market(exchange, call).symbol.symbol if call.has("symbol") else None
    return [order.as_order() for order in exchange.account.open_orders(symbol)]


@_handles("allOrders")
def _all_orders(exchange: ExchangeState, call: Call) -> Any:
    market = _market(exchange, call)
    from_id = call.integer("orderId")
    orders = [
        o
        for o in exchange.account.orders.values()
        if o.symbol == market.symbol.symbol and (from_id is None or o.order_id >= from_id) and _in_range(o.time, call)
    ]
    limit = _limit(call, 500)
    chosen = orders[:limit] if from_id is not None or call.has("startTime") else orders[-limit:]
    return [order.as_order() for order in chosen]


@_handles("queryOrderList")
def _query_order_list(exchange: ExchangeState, call: Call) -> Any:
    return _find_list(exchange, call.integer("orderListId"), call.text("origClientOrderId")).as_list()


@_handles("allOrderLists")
def _all_order_lists(exchange: ExchangeState, call: Call) -> Any:
    from_id = call.integer("fromId")
    lists = [
        ol
        for ol in exchange.account.order_lists.values()
        if (from_id is None or ol.order_list_id >= from_id) and _in_range(ol.transaction_time, call)
    ]
    return [ol.as_list() for ol in lists[: _limit(call, 500)]]


@_handles("openOrderLists")
def _open_order_lists(exchange: ExchangeState, call: Call) -> Any:
    return [ol.as_list() for ol in exchange.account.order_lists.values() if not ol.is_done]


@_handles("myTrades")
def _my_trades(exchange: ExchangeState, call: Call) -> Any:
    market = _market(exchange, call)
    order_id, from_id = call.integer("orderId"), call.integer("fromId")
    trades = [
        t
        for t in exchange.account.trades
        if t.symbol == market.symbol.symbol
        and (order_id is None or t.order_id == order_id)
        and (from_id is None or t.fill.trade_id >= from_id)
        and _in_range(t.fill.time, call)
    ]
    limit = _limit(call, 500)
    chosen = trades[:limit] if from_id is not None or call.has("startTime") else trades[-limit:]
    return [trade.as_trade() for trade in chosen]


@_handles("myAllocations")
def _my_allocations(exchange: ExchangeState, call: Call) -> Any:
    market = _market(exchange, call)
    order_id, from_id = call.integer("orderId"), call.integer("fromAllocationId")
    allocations = [
        a
        for a in exchange.account.allocations
        if a.symbol == market.symbol.symbol
        and (order_id is None or a.order_id == order_id)
        and (from_id is None or a.fill.trade_id >= from_id)
        and _in_range(a.fill.time, call)
    ]
    return [a.as_allocation() for a in allocations[: _limit(call, 500)]]


@_handles("myPreventedMatches")
def _my_prevented_matches(exchange: ExchangeState, call: Call) -> Any:
    _market(exchange, call)
    return []  # the account's orders never meet each other on the fake, so nothing is ever prevented


@_handles("unfilledOrderCount")
def _unfilled_order_count(exchange: ExchangeState, call: Call) -> Any:
    recent, today = exchange.order_counts(call.now_ms)
    return [
        {"rateLimitType": "ORDERS", "interval": "SECOND", "intervalNum": 10, "limit": 100, "count": recent},
        {"rateLimitType": "ORDERS", "interval": "DAY", "intervalNum": 1, "limit": 200000, "count": today},
    ]


@_handles("accountCommission")
def _account_commission(exchange: ExchangeState, call: Call) -> Any:
    market = _market(exchange, call)
    zero = {"maker": _ZERO, "taker": _ZERO, "buyer": _ZERO, "seller": _ZERO}
    return {
        "symbol": market.symbol.symbol,
        "standardCommission": {"maker": _RATE, "taker": _RATE, "buyer": _ZERO, "seller": _ZERO},
        "specialCommission": zero,
        "taxCommission": zero,
        "discount": _discount(),
    }


@_handles("orderAmendments")
def _order_amendments(exchange: ExchangeState, call: Call) -> Any:
    market = _market(exchange, call)
    order = exchange.account.orders.get(call.integer("orderId") or 0)
    if order is None or order.symbol != market.symbol.symbol:
        raise no_such_order()
    from_id = call.integer("fromExecutionId")
    found = [
        a
        for a in exchange.account.amendments
        if a["orderId"] == order.order_id and (from_id is None or a["executionId"] >= from_id)
    ]
    return found[: _limit(call, 500)]


@_handles("myFilters")
def _my_filters(exchange: ExchangeState, call: Call) -> Any:
    market = _market(exchange, call)
    counted = [f for f in market.symbol.filters if f["filterType"] in ("MAX_NUM_ORDERS", "MAX_NUM_ALGO_ORDERS")]
    return {
        "exchangeFilters": [{"filterType": "EXCHANGE_MAX_NUM_ORDERS", "maxNumOrders": 1000}],
        "symbolFilters": counted,
        "assetFilters": [],
    }


# -- /sapi -----------------------------------------------------------------------------------


@_handles("systemStatus")
def _system_status(exchange: ExchangeState, call: Call) -> Any:
    normal = exchange.system_status == 0
    return {"status": exchange.system_status, "msg": "normal" if normal else "system_maintenance"}


@_handles("userAssets")
def _user_assets(exchange: ExchangeState, call: Call) -> Any:
    wanted = call.text("asset")
    valuation = call.flag("needBtcValuation")
    assets = []
    for asset, balance in exchange.account.balances.items():
        if balance.total <= 0 or (wanted is not None and asset != wanted):
            continue
        in_btc = _in_btc(exchange, asset, balance.total) if valuation else Decimal(0)
        assets.append(
            {
                "asset": asset,
                "free": decimal_text(balance.free),
                "locked": decimal_text(balance.locked),
                "freeze": _ZERO,
                "withdrawing": _ZERO,
                "ipoable": _ZERO,
                "btcValuation": decimal_text(in_btc),
            }
        )
    return assets


def _in_btc(exchange: ExchangeState, asset: str, amount: Decimal) -> Decimal:
    if asset == "BTC":
        return amount
    if f"{asset}BTC" in exchange.markets:
        return amount * exchange.markets[f"{asset}BTC"].last_price
    if f"BTC{asset}" in exchange.markets:
        return amount / exchange.markets[f"BTC{asset}"].last_price
    return Decimal(0)
