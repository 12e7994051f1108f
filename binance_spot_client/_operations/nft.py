"""Rows of `OPERATIONS` for the `nft` operations, imported on first use of one of them.

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
    "nftAssets": (
        "GET", "/sapi/v1/nft/user/getAsset", "USER_DATA", 3000, "binance_spot_client.api.nft.nft_assets", "nft",
        (
            ("limit", "limit", "integer", False, (), 1, 50, None, "Rows per page. Defaults to 50; at most 50."),
            ("page", "page", "integer", False, (), 1, None, None, "Page number, counted from 1. Defaults to 1."),
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
    "nftDepositHistory": (
        "GET", "/sapi/v1/nft/history/deposit", "USER_DATA", 3000, "binance_spot_client.api.nft.nft_deposit_history", "nft",
        (
            ("startTime", "start_time", "time", False, (), None, None, None, "Start of the window, UTC milliseconds."),
            ("endTime", "end_time", "time", False, (), None, None, None, "End of the window, UTC milliseconds; at most 90 days after `start_time`."),
            ("limit", "limit", "integer", False, (), 1, 50, None, "Rows per page. Defaults to 50; at most 50."),
            ("page", "page", "integer", False, (), 1, None, None, "Page number, counted from 1. Defaults to 1."),
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
    "nftTransactionHistory": (
        "GET", "/sapi/v1/nft/history/transactions", "USER_DATA", 3000, "binance_spot_client.api.nft.nft_transaction_history", "nft",
        (
            ("orderType", "order_type", "integer", True, (), 0, 4, None, "Kind of trade: 0 purchase, 1 sale, 2 royalty income, 3 primary market order, 4 mint fee."),
            ("startTime", "start_time", "time", False, (), None, None, None, "Start of the window, UTC milliseconds."),
            ("endTime", "end_time", "time", False, (), None, None, None, "End of the window, UTC milliseconds; at most 90 days after `start_time`."),
            ("limit", "limit", "integer", False, (), 1, 50, None, "Rows per page. Defaults to 50; at most 50."),
            ("page", "page", "integer", False, (), 1, None, None, "Page number, counted from 1. Defaults to 1."),
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
    "nftWithdrawHistory": (
        "GET", "/sapi/v1/nft/history/withdraw", "USER_DATA", 3000, "binance_spot_client.api.nft.nft_withdraw_history", "nft",
        (
            ("startTime", "start_time", "time", False, (), None, None, None, "Start of the window, UTC milliseconds."),
            ("endTime", "end_time", "time", False, (), None, None, None, "End of the window, UTC milliseconds; at most 90 days after `start_time`."),
            ("limit", "limit", "integer", False, (), 1, 50, None, "Rows per page. Defaults to 50; at most 50."),
            ("page", "page", "integer", False, (), 1, None, None, "Page number, counted from 1. Defaults to 1."),
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
