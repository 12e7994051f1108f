"""The API keys the fake exchange accepts, and checking a request's signature with them.

Binance knows three key types: HMAC (a shared secret, hex signature, compared
without regard to case), RSA (PKCS#1 v1.5 over SHA-256, base64) and Ed25519
(base64). The fake holds the secret or the public key, as Binance does.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

__all__ = ["ApiKey", "load_public_key"]


def load_public_key(source: bytes | str | Path) -> rsa.RSAPublicKey | ed25519.Ed25519PublicKey:
    """A PEM public key from bytes, PEM text or a file path."""
    if isinstance(source, Path) or (isinstance(source, str) and "-----BEGIN" not in source):
        data = Path(source).read_bytes()
    else:
        data = source.encode("ascii") if isinstance(source, str) else source
    key = serialization.load_pem_public_key(data)
    if not isinstance(key, (rsa.RSAPublicKey, ed25519.Ed25519PublicKey)):
        raise TypeError(f"Binance accepts RSA and Ed25519 keys, not {type(key).__name__}")
    return key


@dataclass(frozen=True, slots=True, repr=False)
class ApiKey:
    """One API key registered with the fake: an HMAC secret or an RSA/Ed25519 public key."""

    api_key: str
    secret_key: bytes | None = None
    public_key: rsa.RSAPublicKey | ed25519.Ed25519PublicKey | None = None

    @property
    def key_type(self) -> str:
        if self.secret_key is not None:
            return "HMAC"
        return "RSA" if isinstance(self.public_key, rsa.RSAPublicKey) else "Ed25519"

    def __repr__(self) -> str:
        return f"ApiKey(api_key={self.api_key[:4]}***, type={self.key_type})"

    def verify(self, payload: bytes, signature: str) -> bool:
        """Whether `signature` (as sent, already percent-decoded) signs `payload` with this key."""
        if self.secret_key is not None:
            expected = hmac.new(self.secret_key, payload, hashlib.sha256).hexdigest()
            return hmac.compare_digest(expected, signature.lower())
        try:
            raw = base64.b64decode(signature, validate=True)
        except (binascii.Error, ValueError):
            return False
        try:
            if isinstance(self.public_key, rsa.RSAPublicKey):
                self.public_key.verify(raw, payload, padding.PKCS1v15(), hashes.SHA256())
            elif isinstance(self.public_key, ed25519.Ed25519PublicKey):
                self.public_key.verify(raw, payload)
            else:
                return False
        except InvalidSignature:
            return False
        return True
