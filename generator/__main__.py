"""Regenerate binance_spot_client/ from spec/: `python -m generator [--check] [--output DIR]`.

1. bundle the spec's fragments and validate the result (openapi-spec-validator);
2. run openapi-python-client on it with our config and templates (generator/templates),
   giving the templates our `SpecIndex` as the `binance` global;
3. render the files openapi-python-client does not know (operation index, facade, the
   WebSocket methods and stream events: generator/websocket.py, the SBE decoders of
   spec/sbe/: generator/sbe.py, the paging iterators: generator/paging.py);
4. lint-fix and format with ruff, then replace the package folder.

`python -m generator diff OLD NEW` and `python -m generator drift FILES…` compare
specs and recorded responses (see generator/diff.py and generator/drift.py);
`python -m generator postman --output DIR` writes a Postman collection (generator/postman.py);
`python -m generator docs` writes the documentation site's API reference (generator/docs.py).

`--check` generates into a temporary folder and fails if anything differs from the
committed package: regenerating an unchanged spec must change no byte.
"""

from __future__ import annotations

import argparse
import ast
import copy
import filecmp
import functools
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from jinja2 import Environment
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.openapi import GeneratorData
from openapi_python_client.strings import PythonIdentifier
from openapi_spec_validator import validate

from generator.answers import answer_plan
from generator.bundle import SPEC_DIR, bundle
from generator.index import SpecIndex, model_field_name, natural_name, python_name
from generator.paging import write_paging
from generator.sbe import rest_coverage, write_sbe
from generator.websocket import write_websocket

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "binance_spot_client"
TEMPLATES = Path(__file__).resolve().parent / "templates"
CONFIG = Path(__file__).resolve().parent / "config.yaml"
# The hand-written packages, linked into the generated one where they are installed
# (binance_spot_client.signing, .websocket, .testing), so that the tree shows the installed
# layout to import-graph tools and type checkers. Links are relative: the tree moves whole.
CORE_LINKS = ("signing", "websocket", "testing", "cli")
# openapi-python-client's own modules whose content lives in the core (signing/_types.py, signing/_client.py).
UNUSED_FILES = ("types.py", "client.py")
# Files rendered from our own templates, next to openapi-python-client's output.
EXTRA_FILES = {"operations.py": "operations.py.jinja", "_spot.py": "spot.py.jinja"}


