"""The account side of the fake exchange: balances, orders, order lists and the account's trades.

How orders behave, in short:

* Taker orders (MARKET, and LIMIT priced through the book) fill at once against the
  market's levels, best price first, and use those levels up. The account pays the
  taker commission: BUY fills in the base asset, SELL fills in the quote asset.
* Orders that do not fill at once rest: LIMIT (GTC) and LIMIT_MAKER orders show in
  the book and lock their funds; stop and take-profit orders wait, not working,
  since the fake's prices never move by themselves. `Account.fill_resting` plays the
  rest of the market trading through a price, filling resting orders as makers.
* The account's own orders never match each other (the fake has no other traders,
  and self-trade prevention would stop it anyway).
* Every order passes the symbol's filters, exactly as exchangeInfo publishes them.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from ._market import Market, decimal_text
from ._rejections import (
    Rejection,
    cancel_rejected,
    filter_failure,
    mandatory,
    no_such_order,
    not_required,
    one_of_mandatory,
    order_rejected,
)

__all__ = [
    "Account",
    "Balance",
    "FakeOrder",
    "FakeOrderList",
    "OrderRequest",
    "check_oco_legs",
    "check_shape",
    "leg_parameter",
]

ZERO = Decimal(0)
_EIGHT = Decimal("0.00000001")
_STOP_TYPES = ("STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT")
_PRICED_TYPES = ("LIMIT", "LIMIT_MAKER", "STOP_LOSS_LIMIT", "TAKE_PROFIT_LIMIT")
_OPEN = ("NEW", "PARTIALLY_FILLED")
_INSUFFICIENT = "Account has insufficient balance for requested action."


@dataclass
class Balance:
    """What the account holds of one asset: free to use, and locked by open orders."""

    free: Decimal
    locked: Decimal = ZERO

    @property
    def total(self) -> Decimal:
        return self.free + self.locked


@dataclass(frozen=True, slots=True)
class Fill:
    """One trade of one of the account's orders."""

    trade_id: int
    price: Decimal
    qty: Decimal
    commission: Decimal
    commission_asset: str
    time: int
    is_maker: bool

    def as_json(self, used_sor: bool = False) -> dict[str, Any]:
        fill: dict[str, Any] = {
            "price": decimal_text(self.price),
            "qty": decimal_text(self.qty),
            "commission": decimal_text(self.commission),
            "commissionAsset": self.commission_asset,
            "tradeId": -1 if used_sor else self.trade_id,
        }
        if used_sor:
            fill = {"matchType": "ONE_PARTY_TRADE_REPORT", **fill, "allocId": self.trade_id}
        return fill


@dataclass(frozen=True, slots=True)
class OrderRequest:
    """What a new order asks for, read from the request (or from one leg of an order list)."""

    side: str
    type: str
    time_in_force: str | None = None
    quantity: Decimal | None = None
    quote_quantity: Decimal | None = None
    price: Decimal | None = None
    stop_price: Decimal | None = None
    trailing_delta: int | None = None
    iceberg_qty: Decimal | None = None
    client_order_id: str | None = None
    strategy_id: int | None = None
    strategy_type: int | None = None
    stp_mode: str | None = None
    pegged: bool = False
    prefix: str = ""  # parameters of a list leg are named `workingPrice`, `abovePrice`...

    def wire(self, name: str) -> str:
        return leg_parameter(self.prefix, name)


def leg_parameter(prefix: str, name: str) -> str:
    """The request parameter of field `name` in a leg (`price` -> `workingPrice`); unprefixed for plain orders."""
    return prefix + name[0].upper() + name[1:] if prefix else name


