"""Crawler test fixtures: the demo marketplaces, a platforms directory per test."""
from __future__ import annotations

import pytest


@pytest.fixture
def demo_sites():
    """Fresh demo marketplaces for each test (starting them takes milliseconds): the request logs
    (`zh_hits`, `en_hits`) and the flaky pattern hold this test's requests only."""
    from crawler.demo_sites import DemoSites

    with DemoSites(zh_port=0, en_port=0) as sites:
        yield sites


@pytest.fixture
def platforms_dir(tmp_path, monkeypatch):
    """An empty platforms directory for this test's own platform files."""
    directory = tmp_path / "platforms"
    directory.mkdir()
    monkeypatch.setenv("WILDWATCH_PLATFORMS_DIR", str(directory))
    from config.settings import get_settings

    get_settings.cache_clear()
    return directory
