"""The fake exchange's SBE answers: the JSON payload it would send, encoded in schema 3:5.

Hand-written from the schema's layout for the answers the fake encodes (depth, klines,
exchangeInfo, errors; over the WebSocket API also ping, time, the session and user data
subscription methods, each inside a `WebSocketResponse`), and for the SBE market data streams
(schema 1:0), and for the user data events of SBE sessions; enum and set values come from the
generated decoders' tables.
The client's decoders are generated from the same schema, and are checked against hand-built
bytes in the tests, so this encoder is not what proves them right.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from binance_spot_client._sbe_spot import (
    PROD_RETIRED,
    SCHEMA_ID,
    SCHEMA_VERSION,
    _ENUM_contingencyType,
    _ENUM_executionType,
    _ENUM_expiryReason,
    _ENUM_floor,
    _ENUM_listOrderStatus,
    _ENUM_listStatusType,
    _ENUM_matchType,
    _ENUM_orderCapacity,
    _ENUM_orderSide,
    _ENUM_orderStatus,
    _ENUM_orderType,
    _ENUM_pegOffsetType,
    _ENUM_pegPriceType,
    _ENUM_rateLimitInterval,
    _ENUM_rateLimitType,
    _ENUM_selfTradePreventionMode,
    _ENUM_symbolStatus,
    _ENUM_timeInForce,
    _SET_allowedSelfTradePreventionModes,
    _SET_orderTypes,
)

SBE_CONTENT_TYPE = "application/sbe"
_HEADER = struct.Struct("<HHHH")
_GROUP = struct.Struct("<HI")
_LEVEL = struct.Struct("<qq")
_KLINE = struct.Struct("<qqqqq16sq16sq16s16s")
_NULL_TIME = -(2**63)


def _message(template_id: int, block: bytes, rest: bytes = b"") -> bytes:
    return _HEADER.pack(len(block), template_id, SCHEMA_ID, SCHEMA_VERSION) + block + rest


def _exponent(texts: Sequence[str]) -> int:
    """The exponent that writes every decimal text exactly: minus its most decimals."""
    return -max((len(text.partition(".")[2]) for text in texts), default=0)


def _mantissa(text: str, exponent: int) -> int:
    whole, _, fraction = text.partition(".")
    digits = whole.lstrip("-") + fraction.ljust(-exponent, "0")
    return -int(digits) if text.startswith("-") else int(digits)


def _levels(levels: Sequence[Sequence[str]], price: int, qty: int) -> bytes:
    rows = b"".join(_LEVEL.pack(_mantissa(p, price), _mantissa(q, qty)) for p, q, *_ in levels)
    return _GROUP.pack(_LEVEL.size, len(levels)) + rows


def _depth(payload: Any) -> bytes:
    levels = [*payload["bids"], *payload["asks"]]
    price, qty = _exponent([level[0] for level in levels]), _exponent([level[1] for level in levels])
    block = struct.pack("<qbb", payload["lastUpdateId"], price, qty)
    return _message(200, block, _levels(payload["bids"], price, qty) + _levels(payload["asks"], price, qty))


def _klines(payload: Any) -> bytes:
    prices = [text for row in payload for text in (row[1], row[2], row[3], row[4], row[7], row[10])]
    price, qty = _exponent(prices), _exponent([text for row in payload for text in (row[5], row[9])])

    def wide(text: str, exponent: int) -> bytes:
        return _mantissa(text, exponent).to_bytes(16, "little", signed=True)

    rows = b"".join(
        _KLINE.pack(
            row[0] * 1000,  # SBE times are microseconds
            *(_mantissa(text, price) for text in row[1:5]),
            wide(row[5], qty),
            row[6] * 1000,
            wide(row[7], price),
            row[8],
            wide(row[9], qty),
            wide(row[10], price),
        )
        for row in payload
    )
    return _message(203, struct.pack("<bb", price, qty), _GROUP.pack(_KLINE.size, len(payload)) + rows)


# Each filter's template and its fields after the constant filterType, in block order: "d" a decimal
# (all of a filter's decimals share the one exponent that precedes them), "q" int64, "i" int32, "B" bool.
_FILTERS: dict[str, tuple[int, tuple[tuple[str, str], ...]]] = {
    "PRICE_FILTER": (1, (("minPrice", "d"), ("maxPrice", "d"), ("tickSize", "d"))),
    "PERCENT_PRICE": (2, (("multiplierUp", "d"), ("multiplierDown", "d"), ("avgPriceMins", "i"))),
    "PERCENT_PRICE_BY_SIDE": (
        3,
        (
            ("bidMultiplierUp", "d"),
            ("bidMultiplierDown", "d"),
            ("askMultiplierUp", "d"),
            ("askMultiplierDown", "d"),
            ("avgPriceMins", "i"),
        ),
    ),
    "LOT_SIZE": (4, (("minQty", "d"), ("maxQty", "d"), ("stepSize", "d"))),
    "MIN_NOTIONAL": (5, (("minNotional", "d"), ("applyToMarket", "B"), ("avgPriceMins", "i"))),
    "NOTIONAL": (
        6,
        (
            ("minNotional", "d"),
            ("applyMinToMarket", "B"),
            ("maxNotional", "d"),
            ("applyMaxToMarket", "B"),
            ("avgPriceMins", "i"),
        ),
    ),
    "ICEBERG_PARTS": (7, (("limit", "q"),)),
    "MARKET_LOT_SIZE": (8, (("minQty", "d"), ("maxQty", "d"), ("stepSize", "d"))),
    "MAX_NUM_ORDERS": (9, (("maxNumOrders", "q"),)),
    "MAX_NUM_ALGO_ORDERS": (10, (("maxNumAlgoOrders", "q"),)),
    "MAX_NUM_ICEBERG_ORDERS": (11, (("maxNumIcebergOrders", "q"),)),
    "MAX_POSITION": (12, (("maxPosition", "d"),)),
    "TRAILING_DELTA": (
        13,
        (
            ("minTrailingAboveDelta", "q"),
            ("maxTrailingAboveDelta", "q"),
            ("minTrailingBelowDelta", "q"),
            ("maxTrailingBelowDelta", "q"),
        ),
    ),
    "EXCHANGE_MAX_NUM_ORDERS": (15, (("maxNumOrders", "q"),)),
    "EXCHANGE_MAX_NUM_ALGO_ORDERS": (16, (("maxNumAlgoOrders", "q"),)),
    "EXCHANGE_MAX_NUM_ICEBERG_ORDERS": (17, (("maxNumIcebergOrders", "q"),)),
    "MAX_NUM_ORDER_LISTS": (18, (("maxNumOrderLists", "q"),)),
    "EXCHANGE_MAX_NUM_ORDER_LISTS": (19, (("maxNumOrderLists", "q"),)),
    "MAX_NUM_ORDER_AMENDS": (20, (("maxNumOrderAmends", "q"),)),
}


def _code(table: dict[int, Any], value: Any) -> int:
    return next(code for code, name in table.items() if name == value)


def _bits(choices: tuple[tuple[int, str], ...], values: Sequence[str]) -> int:
    return sum(1 << bit for bit, name in choices if name in values)


def _text8(value: str) -> bytes:
    raw = value.encode()
    return bytes([len(raw)]) + raw


def _embedded(message: bytes) -> bytes:
    return bytes([len(message)]) + message


def _filter(payload: Mapping[str, Any]) -> bytes:
    template, fields = _FILTERS[payload["filterType"]]
    exponent = _exponent([payload[name] for name, kind in fields if kind == "d"])
    fmt, values = "<", []
    if any(kind == "d" for _, kind in fields):
        fmt, values = "<b", [exponent]
    for name, kind in fields:
        fmt += "q" if kind == "d" else kind
        value = payload[name]
        values.append(_mantissa(value, exponent) if kind == "d" else value)
    return _message(template, struct.pack(fmt, *values))


def _filters(filters: Sequence[Mapping[str, Any]]) -> bytes:
    known = [item for item in filters if item["filterType"] in _FILTERS]
    return _GROUP.pack(0, len(known)) + b"".join(_embedded(_filter(item)) for item in known)


def _symbol(symbol: Mapping[str, Any]) -> bytes:
    flags = [
        symbol[name]
        for name in (
            "icebergAllowed",
            "ocoAllowed",
            "otoAllowed",
            "quoteOrderQtyMarketAllowed",
            "allowTrailingStop",
            "cancelReplaceAllowed",
            "amendAllowed",
            "isSpotTradingAllowed",
            "isMarginTradingAllowed",
        )
    ]
    peg = symbol.get("pegInstructionsAllowed")
    block = struct.pack(
        "<BBBBBH9BBBB",
        _code(_ENUM_symbolStatus, symbol["status"]),
        symbol["baseAssetPrecision"],
        symbol["quoteAssetPrecision"],
        symbol["baseCommissionPrecision"],
        symbol["quoteCommissionPrecision"],
        _bits(_SET_orderTypes, symbol["orderTypes"]),
        *flags,
        _code(_ENUM_selfTradePreventionMode, symbol["defaultSelfTradePreventionMode"]),
        _bits(_SET_allowedSelfTradePreventionModes, symbol["allowedSelfTradePreventionModes"]),
        255 if peg is None else int(peg),
    )
    permission_sets = symbol.get("permissionSets", [])
    permissions = _GROUP.pack(0, len(permission_sets)) + b"".join(
        _GROUP.pack(0, len(names)) + b"".join(_text8(name) for name in names) for names in permission_sets
    )
    texts = _text8(symbol["symbol"]) + _text8(symbol["baseAsset"]) + _text8(symbol["quoteAsset"])
    return block + _filters(symbol["filters"]) + permissions + texts


def _exchange_info(payload: Any) -> bytes:
    limits = payload["rateLimits"]
    rate_limits = _GROUP.pack(11, len(limits)) + b"".join(
        struct.pack(
            "<BBBq",
            _code(_ENUM_rateLimitType, item["rateLimitType"]),
            _code(_ENUM_rateLimitInterval, item["interval"]),
            item["intervalNum"],
            item["limit"],
        )
        for item in limits
    )
    symbols = payload["symbols"]
    symbol_block = struct.calcsize("<BBBBBH9BBBB")
    body = (
        rate_limits
        + _filters(payload["exchangeFilters"])
        + _GROUP.pack(symbol_block, len(symbols))
        + b"".join(_symbol(symbol) for symbol in symbols)
        + _GROUP.pack(0, 0)  # no smart order routing
    )
    return _message(103, b"", body)


def sbe_error(payload: Any) -> bytes:
    """An `ErrorResponse` for Binance's `{code, msg}`."""
    msg = str(payload.get("msg", "")).encode()
    block = struct.pack("<hqq", payload.get("code", -1000), _NULL_TIME, _NULL_TIME)
    return _message(100, block, struct.pack("<H", len(msg)) + msg + struct.pack("<I", 0))


