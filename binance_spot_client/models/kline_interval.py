"""Generated from spec/ by `python -m generator`; do not edit."""

import logging
from enum import StrEnum
from typing import Any

_drift = logging.getLogger("binance_spot_client.drift")


class KlineInterval(StrEnum):
    DAY_1 = "1d"
    DAY_3 = "3d"
    HOUR_1 = "1h"
    HOUR_12 = "12h"
    HOUR_2 = "2h"
    HOUR_4 = "4h"
    HOUR_6 = "6h"
    HOUR_8 = "8h"
    MINUTE_1 = "1m"
    MINUTE_15 = "15m"
    MINUTE_3 = "3m"
    MINUTE_30 = "30m"
    MINUTE_5 = "5m"
    MONTH_1 = "1M"
    SECOND_1 = "1s"
    WEEK_1 = "1w"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "KlineInterval | None":
        # Binance adds enum values without notice: keep an unknown one instead of failing the parse.
        # Single-value enums are discriminators (filterType) and stay strict, so variants still separate.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        # Enum caches the pseudo-member, so each unknown value is logged only once.
        cls._value2member_map_[value] = member
        _drift.warning("%s received unknown value %r", cls.__name__, value)
        return member
