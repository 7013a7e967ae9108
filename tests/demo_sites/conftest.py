"""Demo marketplaces served for real over HTTP; the data is read once per test session."""
from __future__ import annotations

import httpx
import pytest

from crawler.demo_sites import DemoSites


@pytest.fixture(scope="session")
def steady_sites():
    """Both sites with flakiness off, so a test sees exactly the answers it asks for."""
    with DemoSites(flaky=False) as sites:
        yield sites


@pytest.fixture(scope="session")
def http():
    with httpx.Client(timeout=10) as client:
        yield client