ENCODERS: dict[str, Callable[[Any], bytes]] = {
    "depth": _depth,
    "klines": _klines,
    "uiKlines": _klines,
    "exchangeInfo": _exchange_info,
}


def wants_sbe(headers: Mapping[str, str]) -> bool:
    """Whether a request asks for SBE (the schema's id:version is checked by the client)."""
    named = {name.lower(): value for name, value in headers.items()}
    return SBE_CONTENT_TYPE in named.get("accept", "") and bool(named.get("x-mbx-sbe"))


# -- the SBE market data streams (schema 1:0): one message per payload, times in microseconds -------

_STREAM_SCHEMA = (1, 0)
_GROUP16 = struct.Struct("<HH")
_TRADE = struct.Struct("<qqqB")
_BEST_BID_ASK = struct.Struct("<qqbbqqqq")


def _stream_message(template_id: int, block: bytes, rest: bytes) -> bytes:
    return _HEADER.pack(len(block), template_id, *_STREAM_SCHEMA) + block + rest


def _levels16(levels: Sequence[Sequence[str]], price: int, qty: int) -> bytes:
    rows = b"".join(_LEVEL.pack(_mantissa(p, price), _mantissa(q, qty)) for p, q, *_ in levels)
    return _GROUP16.pack(_LEVEL.size, len(levels)) + rows


