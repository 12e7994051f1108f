"""What a long generator command is doing, on stderr: a line per step, and on a terminal a running count.

`python -m generator diff` and `postman` spend most of their time reading the spec's YAML fragments;
without this they sat silent for 20 seconds and more on a slow machine.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

__all__ = ["Progress"]


class Progress:
    """Steps as lines; within a step, a count rewritten in place when the stream is a terminal."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty()

    def step(self, text: str) -> None:
        print(text, file=self.stream, flush=True)

    def fragment(self, done: int, total: int, path: Path) -> None:
        """One fragment of `total` read: counted on a terminal, silent in a log."""
        if not self.live:
            return
        end = "\n" if done == total else ""
        print(f"\r  {done}/{total} fragments ({path.name})\033[K", end=end, file=self.stream, flush=True)
