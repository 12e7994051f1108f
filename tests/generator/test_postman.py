"""The Postman collection: v2.1 structure, one request per operation, a signing script that agrees with our signer."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from binance_spot_client import OPERATIONS
from binance_spot_client.signing import HmacSigner
from generator.postman import PREREQUEST_SCRIPT, SCHEMA_URL, collection, environment, main
from tests.conftest import bundled_spec

# The part of Postman's collection v2.1 schema the collection relies on (the full schema cannot be fetched in tests).
_QUERY_PARAM = {
    "type": "object",
    "required": ["key", "value"],
    "properties": {"key": {"type": "string"}, "value": {"type": "string"}, "disabled": {"type": "boolean"}},
}
_REQUEST_ITEM = {
    "type": "object",
    "required": ["name", "request"],
    "properties": {
        "name": {"type": "string"},
        "request": {
            "type": "object",
            "required": ["method", "url", "header"],
            "properties": {
                "method": {"enum": ["GET", "POST", "PUT", "DELETE"]},
                "header": {
                    "type": "array",
                    "items": {"type": "object", "required": ["key", "value"]},
                },
                "url": {
                    "type": "object",
                    "required": ["raw", "host", "path", "query"],
                    "properties": {
                        "raw": {"type": "string"},
                        "host": {"type": "array", "items": {"type": "string"}},
                        "path": {"type": "array", "items": {"type": "string"}},
                        "query": {"type": "array", "items": _QUERY_PARAM},
                    },
                },
            },
        },
    },
}
COLLECTION_V21_SUBSET = {
    "type": "object",
    "required": ["info", "item"],
    "properties": {
        "info": {
            "type": "object",
            "required": ["name", "schema"],
            "properties": {"name": {"type": "string"}, "schema": {"const": SCHEMA_URL}},
        },
        "item": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["name", "item"],
                "properties": {"name": {"type": "string"}, "item": {"type": "array", "items": _REQUEST_ITEM}},
            },
        },
        "event": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["listen", "script"],
                "properties": {
                    "listen": {"enum": ["prerequest", "test"]},
                    "script": {
                        "type": "object",
                        "required": ["exec"],
                        "properties": {"exec": {"type": "array", "items": {"type": "string"}}},
                    },
                },
            },
        },
    },
}

# Binance's documented HMAC example (Spot API docs, "SIGNED endpoint examples").
VECTOR_SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j"
VECTOR_PARAMS = [("symbol", "LTCBTC"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"),
                 ("quantity", "1"), ("price", "0.1")]  # fmt: skip
VECTOR_TIMESTAMP = 1499827319559
VECTOR_SIGNATURE = "c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71"


@pytest.fixture(scope="module")
def postman() -> dict[str, Any]:
    return collection(bundled_spec())


def requests(postman: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [(folder["name"], item["request"]) for folder in postman["item"] for item in folder["item"]]


def test_collection_has_the_v21_structure(postman: dict[str, Any]) -> None:
    jsonschema.validate(json.loads(json.dumps(postman)), COLLECTION_V21_SUBSET)


def test_one_request_per_operation_in_its_tags_folder(postman: dict[str, Any]) -> None:
    found = sorted((folder, r["method"], "/" + "/".join(r["url"]["path"])) for folder, r in requests(postman))
    expected = sorted((op.tag, op.method, op.path) for op in OPERATIONS.values())
    assert found == expected


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_request_has_the_operations_parameters_optional_ones_disabled(
    postman: dict[str, Any], operation_id: str
) -> None:
    operation = OPERATIONS[operation_id]
    (request,) = [
        r
        for _, r in requests(postman)
        if (r["method"], "/" + "/".join(r["url"]["path"])) == (operation.method, operation.path)
    ]
    query = {q["key"]: q for q in request["url"]["query"]}
    signing = ["recvWindow", "timestamp", "signature"] if operation.security.signed else []
    body_fields = set(operation.body_fields)
    wanted = [p.wire_name for p in operation.parameters if p.kind != "indexed" and p.wire_name not in body_fields]
    assert list(query) == wanted + signing
    for parameter in operation.parameters:
        if parameter.wire_name in query:
            assert query[parameter.wire_name]["disabled"] is not parameter.required
    assert all(query[name]["disabled"] is False for name in signing)
    headers = {h["key"]: h["value"] for h in request["header"]}
    if operation.body:  # the required body fields, with their examples, in the raw body the script signs
        content_type = headers.pop("Content-Type")
        raw = request["body"]["raw"]
        required = {p.wire_name for p in operation.parameters if p.required and p.wire_name in body_fields}
        if operation.body == "json":
            assert content_type == "application/json" and set(json.loads(raw)) == required
        else:
            assert content_type == "application/x-www-form-urlencoded"
            assert {pair.split("=")[0] for pair in raw.split("&")} == required
    else:
        assert "body" not in request
    if operation.security.needs_access_token:
        assert request["url"]["host"] == ["{{oauthUrl}}"]
        assert headers == {"Authorization": "Bearer {{oauthAccessToken}}"}
    else:
        assert request["url"]["host"] == ["{{url}}"]
        assert headers == ({"X-MBX-APIKEY": "{{apiKey}}"} if operation.security.needs_api_key else {})


def test_environments_point_at_mainnet_and_testnet() -> None:
    for name, url in [("mainnet", "https://api.binance.com"), ("testnet", "https://testnet.binance.vision")]:
        values = {v["key"]: v for v in environment(name, url)["values"]}
        assert values["url"]["value"] == url
        assert values["secretKey"]["type"] == "secret"
        assert values["secretKey"]["value"] == ""


@pytest.mark.slow  # bundles the spec twice
def test_command_writes_collection_and_environments_deterministically(tmp_path: Path) -> None:
    assert main(["--output", str(tmp_path / "a")]) == 0
    assert main(["--output", str(tmp_path / "b")]) == 0
    names = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert names == [
        "binance-spot-mainnet.postman_environment.json",
        "binance-spot-testnet.postman_environment.json",
        "binance-spot.postman_collection.json",
    ]
    for name in names:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
        json.loads((tmp_path / "a" / name).read_text())


# Runs the collection's script as Postman would, with a stub `pm` and node's crypto standing in for CryptoJS.
NODE_HARNESS = """
const crypto = require("crypto");
const input = JSON.parse(process.argv[1]);
const env = {secretKey: input.secret, recvWindow: "5000"};
global.Date.now = () => input.timestamp;
global.CryptoJS = {
  enc: {Hex: "hex"},
  HmacSHA256: (text, key) => ({toString: (enc) => crypto.createHmac("sha256", key).update(text).digest(enc)}),
};
global.pm = {
  environment: {get: (k) => env[k], set: (k, v) => { env[k] = v; }},
  variables: {replaceIn: (v) => v},
  request: {url: {query: {all: () => input.query}}, body: input.body === null ? undefined : {raw: input.body}},
};
eval(require("fs").readFileSync(input.script, "utf8"));
process.stdout.write(JSON.stringify(env));
"""


def run_script(query: list[dict[str, Any]], body: str | None = None) -> dict[str, str]:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    payload = {"secret": VECTOR_SECRET, "timestamp": VECTOR_TIMESTAMP, "query": query, "body": body,
               "script": str(PREREQUEST_SCRIPT)}  # fmt: skip
    done = subprocess.run([node, "-e", NODE_HARNESS, json.dumps(payload)], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def signed_query() -> list[dict[str, Any]]:
    params = [{"key": k, "value": v} for k, v in VECTOR_PARAMS]
    return params + [{"key": k, "value": "{{" + k + "}}"} for k in ("recvWindow", "timestamp", "signature")]


def test_signing_script_gives_binances_documented_signature() -> None:
    env = run_script(signed_query())
    assert env["timestamp"] == str(VECTOR_TIMESTAMP)
    assert env["signature"] == VECTOR_SIGNATURE


def test_signing_script_agrees_with_our_signer_and_skips_disabled_parameters() -> None:
    query = [{"key": "note", "value": "a b/c*"}, *signed_query()]
    query.append({"key": "newClientOrderId", "value": "ignored", "disabled": True})
    env = run_script(query, body="x=1")
    text = "note=a%20b%2Fc%2A&" + "&".join(f"{k}={v}" for k, v in VECTOR_PARAMS)
    text += f"&recvWindow=5000&timestamp={VECTOR_TIMESTAMP}"
    assert env["signature"] == HmacSigner(VECTOR_SECRET).sign(text.encode() + b"x=1")


def test_unsigned_requests_are_left_alone() -> None:
    env = run_script([{"key": "symbol", "value": "BTCUSDT"}])
    assert "signature" not in env