def _book_exponents(bids: Sequence[Sequence[str]], asks: Sequence[Sequence[str]]) -> tuple[int, int]:
    levels = [*bids, *asks]
    return _exponent([level[0] for level in levels]), _exponent([level[1] for level in levels])


def _stream_trade(payload: Mapping[str, Any], symbol: str, now_ms: int) -> bytes:
    price, qty = _exponent([payload["p"]]), _exponent([payload["q"]])
    block = struct.pack("<qqbb", payload["E"] * 1000, payload["T"] * 1000, price, qty)
    row = _TRADE.pack(payload["t"], _mantissa(payload["p"], price), _mantissa(payload["q"], qty), payload["m"])
    return _stream_message(10000, block, _GROUP.pack(_TRADE.size, 1) + row + _text8(symbol))


def _stream_best_bid_ask(payload: Mapping[str, Any], symbol: str, now_ms: int) -> bytes:
    price, qty = _exponent([payload["b"], payload["a"]]), _exponent([payload["B"], payload["A"]])
    block = _BEST_BID_ASK.pack(
        payload.get("E", now_ms) * 1000,
        payload["u"],
        price,
        qty,
        *(_mantissa(payload[key], exponent) for key, exponent in (("b", price), ("B", qty), ("a", price), ("A", qty))),
    )
    return _stream_message(10001, block, _text8(symbol))


