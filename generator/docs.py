"""The API reference of the documentation site, from spec/: `python -m generator docs [--check] [--output DIR]`.

It reads the bundled spec (through `SpecIndex`, as the package's templates do) and spec/websocket/, never the
generated package, and writes Markdown for MkDocs into docs/reference/:

- `index.md`: every family with its operation count;
- `api/<tag>.md`: one section per operation (sync and async signature, parameters, security, weight, method
  and path, answer, an example call, the errors it can raise);
- `models/<tag>.md` and `models/shared.md`: the answer models and enums, each on the page of the one family
  whose operations reach it, or on the shared page when several do;
- `websocket-api.md` and `streams.md`: the WebSocket API's methods and the stream events.

The folder is the generator's alone, and so are the reference's entries of the site's navigation (between
markers in mkdocs.yml); `--check` fails when either differs from what the spec gives, as the package's own
`--check` does.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.strings import ClassName

from generator.bundle import SPEC_DIR, bundle
from generator.index import FIELD_PREFIX, OperationInfo, ParameterInfo, SpecIndex, natural_name, python_name
from generator.websocket import snake

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "docs" / "reference"
MKDOCS = ROOT / "mkdocs.yml"
# The reference's part of the site's navigation, between these lines of mkdocs.yml, is written with the pages.
NAV_START = "  # reference-nav:start (written by `python -m generator docs`)\n"
NAV_END = "  # reference-nav:end\n"
SHARED = "shared"
HEADER = "<!-- Generated from spec/ by `python -m generator docs`; do not edit. -->\n\n"
_FORMATS = {"decimal": "decimal string", "int64": "int64", "int32": "int32"}


def class_name(schema_name: str) -> str:
    return str(ClassName(schema_name, FIELD_PREFIX))


def cell(text: object) -> str:
    """`text` fit for one Markdown table cell."""
    return " ".join(str(text).split()).replace("|", "\\|")


def family_title(tag: str) -> str:
    return "Binance Login" if tag == "oauth" else tag.replace("_", " ").capitalize()


class Reference:
    """The reference pages, by path relative to the output folder."""

    def __init__(self, spec_dir: Path = SPEC_DIR) -> None:
        self.document = bundle(spec_dir)
        self.index = SpecIndex(self.document)
        self.tags = [tag["name"] for tag in self.document.get("tags", [])]
        self.tag_descriptions = {tag["name"]: tag.get("description", "") for tag in self.document.get("tags", [])}
        self.by_tag: dict[str, list[OperationInfo]] = {tag: [] for tag in self.tags}
        for operation in self.index.operations.values():
            self.by_tag.setdefault(operation.tag, []).append(operation)
        self.model_page = self._place_models()
        folder = spec_dir / "websocket"
        self.websocket = yaml.safe_load((folder / "api.yaml").read_text("utf-8")) if folder.is_dir() else None
        self.streams = yaml.safe_load((folder / "streams.yaml").read_text("utf-8")) if folder.is_dir() else None

    # Where each schema is documented.

    def _answer(self, operation: OperationInfo) -> dict[str, Any] | None:
        content = self._spec(operation)["responses"].get("200", {}).get("content", {})
        media = content.get("application/json")
        return media.get("schema") if media else None

    def _reached(self, schema: Any, found: set[str]) -> None:
        if isinstance(schema, dict):
            if "$ref" in schema:
                name = schema["$ref"].rsplit("/", 1)[1]
                if name in found or name not in self.index.schemas:
                    return
                found.add(name)
                schema = self.index.schemas[name]
            for key, value in schema.items():
                if key not in ("example", "examples", "description"):
                    self._reached(value, found)
        elif isinstance(schema, list):
            for item in schema:
                self._reached(item, found)

    def _place_models(self) -> dict[str, str]:
        """Each documented schema's page: the one family reaching it, or the shared page."""
        users: dict[str, set[str]] = {}
        for operation in self.index.operations.values():
            found: set[str] = set()
            self._reached(self._answer(operation), found)
            for parameter in self.document["paths"][operation.path][operation.method.lower()].get("parameters", []):
                self._reached(parameter, found)
            for name in found:
                users.setdefault(name, set()).add(operation.tag)
        return {name: next(iter(tags)) if len(tags) == 1 else SHARED for name, tags in sorted(users.items())}

    def model_link(self, schema_name: str, from_folder: str) -> str:
        page = self.model_page[schema_name]
        prefix = "" if from_folder == "models" else "../models/" if from_folder == "api" else "models/"
        return f"[`{class_name(schema_name)}`]({prefix}{page}.md#{class_name(schema_name)})"

    def type_text(self, schema: dict[str, Any] | None, from_folder: str) -> str:
        """A schema as a reader sees it: a linked model, a list of one, a union, or a wire type."""
        if not schema:
            return "empty"
        if "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[1]
            if name in self.model_page:
                return self.model_link(name, from_folder)
            return self.type_text(self.index.schemas[name], from_folder)
        if "oneOf" in schema or "anyOf" in schema:
            members = schema.get("oneOf") or schema["anyOf"]
            return " or ".join(self.type_text(member, from_folder) for member in members)
        kind = schema.get("type")
        if isinstance(kind, list):
            return " or ".join(self.type_text({**schema, "type": item}, from_folder) for item in kind)
        if kind == "array":
            return f"list of {self.type_text(schema.get('items'), from_folder)}"
        if kind == "object":
            return "object"
        if kind in (None, "null"):
            return "any" if kind is None else "null"
        return f"{kind} ({_FORMATS.get(schema['format'], schema['format'])})" if "format" in schema else str(kind)

    # Python text.

    def return_annotation(self, operation: OperationInfo) -> str:
        return self._annotation(self._answer(operation))

    def _annotation(self, schema: dict[str, Any] | None) -> str:
        if not schema:
            return "None"
        if "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[1]
            resolved = self.index.schemas[name]
            if resolved.get("type") == "object" or "prefixItems" in resolved or "enum" in resolved:
                return class_name(name)
            return self._annotation(resolved)
        members = schema.get("oneOf") or schema.get("anyOf")
        if members:
            # in the facade's order: openapi-python-client sorts a union's members by name
            return " | ".join(sorted(set(self._annotation(member) for member in members)))
        kind = schema.get("type")
        if kind == "array":
            return f"list[{self._annotation(schema.get('items'))}]"
        return {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}.get(str(kind), "Any")

    @staticmethod
    def signature(operation: OperationInfo, returns: str, is_async: bool) -> str:
        lines = [f"{'async ' if is_async else ''}def {operation.python_name}("]
        lines += [f"    {p.python_name}: {p.annotation}," for p in operation.required_parameters]
        if operation.optional_parameters:
            lines.append("    *,")
            lines += [f"    {p.python_name}: {p.annotation} | None = None," for p in operation.optional_parameters]
        lines.append("    **options: Unpack[CallOptions],")
        lines.append(f") -> {returns}: ...")
        return "\n".join(lines)

    @staticmethod
    def example_call(operation: OperationInfo, client: str) -> str:
        target = f"{client}.{operation.group}" if operation.group else client
        arguments = ", ".join(f"{p.python_name}={_literal(p.example)}" for p in operation.required_parameters)
        return f"{target}.{operation.python_name}({arguments})"

    # Pages.

    def pages(self) -> Iterator[tuple[str, str]]:
        yield "index.md", self.index_page()
        for tag in self.tags:
            if self.by_tag.get(tag):
                yield f"api/{tag}.md", self.family_page(tag)
        for page in sorted(set(self.model_page.values())):
            yield f"models/{page}.md", self.model_page_text(page)
        if self.websocket is not None:
            yield "websocket-api.md", self.websocket_page()
        if self.streams is not None:
            yield "streams.md", self.streams_page()

    def nav(self) -> str:
        """The reference's entries of mkdocs.yml's `nav`, in the pages' order."""
        pages = [relative for relative, _ in self.pages()]
        lines = ["  - API reference:\n", "      - reference/index.md\n", "      - REST families:\n"]
        lines += [f"          - reference/{page}\n" for page in pages if page.startswith("api/")]
        lines.append("      - Models:\n")
        lines += [f"          - reference/{page}\n" for page in pages if page.startswith("models/")]
        lines += [f"      - reference/{page}\n" for page in pages if "/" not in page and page != "index.md"]
        return "".join(lines)

    def index_page(self) -> str:
        count = len(self.index.operations)
        out = [
            "# API reference\n\n",
            f"{count} REST operations, each a method of `Spot` and `AsyncSpot`: `client.<method>()` for `/api/v3`, ",
            "`client.<family>.<method>()` for each `/sapi` family and Binance Login. ",
            "Use the search box with the method name (`new_order`) or Binance's operation id (`newOrder`).\n\n",
            "In signatures, `DecimalLike` is `str | int | float | Decimal` (sent as plain decimal text), an enum "
            "parameter takes the enum or its string, and `**options` are the per-call `timeout`, `recv_window`, "
            "`extra_headers` and `extra_query`.\n\n",
            "| family | where | operations | what |\n|---|---|---|---|\n",
        ]
        for tag in self.tags:
            operations = self.by_tag.get(tag)
            if operations:
                where = f"`client.{tag}`" if operations[0].group else "`client`"
                out.append(
                    f"| [{family_title(tag)}](api/{tag}.md) | {where} | {len(operations)} "
                    f"| {cell(self.tag_descriptions.get(tag, ''))} |\n"
                )
        out.append("\nModels: ")
        out.append(
            ", ".join(f"[{family_title(page)}](models/{page}.md)" for page in sorted(set(self.model_page.values())))
        )
        out.append(".\n")
        if self.websocket is not None:
            out.append("\nOver WebSocket: [the WebSocket API](websocket-api.md) and [streams](streams.md).\n")
        return HEADER + "".join(out)

    def family_page(self, tag: str) -> str:
        operations = self.by_tag[tag]
        where = f"`client.{tag}`" if operations[0].group else "`client`"
        out = [f"# {family_title(tag)}\n\n{self.tag_descriptions.get(tag, '')}\n\n"]
        out.append(f"{len(operations)} operations, methods of {where} on `Spot` and `AsyncSpot`.\n\n")
        out.append("| method | HTTP | summary |\n|---|---|---|\n")
        for operation in operations:
            out.append(
                f"| [`{operation.python_name}`](#{operation.operation_id}) | `{operation.method} {operation.path}` "
                f"| {cell(operation.summary)} |\n"
            )
        for operation in operations:
            out.append("\n" + self.operation_section(operation))
        return HEADER + "".join(out)

    def operation_section(self, operation: OperationInfo) -> str:
        returns = self.return_annotation(operation)
        # Both names in the heading: search ranks headings first, and users know either one.
        out = [f"## {operation.python_name} · {operation.operation_id} {{ #{operation.operation_id} }}\n\n"]
        out.append(f"**{operation.summary}**")
        if operation.deprecated:
            out.append(" · **deprecated**")
        out.append("\n\n")
        if operation.description:
            out.append(" ".join(operation.description.split()) + "\n\n")
        host = operation.host or ""
        out.append("| HTTP | security | weight |\n|---|---|---|\n")
        out.append(
            f"| `{operation.method} {host}{operation.path}` | {operation.security} | {self.weight(operation)} |\n\n"
        )
        reason = self._spec(operation).get("x-binance-deprecation-reason")
        if reason:
            out.append(f"Deprecated: {' '.join(str(reason).split())}\n\n")
        out.append('=== "Sync"\n\n    ```python\n')
        out.append(_indent(self.signature(operation, returns, False)))
        out.append('\n    ```\n\n=== "Async"\n\n    ```python\n')
        out.append(_indent(self.signature(operation, returns, True)))
        out.append("\n    ```\n\n")
        if operation.parameters:
            out.append(self.parameter_table(operation))
        answer = self._answer(operation)
        out.append(f"**Returns** {self.type_text(answer, 'api')}.\n\n")
        out.append("**Example**\n\n```python\n" + self.example_call(operation, "client") + "\n```\n\n")
        out.append("**Raises** " + ", ".join(f"`{name}`" for name in self.errors(operation)) + ".\n")
        return "".join(out)

    def parameter_table(self, operation: OperationInfo) -> str:
        out = ["| Python | wire | type | rules | required | default | description |\n|---|---|---|---|---|---|---|\n"]
        for parameter in operation.parameters:
            out.append(
                f"| `{parameter.python_name}` | `{parameter.wire_name}` | `{cell(parameter.annotation)}` "
                f"| {cell(_rules(parameter))} | {'yes' if parameter.required else 'no'} "
                f"| {'' if parameter.default is None else f'`{cell(json.dumps(parameter.default))}`'} "
                f"| {cell(parameter.description)} |\n"
            )
        rules = [f"at most one of {', '.join(f'`{n}`' for n in group)}" for group in operation.mutually_exclusive]
        rules += [f"at least one of {', '.join(f'`{n}`' for n in group)}" for group in operation.one_of_required]
        if rules:
            out.append("\n" + "; ".join(rules).capitalize() + ".\n")
        return "".join(out) + "\n"

    def _spec(self, operation: OperationInfo) -> dict[str, Any]:
        spec: dict[str, Any] = self.document["paths"][operation.path][operation.method.lower()]
        return spec

    def weight(self, operation: OperationInfo) -> str:
        """The request weight as Binance counts it: by a parameter's value, per UID, and any note."""
        spec = self._spec(operation)
        text = str(operation.weight)
        steps = spec.get("x-binance-weight-by")
        if steps:
            by = [
                f"≤ {step['max']}: {step['weight']}" if "max" in step else f"more: {step['weight']}"
                for step in steps["steps"]
            ]
            text += f" (by `{steps['parameter']}`: {', '.join(by)})"
        if "x-binance-weight-uid" in spec:
            text += f"; UID weight {spec['x-binance-weight-uid']}"
        if spec.get("x-binance-weight-note"):
            text += f"; {' '.join(str(spec['x-binance-weight-note']).split())}"
        return cell(text)

    @staticmethod
    def errors(operation: OperationInfo) -> list[str]:
        """The typed errors (signing/_errors.py) a call of `operation` can raise, most specific first."""
        names = ["ParameterError"] if operation.parameters else []
        if operation.method != "GET":  # only reads are repeated; anything else may have acted
            names.append("OrderStatusUnknownError")
        if operation.security == "OAUTH":
            names += ["TokenRevokedError", "OAuthError"]
        names += ["RateLimitError", "IPBannedError", "ClientError", "ServerError", "TransportError"]
        names += ["AnswerTooLargeError", "ResponseValidationError"]
        return names

    def model_page_text(self, page: str) -> str:
        names = [name for name, where in self.model_page.items() if where == page]
        title = "Shared models" if page == SHARED else f"{family_title(page)} models"
        lead = (
            "Models and enums that answers of several families use."
            if page == SHARED
            else f"Models and enums of the [{family_title(page)}](../api/{page}.md) operations."
        )
        out = [f"# {title}\n\n{lead}\n"]
        for name in names:
            out.append("\n" + self.model_section(name))
        return HEADER + "".join(out)

    def model_section(self, name: str) -> str:
        schema = self.index.schemas[name]
        out = [f"## {class_name(name)} {{ #{class_name(name)} }}\n\n"]
        if schema.get("description"):
            out.append(" ".join(str(schema["description"]).split()) + "\n\n")
        if "enum" in schema:
            out.append("Values: " + ", ".join(f"`{value}`" for value in schema["enum"]) + ".\n")
        elif "prefixItems" in schema:
            out.append("A row read by position.\n\n| position | Python | type | description |\n|---|---|---|---|\n")
            for number, item in enumerate(schema["prefixItems"]):
                out.append(
                    f"| {number} | `{natural_name(item['title'])}` | {self.type_text(item, 'models')} "
                    f"| {cell(item.get('description', ''))} |\n"
                )
        elif "properties" in schema:
            required = set(schema.get("required", ()))
            out.append("| Python | wire | type | always | description |\n|---|---|---|---|---|\n")
            for wire, field in schema["properties"].items():
                out.append(
                    f"| `{python_name(wire)}` | `{wire}` | {self.type_text(field, 'models')} "
                    f"| {'yes' if wire in required else 'no'} | {cell(field.get('description', ''))} |\n"
                )
        else:
            out.append(f"{self.type_text(schema, 'models').capitalize()}.\n")
        return "".join(out)

    def websocket_page(self) -> str:
        assert self.websocket is not None
        out = [
            "# WebSocket API\n\n",
            "Each method is a coroutine of `AsyncWebSocketAPI` and a blocking method of `WebSocketAPI` "
            "(`binance_spot_client.websocket`), named in snake_case. A method with a REST twin is named as the twin "
            "is, takes its parameters and returns its answer model; its errors are the REST operation's.\n\n",
            "| method | Python | security | weight | REST twin |\n|---|---|---|---|---|\n",
        ]
        for name, entry in self.websocket["methods"].items():
            rest = entry.get("rest")
            twin, python = "", snake(name)
            if rest in self.index.operations:
                operation = self.index.operations[rest]
                python = operation.python_name
                twin = f"[`{operation.python_name}`](api/{operation.tag}.md#{rest})"
            elif entry.get("params") is not None:
                twin = "parameters: " + ", ".join(f"`{p['name']}`" for p in entry["params"]) if entry["params"] else ""
            deprecated = " (deprecated)" if entry.get("deprecated") else ""
            out.append(f"| `{name}`{deprecated} | `{python}` | {entry['security']} | {entry['weight']} | {twin} |\n")
        return HEADER + "".join(out)

    def streams_page(self) -> str:
        assert self.streams is not None
        out = ["# Streams\n\n| stream | event |\n|---|---|\n"]
        for stream in self.streams["streams"]:
            array = " (array)" if stream.get("array") else ""
            out.append(f"| `{stream['name']}` | [`{stream['event']}`](#{stream['event']}){array} |\n")
        for name, event in self.streams["events"].items():
            out.append(f"\n## {name} {{ #{name} }}\n\n")
            if event.get("e"):
                out.append(f"Event type `{event['e']}`{' (user data)' if event.get('user_data') else ''}.\n\n")
            out.append("| key | Python | type | always |\n|---|---|---|---|\n")
            for item in event["fields"]:
                kind = item["type"]
                for prefix in ("object:", "array:"):
                    if kind.startswith(prefix):
                        kind = f"{prefix[:-1]} of [`{kind[len(prefix) :]}`](#{kind[len(prefix) :]})"
                always = "no" if item.get("optional") else "yes"
                out.append(f"| `{item['key']}` | `{snake(item['name'])}` | {kind} | {always} |\n")
        return HEADER + "".join(out)


