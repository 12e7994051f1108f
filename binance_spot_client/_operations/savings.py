"""Rows of `OPERATIONS` for the `savings` operations, imported on first use of one of them.

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
    "changeSavingsFixedPositionToDaily": (
        "POST", "/sapi/v1/lending/positionChanged", "USER_DATA", 1, "binance_spot_client.api.savings.change_savings_fixed_position_to_daily", "savings",
        (
            ("projectId", "project_id", "string", True, (), None, None, None, "Project of the position."),
            ("lot", "lot", "integer", True, (), 1, None, None, "Number of lots to move."),
            ("positionId", "position_id", "integer", False, (), None, None, None, "Position to move; mandatory for fixed (not activity) positions."),
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
    "purchaseSavingsFixedProject": (
        "POST", "/sapi/v1/lending/customizedFixed/purchase", "USER_DATA", 1, "binance_spot_client.api.savings.purchase_savings_fixed_project", "savings",
        (
            ("projectId", "project_id", "string", True, (), None, None, None, "Project to buy."),
            ("lot", "lot", "integer", True, (), 1, None, None, "Number of lots to buy."),
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
    "savingsFixedProjectList": (
        "GET", "/sapi/v1/lending/project/list", "USER_DATA", 1, "binance_spot_client.api.savings.savings_fixed_project_list", "savings",
        (
            ("asset", "asset", "string", False, (), None, None, None, "Only projects of this asset."),
            ("type", "type", "enum", True, ("ACTIVITY", "CUSTOMIZED_FIXED", ), None, None, None, "Kind of project to list."),
            ("status", "status", "enum", False, ("ALL", "SUBSCRIBABLE", "UNSUBSCRIBABLE", ), None, None, None, "Availability filter; defaults to `ALL`."),
            ("isSortAsc", "is_sort_asc", "boolean", False, (), None, None, None, "Sort ascending; defaults to true."),
            ("sortBy", "sort_by", "enum", False, ("START_TIME", "LOT_SIZE", "INTEREST_RATE", "DURATION", ), None, None, None, "Sort field; defaults to `START_TIME`."),
            ("current", "current", "integer", False, (), 1, None, None, "Page number, counted from 1; defaults to 1."),
            ("size", "size", "integer", False, (), 1, 100, None, "Rows per page; defaults to 10, at most 100."),
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
    "savingsFixedProjectPositions": (
        "GET", "/sapi/v1/lending/project/position/list", "USER_DATA", 1, "binance_spot_client.api.savings.savings_fixed_project_positions", "savings",
        (
            ("asset", "asset", "string", True, (), None, None, None, "Asset of the positions."),
            ("projectId", "project_id", "string", False, (), None, None, None, "Only positions in this project."),
            ("status", "status", "enum", False, ("HOLDING", "REDEEMED", ), None, None, None, "Only positions in this state."),
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
