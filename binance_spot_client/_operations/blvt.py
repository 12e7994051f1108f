"""Rows of `OPERATIONS` for the `blvt` operations, imported on first use of one of them.

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
    "blvtInfo": (
        "GET", "/sapi/v1/blvt/tokenInfo", "MARKET_DATA", 1, "binance_spot_client.api.blvt.blvt_info", "blvt",
        (
            ("tokenName", "token_name", "string", False, (), None, None, None, "Only this token, such as `BTCDOWN`; every token when omitted."),
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
    "blvtRedemptionRecord": (
        "GET", "/sapi/v1/blvt/redeem/record", "USER_DATA", 1, "binance_spot_client.api.blvt.blvt_redemption_record", "blvt",
        (
            ("tokenName", "token_name", "string", False, (), None, None, None, "Leveraged token, such as `BTCUP` or `BTCDOWN`."),
            ("id", "id", "integer", False, (), None, None, None, "Only the record with this id."),
            ("startTime", "start_time", "time", False, (), None, None, None, "Start of the window, UTC milliseconds."),
            ("endTime", "end_time", "time", False, (), None, None, None, "End of the window, UTC milliseconds."),
            ("limit", "limit", "integer", False, (), 1, 1000, None, "Number of records. Defaults to 1000; at most 1000."),
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
    "blvtSubscriptionRecord": (
        "GET", "/sapi/v1/blvt/subscribe/record", "USER_DATA", 1, "binance_spot_client.api.blvt.blvt_subscription_record", "blvt",
        (
            ("tokenName", "token_name", "string", False, (), None, None, None, "Leveraged token, such as `BTCUP` or `BTCDOWN`."),
            ("id", "id", "integer", False, (), None, None, None, "Only the record with this id."),
            ("startTime", "start_time", "time", False, (), None, None, None, "Start of the window, UTC milliseconds."),
            ("endTime", "end_time", "time", False, (), None, None, None, "End of the window, UTC milliseconds."),
            ("limit", "limit", "integer", False, (), 1, 1000, None, "Number of records. Defaults to 500; at most 1000."),
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
    "blvtUserLimit": (
        "GET", "/sapi/v1/blvt/userLimit", "USER_DATA", 1, "binance_spot_client.api.blvt.blvt_user_limit", "blvt",
        (
            ("tokenName", "token_name", "string", False, (), None, None, None, "Only this token; every token when omitted."),
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
    "redeemBlvt": (
        "POST", "/sapi/v1/blvt/redeem", "USER_DATA", 1, "binance_spot_client.api.blvt.redeem_blvt", "blvt",
        (
            ("tokenName", "token_name", "string", True, (), None, None, None, "Leveraged token, such as `BTCUP`."),
            ("amount", "amount", "decimal", True, (), None, None, None, "Number of tokens to redeem."),
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
    "subscribeBlvt": (
        "POST", "/sapi/v1/blvt/subscribe", "USER_DATA", 1, "binance_spot_client.api.blvt.subscribe_blvt", "blvt",
        (
            ("tokenName", "token_name", "string", True, (), None, None, None, "Leveraged token, such as `BTCUP`."),
            ("cost", "cost", "decimal", True, (), None, None, None, "USDT to spend, from the spot balance."),
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