def _literal(value: Any) -> str:
    """`value` as Python source in the house style (double quotes)."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_literal(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_literal(k)}: {_literal(v)}" for k, v in value.items()) + "}"
    return repr(value)


def _indent(text: str) -> str:
    return "".join(f"    {line}\n" for line in text.splitlines()).rstrip("\n")


def _rules(parameter: ParameterInfo) -> str:
    rules = []
    if parameter.minimum is not None:
        rules.append(f"≥ {parameter.minimum:g}")
    if parameter.maximum is not None:
        rules.append(f"≤ {parameter.maximum:g}")
    if parameter.enum:
        rules.append("one of " + ", ".join(f"`{value}`" for value in parameter.enum))
    if parameter.pattern:
        rules.append(f"matches `{parameter.pattern}`")
    if parameter.in_body:
        rules.append("sent in the body")
    return "; ".join(rules)


def write(output: Path, spec_dir: Path = SPEC_DIR) -> str:
    """Write the pages into `output`; return the reference's part of mkdocs.yml's `nav`."""
    reference = Reference(spec_dir)
    for relative, text in reference.pages():
        target = output / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return reference.nav()


def with_nav(mkdocs: str, nav: str) -> str:
    """mkdocs.yml's text with `nav` between its reference-nav markers."""
    start, end = mkdocs.index(NAV_START) + len(NAV_START), mkdocs.index(NAV_END)
    return mkdocs[:start] + nav + mkdocs[end:]


