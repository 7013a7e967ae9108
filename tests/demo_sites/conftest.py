"""Demo marketplaces served for real over HTTP, fresh for each test so that no test sees another's
requests (starting them takes milliseconds)."""
from __future__ import annotations

import httpx
import pytest

from crawler.demo_sites import DemoSites


@pytest.fixture
def steady_sites():
    """Both sites with flakiness off, so a test sees exactly the answers it asks for."""
    with DemoSites(flaky=False) as sites:
        yield sites


@pytest.fixture(scope="session")
def http():
    with httpx.Client(timeout=10) as client:
        yield client
