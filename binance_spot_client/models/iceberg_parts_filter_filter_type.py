"""Generated from spec/ by `python -m generator`; do not edit."""

import logging
from enum import StrEnum

_drift = logging.getLogger("binance_spot_client.drift")


class IcebergPartsFilterFilterType(StrEnum):
    ICEBERG_PARTS = "ICEBERG_PARTS"

    def __str__(self) -> str:
        return str(self.value)