def _stream_depth_snapshot(payload: Mapping[str, Any], symbol: str, now_ms: int) -> bytes:
    price, qty = _book_exponents(payload["bids"], payload["asks"])
    block = struct.pack("<qqbb", payload.get("E", now_ms) * 1000, payload["lastUpdateId"], price, qty)
    groups = _levels16(payload["bids"], price, qty) + _levels16(payload["asks"], price, qty)
    return _stream_message(10002, block, groups + _text8(symbol))


def _stream_depth_diff(payload: Mapping[str, Any], symbol: str, now_ms: int) -> bytes:
    price, qty = _book_exponents(payload["b"], payload["a"])
    block = struct.pack("<qqqbb", payload["E"] * 1000, payload["U"], payload["u"], price, qty)
    groups = _levels16(payload["b"], price, qty) + _levels16(payload["a"], price, qty)
    return _stream_message(10003, block, groups + _text8(symbol))


# By what follows `<symbol>@` in a stream's name: how its JSON payload is sent on the SBE streams.
STREAM_ENCODERS: dict[str, Callable[[Mapping[str, Any], str, int], bytes]] = {
    "trade": _stream_trade,
    "bestBidAsk": _stream_best_bid_ask,
    "depth": _stream_depth_diff,
    "depth20": _stream_depth_snapshot,
}


def sbe_stream_frame(stream: str, payload: Any, now_ms: int) -> bytes | None:
    """The binary frame the SBE streams send for `payload` (a JSON stream payload) on `stream`;
    None for a stream they do not serve."""
    symbol, _, kind = stream.partition("@")
    encode = STREAM_ENCODERS.get(kind)
    return None if encode is None else encode(payload, symbol.upper(), now_ms)


# -- the WebSocket API's SBE sessions: every answer a `WebSocketResponse` around the method's message ---

