"""The kit's public names: one sorted list, each resolving on first use without importing the optional parts early."""

from __future__ import annotations

import subprocess
import sys

import binance_spot_client.testing as kit


def test_all_is_sorted_and_every_name_resolves() -> None:
    assert kit.__all__ == sorted(kit.__all__, key=lambda name: (not name.isupper(), name))
    for name in kit.__all__:
        assert getattr(kit, name) is not None


def test_importing_the_kit_leaves_jsonschema_unloaded() -> None:
    # The pytest plugin imports this package in every session; validation's dependency loads only when used.
    code = "import sys, binance_spot_client.testing; print('jsonschema' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "False\n"
