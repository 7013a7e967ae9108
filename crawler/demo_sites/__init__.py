"""The two demo marketplaces that the demo, tests and benchmarks crawl.

- zh: a Chinese second-hand market, server-rendered HTML in GBK (crawler.demo_sites.zh_site)
- en: an English marketplace rendered by JavaScript from a flaky JSON API (crawler.demo_sites.en_site)

Public API: `DemoSites` (see crawler.demo_sites.runner). Ground truth lives in data/*.jsonl.
"""
from crawler.demo_sites.runner import DemoSites

__all__ = ["DemoSites"]
