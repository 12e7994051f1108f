"""Generated from spec/ by `python -m generator`; do not edit."""

import logging
from enum import StrEnum
from typing import Any

_drift = logging.getLogger("binance_spot_client.drift")


class WalletUniversalTransferType(StrEnum):
    CMFUTURE_FUNDING = "CMFUTURE_FUNDING"
    CMFUTURE_MAIN = "CMFUTURE_MAIN"
    CMFUTURE_MARGIN = "CMFUTURE_MARGIN"
    FUNDING_CMFUTURE = "FUNDING_CMFUTURE"
    FUNDING_MAIN = "FUNDING_MAIN"
    FUNDING_MARGIN = "FUNDING_MARGIN"
    FUNDING_OPTION = "FUNDING_OPTION"
    FUNDING_UMFUTURE = "FUNDING_UMFUTURE"
    ISOLATEDMARGIN_ISOLATEDMARGIN = "ISOLATEDMARGIN_ISOLATEDMARGIN"
    ISOLATEDMARGIN_MARGIN = "ISOLATEDMARGIN_MARGIN"
    MAIN_CMFUTURE = "MAIN_CMFUTURE"
    MAIN_FUNDING = "MAIN_FUNDING"
    MAIN_MARGIN = "MAIN_MARGIN"
    MAIN_OPTION = "MAIN_OPTION"
    MAIN_PORTFOLIO_MARGIN = "MAIN_PORTFOLIO_MARGIN"
    MAIN_UMFUTURE = "MAIN_UMFUTURE"
    MARGIN_CMFUTURE = "MARGIN_CMFUTURE"
    MARGIN_FUNDING = "MARGIN_FUNDING"
    MARGIN_ISOLATEDMARGIN = "MARGIN_ISOLATEDMARGIN"
    MARGIN_MAIN = "MARGIN_MAIN"
    MARGIN_OPTION = "MARGIN_OPTION"
    MARGIN_UMFUTURE = "MARGIN_UMFUTURE"
    OPTION_FUNDING = "OPTION_FUNDING"
    OPTION_MAIN = "OPTION_MAIN"
    OPTION_MARGIN = "OPTION_MARGIN"
    OPTION_UMFUTURE = "OPTION_UMFUTURE"
    PORTFOLIO_MARGIN_MAIN = "PORTFOLIO_MARGIN_MAIN"
    UMFUTURE_FUNDING = "UMFUTURE_FUNDING"
    UMFUTURE_MAIN = "UMFUTURE_MAIN"
    UMFUTURE_MARGIN = "UMFUTURE_MARGIN"
    UMFUTURE_OPTION = "UMFUTURE_OPTION"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "WalletUniversalTransferType | None":
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
