"""Which SBE messages the client decoded: tests that must tell an SBE answer from a JSON one."""

from __future__ import annotations

from typing import Any

import pytest

from binance_spot_client import _sbe_spot


def record_sbe_messages(monkeypatch: pytest.MonkeyPatch, ending: str = "") -> list[str]:
    """The names of the spot schema's messages decoded from here on, embedded ones included, in order
    (those whose name ends with `ending`)."""
    names: list[str] = []
    decode = _sbe_spot.SCHEMA.decode

    def recording(data: Any, row: Any = None, microseconds: bool = False) -> tuple[str, Any]:
        name, value = decode(data, row, microseconds)
        if name.endswith(ending):
            names.append(name)
        return name, value

    monkeypatch.setattr(_sbe_spot.SCHEMA, "decode", recording)
    return names
