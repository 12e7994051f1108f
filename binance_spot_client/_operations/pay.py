"""Rows of `OPERATIONS` for the `pay` operations, imported on first use of one of them.

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
    "payTradeHistory": (
        "GET", "/sapi/v1/pay/transactions", "USER_DATA", 3000, "binance_spot_client.api.pay.pay_trade_history", "pay",
        (
            ("startTime", "start_time", "time", False, (), None, None, None, "Start of the window, UTC milliseconds."),
            ("endTime", "end_time", "time", False, (), None, None, None, "End of the window, UTC milliseconds; at most 90 days after `start_time`."),
            ("limit", "limit", "integer", False, (), 1, 100, None, "Number of transactions returned. Defaults to 100; at most 100."),
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
