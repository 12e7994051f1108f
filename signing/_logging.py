"""DEBUG logging of each exchange with Binance, and redaction of what must never be logged."""

from __future__ import annotations

import logging
import re

import httpx

from ._limits import RateLimits

__all__ = ["log_exchange", "redact"]

# A signature is single-use, but it lets anyone holding the log replay the exact request
# within recvWindow; keys never belong in logs at all, nor Binance Login's secrets, tokens and codes
# (its token endpoint takes them in the query string).
_SECRET_QUERY = re.compile(
    r"\b(signature|apiKey|listenKey|client_secret|access_token|refresh_token|code_verifier|code)=[^&\s\"']*",
    re.IGNORECASE,
)


def redact(text: str) -> str:
    """Replace signature and key values in a URL or log message by ***."""
    return _SECRET_QUERY.sub(r"\1=***", text)


def log_exchange(logger: logging.Logger, response: httpx.Response, seconds: float) -> None:
    if not logger.isEnabledFor(logging.DEBUG):
        return
    limits = RateLimits.from_headers(response.headers)
    request = response.request
    logger.debug(
        "%s %s -> %d in %.1f ms, used weight %s",
        request.method,
        redact(str(request.url)),
        response.status_code,
        seconds * 1000,
        dict(limits.used_weight) or "-",
    )


class _RedactingFilter(logging.Filter):
    """httpx logs every request URL at INFO; strip signatures from those lines too."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(redact(str(arg)) if isinstance(arg, (str, httpx.URL)) else arg for arg in record.args)
        record.msg = redact(str(record.msg))
        return True


_filter = _RedactingFilter()
for _name in ("httpx", "httpcore"):
    if _filter not in logging.getLogger(_name).filters:
        logging.getLogger(_name).addFilter(_filter)
