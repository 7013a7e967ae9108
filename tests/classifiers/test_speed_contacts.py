"""contacts.find_contacts' first look in C (_textfast.contact_start: where a pattern's branch can
start) against the regex alone, over the dev and demo texts and over random texts made of what
the patterns read (their first characters, what follows them, digits, separators)."""
from __future__ import annotations

import random

import pytest

from corpus_texts import corpus_rows
from classifiers import contacts
from classifiers.normalize import nfkc


# pieces of every branch (and near misses) to build texts that reach the lookaheads and lookbehinds
PIECES = ["微信", "威信", "薇信", "v信", "vx", "v", "v:", "v =", "v  ：", "wx", "wechat", "weixin", "加v", "加微", "qq", "扣扣",
          "企鹅", "telegram", "tg", "电报", "飞机", "@", ".@", "_@", "whatsapp", "whats app", "wa.me/", "wa", "twa", "zalo",
          "line", "line id", "online", "1", "13", "139", "+", "+8", "x1", "_", ".", " ", "  ", "\n", ":", "：", "=", "＝",
          "-", "abc", "ab12cd", "xyz123", "5", "0123456789", "12345678901", "13812345678", "a", "l", "t", "w", "z",
          "信", "微", "机", "٣", "١٣", "é", "象牙", "手镯"]


def _texts() -> list[str]:
    out = []
    for row in corpus_rows(training=False):
        out.extend(v for k in ("title", "description", "seller", "price") if isinstance(v := row.get(k), str))
    rng = random.Random(13)
    out.extend("".join(rng.choice(PIECES) for _ in range(rng.randint(1, 12))) for _ in range(30_000))
    return out


def _same(a, b) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and a.span() == b.span()
                                         and a.groups() == b.groups())


def test_compiled_start_is_on():
    pytest.importorskip("classifiers._textfast")
    assert contacts._contact_start is not None, "contacts.py's patterns changed: update _textfast.contact_start"


def test_no_branch_starts_before_the_compiled_start():
    start_of = contacts._contact_start
    if start_of is None:
        pytest.skip("not built")
    texts = _texts()
    assert len(texts) > 30_000
    found = 0
    for text in texts:
        s = nfkc(text).lower()
        start = start_of(s)
        full = contacts._ANY.search(s)
        assert _same(full, contacts._ANY.search(s, start) if start < len(s) else None), text
        assert full is None or full.start() >= start, text
        found += full is not None
    assert found > 1_000


def test_contacts_with_and_without_the_compiled_start(monkeypatch):
    if contacts._contact_start is None:
        pytest.skip("not built")
    texts = _texts()
    fast = [contacts.find_contacts("description", t) for t in texts]
    monkeypatch.setattr(contacts, "_contact_start", None)
    assert [contacts.find_contacts("description", t) for t in texts] == fast
    assert sum(bool(f) for f in fast) > 500
