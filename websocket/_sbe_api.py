"""SBE on the WebSocket API: asking for it on the connection URL, and reading its binary frames.

Binance fixes a WebSocket API connection's encoding when it opens (`responseFormat=sbe` with
the schema's id and version in the URL); from then on every answer is a binary frame holding a
`WebSocketResponse` message (status, rate limits, id, and the method's own message inside), and
user data events come as binary frames of their own messages. The generated spot decoders
(`binance_spot_client._sbe_spot`) read them into the data the JSON frames hold; this module
gives that data the JSON frame's shape, so the client reads both the same way: results through
the same parsers into the same models, errors into the same typed errors.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from binance_spot_client._sbe_spot import SCHEMA
from binance_spot_client.signing import SbeDecodeError
from binance_spot_client.signing._sbe import check_schema_version

__all__ = ["sbe_connect_query", "sbe_message"]


def sbe_connect_query(requested: str | None) -> list[str]:
    """The URL query asking for SBE answers in `requested` (`<id>:<version>`; default: the generated schema).

    Checked against Binance's schema lifecycle first: a retired version raises `SbeSchemaError`,
    a deprecated one warns, as over REST.
    """
    schema_id, version = check_schema_version(
        requested or f"{SCHEMA.schema_id}:{SCHEMA.version}",
        (SCHEMA.schema_id, SCHEMA.version),
        SCHEMA.deprecated,
        SCHEMA.retired,
    )
    return ["responseFormat=sbe", f"sbeSchemaId={schema_id}", f"sbeSchemaVersion={version}"]


def _error(data: Mapping[str, Any]) -> dict[str, Any]:
    """An `ErrorResponse` as the JSON frame's `error`: its retry time goes where JSON puts it, in `data`."""
    error: dict[str, Any] = {"code": data["code"], "msg": data["msg"]}
    if data.get("retryAfter") is not None:
        error["data"] = {"retryAfter": data["retryAfter"]}
    return error


def _event_type(message: str) -> str:
    """A user data event message's JSON `e`: `ExecutionReportEvent` -> `executionReport`."""
    name = message.removesuffix("Event")
    return name[:1].lower() + name[1:]


# An SBE event message carries every field of its block; Binance's JSON event leaves some out, in the
# cases its user data stream docs name. Keys JSON sends as null rather than leaving out (the docs'
# examples); any other null is a field JSON sends only in some cases, and is left out.
_NULL_IN_JSON: Mapping[str, frozenset[str]] = {
    "executionReport": frozenset({"N"}),
    "balanceUpdate": frozenset({"T"}),
}
# Fields an execution report always carries in SBE but in JSON only beside another one (key: the one it
# goes with): the prevented quantity with an STP expiry's prevented match id, the match type with an
# allocation, the working floor and usedSor only for an order that used SOR.
_ONLY_WITH: Mapping[str, Mapping[str, str]] = {"executionReport": {"A": "v", "b": "a", "k": "uS", "uS": "uS"}}
# Fields JSON has no counterpart for: the order capacity.
_SBE_ONLY: Mapping[str, frozenset[str]] = {"executionReport": frozenset({"y"})}


def _json_event(event_type: str, fields: Mapping[str, Any]) -> dict[str, Any]:
    """An SBE event's fields as Binance's JSON event of that type holds them (the same keys and values)."""
    kept_null = _NULL_IN_JSON.get(event_type, frozenset())
    only_with = _ONLY_WITH.get(event_type, {})
    dropped = _SBE_ONLY.get(event_type, frozenset())
    event: dict[str, Any] = {"e": event_type}
    for key, value in fields.items():
        if key in dropped or (value is None and key not in kept_null):
            continue
        other = only_with.get(key)
        if other is not None and (fields.get(other) is None or fields.get(other) is False):
            continue
        event[key] = value
    return event


def sbe_message(frame: bytes, microseconds: bool = False) -> dict[str, Any]:
    """A binary frame of an SBE session as the JSON frame Binance would have sent: its times in
    milliseconds, or in microseconds when the session asked for them (`timeUnit=MICROSECOND`).

    Raises `SbeDecodeError` for bytes that are no message of the spot schema, or a message
    that is neither an answer nor an event.
    """
    name, data = SCHEMA.decode(frame, None, microseconds)
    if name == "WebSocketResponse":
        status: int = data["status"]
        result = data["result"]
        message: dict[str, Any] = {"id": data["id"], "status": status}
        if data["rateLimits"]:
            message["rateLimits"] = data["rateLimits"]
        if status >= 400:
            message["error"] = _error(result)
        elif isinstance(result, dict) and set(result) == {"subscriptions"}:
            message["result"] = result["subscriptions"]  # session.subscriptions: JSON answers the bare list
        else:
            message["result"] = result
        return message
    if name.endswith("Event"):
        event = dict(data)
        subscription = event.pop("subscriptionId", None)
        return {"subscriptionId": subscription, "event": _json_event(_event_type(name), event)}
    raise SbeDecodeError(f"a {name} message outside a WebSocketResponse")
