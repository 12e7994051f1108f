"""Import time of the client, each measured in fresh interpreters (median of --runs).

    python bench/importtime.py [--runs 15]

Rows: the interpreter alone, httpx (what any client here needs), `binance_spot_client`
(the facade; operations and models load on first use), and the first use of the largest
operations, whose modules import their models.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys

CASES = {
    "python -c pass": "pass",
    "import httpx": "import httpx",
    "import binance_spot_client": "import binance_spot_client",
    "+ depth, klines, ticker24hr": (
        "import binance_spot_client.api.market.depth, binance_spot_client.api.market.klines, "
        "binance_spot_client.api.market.ticker24hr"
    ),
    "+ exchangeInfo (all filters)": "import binance_spot_client.api.general.exchange_info",
    "+ every operation": "import binance_spot_client.api.account, binance_spot_client.api.trade; "
    "import pkgutil, importlib, binance_spot_client.api as api\n"
    "for m in pkgutil.walk_packages(api.__path__, 'binance_spot_client.api.'): importlib.import_module(m.name)",
}
PRELUDE = "import time; _t = time.perf_counter()\n"
POSTLUDE = "\nprint(time.perf_counter() - _t)"


def seconds(code: str) -> float:
    out = subprocess.run([sys.executable, "-c", PRELUDE + code + POSTLUDE], capture_output=True, text=True, check=True)
    return float(out.stdout.split()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15)
    a = ap.parse_args()
    print(f"python {sys.version.split()[0]}; median of {a.runs} fresh interpreters, time inside the interpreter")
    for name, code in CASES.items():
        runs = [seconds(code) for _ in range(a.runs)]
        print(f"{name:<32}{statistics.median(runs) * 1e3:8.1f} ms")


if __name__ == "__main__":
    main()
