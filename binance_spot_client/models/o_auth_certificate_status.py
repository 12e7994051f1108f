"""Generated from spec/ by `python -m generator`; do not edit."""

from enum import IntEnum


class OAuthCertificateStatus(IntEnum):
    NOT_DONE_OR_REVIEWING = 0
    PASSED = 1
    REJECTED = 2

    def __str__(self) -> str:
        return str(self.value)