def differences(fresh: Path, committed: Path) -> list[str]:
    def files(folder: Path) -> dict[str, bytes]:
        return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}

    new, old = files(fresh), files(committed) if committed.exists() else {}
    return sorted(name for name in new.keys() | old.keys() if new.get(name) != old.get(name))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator docs", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed reference is not up to date")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="where to write the reference")
    parser.add_argument("--spec", type=Path, default=SPEC_DIR, help="the spec folder to generate from")
    parser.add_argument("--mkdocs", type=Path, default=MKDOCS, help="the site's config, whose nav lists the pages")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / "reference"
        nav = write(fresh, args.spec)
        mkdocs = args.mkdocs.read_text("utf-8")
        if args.check:
            changed = differences(fresh, args.output)
            if with_nav(mkdocs, nav) != mkdocs:
                changed.append(f"{args.mkdocs.name} (nav)")
            for name in changed:
                print(f"out of date: {name}", file=sys.stderr)
            if changed:
                print("run `python -m generator docs` and commit the result", file=sys.stderr)
                return 1
            print(f"{args.output.name}/ is up to date with spec/")
            return 0
        shutil.rmtree(args.output, ignore_errors=True)
        shutil.copytree(fresh, args.output)
        args.mkdocs.write_text(with_nav(mkdocs, nav), encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


__all__ = ["Reference", "main"]