@dataclass(eq=False)
class FakeOrder:
    """One order of the account, in every state from NEW to FILLED, CANCELED or EXPIRED."""

    symbol: str
    order_id: int
    client_order_id: str
    side: str
    type: str
    time_in_force: str
    price: Decimal
    orig_qty: Decimal
    orig_quote_qty: Decimal
    time: int
    stp_mode: str
    stop_price: Decimal | None = None
    iceberg_qty: Decimal | None = None
    strategy_id: int | None = None
    strategy_type: int | None = None
    trailing_delta: int | None = None
    order_list_id: int = -1
    status: str = "NEW"
    executed_qty: Decimal = ZERO
    cumulative_quote_qty: Decimal = ZERO
    update_time: int = 0
    working_time: int = -1
    locked: Decimal = ZERO
    locked_asset: str = ""
    used_sor: bool = False
    fills: list[Fill] = field(default_factory=list)

    @property
    def is_open(self) -> bool:
        return self.status in _OPEN

    @property
    def is_working(self) -> bool:
        return self.working_time >= 0

    @property
    def remaining(self) -> Decimal:
        return self.orig_qty - self.executed_qty

    def _common(self) -> dict[str, Any]:
        return {
            "symbol": self.symbol,
            "orderId": self.order_id,
            "orderListId": self.order_list_id,
            "clientOrderId": self.client_order_id,
        }

    def _state(self) -> dict[str, Any]:
        state: dict[str, Any] = {
            "price": decimal_text(self.price),
            "origQty": decimal_text(self.orig_qty),
            "executedQty": decimal_text(self.executed_qty),
            "origQuoteOrderQty": decimal_text(self.orig_quote_qty),
            "cummulativeQuoteQty": decimal_text(self.cumulative_quote_qty),
            "status": self.status,
            "timeInForce": self.time_in_force,
            "type": self.type,
            "side": self.side,
        }
        return state

    def _optional(self) -> dict[str, Any]:
        extra: dict[str, Any] = {}
        if self.stop_price is not None:
            extra["stopPrice"] = decimal_text(self.stop_price)
        if self.iceberg_qty is not None:
            extra["icebergQty"] = decimal_text(self.iceberg_qty)
        if self.strategy_id is not None:
            extra["strategyId"] = self.strategy_id
        if self.strategy_type is not None:
            extra["strategyType"] = self.strategy_type
        if self.trailing_delta is not None:
            extra["trailingDelta"] = self.trailing_delta
        if self.used_sor:
            extra["usedSor"] = True
            extra["workingFloor"] = "SOR"
        return extra

    def as_order(self) -> dict[str, Any]:
        """The order as GET /api/v3/order, openOrders and allOrders show it."""
        return {
            **self._common(),
            **self._state(),
            "time": self.time,
            "updateTime": self.update_time,
            "isWorking": self.is_working,
            "workingTime": self.working_time,
            "selfTradePreventionMode": self.stp_mode,
            **self._optional(),
        }

    def as_new_order(self, response_type: str, transact_time: int) -> dict[str, Any]:
        """The answer to placing the order: ACK, RESULT or FULL."""
        answer = {**self._common(), "transactTime": transact_time}
        if response_type == "ACK":
            return answer
        answer |= self._state()
        answer |= {"workingTime": self.working_time, "selfTradePreventionMode": self.stp_mode, **self._optional()}
        if response_type == "FULL":
            answer["fills"] = [fill.as_json(self.used_sor) for fill in self.fills]
        return answer

    def as_canceled(self, cancel_client_order_id: str, transact_time: int) -> dict[str, Any]:
        """The answer to cancelling the order; `clientOrderId` is the cancel request's own id."""
        return {
            "symbol": self.symbol,
            "origClientOrderId": self.client_order_id,
            "orderId": self.order_id,
            "orderListId": self.order_list_id,
            "clientOrderId": cancel_client_order_id,
            "transactTime": transact_time,
            **self._state(),
            "selfTradePreventionMode": self.stp_mode,
            **self._optional(),
        }

    def as_member(self) -> dict[str, Any]:
        return {"symbol": self.symbol, "orderId": self.order_id, "clientOrderId": self.client_order_id}


@dataclass(eq=False)
class FakeOrderList:
    """An OCO or OTO-family order list: its orders, and for OTO the legs waiting on the working order."""

    order_list_id: int
    contingency_type: str
    list_client_order_id: str
    symbol: str
    orders: list[FakeOrder]
    transaction_time: int
    pending: list[OrderRequest] = field(default_factory=list)
    pays_with_fill: bool = False  # OPO: pending legs take the working order's filled quantity

    @property
    def is_done(self) -> bool:
        return not any(order.is_open or order.status == "PENDING_NEW" for order in self.orders)

    def as_list(self) -> dict[str, Any]:
        done = self.is_done
        return {
            "orderListId": self.order_list_id,
            "contingencyType": self.contingency_type,
            "listStatusType": "ALL_DONE" if done else "EXEC_STARTED",
            "listOrderStatus": "ALL_DONE" if done else "EXECUTING",
            "listClientOrderId": self.list_client_order_id,
            "transactionTime": self.transaction_time,
            "symbol": self.symbol,
            "orders": [order.as_member() for order in self.orders],
        }


