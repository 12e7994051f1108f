"""How long a test waits for something that must happen: a reply, a reconnect, a thread.

Long on purpose. Only a bug makes such a wait run out, and a passing test never waits it out, so
the limit costs nothing; a limit of a second or two fails right tests on a loaded 2-core CI
machine. A test whose subject is a timeout keeps its own small limit, and the other side waits
on an event (not a fixed delay) until the client has given up.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

PATIENCE = 30.0
"""Seconds."""


async def eventually(condition: Callable[[], bool]) -> None:
    """Wait until `condition()` holds: something the code under test does on its own (a reconnect, a
    resync, a connection closing); fail if it never comes."""

    async def poll() -> None:
        while not condition():
            await asyncio.sleep(0.005)

    await asyncio.wait_for(poll(), PATIENCE)
