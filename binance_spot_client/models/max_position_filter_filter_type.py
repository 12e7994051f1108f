"""Generated from spec/ by `python -m generator`; do not edit."""

import logging
from enum import StrEnum

_drift = logging.getLogger("binance_spot_client.drift")


class MaxPositionFilterFilterType(StrEnum):
    MAX_POSITION = "MAX_POSITION"

    def __str__(self) -> str:
        return str(self.value)
