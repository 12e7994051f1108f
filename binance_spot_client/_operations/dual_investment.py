"""Rows of `OPERATIONS` for the `dual_investment` operations, imported on first use of one of them.

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
    "changeDualInvestmentAutoCompound": (
        "POST", "/sapi/v1/dci/product/auto_compound/edit-status", "USER_DATA", 1, "binance_spot_client.api.dual_investment.change_dual_investment_auto_compound", "dual_investment",
        (
            ("positionId", "position_id", "integer", True, (), None, None, None, "Position to change, from the positions list."),
            ("autoCompoundPlan", "auto_compound_plan", "enum", True, ("NONE", "STANDARD", "ADVANCE", ), None, None, None, "Plan to set; `NONE` switches auto-compound off."),
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
    "dualInvestmentAccounts": (
        "GET", "/sapi/v1/dci/product/accounts", "USER_DATA", 1, "binance_spot_client.api.dual_investment.dual_investment_accounts", "dual_investment",
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
    "dualInvestmentPositions": (
        "GET", "/sapi/v1/dci/product/positions", "USER_DATA", 1, "binance_spot_client.api.dual_investment.dual_investment_positions", "dual_investment",
        (
            ("status", "status", "enum", False, ("PENDING", "PURCHASE_SUCCESS", "SETTLED", "PURCHASE_FAIL", "REFUNDING", "REFUND_SUCCESS", "SETTLING", ), None, None, None, "Only positions in this state; all states when omitted."),
            ("pageSize", "page_size", "integer", False, (), 1, 100, None, "Rows per page; defaults to 100, between 1 and 100."),
            ("pageIndex", "page_index", "integer", False, (), 1, None, None, "Page number, counted from 1; defaults to 1."),
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
    "dualInvestmentProductList": (
        "GET", "/sapi/v1/dci/product/list", "USER_DATA", 1, "binance_spot_client.api.dual_investment.dual_investment_product_list", "dual_investment",
        (
            ("optionType", "option_type", "enum", True, ("CALL", "PUT", ), None, None, None, "`CALL` (sell high) or `PUT` (buy low)."),
            ("exercisedCoin", "exercised_coin", "string", True, (), None, None, None, "Asset received if the strike price is reached: the quote asset for `CALL`, the base asset for `PUT`."),
            ("investCoin", "invest_coin", "string", True, (), None, None, None, "Asset invested: the base asset for `CALL`, the quote asset for `PUT`."),
            ("pageSize", "page_size", "integer", False, (), 1, 100, None, "Rows per page; defaults to 100, between 1 and 100."),
            ("pageIndex", "page_index", "integer", False, (), 1, None, None, "Page number, counted from 1; defaults to 1."),
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
    "subscribeDualInvestmentProduct": (
        "POST", "/sapi/v1/dci/product/subscribe", "TRADE", 1, "binance_spot_client.api.dual_investment.subscribe_dual_investment_product", "dual_investment",
        (
            ("id", "id", "string", True, (), None, None, None, "Product identifier, from the product list."),
            ("orderId", "order_id", "integer", True, (), None, None, None, "Quote identifier, from the product list."),
            ("depositAmount", "deposit_amount", "decimal", True, (), None, None, None, "Amount of the invested asset to subscribe."),
            ("autoCompoundPlan", "auto_compound_plan", "enum", False, ("NONE", "STANDARD", "ADVANCE", ), None, None, None, "Auto-compound plan for the position. Binance\u0027s 2024 file requires it; its current API description no longer takes it (the plan is set in the Binance app)."),
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
