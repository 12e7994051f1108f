"""The `binance-spot` command: a subcommand per operation, built on first use from the operation index.

/api operations are top-level commands (`binance-spot depth BTCUSDT`), /sapi families groups
(`binance-spot wallet system-status`), named after the facade's methods with dashes. A required
parameter is an argument, an optional one an option named after its Python name (`--start-time`).
"""

from __future__ import annotations

import json
import os
import sys
from datetime import UTC
from pathlib import Path
from typing import Any

import click
from dateutil import parser as dates

from ..signing import DEMO, TESTNET, APIError, BinanceError, Parameter, ParameterError
from ._download import klines_between
from ._output import as_csv, as_json, as_table, columns_of
from ._spec import Command, commands, group_help, operation_help, parameter_help

__all__ = ["EXIT_BAD_INPUT", "EXIT_BINANCE", "EXIT_CLIENT", "cli", "make_client"]

EXIT_BINANCE = 1
"""Binance answered with an error (its code and message are printed), or a confirmation was declined."""
EXIT_BAD_INPUT = 2
"""The command line or a parameter is wrong; nothing was sent."""
EXIT_CLIENT = 3
"""Any other failure of the client: no connection, an answer not as the spec says, an order of unknown status."""

_TIME_HELP = " Also a date or ISO time (2024-01-01, 2024-01-01T12:30), UTC unless it names a zone."

# Operations whose window of bars is fetched page by page when both ends are given.
_PAGED_KLINES = frozenset({"klines", "ui_klines"})


class TimeType(click.ParamType[int, Any]):
    """A time as milliseconds since the epoch, or a date or ISO time (UTC unless it names a zone)."""

    name = "time"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        text = str(value).strip()
        if text.isdigit():
            return int(text)
        try:
            moment = dates.isoparse(text)
        except ValueError:
            self.fail(f"{text!r} is neither milliseconds nor an ISO date or time", param, ctx)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return int(moment.timestamp() * 1000)


class ListType(click.ParamType[list[str], Any]):
    """Values separated by commas: `--symbols BTCUSDT,ETHUSDT`."""

    name = "list"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> list[str]:
        return value if isinstance(value, list) else [item for item in str(value).split(",") if item]


class JsonType(click.ParamType[Any, Any]):
    """A value given as JSON text."""

    name = "json"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        try:
            return json.loads(value) if isinstance(value, str) else value
        except ValueError as error:
            self.fail(f"not JSON: {error}", param, ctx)


def _is_time(parameter: Parameter) -> bool:
    return parameter.kind == "time" or (parameter.kind == "integer" and parameter.wire_name.endswith("Time"))


def _type_of(parameter: Parameter) -> click.ParamType[Any, Any]:
    if _is_time(parameter):
        return TimeType()
    if parameter.kind in ("integer", "time"):
        return click.INT
    if parameter.kind == "enum" and parameter.enum:
        return click.Choice(parameter.enum)
    if parameter.kind == "array":
        return ListType()
    if parameter.kind in ("indexed", "any"):
        return JsonType()
    return click.STRING


def _metavar(parameter: Parameter) -> str:
    return parameter.python_name.rstrip("_").upper()


def _option_names(parameter: Parameter) -> list[str]:
    names = ["--" + parameter.python_name.rstrip("_").replace("_", "-")]
    if parameter.wire_name in ("startTime", "endTime"):
        names.append("--" + parameter.wire_name.removesuffix("Time"))  # `--start 2024-01-01`
    return names


def _parameters(command: Command) -> list[click.Parameter]:
    helps = parameter_help(command.operation)
    built: list[click.Parameter] = []
    for parameter in command.operation.parameters:
        kind = _type_of(parameter)
        if parameter.required:
            built.append(click.Argument([parameter.python_name], type=kind, metavar=_metavar(parameter)))
        elif parameter.kind == "boolean":
            flag = _option_names(parameter)[0]
            built.append(
                click.Option(
                    [f"{flag}/--no-{flag[2:]}", parameter.python_name],
                    default=None,
                    help=helps.get(parameter.wire_name, ""),
                )
            )
        else:
            text = helps.get(parameter.wire_name, "") + (_TIME_HELP if _is_time(parameter) else "")
            built.append(click.Option([*_option_names(parameter), parameter.python_name], type=kind, help=text))
    built.append(
        click.Option(
            ["--out"],
            type=click.Path(dir_okay=False, path_type=Path),
            help="Write the answer to this file: CSV when it ends in .csv, else JSON.",
        )
    )
    return built


def _arguments_help(command: Command) -> str:
    """click shows no help for arguments: list the required parameters after the description."""
    helps = parameter_help(command.operation)
    lines = [
        f"{_metavar(p)}: {helps.get(p.wire_name, '')}".rstrip() for p in command.operation.parameters if p.required
    ]
    return "\n\n".join(["Arguments:", *lines]) if lines else ""


def _build(command: Command) -> click.Command:
    summary, description = operation_help(command.operation)
    operation = command.operation
    where = f"{operation.method} {operation.path} · security {operation.security} · weight {operation.weight}"
    text = "\n\n".join(part for part in (summary, description, where, _arguments_help(command)) if part)

    def run(**values: Any) -> None:
        _run(click.get_current_context(), command, values)

    return click.Command(command.name, callback=run, params=_parameters(command), help=text, short_help=summary)