@dataclass(frozen=True, slots=True)
class AccountTrade:
    """One line of myTrades (or, for SOR orders, of myAllocations)."""

    symbol: str
    fill: Fill
    order_id: int
    order_list_id: int
    is_buyer: bool

    def as_trade(self) -> dict[str, Any]:
        return {
            "symbol": self.symbol,
            "id": self.fill.trade_id,
            "orderId": self.order_id,
            "orderListId": self.order_list_id,
            "price": decimal_text(self.fill.price),
            "qty": decimal_text(self.fill.qty),
            "quoteQty": decimal_text(self.fill.price * self.fill.qty),
            "commission": decimal_text(self.fill.commission),
            "commissionAsset": self.fill.commission_asset,
            "time": self.fill.time,
            "isBuyer": self.is_buyer,
            "isMaker": self.fill.is_maker,
            "isBestMatch": True,
        }

    def as_allocation(self) -> dict[str, Any]:
        trade = self.as_trade()
        return {
            "symbol": self.symbol,
            "allocationId": self.fill.trade_id,
            "allocationType": "SOR",
            **{key: trade[key] for key in ("orderId", "orderListId", "price", "qty", "quoteQty")},
            **{key: trade[key] for key in ("commission", "commissionAsset", "time", "isBuyer", "isMaker")},
            "isAllocator": False,
        }


