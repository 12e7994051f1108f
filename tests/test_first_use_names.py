"""Names imported on first use (Binance Login's, `__version__`): absent from `sys.modules` until asked
for, then the same objects from every place they are exported, and listed by `dir()` all along."""

from __future__ import annotations

import subprocess
import sys

import pytest

import binance_spot_client
from binance_spot_client import signing
from binance_spot_client.signing import _oauth

LOGIN_NAMES = ("BinanceLogin", "OAuthSession")


def test_importing_the_package_leaves_binance_login_unloaded() -> None:
    code = "import sys, binance_spot_client; print('binance_spot_client.signing._oauth' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "False\n"


def test_the_names_imported_on_first_use_are_binance_logins_whole_module() -> None:
    # signing/__init__.py lists them without importing the module: the list must not fall behind it.
    assert set(_oauth.__all__) == signing._OAUTH_NAMES
    assert set(LOGIN_NAMES) <= set(_oauth.__all__)


def test_login_names_resolve_to_the_same_objects_everywhere_and_are_listed() -> None:
    for name in LOGIN_NAMES:
        assert name in dir(binance_spot_client) and name in dir(signing)
        assert getattr(binance_spot_client, name) is getattr(signing, name) is getattr(_oauth, name)
    assert "__version__" in dir(binance_spot_client)
    star: dict[str, object] = {}
    exec("from binance_spot_client import *", star)
    assert {name: star[name] for name in LOGIN_NAMES} == {name: getattr(_oauth, name) for name in LOGIN_NAMES}


def test_an_unknown_name_is_still_an_attribute_error() -> None:
    for module in (binance_spot_client, signing):
        with pytest.raises(AttributeError) as caught:
            getattr(module, "NoSuchName")  # noqa: B009
        assert str(caught.value) == f"module {module.__name__!r} has no attribute 'NoSuchName'"
