"""Generated from spec/ by `python -m generator`; do not edit."""

import logging
from enum import StrEnum
from typing import Any

_drift = logging.getLogger("binance_spot_client.drift")


class PredictionTransferDirection(StrEnum):
    INBOUND = "INBOUND"
    OUTBOUND = "OUTBOUND"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "PredictionTransferDirection | None":
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
