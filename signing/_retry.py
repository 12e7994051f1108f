"""When a failed call may be sent again, and how long to wait first."""

from __future__ import annotations

import random
from dataclasses import dataclass

__all__ = ["RetryPolicy"]


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Retries for operations that are safe to repeat (reads); orders are never retried.

    `attempts` counts the first try. Connection errors and 5xx answers are retried
    with exponential backoff and full jitter. With `wait_on_rate_limit`, a 429 on a
    read waits the server's Retry-After (up to `max_rate_limit_wait` seconds) and
    tries again instead of raising.
    """

    attempts: int = 3
    backoff: float = 0.25
    max_backoff: float = 8.0
    jitter: bool = True
    wait_on_rate_limit: bool = False
    max_rate_limit_wait: float = 60.0

    def delay(self, attempt: int) -> float:
        """Seconds to wait before retry number `attempt` (1 for the first retry)."""
        ceiling = min(self.max_backoff, self.backoff * 2 ** (attempt - 1))
        return random.uniform(0, ceiling) if self.jitter else ceiling


NO_RETRIES = RetryPolicy(attempts=1)
