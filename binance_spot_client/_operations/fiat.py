"""Rows of `OPERATIONS` for the `fiat` operations, imported on first use of one of them.

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
    "fiatDeposit": (
        "POST", "/sapi/v1/fiat/deposit", "TRADE", 45000, "binance_spot_client.api.fiat.fiat_deposit", "fiat",
        (
            ("currency", "currency", "string", True, (), None, None, None, "Fiat currency to deposit; currently only `BRL`."),
            ("apiPaymentMethod", "api_payment_method", "string", True, (), None, None, None, "Payment channel; currently only Pix."),
            ("amount", "amount", "decimal", True, (), None, None, None, "Amount to deposit, in `currency`; sent as a JSON number written with the exact digits given."),
            ("ext", "ext", "object", False, (), None, None, None, "Extra, channel-specific details for the deposit, passed through as given."),
        ),
        (),
        (),
        False,
        "",
        "json",
        ("currency", "apiPaymentMethod", "amount", "ext", ),
        False,
        "",
    ),
    "fiatDepositWithdrawHistory": (
        "GET", "/sapi/v1/fiat/orders", "USER_DATA", 45000, "binance_spot_client.api.fiat.fiat_deposit_withdraw_history", "fiat",
        (
            ("transactionType", "transaction_type", "integer", True, (), 0, 1, None, "0 for deposits, 1 for withdrawals."),
            ("beginTime", "begin_time", "time", False, (), None, None, None, "Start of the window, UTC milliseconds. Without a window, the last 30 days."),
            ("endTime", "end_time", "time", False, (), None, None, None, "End of the window, UTC milliseconds."),
            ("page", "page", "integer", False, (), 1, None, None, "Page number, counted from 1. Defaults to 1."),
            ("rows", "rows", "integer", False, (), 1, 500, None, "Rows per page. Defaults to 100; at most 500."),
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
    "fiatOrderDetail": (
        "GET", "/sapi/v1/fiat/get-order-detail", "USER_DATA", 1, "binance_spot_client.api.fiat.fiat_order_detail", "fiat",
        (
            ("orderNo", "order_no", "string", True, (), None, None, None, "Id of the order, as returned when it was submitted."),
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
    "fiatPaymentsHistory": (
        "GET", "/sapi/v1/fiat/payments", "USER_DATA", 1, "binance_spot_client.api.fiat.fiat_payments_history", "fiat",
        (
            ("transactionType", "transaction_type", "integer", True, (), 0, 1, None, "0 for purchases (buy), 1 for sales (sell)."),
            ("beginTime", "begin_time", "time", False, (), None, None, None, "Start of the window, UTC milliseconds. Without a window, the last 30 days."),
            ("endTime", "end_time", "time", False, (), None, None, None, "End of the window, UTC milliseconds."),
            ("page", "page", "integer", False, (), 1, None, None, "Page number, counted from 1. Defaults to 1."),
            ("rows", "rows", "integer", False, (), 1, 500, None, "Rows per page. Defaults to 100; at most 500."),
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
    "fiatWithdraw": (
        "POST", "/sapi/v2/fiat/withdraw", "TRADE", 45000, "binance_spot_client.api.fiat.fiat_withdraw", "fiat",
        (
            ("currency", "currency", "string", True, (), None, None, None, "Fiat currency to withdraw, such as `BRL`, `ARS` or `MXN`."),
            ("apiPaymentMethod", "api_payment_method", "string", True, (), None, None, None, "Payment channel; currently only `bank_transfer`."),
            ("amount", "amount", "decimal", True, (), None, None, None, "Amount to withdraw, in `currency`; sent as a JSON number written with the exact digits given."),
            ("accountInfo", "account_info", "object", True, (), None, None, None, "The bank account that receives the money; it must already be bound to the Binance account."),
            ("ext", "ext", "object", False, (), None, None, None, "Extra, channel-specific details for the withdrawal, passed through as given."),
        ),
        (),
        (),
        False,
        "",
        "json",
        ("currency", "apiPaymentMethod", "amount", "accountInfo", "ext", ),
        False,
        "",
    ),
}  # fmt: skip
