"""config.paths reads the data dir and keyword dir without pydantic; it must agree with
config.settings for every way the variables can be set."""
from __future__ import annotations

import pytest

from config import paths
from config.settings import get_settings


@pytest.mark.parametrize("env", [
    {},
    {"WILDWATCH_DATA_DIR": "/srv/ww", "WILDWATCH_KEYWORDS_DIR": "kw"},
    {"wildwatch_data_dir": "lower/case"},
    {"WILDWATCH_DATA_DIR": ""},
    {"WILDWATCH_DATA_DIR": "/srv/ww", "WILDWATCH_CACHE_DIR": "/srv/shared-cache"},
])
def test_paths_agree_with_settings(monkeypatch, env):
    for key in ("WILDWATCH_DATA_DIR", "WILDWATCH_KEYWORDS_DIR", "wildwatch_data_dir", "WILDWATCH_CACHE_DIR"):
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    settings = get_settings()
    assert paths.data_dir() == settings.data_dir
    assert paths.keywords_dir() == settings.keywords_dir
    assert paths.cache_dir() == settings.cache_path
