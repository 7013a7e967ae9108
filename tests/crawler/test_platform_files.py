"""Platform files: every problem named by file, line and key, before any request is made."""
from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner
from crawl_helpers import REPO, run_crawl, write_platform
from shop_server import ShopServer

from cli.crawl_cmds import platforms
from crawler.platform_config import PlatformFileError, load_platform

GOOD = """
name: good
base_url: http://127.0.0.1:9
search:
  terms: [ivory]
  urls: ["/search?q={term}"]
results:
  card: "css:li.item"
  detail_link: "css:a::attr(href)"
listing:
  fields:
    title: "css:h1"
"""


def test_shipped_platform_files_are_valid():
    runner = CliRunner()
    files = sorted(str(p) for p in (REPO / "config" / "platforms").glob("*.yaml"))
    assert len(files) >= 3
    result = runner.invoke(platforms, ["check", *files])
    assert result.exit_code == 0, result.output
    assert result.output.count("ok  ") == len(files)


@pytest.mark.parametrize("broken, key, problem", [
    (GOOD.replace('card: "css:li.item"', 'card: "css:li..item["'), "results.card", "invalid CSS selector"),
    (GOOD.replace('title: "css:h1"', 'title: "xpath://h1[("'), "listing.fields.title", "invalid XPath"),
    (GOOD.replace("title:", "titel:"), "listing.fields.titel", "Input should be"),
    (GOOD.replace("base_url: http://127.0.0.1:9", "base_url: ftp://x"), "base_url", "http(s) URL"),
    (GOOD.replace('"/search?q={term}"', '"/search?q={trem}"'), "search.urls", "unknown placeholder"),
    (GOOD + "encoding: gbkk\n", "encoding", "unknown encoding"),
    (GOOD + "timezone: Mars/Olympus\n", "timezone", "unknown time zone"),
    (GOOD + "politness: {}\n", "politness", "Extra inputs are not permitted"),
    (GOOD.replace("listing:\n", "listing:\n  source: json\n"), "listing", "needs json_url"),
])
def test_each_problem_names_file_and_key(tmp_path, broken, key, problem):
    path = write_platform(tmp_path, "good", broken)
    with pytest.raises(PlatformFileError) as info:
        load_platform(path)
    assert any(re.match(rf"{re.escape(str(path))}:\d+: {re.escape(key)}", line) and problem in line
               for line in info.value.problems), info.value.problems


def test_yaml_is_never_loaded_unsafely(tmp_path):
    marker = tmp_path / "pwned"
    path = write_platform(tmp_path, "good", f"!!python/object/apply:os.system ['touch {marker}']\n")
    with pytest.raises(PlatformFileError) as info:
        load_platform(path)
    assert not marker.exists()
    assert str(path) in str(info.value)


def test_check_reports_every_bad_file_and_exits_non_zero(tmp_path):
    good = write_platform(tmp_path, "good", GOOD)
    bad1 = write_platform(tmp_path, "bad1", GOOD.replace("name: good", "name: bad1").replace("css:h1", "css:h1[["))
    bad2 = write_platform(tmp_path, "bad2", "name: bad2\nsearch: [oops\n")
    result = CliRunner().invoke(platforms, ["check", str(good), str(bad1), str(bad2)])
    assert result.exit_code == 1
    assert f"ok  {good}" in result.output
    assert f"{bad1}:12: listing.fields.title: invalid CSS selector" in result.output
    assert re.search(rf"{re.escape(str(bad2))}:\d+: YAML syntax error", result.output)
    assert "2 of 3 platform file(s) invalid" in result.output


def test_crawl_validates_before_any_request(platforms_dir, tmp_path):
    with ShopServer({}) as shop:
        write_platform(platforms_dir, "shop", GOOD.replace("name: good", "name: shop")
                       .replace("http://127.0.0.1:9", shop.url).replace("css:h1", "css:h1!!"))
        proc = run_crawl("shop")
        hits = list(shop.hits)
    assert proc.returncode == 2
    assert "shop.yaml:12: listing.fields.title: invalid CSS selector" in proc.stderr
    assert hits == []


