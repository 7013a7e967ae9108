"""Shared test set-up: every test gets its own data directory."""
from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("WILDWATCH_DATA_DIR", str(tmp_path / "var"))
    from config.settings import get_settings

    get_settings.cache_clear()
    yield
    get_settings.cache_clear()