class Account:
    """The one account of the fake exchange, trading against its markets."""

    def __init__(
        self,
        markets: dict[str, Market],
        balances: dict[str, Balance],
        commission_rate: Decimal = Decimal("0.001"),
        new_client_order_id: Callable[[int], str] | None = None,
    ) -> None:
        self.markets = markets
        self.balances = balances
        self.commission_rate = commission_rate
        self.orders: dict[int, FakeOrder] = {}
        self.order_lists: dict[int, FakeOrderList] = {}
        self.trades: list[AccountTrade] = []
        self.allocations: list[AccountTrade] = []
        self.amendments: list[dict[str, Any]] = []
        self.placed_at: list[int] = []
        self.update_time: int = 0
        self._next_order_id = 1
        self._next_list_id = 1
        self._next_execution_id = 1
        self._new_client_order_id = new_client_order_id or (lambda order_id: f"fake{order_id:020d}")

    # -- balances ---------------------------------------------------------------------------

    def balance(self, asset: str) -> Balance:
        return self.balances.setdefault(asset, Balance(ZERO))

    def _lock(self, order: FakeOrder, asset: str, amount: Decimal) -> None:
        balance = self.balance(asset)
        if amount > balance.free:
            raise order_rejected(_INSUFFICIENT)
        balance.free -= amount
        balance.locked += amount
        order.locked += amount
        order.locked_asset = asset

    def _release(self, order: FakeOrder) -> None:
        if order.locked and order.locked_asset:
            balance = self.balance(order.locked_asset)
            balance.locked -= order.locked
            balance.free += order.locked
            order.locked = ZERO

    # -- looking orders up ------------------------------------------------------------------

    def find(self, symbol: str, order_id: int | None, client_order_id: str | None) -> FakeOrder:
        """The order by id or client id (the id wins, as on Binance); -2013 when unknown."""
        order: FakeOrder | None = None
        if order_id is not None:
            order = self.orders.get(order_id)
            if order is not None and client_order_id is not None and order.client_order_id != client_order_id:
                raise Rejection(-2039, "Client order ID is not correct for this order ID.")
        elif client_order_id is not None:
            matches = [o for o in self.orders.values() if o.symbol == symbol and o.client_order_id == client_order_id]
            order = matches[-1] if matches else None
        if order is None or order.symbol != symbol:
            raise no_such_order()
        return order

    def open_orders(self, symbol: str | None = None) -> list[FakeOrder]:
        return [o for o in self.orders.values() if o.is_open and (symbol is None or o.symbol == symbol)]

    def resting_in_book(self, symbol: str) -> list[tuple[str, Decimal, Decimal]]:
        """(side, price, remaining) of the account's working limit orders, for the depth view."""
        return [
            (o.side, o.price, o.remaining)
            for o in self.open_orders(symbol)
            if o.is_working and o.type in ("LIMIT", "LIMIT_MAKER")
        ]

    # -- placing ----------------------------------------------------------------------------

    def check(self, market: Market, request: OrderRequest, now_ms: int) -> None:
        """Everything that can refuse a new order before it reaches the book: shape, rules, filters."""
        check_shape(request)
        symbol = market.symbol
        if symbol.status != "TRADING":
            raise order_rejected("Market is closed.")
        if request.pegged:
            raise order_rejected("Pegged orders are not supported for this symbol.")
        if request.strategy_type is not None and request.strategy_type < 1_000_000:
            raise Rejection(-1134, "`strategyType` was less than 1000000.")
        if request.client_order_id is not None and any(
            o.client_order_id == request.client_order_id for o in self.open_orders(symbol.symbol)
        ):
            raise order_rejected("Duplicate order sent.")
        _check_filters(market, request, self.open_orders(symbol.symbol))
        if request.type in _STOP_TYPES and request.stop_price is not None:
            rising = (request.type.startswith("STOP_LOSS")) == (request.side == "BUY")
            crossed = request.stop_price <= market.last_price if rising else request.stop_price >= market.last_price
            if crossed:
                raise order_rejected("Order would trigger immediately.")
        if request.type == "LIMIT_MAKER" and request.price is not None:
            best_price, _ = market.best("SELL" if request.side == "BUY" else "BUY")
            crosses = best_price > 0 and (
                request.price >= best_price if request.side == "BUY" else request.price <= best_price
            )
            if crosses:
                raise order_rejected("Order would immediately match and take.")

    def new_order(
        self,
        market: Market,
        request: OrderRequest,
        now_ms: int,
        *,
        order_list_id: int = -1,
        status: str = "NEW",
        used_sor: bool = False,
        lock: bool = True,
    ) -> FakeOrder:
        """Create an order (already checked) and run it: fill, rest or wait."""
        order_id = self._next_order_id
        self._next_order_id += 1
        order = FakeOrder(
            symbol=market.symbol.symbol,
            order_id=order_id,
            client_order_id=request.client_order_id or self._new_client_order_id(order_id),
            side=request.side,
            type=request.type,
            time_in_force=request.time_in_force or "GTC",
            price=request.price if request.type in _PRICED_TYPES and request.price is not None else ZERO,
            orig_qty=request.quantity or ZERO,
            orig_quote_qty=request.quote_quantity or ZERO,
            time=now_ms,
            update_time=now_ms,
            stp_mode=request.stp_mode or "EXPIRE_MAKER",
            stop_price=request.stop_price,
            iceberg_qty=request.iceberg_qty,
            strategy_id=request.strategy_id,
            strategy_type=request.strategy_type,
            trailing_delta=request.trailing_delta,
            order_list_id=order_list_id,
            status=status,
            used_sor=used_sor,
        )
        self.orders[order_id] = order
        self.placed_at.append(now_ms)
        if status == "PENDING_NEW":
            return order
        try:
            self._run(market, order, now_ms, lock)
        except Rejection:
            del self.orders[order_id]
            self.placed_at.pop()
            raise
        return order

    def _run(self, market: Market, order: FakeOrder, now_ms: int, lock: bool) -> None:
        base, quote = market.symbol.base_asset, market.symbol.quote_asset
        if order.type in _STOP_TYPES:
            if lock:
                price = order.price or order.stop_price or market.last_price
                self._lock_for(order, base, quote, order.orig_qty * price if order.side == "BUY" else order.orig_qty)
            return  # waits for a trigger; the fake's prices never reach it by themselves
        order.working_time = now_ms
        limit = order.price if order.type != "MARKET" else None
        quantity = order.orig_qty if order.orig_qty else None
        plan = [] if order.type == "LIMIT_MAKER" else market.plan_take(
            order.side, quantity=quantity, quote_quantity=order.orig_quote_qty or None, limit_price=limit
        )  # fmt: skip
        planned_qty = sum((qty for _, qty in plan), ZERO)
        if order.type == "LIMIT" and order.time_in_force == "FOK" and planned_qty < order.orig_qty:
            plan = []
        cost = sum((price * qty for price, qty in plan), ZERO)
        if order.side == "BUY":
            needed = order.orig_qty * order.price if order.type != "MARKET" else cost
            if needed > self.balance(quote).free:
                raise order_rejected(_INSUFFICIENT)
        else:
            needed = order.orig_qty if quantity is not None else planned_qty
            if needed > self.balance(base).free:
                raise order_rejected(_INSUFFICIENT)
        trade_ids = list(range(market.next_trade_id, market.next_trade_id + len(plan)))
        for (price, qty), trade_id in zip(plan, trade_ids, strict=True):
            self._fill(market, order, price, qty, trade_id, now_ms, is_maker=False)
        market.take(order.side, plan, now_ms, trade_ids)
        if order.type == "MARKET":
            if quantity is None:
                order.orig_qty = order.executed_qty
            order.status = "FILLED" if plan and order.executed_qty >= order.orig_qty else "EXPIRED"
        elif order.remaining <= 0:
            order.status = "FILLED"
        elif order.time_in_force in ("IOC", "FOK"):
            order.status = "EXPIRED"
        else:
            order.status = "PARTIALLY_FILLED" if order.executed_qty else "NEW"
            if lock:
                amount = order.remaining * order.price if order.side == "BUY" else order.remaining
                self._lock_for(order, base, quote, amount)
        self._finish_if_done(order)

    def _lock_for(self, order: FakeOrder, base: str, quote: str, amount: Decimal) -> None:
        self._lock(order, quote if order.side == "BUY" else base, amount)

    def _fill(
        self, market: Market, order: FakeOrder, price: Decimal, qty: Decimal, trade_id: int, now_ms: int, is_maker: bool
    ) -> None:
        """Book one trade of `order`: balances, commission, the order's totals, myTrades."""
        base, quote = market.symbol.base_asset, market.symbol.quote_asset
        cost = price * qty
        if order.side == "BUY":
            commission = (qty * self.commission_rate).quantize(_EIGHT, rounding=ROUND_HALF_EVEN)
            paid_from = self.balance(quote)
            if is_maker:
                order.locked -= cost
                paid_from.locked -= cost
            else:
                paid_from.free -= cost
            self.balance(base).free += qty - commission
            commission_asset = base
        else:
            commission = (cost * self.commission_rate).quantize(_EIGHT, rounding=ROUND_HALF_EVEN)
            sold_from = self.balance(base)
            if is_maker:
                order.locked -= qty
                sold_from.locked -= qty
            else:
                sold_from.free -= qty
            self.balance(quote).free += cost - commission
            commission_asset = quote
        fill = Fill(trade_id, price, qty, commission, commission_asset, now_ms, is_maker)
        order.fills.append(fill)
        order.executed_qty += qty
        order.cumulative_quote_qty += cost
        order.update_time = now_ms
        self.update_time = now_ms
        trade = AccountTrade(order.symbol, fill, order.order_id, order.order_list_id, order.side == "BUY")
        (self.allocations if order.used_sor else self.trades).append(trade)

    def _finish_if_done(self, order: FakeOrder) -> None:
        if not order.is_open and order.status != "PENDING_NEW":
            self._release(order)

    # -- cancelling -------------------------------------------------------------------------

    def cancel(self, order: FakeOrder, now_ms: int, restriction: str | None = None, status: str = "CANCELED") -> None:
        """Cancel an open order (-2011 if it is not open or the restriction forbids it)."""
        if not (order.is_open or order.status == "PENDING_NEW"):
            raise cancel_rejected("Unknown order sent.")
        if restriction == "ONLY_NEW" and order.status != "NEW":
            raise cancel_rejected("Order was not canceled due to cancel restrictions.")
        if restriction == "ONLY_PARTIALLY_FILLED" and order.status != "PARTIALLY_FILLED":
            raise cancel_rejected("Order was not canceled due to cancel restrictions.")
        order.status = status
        order.update_time = now_ms
        self.update_time = now_ms
        self._release(order)

    def cancel_list(self, order_list: FakeOrderList, now_ms: int) -> None:
        for order in order_list.orders:
            if order.is_open or order.status == "PENDING_NEW":
                self.cancel(order, now_ms)

    # -- the rest of the market trading ----------------------------------------------------

    def fill_resting(self, market: Market, price: Decimal | None, now_ms: int) -> list[FakeOrder]:
        """Fill every working limit order the market trades through at `price` (all of them if None)."""
        filled = []
        for order in self.open_orders(market.symbol.symbol):
            if not order.is_open or not order.is_working or order.type not in ("LIMIT", "LIMIT_MAKER"):
                continue
            if price is not None and (order.price < price if order.side == "BUY" else order.price > price):
                continue
            trade_id = market.next_trade_id
            qty = order.remaining
            self._fill(market, order, order.price, qty, trade_id, now_ms, is_maker=True)
            market.print_trade(trade_id, order.price, qty, now_ms, is_buyer_maker=order.side == "BUY")
            order.status = "FILLED"
            self._finish_if_done(order)
            filled.append(order)
            self._after_fill(market, order, now_ms)
        return filled

    def _after_fill(self, market: Market, order: FakeOrder, now_ms: int) -> None:
        """Order-list consequences of a fill: OTO starts its pending legs, an OCO pair expires the other leg."""
        order_list = self.order_lists.get(order.order_list_id)
        if order_list is None:
            return
        working = order_list.orders[0] if order_list.contingency_type == "OTO" else None
        if order is working:
            self._activate(market, order_list, order, now_ms)
            return
        for sibling in order_list.orders:
            if sibling is not order and sibling is not working and (sibling.is_open or sibling.status == "PENDING_NEW"):
                self.cancel(sibling, now_ms, status="EXPIRED")

    def _activate(self, market: Market, order_list: FakeOrderList, working: FakeOrder, now_ms: int) -> None:
        """The working order of an OTO list has filled: its pending legs go to the book."""
        pending = [o for o in order_list.orders if o.status == "PENDING_NEW"]
        for order in pending:
            order.status = "NEW"
            order.update_time = now_ms
            if order_list.pays_with_fill:
                order.orig_qty = working.executed_qty
        try:
            if len(pending) == 2:  # an OCO pair waiting behind the working order: one lock for both
                needed, asset = _oco_lock(market, pending[0].side, pending[0].orig_qty, pending)
                if needed > self.balance(asset).free:
                    raise order_rejected(_INSUFFICIENT)
                for order in pending:
                    self._run(market, order, now_ms, lock=False)
                self._lock(_lock_holder(pending), asset, needed)
            else:
                for order in pending:
                    self._run(market, order, now_ms, lock=True)
        except Rejection:
            for order in pending:
                if order.is_open:
                    self.cancel(order, now_ms, status="EXPIRED")

    # -- order lists ------------------------------------------------------------------------

    def new_order_list(
        self,
        market: Market,
        contingency_type: str,
        legs: list[OrderRequest],
        now_ms: int,
        *,
        list_client_order_id: str | None,
        one_cancels_other: bool = False,
        pays_with_fill: bool = False,
    ) -> FakeOrderList:
        """Place an OCO (`one_cancels_other`) or OTO-family list (the first leg works, the others wait).

        OCO legs share one lock of funds, held by the leg that can fill. For OTO lists the
        first leg works now and the others wait (PENDING_NEW) until it has filled.
        """
        for index, leg in enumerate(legs):
            if index == 0 or one_cancels_other:
                self.check(market, leg, now_ms)
            else:  # pending legs meet the market later; only their own rules can be checked now
                check_shape(leg)
                _check_filters(market, leg, [])
        list_id = self._next_list_id
        self._next_list_id += 1
        order_list = FakeOrderList(
            list_id,
            contingency_type,
            list_client_order_id or f"fakelist{list_id:016d}",
            market.symbol.symbol,
            [],
            now_ms,
            pays_with_fill=pays_with_fill,
        )
        if one_cancels_other:
            order_list.orders = self._place_oco(market, legs, now_ms, list_id)
        else:
            first = self.new_order(market, legs[0], now_ms, order_list_id=list_id)
            order_list.orders.append(first)
            for leg in legs[1:]:
                waiting = self.new_order(market, leg, now_ms, order_list_id=list_id, status="PENDING_NEW")
                order_list.orders.append(waiting)
            self.order_lists[list_id] = order_list
            if first.status == "FILLED":
                self._after_fill(market, first, now_ms)
        self.order_lists[list_id] = order_list
        return order_list

    def _place_oco(self, market: Market, legs: list[OrderRequest], now_ms: int, list_id: int) -> list[FakeOrder]:
        needed, asset = _oco_lock(market, legs[0].side, legs[0].quantity or ZERO, legs)
        if needed > self.balance(asset).free:
            raise order_rejected(_INSUFFICIENT)
        orders = [self.new_order(market, leg, now_ms, order_list_id=list_id, lock=False) for leg in legs]
        self._lock(_lock_holder(orders), asset, needed)
        return orders

    def amend(self, order: FakeOrder, new_qty: Decimal, new_client_order_id: str | None, now_ms: int) -> int:
        """Reduce an open order's quantity, keeping its place in the book; returns the execution id."""
        if not order.is_open:
            raise cancel_rejected("Unknown order sent.")
        if new_qty == order.orig_qty:
            raise Rejection(-2038, "The requested action would change no state; rejecting")
        if new_qty > order.orig_qty:
            raise Rejection(-2038, "Order amend (quantity increase) is not supported.")
        execution_id = self._next_execution_id
        self._next_execution_id += 1
        self.amendments.append(
            {
                "symbol": order.symbol,
                "orderId": order.order_id,
                "executionId": execution_id,
                "origClientOrderId": order.client_order_id,
                "newClientOrderId": new_client_order_id or self._new_client_order_id(order.order_id) + "a",
                "origQty": decimal_text(order.orig_qty),
                "newQty": decimal_text(new_qty),
                "time": now_ms,
            }
        )
        order.client_order_id = self.amendments[-1]["newClientOrderId"]
        released = order.locked
        self._release(order)
        order.orig_qty = new_qty
        order.update_time = now_ms
        if order.remaining <= 0:
            order.status = "FILLED"
        elif released:
            amount = order.remaining * order.price if order.side == "BUY" else order.remaining
            self._lock(order, order.locked_asset, min(amount, released))
        return execution_id


