"""Credentials from the environment when the code gives none, so keys stay out of source files."""

from __future__ import annotations

import os
from pathlib import Path

from ._signers import Signer

API_KEY_VARIABLE = "BINANCE_API_KEY"
API_SECRET_VARIABLE = "BINANCE_API_SECRET"
PRIVATE_KEY_VARIABLE = "BINANCE_PRIVATE_KEY"
"""An RSA or Ed25519 private key: a PEM file's path, or the PEM text itself."""


def credentials_from_environment(
    api_key: str | None, api_secret: str | None, private_key: bytes | str | Path | None, signer: Signer | None
) -> tuple[str | None, str | None, bytes | str | Path | None]:
    """`(api_key, api_secret, private_key)`, each read from its variable when not given.

    The key is read when no `api_key` is given; a secret or private key only when the code gives
    no way to sign at all (neither `api_secret`, `private_key` nor `signer`). With both variables
    set, the private key wins: it is the credential Binance recommends.
    """
    if api_key is None:
        api_key = os.environ.get(API_KEY_VARIABLE) or None
    if api_secret is None and private_key is None and signer is None:
        private_key = os.environ.get(PRIVATE_KEY_VARIABLE) or None
        if private_key is None:
            api_secret = os.environ.get(API_SECRET_VARIABLE) or None
    return api_key, api_secret, private_key
