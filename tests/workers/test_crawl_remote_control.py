"""Scrapy 2.19 starts a RemoteControl HTTP endpoint in every crawl (it runs Python inside the
crawl for whoever holds the token file it leaves in the user's state dir). A real crawl through
crawler.runner, in its own process (Scrapy installs a reactor), must not have it."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from pipeline_helpers import REPO

SCRIPT = """
import json, sys
from crawler.demo_sites import DemoSites
from crawler.platform_config import load_platform
from crawler.runner import run_crawl, scrapy_settings
seen = []
platform = load_platform("config/platforms/demo-zh.yaml")
with DemoSites(zh_port=0, en_port=0) as sites:
    run_crawl(platform, terms=["的"], max_pages=1, base_url=sites.zh_url, on_crawler=seen.append,
              overrides={"LOG_LEVEL": "ERROR"})
print(json.dumps({"extensions": [type(m).__name__ for m in seen[0].extensions.middlewares],
                  "enabled": scrapy_settings(platform)["REMOTE_CONTROL_ENABLED"],
                  "items": seen[0].stats.get_value("item_scraped_count", 0)}))
"""


@pytest.mark.slow
def test_a_crawl_opens_no_remote_control_endpoint(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path / "state"),
           "WILDWATCH_DATA_DIR": str(tmp_path / "var")}
    proc = subprocess.run([sys.executable, "-c", SCRIPT], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=180)
    assert proc.returncode == 0, proc.stderr[-2000:]
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    assert seen["items"] > 0  # it did crawl
    assert "RemoteControl" not in seen["extensions"] and seen["enabled"] is False
    assert not (tmp_path / "state" / "scrapy").exists()  # and left no token file behind