_RATE_LIMIT = struct.Struct("<BBBqq")
_SESSION = struct.Struct("<qqBqB")


def _micros(ms: int | None) -> int:
    return _NULL_TIME if ms is None else ms * 1000


def _session(template_id: int) -> Callable[[Any], bytes]:
    def encode(status: Any) -> bytes:
        user_data = status.get("userDataStream")
        block = _SESSION.pack(
            _micros(status.get("authorizedSince")),
            _micros(status["connectedSince"]),
            int(status["returnRateLimits"]),
            _micros(status["serverTime"]),
            255 if user_data is None else int(user_data),
        )
        key = (status.get("apiKey") or "").encode()
        return _message(template_id, block, struct.pack("<H", len(key)) + key)

    return encode


def _subscription(result: Any) -> bytes:
    return _message(503, struct.pack("<H", result["subscriptionId"]))


# By WebSocket API method: how the fake encodes its result. Other methods are answered in JSON text
# frames, which the client reads too (Binance itself answers every method of an SBE session in SBE).
API_ENCODERS: dict[str, Callable[[Any], bytes]] = {
    "ping": lambda _: _message(101, b""),
    "time": lambda result: _message(102, struct.pack("<q", result["serverTime"] * 1000)),
    "depth": _depth,
    "klines": _klines,
    "uiKlines": _klines,
    "exchangeInfo": _exchange_info,
    "session.logon": _session(51),
    "session.status": _session(52),
    "session.logout": _session(53),
    "userDataStream.subscribe": _subscription,
    "userDataStream.subscribe.signature": _subscription,
    "userDataStream.unsubscribe": lambda _: _message(504, b""),
}


def sbe_api_reply(method: str, reply: Mapping[str, Any]) -> bytes | None:
    """The `WebSocketResponse` frame of a WebSocket API reply (as the JSON frame `{id, status, result
    or error, rateLimits}`); None for a result the fake cannot encode."""
    status = int(reply["status"])
    if status >= 400:
        inner = sbe_error(reply["error"])
    else:
        encode = API_ENCODERS.get(method)
        if encode is None:
            return None
        inner = encode(reply["result"])
    limits = reply.get("rateLimits", [])
    rate_limits = _GROUP16.pack(_RATE_LIMIT.size, len(limits)) + b"".join(
        _RATE_LIMIT.pack(
            _code(_ENUM_rateLimitType, item["rateLimitType"]),
            _code(_ENUM_rateLimitInterval, item["interval"]),
            item["intervalNum"],
            item["limit"],
            item["count"],
        )
        for item in limits
    )
    request_id = "" if reply.get("id") is None else str(reply["id"])  # SBE answers every id as text
    body = rate_limits + _text8(request_id) + struct.pack("<I", len(inner)) + inner
    return _message(50, struct.pack("<BH", 0, status), body)


def sbe_schema_refusal(query: Mapping[str, list[str]]) -> str | None:
    """Why a WebSocket API connection's SBE query cannot be served (None: it can, or asks for JSON)."""
    if query.get("responseFormat", ["json"]) != ["sbe"]:
        return None if query.get("responseFormat", ["json"]) == ["json"] else "Invalid responseFormat."
    try:
        version = (int(query["sbeSchemaId"][0]), int(query["sbeSchemaVersion"][0]))
    except (KeyError, ValueError):
        return "Missing or invalid sbeSchemaId or sbeSchemaVersion."
    if version[0] != SCHEMA_ID or version[1] > SCHEMA_VERSION or version in PROD_RETIRED:
        return f"Unsupported SBE schema {version[0]}:{version[1]}."
    return None


# -- user data events of SBE sessions: one message per event, its subscription id inside, times in µs ----

_NULL_U8 = 255
_NULL_U16 = 2**16 - 1
_NULL_I32 = -(2**31)
_NULL_U64 = 2**64 - 1
# What JSON writes where SBE has a null, for the fields the schema names a value for (mbx:jsonDefaultValue).
_JSON_NULL_INT = {"O": -1, "g": -1, "t": -1}
_JSON_NULL_TEXT = {"C": "", "r": "NONE"}