def check_shape(request: OrderRequest) -> None:
    """The parameters each order type needs and refuses (-1102, -1106), as Binance checks them."""
    kind, wire = request.type, request.wire
    if kind == "MARKET":
        if request.quantity is None and request.quote_quantity is None:
            raise one_of_mandatory((wire("quantity"), "quoteOrderQty"))
        if request.time_in_force is not None:
            raise not_required(wire("timeInForce"))
        if request.price is not None:
            raise not_required(wire("price"))
        return
    if request.quote_quantity is not None:
        raise not_required("quoteOrderQty")
    if request.quantity is None:
        raise mandatory(wire("quantity"))
    if kind in ("LIMIT", "STOP_LOSS_LIMIT", "TAKE_PROFIT_LIMIT") and request.time_in_force is None:
        raise mandatory(wire("timeInForce"))
    if kind in _PRICED_TYPES and request.price is None and not request.pegged:
        raise mandatory(wire("price"))
    if kind in ("LIMIT_MAKER", "STOP_LOSS", "TAKE_PROFIT") and request.time_in_force is not None:
        raise not_required(wire("timeInForce"))
    if kind in ("STOP_LOSS", "TAKE_PROFIT") and request.price is not None:
        raise not_required(wire("price"))
    if kind in _STOP_TYPES and request.stop_price is None and request.trailing_delta is None:
        raise one_of_mandatory((wire("stopPrice"), wire("trailingDelta")))
    if kind not in _STOP_TYPES and (request.stop_price is not None or request.trailing_delta is not None):
        raise not_required(wire("stopPrice") if request.stop_price is not None else wire("trailingDelta"))
    if request.iceberg_qty is not None and (kind not in _PRICED_TYPES or (request.time_in_force or "GTC") != "GTC"):
        raise order_rejected("Unsupported order combination")


