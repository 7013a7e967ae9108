"""Platform regexes run on RE2 (issue 15): a catastrophic pattern such as `(a+)+$` cannot stall
a crawl on a hostile page, and what RE2 cannot run (lookarounds, backreferences) is refused when
the file loads, with file:line."""
from __future__ import annotations

import pytest
from click.testing import CliRunner
from crawl_helpers import write_platform
from parsel import Selector

from cli.crawl_cmds import platforms
from crawler.extract import extract_fields
from crawler.platform_config import PlatformFileError, load_platform

PLATFORM = """
name: shop
base_url: http://127.0.0.1:9
search:
  terms: [ivory]
  urls: ["/search?q={term}"]
results:
  detail_link_pattern: '/item/(a+)+$'
listing:
  listing_id_pattern: '(\\w+)+!$'
  fields:
    title: {css: "h1::text", re: '((a|aa)+)+$'}
"""


@pytest.mark.timeout(60)  # Python's re takes hours here (2^n backtracking); RE2 is linear
def test_catastrophic_patterns_run_in_linear_time(tmp_path):
    platform = load_platform(write_platform(tmp_path, "shop", PLATFORM))
    hostile = "a" * 5000 + "b"
    fields = extract_fields(Selector(text=f"<h1>{hostile}</h1>"), platform.listing.fields)
    assert fields["title"] is None  # no match, found in linear time
    good = extract_fields(Selector(text="<h1>aaaa</h1>"), platform.listing.fields)
    assert good["title"] == "aaaa"

    from crawler.spider import MarketplaceSpider

    spider = MarketplaceSpider(platform=platform)
    assert spider._id_from_url("http://127.0.0.1:9/item/" + "x" * 5000 + "?") is None
    assert spider._id_from_url("http://127.0.0.1:9/item/abc!") == "abc"


def test_patterns_re2_cannot_run_are_refused_with_file_and_line(tmp_path):
    text = PLATFORM.replace("'/item/(a+)+$'", "'/item/(?=\\d)'").replace("'(\\w+)+!$'", "'(a)\\1'")
    path = write_platform(tmp_path, "shop", text)
    with pytest.raises(PlatformFileError) as err:
        load_platform(path)
    problems = err.value.problems
    assert any(p.startswith(f"{path}:8: results.detail_link_pattern: invalid regular expression")
               and "lookarounds" in p for p in problems), problems
    assert any(p.startswith(f"{path}:10: listing.listing_id_pattern:") for p in problems), problems
    result = CliRunner().invoke(platforms, ["check", str(path)])
    assert result.exit_code != 0 and "invalid perl operator" in result.output
    assert "re2.cc" not in result.output  # RE2's own log lines are not printed
