"""Generated from spec/ by `python -m generator`; do not edit."""

import logging
from enum import StrEnum

_drift = logging.getLogger("binance_spot_client.drift")


class MarketLotSizeFilterFilterType(StrEnum):
    MARKET_LOT_SIZE = "MARKET_LOT_SIZE"

    def __str__(self) -> str:
        return str(self.value)