def _filter(market: Market, filter_type: str) -> dict[str, Any] | None:
    return next((f for f in market.symbol.filters if f["filterType"] == filter_type), None)


def _check_filters(market: Market, request: OrderRequest, open_orders: list[FakeOrder]) -> None:
    """The symbol's filters, in the order Binance applies them; -1013 names the first that fails."""
    prices = [p for p in (request.price, request.stop_price) if p is not None]
    price_filter = _filter(market, "PRICE_FILTER")
    if price_filter is not None:
        low, high, tick = (Decimal(price_filter[k]) for k in ("minPrice", "maxPrice", "tickSize"))
        for price in prices:
            if (low and price < low) or (high and price > high) or (tick and (price - low) % tick):
                raise filter_failure("PRICE_FILTER")
    by_side = _filter(market, "PERCENT_PRICE_BY_SIDE")
    if by_side is not None and request.price is not None:
        side = "bid" if request.side == "BUY" else "ask"
        up, down = Decimal(by_side[f"{side}MultiplierUp"]), Decimal(by_side[f"{side}MultiplierDown"])
        if not market.last_price * down <= request.price <= market.last_price * up:
            raise filter_failure("PERCENT_PRICE_BY_SIDE")
    quantities = [q for q in (request.quantity, request.iceberg_qty) if q is not None]
    names = ["LOT_SIZE", "MARKET_LOT_SIZE"] if request.type == "MARKET" else ["LOT_SIZE"]
    for name in names:
        lot = _filter(market, name)
        if lot is None:
            continue
        low, high, step = (Decimal(lot[k]) for k in ("minQty", "maxQty", "stepSize"))
        for qty in quantities:
            if qty < low or (high and qty > high) or (step and (qty - low) % step):
                raise filter_failure(name)
    if request.iceberg_qty and request.quantity is not None:
        parts = _filter(market, "ICEBERG_PARTS")
        if parts is not None and math.ceil(request.quantity / request.iceberg_qty) > parts["limit"]:
            raise filter_failure("ICEBERG_PARTS")
    notional_filter = _filter(market, "NOTIONAL")
    if notional_filter is not None:
        is_market = request.type in ("MARKET", "STOP_LOSS", "TAKE_PROFIT")
        price = market.last_price if is_market else (request.price or market.last_price)
        notional = request.quote_quantity if request.quote_quantity is not None else (request.quantity or ZERO) * price
        low, high = Decimal(notional_filter["minNotional"]), Decimal(notional_filter["maxNotional"])
        if (not is_market or notional_filter["applyMinToMarket"]) and notional < low:
            raise filter_failure("NOTIONAL")
        if (not is_market or notional_filter["applyMaxToMarket"]) and high and notional > high:
            raise filter_failure("NOTIONAL")
    most = _filter(market, "MAX_NUM_ORDERS")
    if most is not None and len(open_orders) + 1 > most["maxNumOrders"]:
        raise filter_failure("MAX_NUM_ORDERS")
    algo = _filter(market, "MAX_NUM_ALGO_ORDERS")
    algo_orders = sum(1 for o in open_orders if o.type in _STOP_TYPES)
    if algo is not None and request.type in _STOP_TYPES and algo_orders + 1 > algo["maxNumAlgoOrders"]:
        raise filter_failure("MAX_NUM_ALGO_ORDERS")