# ExecutionReportEvent's root block, field by field in the schema's order: (JSON key, how it is written).
# "time"/"int": int64 (times in µs), "?" where null is allowed; "price"/"qty"/"commission": a mantissa of
# that exponent; a dict: the enum's table; "bool": boolEnum; "exponent:<name>": the exponent itself.
_EXECUTION_REPORT_BLOCK: tuple[tuple[str, Any], ...] = (
    ("E", "time"), ("T", "time"),
    ("", "exponent:price"), ("", "exponent:qty"), ("", "exponent:commission"),
    ("O", "time?"), ("W", "time?"), ("i", "int"), ("g", "int?"),
    ("q", "qty"), ("p", "price"), ("Q", "price"), ("F", "qty"), ("P", "price"),
    ("o", _ENUM_orderType), ("S", _ENUM_orderSide), ("f", _ENUM_timeInForce), ("x", _ENUM_executionType),
    ("X", _ENUM_orderStatus),
    ("t", "int?"), ("I", "int"), ("z", "qty"), ("Z", "price"), ("l", "qty"), ("L", "price"), ("Y", "price"),
    ("n", "commission"),
    ("w", "bool"), ("m", "bool"), ("M", "bool"), ("b", _ENUM_matchType), ("V", _ENUM_selfTradePreventionMode),
    ("y", _ENUM_orderCapacity), ("k", _ENUM_floor), ("uS", "bool"),
    ("a", "int?"), ("d", "uint64?"), ("D", "time?"), ("u", "int?"), ("A", "qty"), ("B", "qty?"), ("v", "int?"),
    ("pl", "qty?"), ("pL", "price?"), ("pY", "price?"), ("J", "int32?"), ("j", "int?"), ("U", "int?"),
    ("subscriptionId", "uint16?"), ("gP", _ENUM_pegPriceType), ("gOT", _ENUM_pegOffsetType), ("gOV", "uint8?"),
    ("gp", "price?"), ("eR", _ENUM_expiryReason),
)  # fmt: skip
_EXECUTION_REPORT_TEXTS = ("s", "c", "C", "N", "r", "Cs")
_DECIMAL_KINDS = {
    "price": ("p", "Q", "P", "Z", "L", "Y", "pL", "pY", "gp"),
    "qty": ("q", "F", "z", "l", "A", "B", "pl"),
    "commission": ("n",),
}
_FORMATS = {"time": "q", "int": "q", "uint64": "Q", "int32": "i", "uint16": "H", "uint8": "B", "bool": "B"}
_NULLS = {"q": _NULL_TIME, "Q": _NULL_U64, "i": _NULL_I32, "H": _NULL_U16, "B": _NULL_U8}
# What the fake writes for the fields SBE always carries and its JSON reports leave out.
_SBE_DEFAULTS: dict[str, Any] = {"M": False, "y": "PRINCIPAL", "k": "EXCHANGE", "uS": False, "A": "0"}


def _subscription_id(subscription: int | None) -> int:
    return _NULL_U16 if subscription is None else subscription


