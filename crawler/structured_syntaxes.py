"""Read each metadata syntax of a page into plain schema.org-like dicts.

Every reader returns a list of "nodes": dicts whose keys are local property
names ("price", not "http://schema.org/price") and whose "@type" is a list
of local type names.  Each reader is fault-isolated: one broken script or
syntax must not hide the others.

Only what the parsing libraries raise on malformed input is caught here
(the tuples below; the piece is skipped and logged at DEBUG).  Anything
else is a bug, ours or a library's: it reaches crawler.structured, which
logs it at WARNING with the page's URL and counts it in the crawl stats.
"""
from __future__ import annotations

import json
import logging
import re

import jstyleson
import lxml.etree
import lxml.html
from extruct.opengraph import OpenGraphExtractor
from extruct.rdfa import RDFaExtractor
from extruct.w3cmicrodata import MicrodataExtractor
from extruct.xmldom import XmlDomHTMLParser

log = logging.getLogger(__name__)

# Bounds that keep a hostile or huge page cheap.
MAX_HTML_BYTES = 8_000_000
MAX_JSONLD_SCRIPT_CHARS = 2_000_000
MAX_RDFA_HTML_BYTES = 1_500_000
MAX_NODES = 5_000

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_JSONLD_XPATH = lxml.etree.XPath(
    "//script[contains(translate(@type, 'LDJSON', 'ldjson'), 'ld+json')]"
)
# For script tags the HTML parser could not see (e.g. swallowed by an
# unclosed comment or attribute): a plain regex over the raw markup.
_JSONLD_RAW = re.compile(
    r"<script[^>]*ld\+json[^>]*>(.*?)</script\s*>", re.I | re.S
)
_LEADING_JUNK = re.compile(r"^\s*(?://[^\n]*\n|<!--|/\*.*?\*/|<!\[CDATA\[)+", re.S)
_TRAILING_JUNK = re.compile(r"(?:-->|\]\]>|;|\s)+$")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")

# Malformed input, by library.  A page may declare any charset: "base64" or
# "zlib" are codecs but no text encodings (LookupError), "idna" refuses the
# "replace" error handler (UnicodeError).
DECODE_ERRORS = (LookupError, UnicodeError)
# lxml and the extruct readers built on it (microdata, RDFa, OpenGraph):
# ParserError ("Document is empty"), XMLSyntaxError and XPath errors are
# LxmlErrors; ValueError for text lxml refuses and for links urljoin rejects
# (href="http://[::1", seen when fuzzing real pages; pyRdfa catches the rest).
LXML_ERRORS = (lxml.etree.LxmlError, ValueError)
# json and jstyleson: JSONDecodeError is a ValueError; nesting deeper than
# Python's stack is a RecursionError.
JSON_ERRORS = (ValueError, RecursionError)


def to_unicode(html) -> str:
    """Decode bytes (BOM / meta charset aware) and drop XML-illegal chars."""
    if isinstance(html, (bytes, bytearray, memoryview)):
        raw = bytes(html[:MAX_HTML_BYTES])
        try:
            from w3lib.encoding import html_to_unicode

            _, text = html_to_unicode(None, raw)
        except DECODE_ERRORS as exc:  # the page declares a charset that cannot decode text
            log.debug("declared charset unusable (%s); decoding as UTF-8", exc)
            text = raw.decode("utf-8", "replace")
    elif isinstance(html, str):
        text = html[:MAX_HTML_BYTES]
    else:
        return ""
    return _CONTROL_CHARS.sub(" ", text)


def parse_tree(text: str):
    """Parse once with extruct's DOM-compatible parser (RDFa needs it)."""
    if not text.strip():
        return None
    try:
        parser = XmlDomHTMLParser(encoding="utf-8")
        tree = lxml.html.fromstring(text.encode("utf-8", "replace"), parser=parser)
    except LXML_ERRORS as exc:  # e.g. "Document is empty" for comments only
        log.debug("page not parsed as HTML: %s", exc)
        return None
    return tree


# -- JSON-LD ---------------------------------------------------------------

def _loads_lenient(script: str):
    script = script.strip()
    if not script or len(script) > MAX_JSONLD_SCRIPT_CHARS:
        return None
    attempts = [script]
    cleaned = _TRAILING_JUNK.sub("", _LEADING_JUNK.sub("", script))
    attempts.append(cleaned)
    attempts.append(_TRAILING_COMMA.sub(r"\1", cleaned))
    for attempt in attempts:
        try:
            return json.loads(attempt, strict=False)
        except JSON_ERRORS:
            continue  # try the next repair
    try:
        return jstyleson.loads(cleaned, strict=False)  # JS comments inside the object
    except JSON_ERRORS:
        pass
    # Several objects pasted into one script, or junk after the object.
    try:
        obj, _ = json.JSONDecoder(strict=False).raw_decode(cleaned)
        return obj
    except JSON_ERRORS as exc:
        log.debug("JSON-LD script skipped, not JSON even after repairs: %s", exc)
        return None


def _jsonld_types(value) -> list[str]:
    values = value if isinstance(value, list) else [value]
    return [local_name(v) for v in values if isinstance(v, str) and v.strip()]


