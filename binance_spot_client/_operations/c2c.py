"""Rows of `OPERATIONS` for the `c2c` operations, imported on first use of one of them.

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
    "c2cTradeHistory": (
        "GET", "/sapi/v1/c2c/orderMatch/listUserOrderHistory", "USER_DATA", 1, "binance_spot_client.api.c2c.c_2_c_trade_history", "c2c",
        (
            ("tradeType", "trade_type", "enum", False, ("BUY", "SELL", ), None, None, None, "Only purchases (`BUY`) or only sales (`SELL`)."),
            ("startTimestamp", "start_timestamp", "time", False, (), None, None, None, "Start of the window, UTC milliseconds."),
            ("endTimestamp", "end_timestamp", "time", False, (), None, None, None, "End of the window, UTC milliseconds; at most 30 days after the start."),
            ("page", "page", "integer", False, (), 1, None, None, "Page number, counted from 1. Defaults to 1."),
            ("rows", "rows", "integer", False, (), 1, 100, None, "Rows per page. Defaults to 100; at most 100."),
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
}  # fmt: skip
