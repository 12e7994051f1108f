"""Cold start: import, construct and make the first call in a fresh process, against raw httpx.

    python bench/coldstart.py [--runs 15] [--clock cpu|wall] [--before TREE] [--instructions]

Serves the benchmark bodies with nginx on 127.0.0.1 (as bench/run.py does), then runs each
case in fresh interpreters, alternating them, and reports the median and range of

    time      from before the first import to the first call's decoded answer: the process's
              CPU time (`--clock cpu`, the default) or wall time (`--clock wall`)
    memory    the process's resident memory after that call (VmRSS), and its peak (VmHWM)

for the public `/api/v3/ping` and the signed `/api/v3/account` (an HMAC signature; the raw
case signs with hmac over urlencode as a hand-written script would). `--before TREE` adds this
client's cases again with the package imported from TREE (a checkout of another revision, put first
on PYTHONPATH), alternated with the others, for a before/after in one run. `--instructions` counts,
instead, the instructions each case executes, once, under valgrind (`cachegrind`, no cache
simulation, hashing seeded): the same code gives the same count to a few hundredths of a per cent
whatever else the machine runs, where a clock swings by a third.

Every module is read from compiled bytecode, as after `pip install` (which compiles it): the
processes keep theirs in a scratch folder (PYTHONPYCACHEPREFIX), filled by one uncounted run
of each case, whatever PYTHONDONTWRITEBYTECODE says. Compiling this package's large generated
modules from source would otherwise be most of what is measured.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from run import server  # noqa: E402

# On a shared machine a wall clock also counts the slices the scheduler gives other processes,
# which swing a fresh process's 0.3 s by as much again; its own CPU time does not.
CLOCKS = {"cpu": "process_time", "wall": "perf_counter"}
PRELUDE = "import time; _t = time.{clock}()\n"
POSTLUDE = """
_elapsed = time.{clock}() - _t
_status = dict(line.split(":", 1) for line in open("/proc/self/status"))
print(_elapsed, int(_status["VmRSS"].split()[0]), int(_status["VmHWM"].split()[0]))
"""
CASES = {
    "raw httpx, ping": "import httpx, json\njson.loads(httpx.Client(base_url=BASE).get('/api/v3/ping').content)",
    "ours, ping": "from binance_spot_client import Spot\nSpot(base_url=BASE).ping()",
    "raw httpx, account": "import httpx, json, hmac, hashlib, urllib.parse\n"
    "query = urllib.parse.urlencode({'timestamp': int(time.time() * 1000)})\n"
    "signature = hmac.new(b'benchsecret', query.encode(), hashlib.sha256).hexdigest()\n"
    "http = httpx.Client(base_url=BASE)\n"
    "json.loads(http.get(f'/api/v3/account?{query}&signature={signature}', "
    "headers={'X-MBX-APIKEY': 'benchkey'}).content)",
    "ours, account": "from binance_spot_client import Spot\nSpot('benchkey', 'benchsecret', base_url=BASE).account()",
}


def run_case(code: str, base: str, env: dict[str, str], clock: str, cwd: Path) -> tuple[float, int, int]:
    """Seconds of `clock`, resident KiB after the call, peak resident KiB.

    Run in `cwd`, a scratch folder: `python -c` puts the working directory first on sys.path, where
    a checkout would shadow the tree `--before` names.
    """
    program = PRELUDE.format(clock=CLOCKS[clock]) + f"BASE = {base!r}\n" + code + POSTLUDE.format(clock=CLOCKS[clock])
    command = [sys.executable, "-c", program]
    out = subprocess.run(command, capture_output=True, text=True, check=True, env=env, cwd=cwd)
    seconds, rss, peak = out.stdout.split()[-3:]
    return float(seconds), int(rss), int(peak)


def count_instructions(code: str, base: str, env: dict[str, str], cwd: Path) -> int:
    """Instructions the case executes, counted by valgrind."""
    program = f"BASE = {base!r}\nimport time\n" + code
    command = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]
    out = subprocess.run(
        [*command, sys.executable, "-c", program],
        capture_output=True,
        text=True,
        check=True,
        env={**env, "PYTHONHASHSEED": "0"},
        cwd=cwd,
    )
    found = re.search(r"I\s+refs:\s+([\d,]+)", out.stderr)
    if found is None:
        raise SystemExit(f"valgrind gave no count:\n{out.stderr}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--clock", choices=CLOCKS, default="cpu", help="count the process's CPU time or wall time")
    ap.add_argument("--before", type=Path, help="also run this client's cases from the package in this tree")
    ap.add_argument("--instructions", action="store_true", help="count instructions under valgrind instead")
    args = ap.parse_args()
    cases: dict[str, tuple[str, str | None]] = {name: (code, None) for name, code in CASES.items()}
    if args.before:
        tree = str(args.before.resolve())
        cases.update({f"{name} (before)": (code, tree) for name, code in CASES.items() if name.startswith("ours")})
    results: dict[str, list[tuple[float, int, int]]] = {name: [] for name in cases}
    with tempfile.TemporaryDirectory() as scratch, server(Path(scratch)) as base:
        env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(Path(scratch) / "pycache")
        envs = {name: env if tree is None else {**env, "PYTHONPATH": tree} for name, (_, tree) in cases.items()}
        cwd = Path(scratch)
        for name, (code, _) in cases.items():
            run_case(code, base, envs[name], args.clock, cwd)
        if args.instructions:
            print(f"{'case':<29} {'instructions, millions':>22}")
            for name, (code, _) in cases.items():
                print(f"{name:<29} {count_instructions(code, base, envs[name], cwd) / 1e6:>22.1f}")
            return
        for _ in range(args.runs):
            for name, (code, _) in cases.items():
                results[name].append(run_case(code, base, envs[name], args.clock, cwd))
    print(f"{'case':<29} {args.clock + ' time, ms':>22} {'resident after, MB':>22} {'peak resident, MB':>22}")
    for name, rows in results.items():
        cells = []
        for column, scale in ((0, 1e3), (1, 1 / 1024), (2, 1 / 1024)):
            values = [row[column] * scale for row in rows]
            cells.append(f"{statistics.median(values):.1f} ({min(values):.1f}-{max(values):.1f})")
        print(f"{name:<29} " + " ".join(f"{cell:>22}" for cell in cells))


if __name__ == "__main__":
    main()
