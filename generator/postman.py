"""Write the spec as a Postman collection (v2.1) and its environments: `python -m generator postman --output DIR`.

One request per operation, in a folder per tag, with the operation's method, path and
parameters (their documented examples as values; optional ones disabled). Signed
operations end their query with `recvWindow`, `timestamp` and `signature` variables,
which the collection's pre-request script (generator/postman_prerequest.js) fills in
for HMAC keys; operations that need the API key send `X-MBX-APIKEY: {{apiKey}}`, and
Binance Login's send `Authorization: Bearer {{oauthAccessToken}}` to `{{oauthUrl}}`.
"""

from __future__ import annotations

import argparse
import json
import uuid
from pathlib import Path
from typing import Any

from generator.bundle import SPEC_DIR, bundle
from generator.index import OperationInfo, ParameterInfo, SpecIndex
from generator.progress import Progress

SCHEMA_URL = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
PREREQUEST_SCRIPT = Path(__file__).resolve().parent / "postman_prerequest.js"
COLLECTION_FILE = "binance-spot.postman_collection.json"
# Fixed ids keep the output byte-stable from one run to the next.
_NAMESPACE = uuid.UUID("5d0e6a0c-5b7a-4c1e-9a53-2f1f0b6c1d01")
ENVIRONMENTS = {
    "mainnet": "https://api.binance.com",
    "testnet": "https://testnet.binance.vision",
}
OAUTH_URL = "https://www.binanceapis.com"


def _value(parameter: ParameterInfo) -> str:
    value = parameter.example
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


CONTENT_TYPES = {"json": "application/json", "form": "application/x-www-form-urlencoded"}


def _body(operation: OperationInfo) -> dict[str, Any]:
    """The raw body of the few operations that take one, filled with the required fields' examples."""
    fields = [p for p in operation.parameters if p.in_body and p.required]
    if not operation.body:
        return {}
    if operation.body == "json":
        raw = json.dumps({p.wire_name: p.example for p in fields}, separators=(",", ":"))
        return {"body": {"mode": "raw", "raw": raw, "options": {"raw": {"language": "json"}}}}
    return {"body": {"mode": "raw", "raw": "&".join(f"{p.wire_name}={_value(p)}" for p in fields)}}


def _request(operation: OperationInfo) -> dict[str, Any]:
    query: list[dict[str, Any]] = [
        {
            "key": p.wire_name,
            "value": _value(p),
            "description": p.description,
            "disabled": not p.required,
        }
        for p in operation.parameters
        if p.kind != "indexed" and not p.in_body  # numbered fields (details[0].asset) are added by hand in Postman
    ]
    if operation.signed:
        query += [
            {"key": "recvWindow", "value": "{{recvWindow}}", "disabled": False},
            {"key": "timestamp", "value": "{{timestamp}}", "disabled": False},
            {"key": "signature", "value": "{{signature}}", "disabled": False},
        ]
    headers: list[dict[str, Any]] = []
    if operation.security == "OAUTH":
        host = "{{oauthUrl}}"
        headers.append({"key": "Authorization", "value": "Bearer {{oauthAccessToken}}", "type": "text"})
    else:
        host = "{{url}}"
        if operation.security != "NONE":
            headers.append({"key": "X-MBX-APIKEY", "value": "{{apiKey}}", "type": "text"})
    enabled = "&".join(f"{q['key']}={q['value']}" for q in query if not q["disabled"])
    body = _body(operation)
    if body:
        headers.append({"key": "Content-Type", "value": CONTENT_TYPES[operation.body], "type": "text"})
    return {
        "name": operation.summary or operation.operation_id,
        "request": {
            "method": operation.method,
            "header": headers,
            **body,
            "url": {
                "raw": f"{host}{operation.path}" + (f"?{enabled}" if enabled else ""),
                "host": [host],
                "path": operation.path.strip("/").split("/"),
                "query": query,
            },
            "description": f"{operation.description}\n\n`{operation.operation_id}` · security {operation.security}"
            f" · weight {operation.weight}".strip(),
        },
        "response": [],
    }


def collection(document: dict[str, Any]) -> dict[str, Any]:
    """The Postman collection (v2.1) of the whole spec."""
    index = SpecIndex(document)
    by_tag: dict[str, list[OperationInfo]] = {}
    for operation in index.operations.values():
        by_tag.setdefault(operation.tag, []).append(operation)
    folders = [
        {
            "name": tag["name"],
            "description": tag.get("description", ""),
            "item": [_request(op) for op in by_tag[tag["name"]]],
        }
        for tag in document.get("tags", [])
        if tag["name"] in by_tag
    ]
    info = document["info"]
    return {
        "info": {
            "_postman_id": str(uuid.uuid5(_NAMESPACE, "collection")),
            "name": info["title"],
            "description": f"{info.get('summary', '')}\n\nGenerated from spec/ (version {info['version']}) by "
            "`python -m generator postman`.",
            "schema": SCHEMA_URL,
        },
        "item": folders,
        "event": [
            {
                "listen": "prerequest",
                "script": {"type": "text/javascript", "exec": PREREQUEST_SCRIPT.read_text("utf-8").splitlines()},
            }
        ],
        "variable": [{"key": "url", "value": ENVIRONMENTS["mainnet"]}, {"key": "oauthUrl", "value": OAUTH_URL}],
    }


def environment(name: str, url: str) -> dict[str, Any]:
    """A Postman environment for one Binance network; keys and tokens are left for the user to fill in."""
    values = [
        ("url", url, "default"),
        ("oauthUrl", OAUTH_URL, "default"),
        ("apiKey", "", "secret"),
        ("secretKey", "", "secret"),
        ("recvWindow", "5000", "default"),
        ("oauthAccessToken", "", "secret"),
        ("timestamp", "", "default"),
        ("signature", "", "default"),
    ]
    return {
        "id": str(uuid.uuid5(_NAMESPACE, f"environment-{name}")),
        "name": f"Binance Spot {name}",
        "values": [{"key": key, "value": value, "type": kind, "enabled": True} for key, value, kind in values],
        "_postman_variable_scope": "environment",
    }


def write(output: Path, spec_dir: Path = SPEC_DIR, progress: Progress | None = None) -> list[Path]:
    progress = progress or Progress()
    output.mkdir(parents=True, exist_ok=True)
    progress.step(f"reading the spec in {spec_dir}")
    document = bundle(spec_dir, progress.fragment)
    progress.step("building the collection")
    files = {COLLECTION_FILE: collection(document)}
    files |= {
        f"binance-spot-{name}.postman_environment.json": environment(name, url) for name, url in ENVIRONMENTS.items()
    }
    written = []
    for name, content in files.items():
        path = output / name
        path.write_text(json.dumps(content, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator postman", description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, required=True, help="folder for the collection and environments")
    parser.add_argument("--spec", type=Path, default=SPEC_DIR, help="the spec folder")
    args = parser.parse_args(argv)
    for path in write(args.output, args.spec):
        print(f"wrote {path}")
    return 0
