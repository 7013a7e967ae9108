"""Contact-handle extraction: fixed cases, and equality with the plain multi-pass algorithm (the
patterns written one regex after another, as the module comments give them)."""
from __future__ import annotations

import random
import re
import unicodedata

import pytest

from corpus_texts import listing_texts

from classifiers.assessment import Contact
from classifiers.contacts import _MAX_SCAN, find_contacts
from classifiers.normalize import _COMPAT_PUNCT as _COMMON_COMPAT


# --- the plain implementation (one regex after another), the reference ---
_REF_SEP = r"[\s:：=＝号號是]{0,4}"
_REF_STRICT = r"\s{0,2}[:：=＝]\s{0,2}"
_REF_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("wechat", re.compile(r"(?:(?:微信|威信|薇信|v信|vx|wx|wechat|weixin|加v|加微)" + _REF_SEP + r"|\bv" + _REF_STRICT
                          + r")([a-z][-_a-z0-9]{5,19})")),
    ("qq", re.compile(r"(?:qq|扣扣|企鹅)" + _REF_SEP + r"(\d{5,11})")),
    ("telegram", re.compile(r"(?:telegram|tg|电报|飞机)" + _REF_SEP + r"@?([a-z][_a-z0-9]{4,31})")),
    ("telegram", re.compile(r"(?<![\w.])@([a-z][_a-z0-9]{4,31})\b")),
    ("whatsapp", re.compile(r"(?:whatsapp|whats app|wa\.me/|\bwa)" + _REF_SEP + r"(\+?\d[\d\s-]{6,16}\d)")),
    ("zalo", re.compile(r"zalo" + _REF_SEP + r"(\+?\d[\dx\s.]{7,14}\d)")),
    ("line", re.compile(r"\bline(?:\s{0,2}id" + _REF_SEP + "|" + _REF_STRICT + r"|\s{0,2}(?=@))@?([a-z0-9][._a-z0-9-]{3,19})")),
    ("phone", re.compile(r"(?<!\d)(1[3-9]\d[\s-]?\d{4}[\s-]?\d{4})(?!\d)")),  # mainland mobile
    ("phone", re.compile(r"(\+\d{1,3}[\s-]?\d[\d\s-]{6,14}\d)")),  # international
]
_REF_ANY_PREFIX = re.compile(r"微信|威信|薇信|v信|vx|wx|wechat|weixin|加v|加微|\bv|qq|扣扣|企鹅|telegram|tg|电报|飞机|@"
                             r"|whatsapp|whats app|wa|zalo|line|1[3-9]\d|\+\d")
_REF_MAX_SCAN = 20_000


def _reference_find_contacts(field: str, text: str) -> list[Contact]:
    s = unicodedata.normalize("NFKC", text[:_REF_MAX_SCAN]).lower()
    found: list[Contact] = []
    if not _REF_ANY_PREFIX.search(s):
        return found
    seen: set[tuple[str, str]] = set()
    for kind, pattern in _REF_PATTERNS:
        for m in pattern.finditer(s):
            value = re.sub(r"\s+", " ", m.group(1)).strip()
            if kind == "wechat" and value.isdigit():
                continue
            if (kind, value) in seen or any(value in v for _, v in seen):
                continue
            seen.add((kind, value))
            found.append(Contact(kind=kind, value=value, field=field))
    return found
# --- end of the reference ---


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(c.kind, c.value) for c in find_contacts("description", text)]


FIXED_CASES = [
    ("加微信：abc_123 详聊", [("wechat", "abc_123")]),
    ("ＶＸ：Tiger_888", [("wechat", "tiger_888")]),  # NFKC + lower
    ("vx-abcdef", []),  # no separator vx knows, and a bare v needs a colon
    ("vintage ivory, visible grain", []),  # a bare v is a letter in English words
    ("v: ivory888", [("wechat", "ivory888")]),
    ("line with silk, linen-covered", []),
    ("line @tiger_b", [("telegram", "tiger_b")]),  # the @handle pattern comes first
    ("Ottawa 6135550123", []),
    ("wa 0912345678", [("whatsapp", "0912345678")]),
    ("微信 12345678", []),  # a WeChat id starts with a letter
    ("QQ号：12345678", [("qq", "12345678")]),
    ("扣扣 987654321", [("qq", "987654321")]),
    ("Telegram @scales_trade", [("telegram", "scales_trade")]),
    ("contact @ivory_dealer now", [("telegram", "ivory_dealer")]),
    ("mail me at a@b_c_d_e.com", []),
    ("tgtgabcde", [("telegram", "tgabcde")]),  # overlapping matches of one pattern: the first wins
    ("WhatsApp +84 912 345 678", [("whatsapp", "+84 912 345 678")]),  # the phone reading is a duplicate
    ("whatsapp +84  912\t345 678", [("whatsapp", "+84 912 345 678")]),  # whitespace collapsed
    ("zalo: 09x xxx 7720", [("zalo", "09x xxx 7720")]),
    ("LINE ID: tiger.bone-99", [("line", "tiger.bone-99")]),
    ("电话 138 1234 5678", [("phone", "138 1234 5678")]),
    ("call +44 20 7946 0958", [("phone", "+44 20 7946 0958")]),
    ("tg @dealer1 and @dealer1", [("telegram", "dealer1")]),  # same kind and value once
    ("wx abcdefgh, tg @bcdefg", [("wechat", "abcdefgh")]),  # a value inside an earlier one is dropped
    ("wx bcdefg tg abcdefg", [("wechat", "bcdefg"), ("telegram", "abcdefg")]),  # ...but not the reverse
    ("qq 12345678 wx abcdef1", [("wechat", "abcdef1"), ("qq", "12345678")]),  # pattern order, then position
    ("plain text", []),
    ("", []),
]


