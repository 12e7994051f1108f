"""Rows of `OPERATIONS` for the `copy_trading` operations, imported on first use of one of them.

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
    "futuresLeadSymbolWhitelist": (
        "GET", "/sapi/v1/copyTrading/futures/leadSymbol", "USER_DATA", 20, "binance_spot_client.api.copy_trading.futures_lead_symbol_whitelist", "copy_trading",
        (
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
    "futuresLeadTraderStatus": (
        "GET", "/sapi/v1/copyTrading/futures/userStatus", "TRADE", 20, "binance_spot_client.api.copy_trading.futures_lead_trader_status", "copy_trading",
        (
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
