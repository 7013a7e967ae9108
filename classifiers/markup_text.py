"""Markup in a listing field read as a reader would see it (issue 12: machine text read as words).

Crawled fields leak markup, and a hostile seller writes it on purpose: a `<script>` with
`document.cookie` made "cookie" a food word (a benign look-alike) that cleared an ivory netsuke;
`onerror=`, style blocks and URLs bring words (app, python, java, jaguar) the seller never wrote as
prose. `visible(text)` gives the text a buyer reads, with the original [start, end) of each of its
characters, so matches still point into the field as written:

- script, style and template elements, comments, <!DOCTYPE>/<?xml?>, and tags with their attributes
  are machine text: left out. Only a known HTML element name with no attribute or a name=value one
  makes a tag ("<ivory bangle>", "a<b and c>d" stay text).
- the visible text between tags stays, joined as a browser joins it: an inline tag (<b>象牙</b>手镯)
  joins to 象牙手镯, a block tag (<p>, <br>, <li>, <div>) breaks the line, a cell or image is a space.
- an image's alt text is kept as the seller's words: it is prose a person wrote to describe the
  picture (screen readers read it, a failed image shows it), and words hidden there are exactly the
  ones a tag-stripping filter would miss. Every other attribute (src, href, onerror, style) is code.
- HTML entities decode to the characters they stand for: &#x8c61;&#x7259; is 象牙 written to get past
  a filter (a wink, not noise); &amp; is &. Named entities need their ';' ("R&D" stays as written).
- URLs (scheme://..., www.) are addresses, not descriptions: left out, tracking parameters with them.
  Contact handles are still read from the field as written (a wa.me link is a contact).
- e-mail addresses are kept: '@' is a leetspeak letter in this trade (p@ngolin sc@les), and the
  name before it is a handle the seller chose, read as a seller name is.

Bounded: one regex pass in which every attempt stops at the next '<' or '>' or a length cap, and
one forward search per script/style element; an unclosed <script> or comment hides nothing after it
(words a buyer may well see, and a cheap way to hide them otherwise).
"""
from __future__ import annotations

import html
import re
from array import array

from .lazy_regex import lazy_compile

# the cheap precondition: any of these substrings, then one regex search to confirm
_CHEAP = ("<", "&", "://", "www.")
_HINT = lazy_compile(r"<[a-zA-Z!/?]|&(?:#[0-9xX]|[a-zA-Z][a-zA-Z0-9]{1,31};)|[a-zA-Z]://|\bwww\.", re.ASCII)

_DROP_CONTENT = frozenset(("script", "style", "template"))  # contents are code, never shown
_BLOCK = frozenset((
    "address", "article", "aside", "blockquote", "body", "br", "center", "dd", "details", "dialog", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head",
    "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
    "tfoot", "thead", "title", "tr", "ul",
))
_SPACED = frozenset(("td", "th", "img", "input", "button", "select", "option", "textarea", "video", "audio",
                     "iframe", "object", "embed", "svg", "picture", "source", "caption", "label", "meta", "link",
                     "base", "col", "colgroup", "area", "map", "canvas", "noscript", "math"))