@pytest.mark.parametrize("text, expected", FIXED_CASES)
def test_fixed_cases(text, expected):
    assert _pairs(text) == expected
    assert _pairs(text) == [(c.kind, c.value) for c in _reference_find_contacts("description", text)]


def test_field_is_recorded():
    assert find_contacts("title", "qq 12345678") == [Contact(kind="qq", value="12345678", field="title")]


def test_scan_is_capped():
    assert _MAX_SCAN == _REF_MAX_SCAN
    assert _pairs("x" * (_MAX_SCAN - 10) + " qq 123456789") == [("qq", "123456")]
    assert _pairs("x" * (_MAX_SCAN - 7) + " qq 12345678") == []


def test_compat_swaps_keep_nfkc():
    # swapping these before NFKC is only safe if both sides decompose alike
    for wide, narrow in _COMMON_COMPAT:
        assert unicodedata.normalize("NFKD", wide) == unicodedata.normalize("NFKD", narrow)
        assert unicodedata.normalize("NFKC", wide) == narrow


def test_same_as_reference_on_data_files():
    # the listing data, plus the hand-written cases so matching is exercised without ../shared too
    texts = listing_texts() + [text for text, _ in FIXED_CASES]
    assert len(texts) > 500
    hits = 0
    for t in texts:
        want = _reference_find_contacts("title", t)
        assert find_contacts("title", t) == want, t
        hits += bool(want)
    assert hits > 10  # the data does exercise the matching, not just the early exit


_PIECES = [
    "微信", "威信", "薇信", "v信", "vx", "VX", "wx", "wechat", "weixin", "加v", "加微", "v", "V", "qq", "QQ", "扣扣",
    "企鹅", "telegram", "tg", "电报", "飞机", "@", "whatsapp", "whats app", "wa.me/", "wa", "zalo", "line", "LINE",
    "id", "+84 ", "+86", "+", "138", "1", "0", "9", "12345", "6789", "x", "xx", ".", "-", "_", " ", "  ", "\t", "\n",
    ":", "：", "=", "号", "是", "a", "b", "z", "abc", "ivory", "vintage", "象牙", "出售", "联系", "Ｑ", "１", "ｖｘ",
]
# digit-heavy pieces for the phone, WhatsApp and Zalo patterns
_NUMBER_PIECES = [
    "13812345678", "139 1234 5678", "138-1234-5678", "1", "13", "5678", "1234", "0", "+84 ", "+86 ", "+",
    "0912 345 678", "09x xxx ", "x", " ", "-", ".", "wa ", "whatsapp:", "zalo ", "电话", "手机", "qq", "tg", "@",
]
# characters NFKC or lower() changes, some of them across character boundaries
_UNICODE_PIECES = [
    "，", "（", "）", "！", "\u3000", "…", "＋", "８", "Ｔｇ", "ｌｉｎｅ", "①", "⑬", "㏄", "\u0301", "\u0307", "İ",
    "\u212a", "ﬁ", "\uff20", "\u1161", "\u1100", "é", "e", "w", "v", "l",
]


@pytest.mark.parametrize("seed", range(8))
def test_same_as_reference_on_random_strings(seed):
    rng = random.Random(seed)
    pieces = [_PIECES, _PIECES, _NUMBER_PIECES, _PIECES + _NUMBER_PIECES + _UNICODE_PIECES][seed % 4]
    for _ in range(2500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
        assert find_contacts("description", text) == _reference_find_contacts("description", text), repr(text)


def test_same_as_reference_on_long_and_hostile_input():
    rng = random.Random(99)
    texts = [
        "微信" * 15_000, "wa " + "1 " * 12_000, "@" * 30_000, "tg" * 12_000 + "abcdef", "1" * 25_000,
        "+8" * 12_000, "line " * 5_000, "zalo " + "x" * 25_000,
        "".join(rng.choice(_PIECES) for _ in range(8_000)),  # longer than the cap
    ]
    for t in texts:
        assert find_contacts("description", t) == _reference_find_contacts("description", t)
