"""Signers reproduce Binance's documented signatures byte for byte.

HMAC vectors are the ones in Binance's REST documentation. The docs do not publish
the private keys behind their RSA and Ed25519 examples, so those use test keys in
tests/signing/keys, with expected signatures computed independently by the
openssl command line (`openssl dgst -sha256 -sign`, `openssl pkeyutl -sign -rawin`).
"""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from binance_spot_client.signing import (
    Ed25519Signer,
    HmacSigner,
    RsaSigner,
    load_private_key,
    signer_from_private_key,
)

KEYS = Path(__file__).parent / "keys"
DOCS_SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j"
ASCII_PAYLOAD = (
    b"symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=1&price=0.2&timestamp=1668481559918&recvWindow=5000"
)
NON_ASCII_PAYLOAD = (
    b"symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&side=SELL&type=LIMIT&timeInForce=GTC"
    b"&quantity=1&price=0.2&timestamp=1668481559918&recvWindow=5000"
)


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        (
            b"symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559",
            "c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71",
        ),
        (
            b"symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&side=BUY&type=LIMIT&timeInForce=GTC"
            b"&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559",
            "e1353ec6b14d888f1164ae9af8228a3dbd508bc82eb867db8ab6046442f33ef3",
        ),
        (
            # Query string immediately followed by the form body, no separator.
            b"symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC"
            b"quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559",
            "0fd168b8ddb4876a0358a8d14d0c9f3da0e9b20c5d52b2a00fcf7d1c602f9a77",
        ),
    ],
    ids=["ascii", "non-ascii", "query-plus-body"],
)
def test_hmac_matches_documented_vectors(payload: bytes, expected: str) -> None:
    assert HmacSigner(DOCS_SECRET).sign(payload) == expected


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        (
            ASCII_PAYLOAD,
            "eNvWU2JTJfFwIY/n6aNxZ2PRq/zRef/QqOfzTYhaee5h+tKVb3EMf4uU1k6MtMvWuDbvOQgLZTrGB2z4tSDRlRgzirzgJs1czKiI09z2toi3"
            "JYPD6H6QXtdQvGojQMr2+lr9z6JU2TJIaH1RTACg3egsvBJgV7OHfP5bcJOF0tKezy3bjdLMLiPMx2ZoMfMHXG/cXO6/kUXBVASl5sRKLMCk"
            "ABNgUCbzmyzN21FJGfRuFvqdRIxFPV8WeNbaZt19xoOu1OYAlhIsPTdvPaqmft/M0sGJxOqfexmaycCTklO+bkhtrmDTlopG12dwvldTb6tB"
            "ca58hP/t6vN1uVGjiw==",
        ),
        (
            NON_ASCII_PAYLOAD,
            "oGxmk7T0dEvD7uixCC4dqwNqeAwo6jqpxStOEJqxQSI4rgCZDjY9Giuv06I46JldMtiN4RRdmm543tm6yPW3ZodC58AkUnq6Yu1SsOAeo+qo"
            "cU7I8x68efMwXrYImbF8rGqs1jdZqp8E36SH+jt9L7+aCqrbp7hBw6fOomLGsleVy04U7Ykvgqr83EwD3jz9tftj8YeQMU0Mr6HtC3EhEdoI"
            "OZaZm/lHf68qgWui88IoKyaavwvbwQgzWjW2QDLYXhJETiLiaU0o+E2dr65C8zaEsyCwMTAwebrFbMbK9cGBS18l06kDOZRTHk8QC7QmcwIe"
            "XRhtjRndS5MGuJZTXQ==",
        ),
    ],
    ids=["ascii", "non-ascii"],
)
def test_rsa_matches_openssl(payload: bytes, expected: str) -> None:
    signer = signer_from_private_key(KEYS / "test-rsa-private.pem")
    assert isinstance(signer, RsaSigner)
    assert signer.sign(payload) == expected


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        (ASCII_PAYLOAD, "MP060hykJz4qnELoAi0AHpkW1TYi+yiDirsXYbCOeOJUuASEexGfYkYjxkHRx3igcnQMB27eN63Bg/nNjNT1BA=="),
        (NON_ASCII_PAYLOAD, "LDa9Pi1VIfzP61WmkQdVx78bJYX4058JFk76ROdRsP+QkVrd4dgWxVjU7zyhNcVYlXxJE3Wmh5dzD3ZU86LfAg=="),
    ],
    ids=["ascii", "non-ascii"],
)
def test_ed25519_matches_openssl_and_verifies(payload: bytes, expected: str) -> None:
    signer = signer_from_private_key((KEYS / "test-ed25519-private.pem").read_bytes())
    assert isinstance(signer, Ed25519Signer)
    signature = signer.sign(payload)
    assert signature == expected
    public_key = serialization.load_pem_public_key((KEYS / "test-ed25519-public.pem").read_bytes())
    assert isinstance(public_key, ed25519.Ed25519PublicKey)
    public_key.verify(base64.b64decode(signature), payload)  # raises InvalidSignature if wrong


def test_encrypted_key_loads_with_its_password() -> None:
    encrypted = KEYS / "test-ed25519-private-encrypted.pem"
    plain = load_private_key(KEYS / "test-ed25519-private.pem")
    key = load_private_key(str(encrypted), password="correct-horse")
    assert isinstance(key, ed25519.Ed25519PrivateKey) and isinstance(plain, ed25519.Ed25519PrivateKey)
    assert Ed25519Signer(key).sign(ASCII_PAYLOAD) == Ed25519Signer(plain).sign(ASCII_PAYLOAD)


def test_encrypted_key_with_wrong_password_is_refused() -> None:
    with pytest.raises(ValueError):
        load_private_key(KEYS / "test-ed25519-private-encrypted.pem", password="wrong")


def test_pem_text_is_accepted_as_well_as_a_path() -> None:
    text = (KEYS / "test-rsa-private.pem").read_text()
    assert signer_from_private_key(text).sign(ASCII_PAYLOAD) == signer_from_private_key(
        KEYS / "test-rsa-private.pem"
    ).sign(ASCII_PAYLOAD)


@pytest.mark.parametrize(
    "signer",
    [
        HmacSigner(DOCS_SECRET),
        signer_from_private_key(KEYS / "test-rsa-private.pem"),
        signer_from_private_key(KEYS / "test-ed25519-private.pem"),
    ],
    ids=["hmac", "rsa", "ed25519"],
)
def test_signer_repr_hides_the_secret(signer: object) -> None:
    text = repr(signer)
    assert "***" in text
    assert DOCS_SECRET not in text
    assert "PRIVATE" not in text
