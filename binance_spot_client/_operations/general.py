"""Rows of `OPERATIONS` for the `general` operations, imported on first use of one of them.

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
    "exchangeInfo": (
        "GET", "/api/v3/exchangeInfo", "NONE", 20, "binance_spot_client.api.general.exchange_info", "general",
        (
            ("symbol", "symbol", "string", False, (), None, None, "^([A-Z0-9-_.]|[^\\x00-\\x7F]){1,20}$", "Restrict the answer to this one symbol. Cannot be combined with `symbols`, `permissions` or `symbol_status`."),
            ("symbols", "symbols", "array", False, (), None, None, "^([A-Z0-9-_.]|[^\\x00-\\x7F]){1,20}$", "Restrict the answer to these symbols, sent as a JSON list (`[\"BTCUSDT\",\"BNBBTC\"]`). Cannot be combined with `symbol`, `permissions` or `symbol_status`."),
            ("permissions", "permissions", "array", False, (), None, None, None, "List the symbols that carry any of these permissions. Binance reads either one bare value (`permissions=SPOT`) or a JSON list (`permissions=[\"MARGIN\",\"LEVERAGED\"]`); a list of one element selects the same symbols as the bare value, so this is modelled as a list and always sent as JSON text. When absent, `SPOT`, `MARGIN` and `LEVERAGED` symbols are listed; to see symbols with any other permission, name every wanted permission explicitly. Cannot be combined with `symbol` or `symbols`."),
            ("showPermissionSets", "show_permission_sets", "boolean", False, (), None, None, None, "Whether each symbol\u0027s `permissionSets` is filled in. When false the field is still present but left empty. Defaults to true."),
            ("symbolStatus", "symbol_status", "enum", False, ("TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY", ), None, None, None, "Only list symbols whose trading status equals this value. Binance accepts `TRADING`, `HALT` and `BREAK` here. Cannot be combined with `symbol` or `symbols`."),
        ),
        (("symbol", "symbols", "permissions", ), ("symbol", "symbols", "symbolStatus", ), ),
        (),
        False,
        "",
        "",
        (),
        False,
        "",
    ),
    "executionRules": (
        "GET", "/api/v3/executionRules", "NONE", 40, "binance_spot_client.api.general.execution_rules", "general",
        (
            ("symbol", "symbol", "string", False, (), None, None, "^([A-Z0-9-_.]|[^\\x00-\\x7F]){1,20}$", "The one symbol whose rules are wanted. Not combinable with the other parameters."),
            ("symbols", "symbols", "array", False, (), None, None, "^([A-Z0-9-_.]|[^\\x00-\\x7F]){1,20}$", "Several symbols whose rules are wanted, sent as a JSON list. Not combinable with the other parameters."),
            ("symbolStatus", "symbol_status", "enum", False, ("TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY", ), None, None, None, "Return the rules of every symbol currently in this trading status. Binance accepts `TRADING`, `HALT` and `BREAK` here. Not combinable with the other parameters."),
        ),
        (("symbol", "symbols", "symbolStatus", ), ),
        (),
        False,
        "",
        "",
        (),
        False,
        "",
    ),
    "ping": (
        "GET", "/api/v3/ping", "NONE", 1, "binance_spot_client.api.general.ping", "general",
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
    "time": (
        "GET", "/api/v3/time", "NONE", 1, "binance_spot_client.api.general.time", "general",
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