# Shops write property names in any case ("pricecurrency", "LowPrice");
# map the ones the extractor reads back to schema.org spelling.
_CANONICAL_KEYS = {
    name.lower(): name
    for name in (
        "name", "description", "offers", "price", "priceCurrency", "lowPrice",
        "highPrice", "priceSpecification", "priceType", "availability", "sku",
        "productID", "gtin", "gtin8", "gtin12", "gtin13", "gtin14", "mpn", "brand",
        "manufacturer", "seller", "image", "url", "itemOffered", "datePosted",
        "datePublished", "dateCreated", "validFrom", "hasVariant", "isRelatedTo",
        "isSimilarTo", "itemListElement", "mainEntity", "offerCount", "minPrice",
        "contentUrl", "offerDetails",
    )
}


def local_name(term: str) -> str:
    """'http://schema.org/Offer' or 'schema:Offer' -> 'Offer'."""
    term = term.strip()
    for sep in ("#", "/", ":"):
        if sep in term:
            term = term.rsplit(sep, 1)[-1]
    return _CANONICAL_KEYS.get(term.lower(), term)


def _normalize_jsonld(value, depth=0):
    if depth > 40:
        return None
    if isinstance(value, list):
        return [_normalize_jsonld(v, depth + 1) for v in value]
    if not isinstance(value, dict):
        return value
    out = {}
    for key, item in value.items():
        if not isinstance(key, str):
            continue
        if key == "@type":
            out["@type"] = _jsonld_types(item)
        elif key.startswith("@"):
            out[key] = _normalize_jsonld(item, depth + 1)
        else:
            out[local_name(key)] = _normalize_jsonld(item, depth + 1)
    return out


def read_jsonld(tree, raw_text: str) -> list[dict]:
    scripts = []
    try:
        scripts = [node.xpath("string()") for node in _JSONLD_XPATH(tree)]
    except LXML_ERRORS as exc:
        log.debug("JSON-LD scripts not found in the tree: %s", exc)
    if not scripts and "ld+json" in raw_text:
        scripts = [m.group(1) for m in _JSONLD_RAW.finditer(raw_text)]
    nodes = []
    for script in scripts:
        data = _loads_lenient(script)
        if data is None:
            continue
        try:
            data = _normalize_jsonld(data)
        except RecursionError:  # depth-capped, but a key may still nest deeply
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict):
                nodes.append(item)
    return nodes


# -- microdata -------------------------------------------------------------

def _microdata_to_node(item, depth=0):
    if depth > 40:
        return None
    if isinstance(item, list):
        return [_microdata_to_node(v, depth + 1) for v in item]
    if not isinstance(item, dict) or "properties" not in item:
        return item
    node = {"@type": _jsonld_types(item.get("type", []))}
    if item.get("id"):
        node["@id"] = item["id"]
    props = item.get("properties") or {}
    for key, value in props.items():
        if isinstance(key, str):
            node[local_name(key)] = _microdata_to_node(value, depth + 1)
    return node


def read_microdata(tree, url: str) -> list[dict]:
    try:
        items = MicrodataExtractor().extract_items(tree, base_url=url)
    except LXML_ERRORS as exc:
        log.debug("microdata skipped: %s", exc)
        return []
    return [n for n in (_microdata_to_node(i) for i in items) if isinstance(n, dict)]


# -- RDFa ------------------------------------------------------------------

def _rdfa_value(value, by_id, depth):
    if isinstance(value, dict):
        if "@value" in value:
            return value["@value"]
        ref = value.get("@id")
        if ref in by_id and depth < 8:
            return _rdfa_node(by_id[ref], by_id, depth + 1)
        return ref
    return value


def _rdfa_node(raw: dict, by_id: dict, depth=0) -> dict:
    node = {"@type": _jsonld_types(raw.get("@type", []))}
    if raw.get("@id"):
        node["@id"] = raw["@id"]
    for key, values in raw.items():
        if key.startswith("@") or not isinstance(key, str):
            continue
        values = values if isinstance(values, list) else [values]
        converted = [_rdfa_value(v, by_id, depth) for v in values]
        node[local_name(key)] = converted[0] if len(converted) == 1 else converted
    return node


def read_rdfa(tree, url: str, raw_text: str) -> list[dict]:
    # pyRdfa is slow; run it only where RDFa typed resources can exist.
    if "typeof" not in raw_text or len(raw_text) > MAX_RDFA_HTML_BYTES:
        return []
    try:
        raw = RDFaExtractor().extract_items(tree, base_url=url)
    except LXML_ERRORS as exc:
        log.debug("rdfa skipped: %s", exc)
        return []
    raw = [r for r in raw if isinstance(r, dict)][:MAX_NODES]
    by_id = {r["@id"]: r for r in raw if isinstance(r.get("@id"), str)}
    return [_rdfa_node(r, by_id) for r in raw if r.get("@type")]


# -- OpenGraph -------------------------------------------------------------

def read_opengraph(tree) -> dict[str, list[str]]:
    """All og:/product: meta properties, head and body, in page order."""
    props: dict[str, list[str]] = {}
    try:
        for item in OpenGraphExtractor().extract_items(tree):
            for key, value in item.get("properties", []):
                props.setdefault(key.lower(), []).append(value)
        # Shops often put product:price:* meta tags in <body>, which the
        # OpenGraph extractor (head only) does not read.
        for meta in tree.xpath(
            "//body//meta[@property and @content]"
            "[starts-with(@property, 'og:') or starts-with(@property, 'product:')]"
        ):
            key = meta.get("property", "").strip().lower()
            props.setdefault(key, []).append(meta.get("content", ""))
    except LXML_ERRORS as exc:
        log.debug("opengraph skipped: %s", exc)
    return props