def core_error_names() -> list[str]:
    """The exception classes the core defines (`__all__` of signing/_errors.py), read without importing it."""
    tree = ast.parse((ROOT / "signing" / "_errors.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__all__" for t in node.targets):
            names = ast.literal_eval(node.value)
            classes = {n.name for n in tree.body if isinstance(n, ast.ClassDef)}
            return sorted(name for name in names if name in classes)
    raise SystemExit("signing/_errors.py has no __all__")


def tuples_as_objects(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of the spec where positional arrays (prefixItems) are objects named by their titles.

    openapi-python-client reads prefixItems as a list of unions; as objects it builds
    attrs models, whose `from_dict` our model template then reads by position. Request
    bodies are left out of the copy: their fields become plain arguments (generator/index.py),
    so the body models openapi-python-client would write for them would go unused.
    """
    prepared = copy.deepcopy(document)
    for item in prepared["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict):
                operation.pop("requestBody", None)
    for schema in prepared["components"]["schemas"].values():
        if "prefixItems" in schema:
            items = schema.pop("prefixItems")
            count = schema.pop("minItems", len(items))
            schema.pop("maxItems", None)
            schema.pop("items", None)
            schema["type"] = "object"
            schema["additionalProperties"] = False
            schema["properties"] = {item["title"]: {k: v for k, v in item.items() if k != "title"} for item in items}
            schema["required"] = [item["title"] for item in items[:count]]
    return prepared


def natural_field_names(openapi: GeneratorData, index: SpecIndex) -> None:
    """Name rows' fields as `SpecIndex.tuples` does (`Kline.open`, not `open_`) and objects' `type` as `type`."""
    for model in openapi.models:
        row = model.class_info.name in index.tuples
        for prop in (*(model.required_properties or ()), *(model.optional_properties or ())):
            if row:
                name = natural_name(prop.name)
            elif prop.python_name == python_name(prop.name):
                name = model_field_name(prop.name)
            else:
                continue  # a name openapi-python-client chose to avoid a clash (AggregateTrade's `M` beside `m`)
            if name != prop.python_name and not row:
                index.former_row_fields.setdefault(model.class_info.name, {})[prop.python_name] = name
            # str.__new__: PythonIdentifier's own constructor would suffix the builtin's name again.
            prop.python_name = str.__new__(PythonIdentifier, name)


def generate(output: Path, spec_dir: Path = SPEC_DIR) -> None:
    document = bundle(spec_dir)
    validate(document)
    index = SpecIndex(document)
    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG), MetaType.NONE, CONFIG, "utf-8", overwrite=True, output_path=output
    )
    openapi = GeneratorData.from_dict(tuples_as_objects(document), config=config)
    if isinstance(openapi, GeneratorError):
        raise SystemExit(f"openapi-python-client could not read the spec: {openapi.header}\n{openapi.detail}")
    natural_field_names(openapi, index)
    project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES)
    project.env.globals["binance"] = index
    project.env.globals["answer_plan"] = functools.partial(answer_plan, index)
    project.env.globals["error_names"] = core_error_names()
    project.env.globals["sbe_messages"] = rest_coverage(spec_dir)
    errors = project.build()
    for error in errors:
        print(f"{error.level.value}: {error.header}\n{error.detail}", file=sys.stderr)
    if errors:
        raise SystemExit("generation failed")
    for unused in UNUSED_FILES:  # openapi-python-client writes them; the core holds what they would
        (output / unused).unlink()
    for name, template in EXTRA_FILES.items():
        (output / name).write_text(project.env.get_template(template).render(), encoding="utf-8")
    write_operation_rows(output, index, project.env)
    write_websocket(output, spec_dir, openapi, index, project.env)
    write_sbe(output, spec_dir)
    write_paging(output, index, project.env)
    groups = output / "groups"
    if index.groups:
        groups.mkdir()
        (groups / "__init__.py").write_text(
            '"""Facade groups of the /sapi families and Binance Login. Generated; do not edit."""\n'
        )
    group_template = project.env.get_template("group.py.jinja")
    for tag, name in index.groups.items():
        endpoints = openapi.endpoint_collections_by_tag[PythonIdentifier(tag, config.field_prefix)].endpoints
        (groups / f"{tag}.py").write_text(
            group_template.render(tag=tag, name=name, endpoints=endpoints), encoding="utf-8"
        )
    (output / "py.typed").write_text("", encoding="utf-8")  # PEP 561: the package ships its types
    # The bundled spec ships with the package: the testing kit validates and answers from it.
    (output / "openapi.json").write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    ruff = [sys.executable, "-m", "ruff"]
    settings = ["--config", str(ROOT / "pyproject.toml")]
    subprocess.run([*ruff, "check", "--fix-only", "--quiet", *settings, str(output)], check=True)
    subprocess.run([*ruff, "format", "--quiet", *settings, str(output)], check=True)
    for name in CORE_LINKS:
        (output / name).symlink_to(Path("..") / name, target_is_directory=True)


def write_operation_rows(output: Path, index: SpecIndex, env: Environment) -> None:
    """`_operations/<family>.py`: the rows of OPERATIONS, one module a family, imported on first use."""
    folder = output / "_operations"
    folder.mkdir()
    (folder / "__init__.py").write_text(
        '"""The rows of OPERATIONS, one module a family (see operations.py). Generated; do not edit."""\n'
    )
    template = env.get_template("operations_family.py.jinja")
    for tag in sorted({operation.tag for operation in index.operations.values()}):
        (folder / f"{tag}.py").write_text(template.render(tag=tag), encoding="utf-8")


def differences(left: Path, right: Path) -> list[str]:
    """Relative paths of files that differ, or exist on one side only; the core's links by their targets."""
    found = [name for name in CORE_LINKS if _link_target(left / name) != _link_target(right / name)]

    def walk(comparison: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(prefix + name for name in comparison.left_only + comparison.right_only)
        _, mismatch, errors = filecmp.cmpfiles(
            comparison.left, comparison.right, comparison.common_files, shallow=False
        )
        found.extend(prefix + name for name in mismatch + errors)
        for name, sub in sorted(comparison.subdirs.items()):
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right, ignore=["__pycache__", *CORE_LINKS]), "")
    return sorted(found)


def _link_target(path: Path) -> str | None:
    return os.readlink(path) if path.is_symlink() else None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["diff"]:
        from generator.diff import main as diff_main

        return diff_main(argv[1:])
    if argv[:1] == ["postman"]:
        from generator.postman import main as postman_main

        return postman_main(argv[1:])
    if argv[:1] == ["docs"]:
        from generator.docs import main as docs_main

        return docs_main(argv[1:])
    if argv[:1] == ["drift"]:
        from generator.drift import main as drift_main

        return drift_main(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed package is not up to date")
    parser.add_argument("--output", type=Path, default=ROOT / PACKAGE, help="where to write the package")
    parser.add_argument("--spec", type=Path, default=SPEC_DIR, help="the spec folder to generate from")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / PACKAGE
        generate(fresh, args.spec)
        if args.check:
            changed = differences(fresh, args.output) if args.output.exists() else ["(package missing)"]
            for name in changed:
                print(f"out of date: {name}", file=sys.stderr)
            if changed:
                print("run `python -m generator` and commit the result", file=sys.stderr)
                return 1
            print(f"{args.output.name}/ is up to date with spec/")
            return 0
        shutil.rmtree(args.output, ignore_errors=True)
        shutil.copytree(fresh, args.output, symlinks=True, ignore=shutil.ignore_patterns("__pycache__"))
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