def test_every_problem_carries_the_line_of_its_key(tmp_path):
    text = (GOOD.replace('card: "css:li.item"', 'card: "css:li..item["').replace("title:", "titel:")
            + "politness: {}\n")
    path = write_platform(tmp_path, "good", text)
    with pytest.raises(PlatformFileError) as info:
        load_platform(path)
    assert [p.split(": ")[0] for p in info.value.problems] == [f"{path}:8", f"{path}:12", f"{path}:13"]
    # a missing key points at the mapping it is missing from
    path = write_platform(tmp_path, "good", GOOD.replace('  urls: ["/search?q={term}"]\n', ""))
    with pytest.raises(PlatformFileError) as info:
        load_platform(path)
    assert info.value.problems == [f"{path}:4: search.urls: Field required"]


def test_a_repeated_key_is_an_error(tmp_path):
    path = write_platform(tmp_path, "good", GOOD + "base_url: http://127.0.0.1:10\n")
    with pytest.raises(PlatformFileError) as info:
        load_platform(path)
    assert info.value.problems == [f"{path}:13: duplicate key 'base_url' (first at line 3); remove or rename one"]


def test_unknown_platform_lists_the_known_ones(platforms_dir):
    write_platform(platforms_dir, "good", GOOD)
    proc = run_crawl("nosuch")
    assert proc.returncode == 2
    assert "unknown platform 'nosuch'" in proc.stderr and "known: good" in proc.stderr


def test_list_shows_a_table_of_platforms(platforms_dir):
    write_platform(platforms_dir, "good", GOOD)
    write_platform(platforms_dir, "broken", "name: broken\n")
    result = CliRunner().invoke(platforms, ["list", "--json"])
    assert result.exit_code == 0, result.output
    rows = {row["name"]: row for row in map(json.loads, result.output.splitlines())}
    assert set(rows) == {"good", "broken"}
    good = rows["good"]
    assert good["valid"] and (good["rendering"], good["listing_from"]) == ("static", "detail")
    assert good["base_url"] == "http://127.0.0.1:9"
    assert rows["broken"]["valid"] is False and rows["broken"]["problems"]


def test_field_specs_accept_prefixes_and_mappings(tmp_path):
    text = GOOD.replace('    title: "css:h1"', '    title: "h1.t"\n    images: {xpath: "//img/@src", all: true}\n'
                        '    price: {css: "span.p", re: "([0-9.]+)"}\n    currency: {value: EUR}')
    platform = load_platform(write_platform(tmp_path, "good", text))
    fields = platform.listing.fields
    assert (fields["title"].kind, fields["images"].kind, fields["currency"].value) == ("css", "xpath", "EUR")
    assert (fields["price"].css, fields["price"].regex, fields["images"].all) == ("span.p", "([0-9.]+)", True)


def test_terms_can_come_from_the_lexicon(tmp_path):
    from crawler.runner import resolve_terms

    text = GOOD.replace("  terms: [ivory]", "  terms: [ivory]\n  terms_from: lexicon\n  lexicon_lang: zh\n  max_terms: 30")
    platform = load_platform(write_platform(tmp_path, "good", text))
    terms = resolve_terms(platform, None)
    assert terms[0] == "ivory" and len(terms) == 30
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in t) for t in terms[1:])
    assert resolve_terms(platform, ["a", "b", "a"]) == ["a", "b"]


def test_an_unreachable_site_exits_non_zero_with_the_url(platforms_dir):
    write_platform(platforms_dir, "good", GOOD +
                   "politeness: {retry_times: 0, download_delay: 0}\n")
    proc = run_crawl("good", "-s", "AUTOTHROTTLE_ENABLED=False")
    assert proc.returncode == 1
    assert "error at http://127.0.0.1:9/search?q=ivory" in proc.stderr
