"""Signing WebSocket API requests.

Binance signs the request's `params`, not a query string: every parameter except
`signature`, sorted by name, joined as `name=value` with `&`, with no percent-encoding
(values are UTF-8). The signers themselves are the REST client's.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from binance_spot_client.signing import Clock, RecvWindow, Signer, check_recv_window, encode_value

__all__ = ["sign_params", "signature_payload"]


def signature_payload(params: Mapping[str, Any]) -> str:
    """The text Binance expects to be signed for these params."""
    return "&".join(f"{name}={_text(params[name], name)}" for name in sorted(params) if name != "signature")


def _text(value: Any, name: str) -> str:
    if isinstance(value, str):
        return value
    return str(encode_value(value, name))


def sign_params(
    params: Mapping[str, Any],
    *,
    signer: Signer | None,
    api_key: str | None,
    clock: Clock,
    recv_window: RecvWindow | None,
    microseconds: bool = False,
) -> dict[str, Any]:
    """Add timestamp and recvWindow; with a signer, also apiKey and the signature.

    Without a signer (an Ed25519 session after session.logon), Binance authorises the
    request by the session and only the timing parameters are needed.
    """
    signed = dict(params)
    if recv_window is not None:
        window = Decimal(check_recv_window(recv_window))
        # A JSON number, as in Binance's examples; integral windows stay integers ("100", not "100.0").
        signed["recvWindow"] = int(window) if window == window.to_integral_value() else float(window)
    signed["timestamp"] = clock.timestamp_us() if microseconds else clock.timestamp_ms()
    if signer is not None:
        if api_key is None:
            raise ValueError("signed requests need the API key as well as the secret or private key")
        signed["apiKey"] = api_key
        signed["signature"] = signer.sign(signature_payload(signed).encode("utf-8"))
    return signed
