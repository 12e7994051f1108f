"""Generated from spec/ by `python -m generator`; do not edit."""

from enum import IntEnum


class OAuthCertificateType(IntEnum):
    PERSON = 1
    COMPANY = 2

    def __str__(self) -> str:
        return str(self.value)
