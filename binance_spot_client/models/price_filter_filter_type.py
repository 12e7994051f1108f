"""Generated from spec/ by `python -m generator`; do not edit."""

import logging
from enum import StrEnum

_drift = logging.getLogger("binance_spot_client.drift")


class PriceFilterFilterType(StrEnum):
    PRICE_FILTER = "PRICE_FILTER"

    def __str__(self) -> str:
        return str(self.value)