class OperationGroup(click.Group):
    """The commands of one group ("" for the top level), each built when it is asked for."""

    def __init__(self, group: str, **attributes: Any) -> None:
        super().__init__(**attributes)
        self.tag = group

    def list_commands(self, ctx: click.Context) -> list[str]:
        names = list(commands().get(self.tag, {}))
        if not self.tag:
            names += [name.replace("_", "-") for name in commands() if name]
        return sorted(names)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        found = commands().get(self.tag, {}).get(cmd_name)
        if found is not None:
            return _build(found)
        tag = cmd_name.replace("-", "_")
        if not self.tag and tag in commands():
            text = group_help(tag)
            return OperationGroup(tag, name=cmd_name, help=text, short_help=text.split(". ")[0])
        return None


def make_client(settings: dict[str, Any]) -> Any:
    """The client the root options ask for (--testnet, --demo, --base-url), keys from the environment."""
    from .. import Spot

    base_url: Any = settings["base_url"] or (TESTNET if settings["testnet"] else DEMO if settings["demo"] else None)
    keys: dict[str, Any] = {
        "api_key": os.environ.get("BINANCE_API_KEY"),
        "api_secret": os.environ.get("BINANCE_API_SECRET"),
    }
    if os.environ.get("BINANCE_PRIVATE_KEY"):
        keys["private_key"] = Path(os.environ["BINANCE_PRIVATE_KEY"])
    return Spot(**keys) if base_url is None else Spot(**keys, base_url=base_url)


def _show(data: Any, header: list[str] | None, settings: dict[str, Any], out: Path | None) -> None:
    if out is not None:
        out.write_text(as_csv(data, header) if out.suffix == ".csv" else as_json(data) + "\n", encoding="utf-8")
        click.echo(f"wrote {out}", err=True)
    elif settings["json"] or not (settings["table"] or sys.stdout.isatty()):
        click.echo(as_json(data))
    else:
        click.echo(as_table(data, header))


def _run(ctx: click.Context, command: Command, values: dict[str, Any]) -> None:
    settings: dict[str, Any] = ctx.find_root().params
    out: Path | None = values.pop("out")
    arguments = {name: value for name, value in values.items() if value is not None}
    if command.moves_money and not settings["yes"]:
        shown = " ".join(
            f"{p.wire_name}={arguments[p.python_name]}"
            for p in command.operation.parameters
            if p.python_name in arguments
        )
        click.confirm(f"{command.operation.method} {command.operation.path} {shown}: send it?", abort=True, err=True)
    try:
        with make_client(settings) as client:
            data, header = _call(client, command, arguments)
    except APIError as error:
        click.echo(f"Binance error {error.code}: {error.msg}", err=True)
        ctx.exit(EXIT_BINANCE)
    except ParameterError as error:
        click.echo(f"Error: {error}", err=True)
        ctx.exit(EXIT_BAD_INPUT)
    except BinanceError as error:
        click.echo(f"Error: {error}", err=True)
        ctx.exit(EXIT_CLIENT)
    _show(data, header, settings, out)


def _call(client: Any, command: Command, arguments: dict[str, Any]) -> tuple[Any, list[str] | None]:
    """The answer as JSON data, and column names when its rows are positional."""
    target = client if not command.group else getattr(client, command.group)
    method = getattr(target, command.method)
    if command.method in _PAGED_KLINES and {"start_time", "end_time"} <= arguments.keys():
        return _download(method, arguments)
    raw = client.with_raw_response if not command.group else getattr(client.with_raw_response, command.group)
    response = getattr(raw, command.method)(**arguments)
    return json.loads(response.content) if response.content else None, columns_of(response.parsed)


def _download(method: Any, arguments: dict[str, Any]) -> tuple[list[Any], list[str] | None]:
    """Every bar of the window, with a progress bar on a terminal's stderr."""
    start, end = arguments.pop("start_time"), arguments.pop("end_time")
    symbol, interval = arguments.pop("symbol"), arguments.pop("interval")
    arguments.pop("limit", None)
    bars: list[Any] = []
    with click.progressbar(length=max(end - start, 1), label=f"{symbol} {interval}", file=sys.stderr) as progress:
        for page in klines_between(method, symbol, interval, start, end, **arguments):
            bars.extend(page)
            progress.update(min(page[-1].open_time, end) - start - progress.pos)
    header = columns_of(bars)
    return [[getattr(bar, name) for name in header or ()] for bar in bars], header


def _root() -> click.Group:
    group = OperationGroup(
        "",
        name="binance-spot",
        help=(
            "Call any Binance Spot operation. Keys come from BINANCE_API_KEY and BINANCE_API_SECRET "
            "(or BINANCE_PRIVATE_KEY, a PEM file). Answers print as a table on a terminal and as JSON "
            "with --json or when piped."
        ),
    )
    group.params += [
        click.Option(["--testnet"], is_flag=True, help="Use Binance's spot test network."),
        click.Option(["--demo"], is_flag=True, help="Use Binance's demo trading."),
        click.Option(["--base-url"], help="Use this base URL instead."),
        click.Option(["--json", "json"], is_flag=True, help="Print JSON, even on a terminal."),
        click.Option(["--table", "table"], is_flag=True, help="Print a table, even when piped."),
        click.Option(
            ["--yes", "-y", "yes"], is_flag=True, help="Send orders, withdrawals and transfers without asking."
        ),
    ]
    return group


cli = _root()
