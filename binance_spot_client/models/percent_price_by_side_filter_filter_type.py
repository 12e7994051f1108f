"""Generated from spec/ by `python -m generator`; do not edit."""

import logging
from enum import StrEnum

_drift = logging.getLogger("binance_spot_client.drift")


class PercentPriceBySideFilterFilterType(StrEnum):
    PERCENT_PRICE_BY_SIDE = "PERCENT_PRICE_BY_SIDE"

    def __str__(self) -> str:
        return str(self.value)
