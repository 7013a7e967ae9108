"""Read field values out of HTML (CSS/XPath) or JSON (dotted paths) as the platform file says.

Values are plain strings (or lists of strings); nothing read from a page is ever evaluated.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from lxml import etree
from parsel import Selector
from parsel.csstranslator import css2xpath

from crawler.platform_config import FieldSpec, platform_regex

_PATH_TOKEN = re.compile(r"([^.\[\]]+)|\[(\d+|\*)\]")
Value = str | list[str] | None


def clean_text(text: str) -> str:
    return " ".join(text.split())


# Parsel's namespaces, so XPath written for Scrapy (re:test, set:...) works here too.
_NAMESPACES = {"re": "http://exslt.org/regular-expressions", "set": "http://exslt.org/sets"}
_STRING_VALUE = etree.XPath("string()")


@lru_cache(maxsize=1024)
def _compiled(kind: str, expr: str) -> etree.XPath:
    # Selectors are compiled once per crawl: CSS goes through parsel's translator (which knows
    # ::text and ::attr()), then lxml evaluates it directly, without a Selector per match.
    xpath = css2xpath(expr) if kind == "css" else expr
    return etree.XPath(xpath, namespaces=_NAMESPACES, smart_strings=False)


def _root(node: Any) -> Any:
    return node.root if isinstance(node, Selector) else node


def select_nodes(node: Any, spec: FieldSpec) -> list[Any]:
    """Matches of a css:/xpath: spec under `node` (a parsel Selector or an lxml element)."""
    found = _compiled(spec.kind, spec.expr)(_root(node))
    return found if isinstance(found, list) else [found]


def _node_text(node: Any) -> str:
    # Text nodes and attributes are strings already; for elements take all the text inside.
    if isinstance(node, str):
        return node
    if isinstance(node, (int, float, bool)):
        return str(node)
    return _STRING_VALUE(node)


def _regex(pattern: str):
    return platform_regex(pattern)  # RE2 (linear time): page text is hostile


def _finish(values: list[str], spec: FieldSpec) -> Value:
    if spec.regex:
        found = []
        for v in values:
            m = _regex(spec.regex).search(v)
            if m:
                found.append(m.group(1) if m.groups() else m.group(0))
        values = found
    values = [v for v in (clean_text(v) for v in values) if v]
    if spec.all:
        return values
    if not values:
        return None
    if spec.join is not None:
        return spec.join.join(values)
    return values[0]


def extract_html(sel: Any, spec: FieldSpec) -> Value:
    if spec.kind == "value":
        return spec.value
    return _finish([_node_text(n) for n in select_nodes(sel, spec)], spec)


def _walk(data: Any, tokens: list[tuple[str, str]]) -> list[Any]:
    current = [data]
    for key, index in tokens:
        nxt: list[Any] = []
        for item in current:
            if key:
                if isinstance(item, dict) and key in item:
                    nxt.append(item[key])
            elif index == "*":
                if isinstance(item, list):
                    nxt.extend(item)
            elif isinstance(item, list) and int(index) < len(item):
                nxt.append(item[int(index)])
        current = nxt
    return current


def _scalar_text(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, bool)):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def extract_json(data: Any, spec: FieldSpec) -> Value:
    if spec.kind == "value":
        return spec.value
    found = _walk(data, [(m.group(1) or "", m.group(2) or "") for m in _PATH_TOKEN.finditer(spec.json_path)])
    flat: list[Any] = []
    for item in found:
        flat.extend(item if isinstance(item, list) else [item])
    return _finish([t for t in (_scalar_text(v) for v in flat) if t is not None], spec)


def extract_fields(source: Selector | Any, specs: dict[str, FieldSpec]) -> dict[str, Value]:
    """Every configured field; a field whose selector matches nothing is None."""
    out: dict[str, Value] = {}
    for name, spec in specs.items():
        if spec.kind == "value":
            out[name] = spec.value
        elif spec.kind == "json":
            out[name] = extract_json(source, spec)
        else:
            out[name] = extract_html(source, spec)
    return out
