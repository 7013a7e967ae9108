"""End-to-end takedown fixtures: the store (SQLite; PostgreSQL too when set), a real embedded Redis,
the demo marketplaces with their takedown desks, the real web app (TestClient) and real
`python -m workers worker` processes (tests/workers/pipeline_helpers.py, loaded by file path)."""
from __future__ import annotations

import pytest
from takedown_helpers import pipeline, web_conftest


@pytest.fixture
def store(store_url):
    from review.db import get_engine

    get_engine(store_url)
    return store_url


@pytest.fixture
def redis_conn(monkeypatch, store):
    from config.settings import get_settings
    from workers.connection import connect, embedded

    server = embedded().start()
    monkeypatch.setenv("WILDWATCH_REDIS_URL", server.url)
    get_settings.cache_clear()
    conn = connect(server.url)
    yield conn
    conn.close()
    server.stop()


@pytest.fixture
def sites():
    from crawler.demo_sites import DemoSites

    with DemoSites(flaky=False) as s:
        yield s


@pytest.fixture
def report_worker(redis_conn, monkeypatch):
    """A real worker process on the report queue; webhooks to 127.0.0.1 allowed (the demo sites)."""
    monkeypatch.setenv("WILDWATCH_ALLOW_PRIVATE_WEBHOOKS", "1")
    procs = []

    def start():
        proc = pipeline.start_worker("report", env={"WILDWATCH_ALLOW_PRIVATE_WEBHOOKS": "1"})
        procs.append(proc)
        return proc

    yield start
    for p in procs:
        pipeline.stop_process(p)


@pytest.fixture
def app_client(store):
    from fastapi.testclient import TestClient

    from web.app import create_app

    clients = []

    def make(username: str, role: str, groups=(), platforms=()):
        from review import accounts
        from review.db import session_scope

        password = f"pw-{username}-e2e-takedown"
        with session_scope() as s:
            accounts.create_user(s, username, role, groups=groups, platforms=platforms, password=password, actor="test")
        client = TestClient(create_app())
        clients.append(client)
        web_conftest.sign_in(client, username, password)
        return client

    yield make
    for c in clients:
        c.close()
