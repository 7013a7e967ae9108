"""Shared test set-up: every test gets its own data directory; `store_url` is a fresh store
(SQLite always; PostgreSQL too when WILDWATCH_TEST_DATABASE_URL is set: each test gets a fresh
schema there, dropped afterwards)."""
from __future__ import annotations

import os
import uuid

import pytest

PG_URL = os.environ.get("WILDWATCH_TEST_DATABASE_URL")


@pytest.fixture(scope="session", autouse=True)
def _shared_lexicon_cache(tmp_path_factory):
    """One compiled-lexicon cache for the whole run (entries are keyed by content and written
    atomically): without it every test's fresh data dir rebuilds the lexicon (~3 s CPU each).
    Subprocesses inherit it through the environment."""
    if os.environ.get("WILDWATCH_CACHE_DIR"):
        yield
        return
    os.environ["WILDWATCH_CACHE_DIR"] = str(tmp_path_factory.mktemp("lexicon-cache"))
    yield
    os.environ.pop("WILDWATCH_CACHE_DIR", None)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("WILDWATCH_DATA_DIR", str(tmp_path / "var"))
    from config.settings import get_settings

    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def _pg_schema_url(base: str, schema: str) -> str:
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, monkeypatch):
    """Point WILDWATCH_DATABASE_URL at a fresh, empty store for this test."""
    from config.settings import get_settings
    from review.db import reset_engines

    reset_engines()
    if request.param == "sqlite":
        monkeypatch.delenv("WILDWATCH_DATABASE_URL", raising=False)
        get_settings.cache_clear()
        yield f"sqlite:///{get_settings().path('wildwatch.db')}"
        reset_engines()
        return
    if not PG_URL:
        pytest.skip("WILDWATCH_TEST_DATABASE_URL not set")
    from sqlalchemy import create_engine, text

    schema = f"ww_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_URL)
    with admin.begin() as c:
        c.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = _pg_schema_url(PG_URL, schema)
    monkeypatch.setenv("WILDWATCH_DATABASE_URL", url)
    get_settings.cache_clear()
    try:
        yield url
    finally:
        reset_engines()
        with admin.begin() as c:
            c.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
