"""Generated from spec/ by `python -m generator`; do not edit."""

import logging
from enum import StrEnum

_drift = logging.getLogger("binance_spot_client.drift")


class LotSizeFilterFilterType(StrEnum):
    LOT_SIZE = "LOT_SIZE"

    def __str__(self) -> str:
        return str(self.value)
