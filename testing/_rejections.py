"""The error answers of the fake exchange, with Binance's own codes, messages and HTTP statuses.

Every refusal is raised as a `Rejection` deep inside the fake and turned into a
`{"code": ..., "msg": ...}` body at one edge, as Binance does.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

__all__ = [
    "Rejection",
    "api_key_format",
    "bad_combination",
    "cancel_rejected",
    "duplicate_parameter",
    "empty_parameter",
    "filter_failure",
    "illegal_characters",
    "invalid_enum",
    "invalid_signature",
    "invalid_symbol",
    "mandatory",
    "no_such_order",
    "not_required",
    "not_valid",
    "one_of_mandatory",
    "out_of_range",
    "order_rejected",
    "rejected_api_key",
    "timestamp_ahead",
    "timestamp_outside_window",
    "unread_parameters",
]


class Rejection(Exception):
    """A request the fake refuses: HTTP status, Binance error code and message."""

    def __init__(
        self,
        code: int,
        msg: str,
        status: int = 400,
        headers: Mapping[str, str] | None = None,
        data: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(f"HTTP {status}, code {code}: {msg}")
        self.code = code
        self.msg = msg
        self.status = status
        self.headers = dict(headers or {})
        self.data = dict(data) if data is not None else None

    @property
    def body(self) -> dict[str, object]:
        body: dict[str, object] = {"code": self.code, "msg": self.msg}
        if self.data is not None:
            body["data"] = self.data  # cancel-replace failures carry both halves' outcomes
        return body


# Binance answers a bad enum value with a code of its own for the common enums.
_ENUM_ERRORS = {
    "OrderSide": (-1117, "Invalid side."),
    "OrderType": (-1116, "Invalid orderType."),
    "TimeInForce": (-1115, "Invalid timeInForce."),
    "KlineInterval": (-1120, "Invalid interval."),
    "TickerType": (-1139, "Invalid ticker type."),
    "SymbolStatus": (-1122, "Invalid symbolStatus."),
    "PegPriceType": (-1210, "Invalid pegPriceType."),
    "PegOffsetType": (-1211, "Invalid pegOffsetType."),
    "CancelRestrictions": (-1145, "`cancelRestrictions` has to be either `ONLY_NEW` or `ONLY_PARTIALLY_FILLED`."),
}


def invalid_symbol() -> Rejection:
    return Rejection(-1121, "Invalid symbol.")


def invalid_signature() -> Rejection:
    return Rejection(-1022, "Signature for this request is not valid.")


def no_such_order() -> Rejection:
    return Rejection(-2013, "Order does not exist.")


def mandatory(name: str) -> Rejection:
    return Rejection(-1102, f"Mandatory parameter '{name}' was not sent, was empty/null, or malformed.")


def one_of_mandatory(names: Iterable[str]) -> Rejection:
    quoted = " or ".join(f"'{name}'" for name in names)
    return Rejection(-1102, f"Param {quoted} must be sent, but both were empty/null!")


def empty_parameter(name: str) -> Rejection:
    return Rejection(-1105, f"Parameter '{name}' was empty.")


def illegal_characters(name: str, legal: str) -> Rejection:
    return Rejection(-1100, f"Illegal characters found in parameter '{name}'; legal range is '{legal}'.")


def not_valid(name: str) -> Rejection:
    return Rejection(-1130, f"Data sent for parameter '{name}' is not valid.")


def out_of_range(name: str) -> Rejection:
    """A number outside the spec's bounds; Binance has a code of its own for strategy types."""
    if name.lower().endswith("strategytype"):
        return Rejection(-1134, "`strategyType` was less than 1000000.")
    return not_valid(name)


def invalid_enum(enum_name: str, parameter: str) -> Rejection:
    code, msg = _ENUM_ERRORS.get(enum_name, (0, ""))
    return Rejection(code, msg) if code else not_valid(parameter)


def not_required(name: str) -> Rejection:
    return Rejection(-1106, f"Parameter '{name}' sent when not required.")


def bad_combination() -> Rejection:
    return Rejection(-1128, "Combination of optional parameters invalid.")


def duplicate_parameter() -> Rejection:
    return Rejection(-1101, "Duplicate values for a parameter detected.")


def unread_parameters(read: int, sent: int) -> Rejection:
    return Rejection(-1104, f"Not all sent parameters were read; read '{read}' parameter(s) but was sent '{sent}'.")


def filter_failure(filter_type: str) -> Rejection:
    return Rejection(-1013, f"Filter failure: {filter_type}")


def order_rejected(msg: str) -> Rejection:
    return Rejection(-2010, msg)


def cancel_rejected(msg: str) -> Rejection:
    return Rejection(-2011, msg)


def api_key_format() -> Rejection:
    return Rejection(-2014, "API-key format invalid.", status=401)


def rejected_api_key() -> Rejection:
    return Rejection(-2015, "Invalid API-key, IP, or permissions for action.", status=401)


def timestamp_outside_window() -> Rejection:
    return Rejection(-1021, "Timestamp for this request is outside of the recvWindow.")


def timestamp_ahead() -> Rejection:
    return Rejection(-1021, "Timestamp for this request was 1000ms ahead of the server's time.")