def check_oco_legs(above: OrderRequest, below: OrderRequest) -> None:
    """An OCO needs one contingent leg, no MARKET or LIMIT legs, and its upper leg above its lower one."""
    for leg in (above, below):
        check_shape(leg)
        if leg.type not in ("LIMIT_MAKER", *_STOP_TYPES):
            raise Rejection(-1158, "Order type not supported in OCO.")
    if above.type == below.type == "LIMIT_MAKER":
        raise Rejection(-1168, "At least one OCO order must be contingent.")

    def level(leg: OrderRequest) -> Decimal:
        if leg.type == "LIMIT_MAKER" and leg.price is not None:
            return leg.price
        return leg.stop_price or leg.price or ZERO

    if level(above) <= level(below):
        raise order_rejected("The relationship of the prices for the orders is not correct.")


def _lock_holder(orders: list[FakeOrder]) -> FakeOrder:
    """The OCO leg that carries the pair's lock: the one that can fill as a maker, which pays from it."""
    return next((order for order in orders if order.type == "LIMIT_MAKER"), orders[0])


def _oco_lock(
    market: Market, side: str, quantity: Decimal, legs: list[OrderRequest] | list[FakeOrder]
) -> tuple[Decimal, str]:
    """What an OCO pair locks, once for both legs: the base quantity, or for BUY the dearest leg's cost."""
    if side == "SELL":
        return quantity, market.symbol.base_asset
    prices = [p for leg in legs for p in (leg.price, leg.stop_price) if p]
    return quantity * max(prices, default=market.last_price), market.symbol.quote_asset
