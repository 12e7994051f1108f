"""Generated from spec/ by `python -m generator`; do not edit."""

import logging
from enum import StrEnum

_drift = logging.getLogger("binance_spot_client.drift")


class MaxNumIcebergOrdersFilterFilterType(StrEnum):
    MAX_NUM_ICEBERG_ORDERS = "MAX_NUM_ICEBERG_ORDERS"

    def __str__(self) -> str:
        return str(self.value)