_INLINE = frozenset(("a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font",
                     "i", "ins", "kbd", "mark", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strike",
                     "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "nobr"))
_TAGS = _DROP_CONTENT | _BLOCK | _SPACED | _INLINE

_MAX_TAG = 2000  # a tag longer than this is no tag (its '<' stays text)
_TOKEN = lazy_compile(
    r"(?P<comment><!--)"
    r"|(?P<decl><[!?][^<>]{0,%d}>)"
    r"|<(?P<close>/?)(?P<name>[a-zA-Z][a-zA-Z0-9]{0,15})(?P<attrs>(?:[\s/][^<>]{0,%d})?)>"
    r"|(?P<entity>&(?:#[xX][0-9a-fA-F]{1,6};?|#[0-9]{1,7};?|[a-zA-Z][a-zA-Z0-9]{1,31};))"
    r"|(?P<url>(?<![a-zA-Z0-9+.-])(?:[a-zA-Z][a-zA-Z0-9+.-]{1,15}://|www\.)[^\s<>\"'`\u3000-\u303f\u3400-\u9fff\uff00-\uffef]{1,2000})"
    % (_MAX_TAG, _MAX_TAG))
_ALT = lazy_compile(r"""(?:^|[\s/])alt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""", re.I)
_ENTITY = lazy_compile(r"&(?:#[xX][0-9a-fA-F]{1,6};?|#[0-9]{1,7};?|[a-zA-Z][a-zA-Z0-9]{1,31};)")


def has_markup(text: str) -> bool:
    """True when the text may hold markup, an entity or a URL (the nothing-to-do path is cheap)."""
    for s in _CHEAP:
        if s in text:
            return _HINT.search(text) is not None
    return False


def visible(text: str) -> tuple[str, array, array] | None:
    """(the text as read, the original start and end of each of its characters), or None when the
    text holds no markup (then it is read as it is, unchanged: byte for byte the same output)."""
    if not has_markup(text):
        return None
    out = _Out(text)
    lower = None
    closes: dict[str, int] = {}  # where the next "</script", "-->" ... lies (-1: nowhere): one search each
    pos = 0
    n = len(text)
    while pos < n:
        m = _TOKEN.search(text, pos)
        if m is None:
            break
        s, e = m.span()
        out.plain(pos, s)
        kind = m.lastgroup
        if kind == "entity":
            out.entity(m.group("entity"), s, e)
        elif kind == "url":
            out.gap(s, e, " ")
        elif kind == "comment":
            end = _next(text, "-->", e, closes)
            if end < 0:  # unclosed: only the opener is markup
                out.gap(s, e, "")
            else:
                out.gap(s, end + 3, "")
                e = end + 3
        elif kind == "decl":
            out.gap(s, e, "")
        else:
            name = m.group("name").lower()
            attrs = m.group("attrs")
            if name not in _TAGS or ("=" not in attrs and attrs.strip(" \t\n/")):
                out.plain(s, s + 1)  # "<ivory bangle>", "a<b and c>": no HTML, the seller's own brackets
                pos = s + 1
                continue
            closing = bool(m.group("close"))
            if name in _DROP_CONTENT and not closing and not attrs.endswith("/"):
                if lower is None:
                    lower = text.lower()
                end = _next(lower, "</" + name, e, closes)
                gt = text.find(">", end, end + _MAX_TAG) if end >= 0 else -1
                if gt >= 0:  # closed: the whole element is code
                    e = gt + 1
                out.gap(s, e, " ")
            elif name in _BLOCK:
                out.gap(s, e, "\n")
            elif name in _SPACED or name in _DROP_CONTENT:
                out.gap(s, e, " ")
                if name == "img" and not closing:
                    out.alt(m, s, e)
            else:
                out.gap(s, e, "")
        pos = e
    out.plain(pos, n)
    read = "".join(out.chars)
    return (read, out.starts, out.ends) if read != text else None


def _next(text: str, what: str, pos: int, seen: dict[str, int]) -> int:
    """text.find(what, pos), remembered: a run of unclosed openers is not searched to the end each time."""
    got = seen.get(what)
    if got is None or (got != -1 and got < pos):
        got = seen[what] = text.find(what, pos)
    return got


def to_original(start: int, end: int, starts: array, ends: array) -> tuple[int, int]:
    """The original [start, end) of the read text's [start, end)."""
    n = len(starts)
    if n == 0:
        return 0, 0
    s = starts[min(start, n - 1)] if start < n else ends[n - 1]
    e = ends[end - 1] if 0 < end <= n else s
    return s, max(s, e)


class _Out:
    """The read text being built, character by character with its original offsets."""
    __slots__ = ("text", "chars", "starts", "ends")

    def __init__(self, text: str):
        self.text = text
        self.chars: list[str] = []
        self.starts = array("i")
        self.ends = array("i")

    def _add(self, ch: str, s: int, e: int) -> None:
        self.chars.append(ch)
        self.starts.append(s)
        self.ends.append(e)

    def plain(self, i: int, j: int) -> None:
        text = self.text
        if i < j and self.chars and self.chars[-1][-1] in " \n":
            while i < j and text[i] in " \t":  # markup's own spacing: one separator is enough
                i += 1
        if i < j:
            self.chars.append(text[i:j])
            self.starts.extend(range(i, j))
            self.ends.extend(range(i + 1, j + 1))

    def gap(self, s: int, e: int, sep: str) -> None:
        """Markup over [s, e): it reads as `sep` (nothing, a space or a line break)."""
        if not sep:
            return
        last = self.chars[-1][-1] if self.chars else "\n"
        if last == "\n" or (last == " " and sep == " "):
            return
        if last == " ":  # a line break after a space: the break wins
            self.chars[-1] = self.chars[-1][:-1] + "\n"
            self.ends[-1] = e
            return
        self._add(sep, s, e)

    def entity(self, ent: str, s: int, e: int) -> None:
        got = html.unescape(ent)
        if got == ent or not got or "\x00" in got:
            self.plain(s, e)  # not an entity after all: as written
            return
        for ch in got:
            self._add(ch, s, e)

    def alt(self, m: re.Match, s: int, e: int) -> None:
        """An image's alt text, read as the seller's words (entities decoded), between spaces."""
        a = _ALT.search(m.group("attrs"))
        if a is None:
            return
        g = 1 if a.group(1) is not None else 2 if a.group(2) is not None else 3
        value = a.group(g)
        if not value.strip():
            return
        base = m.start("attrs") + a.start(g)
        pos = 0
        for em in _ENTITY.finditer(value):
            self.plain(base + pos, base + em.start())
            self.entity(em.group(), base + em.start(), base + em.end())
            pos = em.end()
        self.plain(base + pos, base + len(value))
        self._add(" ", e - 1, e)
