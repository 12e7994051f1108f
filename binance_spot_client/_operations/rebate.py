"""Rows of `OPERATIONS` for the `rebate` operations, imported on first use of one of them.

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
    "spotRebateHistory": (
        "GET", "/sapi/v1/rebate/taxQuery", "USER_DATA", 12000, "binance_spot_client.api.rebate.spot_rebate_history", "rebate",
        (
            ("startTime", "start_time", "time", False, (), None, None, None, "Start of the window, UTC milliseconds; not before 2020-06-10."),
            ("endTime", "end_time", "time", False, (), None, None, None, "End of the window, UTC milliseconds; at most 30 days after `start_time`."),
            ("page", "page", "integer", False, (), 1, None, None, "Page number, counted from 1, of pages of at most 200 records. Defaults to 1."),
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
