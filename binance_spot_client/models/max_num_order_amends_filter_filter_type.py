"""Generated from spec/ by `python -m generator`; do not edit."""

import logging
from enum import StrEnum

_drift = logging.getLogger("binance_spot_client.drift")


class MaxNumOrderAmendsFilterFilterType(StrEnum):
    MAX_NUM_ORDER_AMENDS = "MAX_NUM_ORDER_AMENDS"

    def __str__(self) -> str:
        return str(self.value)
