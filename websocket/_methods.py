"""The WebSocket API's methods, as spec/websocket/api.yaml describes them.

Most methods are a REST operation spoken over the socket: same parameters, same
result. Those rows name the operation (`rest`), and the method checks its arguments
with the operation's parameter table and decodes its result's bytes with the
operation's answer plan (msgspec, type checks as `type_checks` says, the generated
reader), so an argument error or a response model is exactly what the REST client
gives. The few methods without a REST twin (session.*, userDataStream.*) list their
own parameters and schema.

The rows and readers are generated from the spec by `python -m generator`
(binance_spot_client/_websocket_methods.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any, cast

from binance_spot_client._websocket_methods import ENDPOINTS, ROWS
from binance_spot_client.operations import OPERATIONS
from binance_spot_client.signing import (
    ClientOptions,
    Endpoint,
    Operation,
    Parameter,
    SecurityType,
    build_query,
    decimal_text,
    encode_value,
)
from binance_spot_client.signing._answers import plain_json
from binance_spot_client.signing._times import with_wire_times

__all__ = ["METHODS", "ListenTokenSubscription", "SessionStatus", "WebSocketMethod"]

# Security types of the WebSocket API: REST's, plus SESSION for session.logon.
SECURITY_TYPES = ("NONE", "TRADE", "USER_DATA", "USER_STREAM", "SESSION")


@dataclass(frozen=True, slots=True)
class SessionStatus:
    """The result of session.logon, session.status and session.logout."""

    api_key: str | None
    authorized_since: int | None
    connected_since: int
    return_rate_limits: bool
    server_time: int
    user_data_stream: bool | None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SessionStatus:
        return cls(
            api_key=data.get("apiKey"),
            authorized_since=data.get("authorizedSince"),
            connected_since=data["connectedSince"],
            return_rate_limits=data["returnRateLimits"],
            server_time=data["serverTime"],
            user_data_stream=data.get("userDataStream"),
        )


@dataclass(frozen=True, slots=True)
class ListenTokenSubscription:
    """The result of userDataStream.subscribe.listenToken: the subscription and when it ends.

    `expiration_time` is in the unit Binance uses for it (its docs show microseconds); the subscription
    stops with an `eventStreamTerminated` event then unless renewed with a new token.
    """

    subscription_id: int
    expiration_time: int


@dataclass(frozen=True, slots=True)
class WebSocketMethod:
    """One request method: how it is secured, what it costs, what it takes and returns."""

    name: str
    security: str
    signed: bool
    weight: int
    rest: str | None
    schema: str | None
    own_parameters: tuple[tuple[str, str, bool], ...] = ()
    deprecated: bool = False

    @property
    def operation(self) -> Operation:
        """The parameter table: the REST operation's, or one built from the method's own rows."""
        if self.rest is not None:
            return OPERATIONS[self.rest]
        return Operation(
            operation_id=self.name,
            method="WS",
            path=self.name,
            security=_rest_security(self.security),
            weight=self.weight,
            function="",
            parameters=tuple(Parameter(wire, wire, kind, required) for wire, kind, required in self.own_parameters),
        )

    def build_params(self, arguments: Mapping[str, object], microseconds: bool = False) -> dict[str, Any]:
        """Check `arguments` (Python names) like the REST client does; return the JSON params."""
        operation = self.operation
        arguments = with_wire_times(operation, arguments, microseconds)
        build_query(operation, arguments)  # raises ParameterError naming the parameter
        params: dict[str, Any] = {}
        for parameter in operation.parameters:
            value = arguments.get(parameter.python_name)
            if value is not None:
                params[parameter.wire_name] = _json_value(parameter, value)
        return params

    @property
    def answers_in_sbe(self) -> bool:
        """Whether asking for SBE changes this method's answer: by its REST twin's answer plan, so that a
        call's `encoding` picks the same wire format here as over REST. Methods without a twin (the
        session and user data subscription ones) have messages of their own in the schema."""
        if self.rest is None:
            return True
        return self._endpoint().answer.answers_in_sbe

    def _endpoint(self) -> Endpoint[Any]:
        return _endpoints.get(self.name) or _endpoints.setdefault(self.name, ENDPOINTS[self.name]())

    def read_result(self, content: bytes, options: ClientOptions) -> Any:
        """The result's JSON bytes as the REST twin's model (by its answer plan), else as the method's schema."""
        if self.rest is not None:
            endpoint = self._endpoint()
            return endpoint.read_content(content, check=options.checks_types(endpoint.operation))
        result = plain_json(content, self.name)
        if self.schema == "SessionStatus":
            return SessionStatus.from_dict(result)
        if self.schema == "UserDataSubscription":
            return int(result["subscriptionId"])
        if self.schema == "ListenTokenSubscription":
            return ListenTokenSubscription(int(result["subscriptionId"]), int(result["expirationTime"]))
        if self.schema == "SubscriptionList":
            return [int(item["subscriptionId"]) for item in result]
        return None


# Each REST twin's endpoint once its module is imported: the generated lookup imports it on every call.
_endpoints: dict[str, Endpoint[Any]] = {}


def _rest_security(security: str) -> SecurityType:
    return SecurityType("USER_DATA" if security == "SESSION" else security)


def _json_value(parameter: Parameter, value: object) -> Any:
    """A value as JSON: decimals as exact text, enums by value, lists as lists of text."""
    if isinstance(value, Enum):
        return value.value
    if parameter.kind == "decimal":
        return decimal_text(cast("Decimal | float | int | str", value), parameter.python_name)
    if isinstance(value, (list, tuple)):
        return [encode_value(item, parameter.python_name) for item in value]
    return value


METHODS: Mapping[str, WebSocketMethod] = {
    name: WebSocketMethod(name, security, signed, weight, rest, schema, own, deprecated)
    for name, (security, signed, weight, rest, schema, own, deprecated) in ROWS.items()
}
