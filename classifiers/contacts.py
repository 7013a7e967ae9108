"""Off-platform contact handles (WeChat, QQ, phone, Telegram, WhatsApp, Zalo, LINE).

These patterns are ours and fixed in code: keyword files never supply regular expressions.
Every pattern is anchored on a short literal prefix and has bounded repetition, so run time is
linear in the text length even on hostile input.
"""
from __future__ import annotations

import re
import unicodedata

from .assessment import Contact

_SEP = r"[\s:：=＝号號是]{0,4}"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("wechat", re.compile(r"(?:微信|威信|薇信|v信|vx|wx|wechat|weixin|加v|加微|\bv)" + _SEP + r"([a-z][-_a-z0-9]{5,19})")),
    ("qq", re.compile(r"(?:qq|扣扣|企鹅)" + _SEP + r"(\d{5,11})")),
    ("telegram", re.compile(r"(?:telegram|tg|电报|飞机)" + _SEP + r"@?([a-z][_a-z0-9]{4,31})")),
    ("telegram", re.compile(r"(?<![\w.])@([a-z][_a-z0-9]{4,31})\b")),
    ("whatsapp", re.compile(r"(?:whatsapp|whats app|wa\.me/|wa)" + _SEP + r"(\+?\d[\d\s-]{6,16}\d)")),
    ("zalo", re.compile(r"zalo" + _SEP + r"(\+?\d[\dx\s.]{7,14}\d)")),
    ("line", re.compile(r"\bline" + _SEP + r"(?:id)?" + _SEP + r"@?([a-z0-9][._a-z0-9-]{3,19})")),
    ("phone", re.compile(r"(?<!\d)(1[3-9]\d[\s-]?\d{4}[\s-]?\d{4})(?!\d)")),  # mainland mobile
    ("phone", re.compile(r"(\+\d{1,3}[\s-]?\d[\d\s-]{6,14}\d)")),  # international
]
# one cheap look for anything a pattern below could start with; most listings have none
_ANY_PREFIX = re.compile(r"微信|威信|薇信|v信|vx|wx|wechat|weixin|加v|加微|\bv|qq|扣扣|企鹅|telegram|tg|电报|飞机|@"
                         r"|whatsapp|whats app|wa|zalo|line|1[3-9]\d|\+\d")
_MAX_SCAN = 20_000  # contacts sit near the start; no need to scan a whole 1 MB description


def find_contacts(field: str, text: str) -> list[Contact]:
    s = unicodedata.normalize("NFKC", text[:_MAX_SCAN]).lower()
    found: list[Contact] = []
    if not _ANY_PREFIX.search(s):
        return found
    seen: set[tuple[str, str]] = set()
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(s):
            value = re.sub(r"\s+", " ", m.group(1)).strip()
            if kind == "wechat" and value.isdigit():
                continue
            if (kind, value) in seen or any(value in v for _, v in seen):
                continue
            seen.add((kind, value))
            found.append(Contact(kind=kind, value=value, field=field))
    return found
