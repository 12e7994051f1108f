"""Signers for Binance's three API key types, and loading their keys.

A signer turns the signature payload (query string followed by body, as sent)
into the text of the `signature` parameter. Secrets stay inside the signer and
never appear in its repr.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from ._errors import ParameterError

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

__all__ = [
    "Ed25519Signer",
    "HmacSigner",
    "RsaSigner",
    "Signer",
    "load_private_key",
    "make_signer",
    "signer_from_private_key",
]


class Signer(Protocol):
    """Anything that signs a payload for Binance."""

    def sign(self, payload: bytes) -> str: ...


class HmacSigner:
    """HMAC-SHA256 with the API secret, as lowercase hex."""

    __slots__ = ("_secret",)

    def __init__(self, secret: str | bytes) -> None:
        self._secret = secret.encode() if isinstance(secret, str) else bytes(secret)

    def sign(self, payload: bytes) -> str:
        return hmac.new(self._secret, payload, hashlib.sha256).hexdigest()

    def __repr__(self) -> str:
        return "HmacSigner(secret=***)"


class RsaSigner:
    """RSASSA-PKCS1-v1_5 with SHA-256, as base64."""

    __slots__ = ("_key",)

    def __init__(self, key: rsa.RSAPrivateKey) -> None:
        self._key = key

    def sign(self, payload: bytes) -> str:
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import padding

        return base64.b64encode(self._key.sign(payload, padding.PKCS1v15(), hashes.SHA256())).decode("ascii")

    def __repr__(self) -> str:
        return f"RsaSigner(key_size={self._key.key_size}, private_key=***)"


class Ed25519Signer:
    """Ed25519, as base64. Binance's recommended key type."""

    __slots__ = ("_key",)

    def __init__(self, key: ed25519.Ed25519PrivateKey) -> None:
        self._key = key

    def sign(self, payload: bytes) -> str:
        return base64.b64encode(self._key.sign(payload)).decode("ascii")

    def __repr__(self) -> str:
        return "Ed25519Signer(private_key=***)"


def load_private_key(
    source: bytes | str | Path, password: str | bytes | None = None
) -> rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey:
    """Read a PEM private key from bytes, PEM text or a file path, decrypting it with `password`.

    Raises ParameterError, never quoting `source`: text that is neither PEM nor an existing
    file's path may well be the key itself (its PEM header left out).
    """
    # cryptography costs ~15 ms to import; HMAC users never need it.
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

    if isinstance(source, Path) or (isinstance(source, str) and "-----BEGIN" not in source):
        data = _file_bytes(Path(source))
        if data is None:
            raise ParameterError("private_key", "is neither PEM text nor the path of a readable file")
    else:
        data = source.encode("ascii") if isinstance(source, str) else source
    secret = password.encode() if isinstance(password, str) else password
    try:
        key = serialization.load_pem_private_key(data, password=secret)
    except (ValueError, TypeError) as exc:  # cryptography's messages say what is wrong, never quote the key
        raise ParameterError("private_key", f"cannot be read as a PEM private key: {exc}") from None
    if not isinstance(key, (rsa.RSAPrivateKey, ed25519.Ed25519PrivateKey)):
        raise TypeError(f"Binance accepts RSA and Ed25519 keys, not {type(key).__name__}")
    return key


def _file_bytes(path: Path) -> bytes | None:
    """The file's bytes, or None: raised outside the handler, our error keeps no OSError quoting the path."""
    try:
        return path.read_bytes()
    except (OSError, ValueError):  # ValueError: a NUL in the path
        return None


def signer_from_private_key(
    source: bytes | str | Path, password: str | bytes | None = None
) -> RsaSigner | Ed25519Signer:
    """The right signer for a PEM private key (RSA or Ed25519)."""
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = load_private_key(source, password)
    return RsaSigner(key) if isinstance(key, rsa.RSAPrivateKey) else Ed25519Signer(key)


def make_signer(
    api_secret: str | None, private_key: bytes | str | Path | None, private_key_password: str | bytes | None
) -> Signer | None:
    """The signer a client's credential arguments ask for: HMAC, RSA or Ed25519, or None for public data.

    Shared by the REST and WebSocket clients so both accept and refuse the same arguments.
    """
    if api_secret is not None and private_key is not None:
        raise ValueError("give either api_secret (HMAC key) or private_key (RSA/Ed25519), not both")
    if api_secret is not None:
        return HmacSigner(api_secret)
    if private_key is not None:
        return signer_from_private_key(private_key, private_key_password)
    return None
