"""Rows of `OPERATIONS` for the `futures` operations, imported on first use of one of them.

Generated from spec/ by `python -m generator`; do not edit.
"""

from typing import Any

# operationId: (method, path, security, weight, module, tag,
#   parameters: (wire_name, python_name, kind, required, enum, minimum, maximum, pattern, description[, duration]),
#   mutually exclusive groups, one-of-required groups, deprecated, host ("" for the client's base URL),
#   body ("json"/"form" when some parameters travel in the request body), the wire names of those,
#   whether an unsigned operation is signed when a call passes recv_window,
#   the parameter holding the caller's id of the order an order-changing call makes)
ROWS: dict[str, tuple[Any, ...]] = {
    "futuresHistoricalDataLink": (
        "GET", "/sapi/v1/futures/histDataLink", "USER_DATA", 200, "binance_spot_client.api.futures.futures_historical_data_link", "futures",
        (
            ("symbol", "symbol", "string", True, (), None, None, "^([A-Z0-9-_.]|[^\\x00-\\x7F]){1,20}$", "Futures symbol, e.g. `BTCUSDT` (USD\u24c8-M) or `BTCUSD_PERP` (COIN-M)."),
            ("dataType", "data_type", "enum", True, ("T_DEPTH", "S_DEPTH", ), None, None, None, "`T_DEPTH` for tick-level order book data, `S_DEPTH` for order book snapshots."),
            ("startTime", "start_time", "time", True, (), None, None, None, "Start of the period, UTC milliseconds."),
            ("endTime", "end_time", "time", True, (), None, None, None, "End of the period, UTC milliseconds; at most 7 days after `start_time`."),
        ),
        (),
        (),
        False,
        "",
        "",
        (),
        False,
        "",
    ),
    "futuresTransferHistory": (
        "GET", "/sapi/v1/futures/transfer", "USER_DATA", 10, "binance_spot_client.api.futures.futures_transfer_history", "futures",
        (
            ("asset", "asset", "string", True, (), None, None, None, "Asset whose transfers are listed."),
            ("startTime", "start_time", "time", True, (), None, None, None, "Earliest transfer time to include, UTC milliseconds."),
            ("endTime", "end_time", "time", False, (), None, None, None, "Latest transfer time to include, UTC milliseconds."),
            ("current", "current", "integer", False, (), 1, None, None, "Page number, starting at 1 (default 1)."),
            ("size", "size", "integer", False, (), 1, 100, None, "Rows per page (default 10, at most 100)."),
        ),
        (),
        (),
        True,
        "",
        "",
        (),
        False,
        "",
    ),
    "newFuturesTransfer": (
        "POST", "/sapi/v1/futures/transfer", "USER_DATA", 1, "binance_spot_client.api.futures.new_futures_transfer", "futures",
        (
            ("asset", "asset", "string", True, (), None, None, None, "Asset to move, e.g. `USDT`."),
            ("amount", "amount", "decimal", True, (), None, None, None, "Amount of the asset to move."),
            ("type", "type", "integer", True, (), 1, 4, None, "Direction of the move: `1` spot \u2192 USD\u24c8-M futures, `2` USD\u24c8-M futures \u2192 spot, `3` spot \u2192 COIN-M futures, `4` COIN-M futures \u2192 spot."),
        ),
        (),
        (),
        True,
        "",
        "",
        (),
        False,
        "",
    ),
}  # fmt: skip
