"""Listing URLs without tracking parameters, so one listing is one URL (and one fetch).

Marketplaces link the same listing as `/item/123?spm=a2.1.3&from=search` and
`/item/123?from=hot&share_token=z`; Scrapy's duplicate filter sees two pages. The parameters named
by the platform's `drop_query_params` (default DEFAULT_DROP_PARAMS; a trailing `*` matches a
prefix) are removed, the fragment too; the rest keeps its order. A listing page's own
`<link rel="canonical">` on the same host names it best.
"""
from __future__ import annotations

from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

DEFAULT_DROP_PARAMS = (
    "spm", "scm", "from", "utm_*", "share_*", "shareid", "sharer*", "fbclid", "gclid", "dclid", "msclkid",
    "yclid", "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "ref", "ref_", "ref_src", "trackid", "track_id",
    "tracking_id", "ali_trackid", "pvid", "abbucket", "sourcetype", "source_type", "xptdk", "clickid",
    "srsltid", "_branch_match_id", "wt.mc_id", "sc_channel", "campaign_id",
)
_CANONICAL = ("//link[contains(concat(' ', normalize-space(translate(@rel, 'CANONICAL', 'canonical')), ' '),"
              " ' canonical ')]/@href")


@lru_cache(maxsize=64)
def _matcher(patterns: tuple[str, ...]):
    exact = {p.lower() for p in patterns if not p.endswith("*")}
    prefixes = tuple(p[:-1].lower() for p in patterns if p.endswith("*"))

    def dropped(name: str) -> bool:
        low = name.lower()
        return low in exact or (bool(prefixes) and low.startswith(prefixes))
    return dropped


def canonical_url(url: str, drop: list[str] | tuple[str, ...] | None = None) -> str:
    """`url` without the tracking parameters `drop` names (None: DEFAULT_DROP_PARAMS) and without
    its fragment. A URL that cannot be parsed is returned as it is."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if not parts.query and not parts.fragment:
        return url
    dropped = _matcher(tuple(DEFAULT_DROP_PARAMS if drop is None else drop))
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        kept = [(k, v) for k, v in pairs if not dropped(k)]
        if len(kept) != len(pairs):
            query = urlencode(kept)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


def page_canonical(selector, page_url: str, drop: list[str] | tuple[str, ...] | None = None) -> str:
    """The listing's URL: the page's `<link rel="canonical">` when it is an http(s) URL on the
    page's own host (a hostile page must not claim another site's address), else the page's URL;
    tracking parameters dropped either way."""
    try:
        href = selector.xpath(_CANONICAL).get()
    except ValueError:
        href = None
    if href and href.strip():
        try:
            target = urljoin(page_url, href.strip())
            same_host = urlsplit(target).hostname == urlsplit(page_url).hostname
        except ValueError:
            same_host = False
        if same_host and target.split(":", 1)[0].lower() in ("http", "https"):
            return canonical_url(target, drop)
    return canonical_url(page_url, drop)