def _execution_report(event: Mapping[str, Any], subscription: int | None) -> bytes:
    values = {**_SBE_DEFAULTS, **event, "subscriptionId": _subscription_id(subscription)}
    exponents = {
        kind: _exponent([values[key] for key in keys if values.get(key) is not None])
        for kind, keys in _DECIMAL_KINDS.items()
    }
    fmt, packed = "<", []
    for key, kind in _EXECUTION_REPORT_BLOCK:
        value: Any = values.get(key)
        if isinstance(kind, dict):
            fmt += "B"
            packed.append(_code(kind, value))
            continue
        if kind.startswith("exponent:"):
            fmt += "b"
            packed.append(exponents[kind.removeprefix("exponent:")])
            continue
        name = kind.rstrip("?")
        null = value is None or (key in _JSON_NULL_INT and value == _JSON_NULL_INT[key])
        if name in exponents:
            fmt += "q"
            packed.append(_NULL_TIME if null else _mantissa(value, exponents[name]))
            continue
        code = _FORMATS[name]
        fmt += code
        if null:
            packed.append(_NULLS[code])
        else:
            packed.append(_micros(value) if name == "time" else int(value))
    texts = b"".join(
        _text8("" if values.get(key) in (None, _JSON_NULL_TEXT.get(key)) else str(values[key]))
        for key in _EXECUTION_REPORT_TEXTS
    )
    return _message(603, struct.pack(fmt, *packed), texts)


def _list_status(event: Mapping[str, Any], subscription: int | None) -> bytes:
    block = struct.pack(
        "<qqqBBBH",
        event["E"] * 1000,
        event["T"] * 1000,
        event["g"],
        _code(_ENUM_contingencyType, event["c"]),
        _code(_ENUM_listStatusType, event["l"]),
        _code(_ENUM_listOrderStatus, event["L"]),
        _subscription_id(subscription),
    )
    orders = _GROUP16.pack(8, len(event["O"])) + b"".join(
        struct.pack("<q", order["i"]) + _text8(order["s"]) + _text8(order["c"]) for order in event["O"]
    )
    reason = "" if event["r"] == _JSON_NULL_TEXT["r"] else event["r"]
    return _message(606, block, orders + _text8(event["s"]) + _text8(event["C"]) + _text8(reason))


def _account_position(event: Mapping[str, Any], subscription: int | None) -> bytes:
    block = struct.pack("<qqH", event["E"] * 1000, event["u"] * 1000, _subscription_id(subscription))
    entries = b""
    for balance in event["B"]:
        exponent = _exponent([balance["f"], balance["l"]])
        amounts = struct.pack("<bqq", exponent, _mantissa(balance["f"], exponent), _mantissa(balance["l"], exponent))
        entries += amounts + _text8(balance["a"])
    return _message(607, block, _GROUP.pack(17, len(event["B"])) + entries)


def _asset_delta(template_id: int) -> Callable[[Mapping[str, Any], int | None], bytes]:
    """balanceUpdate and externalLockUpdate: an asset's change at a time."""

    def encode(event: Mapping[str, Any], subscription: int | None) -> bytes:
        exponent = _exponent([event["d"]])
        block = struct.pack(
            "<qqbqH",
            event["E"] * 1000,
            _micros(event.get("T")),
            exponent,
            _mantissa(event["d"], exponent),
            _subscription_id(subscription),
        )
        return _message(template_id, block, _text8(event["a"]))

    return encode


def _stream_terminated(event: Mapping[str, Any], subscription: int | None) -> bytes:
    return _message(602, struct.pack("<qH", event["E"] * 1000, _subscription_id(subscription)))


def _server_shutdown(event: Mapping[str, Any], subscription: int | None) -> bytes:
    return _message(610, struct.pack("<q", event["E"] * 1000))


# By JSON event type: how an SBE session receives the event.
EVENT_ENCODERS: dict[str, Callable[[Mapping[str, Any], int | None], bytes]] = {
    "executionReport": _execution_report,
    "listStatus": _list_status,
    "outboundAccountPosition": _account_position,
    "balanceUpdate": _asset_delta(601),
    "externalLockUpdate": _asset_delta(604),
    "eventStreamTerminated": _stream_terminated,
    "serverShutdown": _server_shutdown,
}


def sbe_event_frame(event: Mapping[str, Any], subscription: int | None) -> bytes | None:
    """The binary frame of a user data event (its JSON payload) for an SBE session; None for an event
    type the schema has no message for."""
    encode = EVENT_ENCODERS.get(str(event.get("e")))
    return None if encode is None else encode(event, subscription)
