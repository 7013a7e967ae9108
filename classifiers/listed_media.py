"""Stamps, postcards and records sold as items of a list of goods are goods, not talk (q54; train_zh4 0278,
train_zh13 0218).

A media look-alike (郵票, 明信片, 黑膠唱片, book, DVD, stamp album: benign_context cue media) says a listing
talks about the trade (a report, a documentary, a book on ivory) rather than offering it. In an estate
clearance written one item a line ("① 紫砂壺三把 NT$3,000 / ② 老郵票冊 NT$1,500 / ③ 玳瑁眼鏡框一副（真殼）
NT$9,000", "- 一個犀角碗仔 … 冇任何文件 / - 郵票簿兩本") the stamp album is one more thing sold, on a line of
its own, and the product on another line is offered like the rest: the media words are marked remote
(they speak of their own items), so the product is read as it is.

Only where the field is a list (three or more lines opened by a list mark: -, •, *, ①…, 1. 1) 1、), a media
look-alike stands on a list line that names no product, and a product term stands on a list line that
holds no media look-alike (a book about ivory listed among books keeps its media word: the product is on
the book's own line). Runs as a scope mark (scope_marks.MARKS) on listings with a media look-alike.
"""
from __future__ import annotations

from .hook_gates import needs
from .lazy_regex import lazy_compile
from .lexicon import PRODUCT_KINDS

_LIST_MARK = lazy_compile(r"^\s*(?:[-•*·▪●◦–—]|[①-⑳]|\(?\d{1,2}[.)、:：]|[一二三四五六七八九十][、.])\s*")
MIN_ITEMS = 3


@needs(hits=(("benign_context", "media"),))
def mark(matches: list, texts: dict, lookalikes: list) -> None:
    """Marks the media look-alikes remote in a list of goods where one is an item of its own (module doc)."""
    media = [m for m in lookalikes if m.cue == "media" and not m.negated and not m.remote]
    if not media:
        return
    products = [m for m in matches if m.kind in PRODUCT_KINDS and not m.negated and m.suppressed_by is None]
    if not products:
        return
    lines: dict = {}
    for f in ("title", "description"):
        text = texts.get(f) or ""
        if text.count("\n") < MIN_ITEMS - 1:
            continue
        spans, lo = [], 0
        for line in text.split("\n"):
            if _LIST_MARK.match(line):
                spans.append((lo, lo + len(line)))
            lo += len(line) + 1
        if len(spans) >= MIN_ITEMS:
            lines[f] = spans
    if not lines:
        return

    def line_of(m):
        for i, (s, e) in enumerate(lines.get(m.field, ())):
            if s <= m.start < e:
                return (m.field, i)
        return None

    # a media word another mark already set aside still shows which line is a media item
    media_lines = {line_of(m) for m in lookalikes if m.cue == "media" and not m.negated} - {None}
    product_lines = {line_of(m) for m in products} - {None}
    if media_lines - product_lines and product_lines - media_lines:
        for m in media:
            m.remote = True
