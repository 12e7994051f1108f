"""`binance-spot`, the command line: every operation of the spec as a subcommand (the `[cli]` extra).

    binance-spot depth BTCUSDT --limit 5
    binance-spot wallet system-status
    binance-spot klines BTCUSDT 1h --start 2024-01-01 --end 2024-03-01 --out btc.csv

Commands are read from `binance_spot_client.operations` when the command runs, so they follow the
installed package; their help is the spec's. Exit status: 0 done, 1 Binance refused (its code and
message are printed) or a confirmation was declined, 2 bad input, 3 any other failure.
"""

from __future__ import annotations

import sys

from ..signing import MissingExtraError

__all__ = ["main"]


def main(arguments: list[str] | None = None) -> None:
    """Run the command line (the `binance-spot` console script)."""
    try:
        from ._app import cli
    except ModuleNotFoundError as missing:
        if missing.name != "click":
            raise
        print(MissingExtraError("binance-spot", "cli", "click"), file=sys.stderr)
        raise SystemExit(2) from None
    cli.main(arguments, prog_name="binance-spot")
