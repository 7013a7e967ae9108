"""Off-platform contact handles (WeChat, QQ, phone, Telegram, WhatsApp, Zalo, LINE).

These patterns are ours and fixed in code: keyword files never supply regular expressions.
Every pattern is anchored on a short literal prefix and has bounded repetition, so run time is
linear in the text length even on hostile input.
"""
from __future__ import annotations

import binascii
from .assessment import Contact
from .lazy_regex import lazy_compile
from .normalize import nfkc

_SEP = r"[\s:：=＝号號是]{0,4}"
_WECHAT = _SEP + r"([a-z][-_a-z0-9]{5,19})"
_QQ = _SEP + r"(\d{5,11})"
_TELEGRAM = _SEP + r"@?([a-z][_a-z0-9]{4,31})"
_WHATSAPP = _SEP + r"(\+?\d[\d\s-]{6,16}\d)"
# A bare "v" or "line" is an ordinary letter or word in English (vintage, "line with"): there the
# handle must follow a colon or equals sign (v: abc123, LINE ID: abc) or an @ (line @abc).
_STRICT = r"\s{0,2}[:：=＝]\s{0,2}"

# The patterns, in the order their results are reported:
#   wechat    (?:微信|威信|薇信|v信|vx|wx|wechat|weixin|加v|加微) SEP ([a-z][-_a-z0-9]{5,19})
#             or \bv STRICT ([a-z][-_a-z0-9]{5,19})
#   qq        (?:qq|扣扣|企鹅) SEP (\d{5,11})
#   telegram  (?:telegram|tg|电报|飞机) SEP @?([a-z][_a-z0-9]{4,31})
#   telegram  (?<![\w.])@([a-z][_a-z0-9]{4,31})\b
#   whatsapp  (?:whatsapp|whats app|wa\.me/|\bwa) SEP (\+?\d[\d\s-]{6,16}\d)
#   zalo      zalo SEP (\+?\d[\dx\s.]{7,14}\d)
#   line      \bline (?:\s{0,2}id SEP | STRICT | \s{0,2}(?=@)) @?([a-z0-9][._a-z0-9-]{3,19})
#   phone     (?<!\d)(1[3-9]\d[\s-]?\d{4}[\s-]?\d{4})(?!\d)     mainland mobile
#   phone     (\+\d{1,3}[\s-]?\d[\d\s-]{6,14}\d)                 international
# Each is written as branches, one per first character: that literal character, then a lookahead
# for the rest of the pattern (same alternatives, same order). A branch matches exactly where the
# pattern would, with the same value, but a literal first character on every branch lets `re` skip
# ahead with a character-set test (the plain forms above get none because of \b), and all of them
# together make one cheap scan that tells whether a text holds anything at all.
# \b and lookbehinds move after the first character: \bv == v(?<!\wv). Phone values start at the
# first character, so an empty group marks where they end.
_PATTERNS: list[tuple[str, list[str]]] = [
    ("wechat", ["微(?=信" + _WECHAT + ")", "威(?=信" + _WECHAT + ")", "薇(?=信" + _WECHAT + ")",
                r"v(?=(?:信|x)" + _WECHAT + r"|(?<!\wv)" + _STRICT + r"([a-z][-_a-z0-9]{5,19}))", "w(?=(?:x|echat|eixin)" + _WECHAT + ")",
                "加(?=(?:v|微)" + _WECHAT + ")"]),
    ("qq", ["q(?=q" + _QQ + ")", "扣(?=扣" + _QQ + ")", "企(?=鹅" + _QQ + ")"]),
    ("telegram", ["t(?=(?:elegram|g)" + _TELEGRAM + ")", "电(?=报" + _TELEGRAM + ")", "飞(?=机" + _TELEGRAM + ")"]),
    ("telegram", [r"@(?<![\w.]@)(?=([a-z][_a-z0-9]{4,31})\b)"]),
    ("whatsapp", [r"w(?=(?:hatsapp|hats app|a\.me/|(?<!\ww)a)" + _WHATSAPP + ")"]),
    ("zalo", ["z(?=alo" + _SEP + r"(\+?\d[\dx\s.]{7,14}\d))"]),
    ("line", [r"l(?<!\wl)(?=ine(?:\s{0,2}id" + _SEP + "|" + _STRICT + r"|\s{0,2}(?=@))@?([a-z0-9][._a-z0-9-]{3,19}))"]),
    ("phone", [r"1(?<!\d1)(?=[3-9]\d[\s-]?\d{4}[\s-]?\d{4}()(?!\d))"]),
    ("phone", [r"\+(?=\d{1,3}[\s-]?\d[\d\s-]{6,14}\d())"]),
]
# compiled on first use (lazy_regex: from the lexicon cache's stored code), not at every start
_SEARCHES = [(kind, lazy_compile("|".join(branches)), kind in ("whatsapp", "zalo", "phone"))
             for kind, branches in _PATTERNS]
_ANY_PATTERN = "|".join(b for _, branches in _PATTERNS for b in branches)
_ANY = lazy_compile(_ANY_PATTERN)
_MAX_SCAN = 20_000  # contacts sit near the start; no need to scan a whole 1 MB description

try:  # where a branch can start, in a C loop (most texts: nowhere, and no regex runs at all)
    from ._textfast import CONTACT_PATTERNS_CRC, contact_start as _contact_start
except ImportError:
    _contact_start = None
else:  # it was written for the patterns above: a changed pattern turns it off
    if binascii.crc32(_ANY_PATTERN.encode()) != CONTACT_PATTERNS_CRC:
        _contact_start = None


def find_contacts(field: str, text: str) -> list[Contact]:
    t = text[:_MAX_SCAN]
    s = nfkc(t).lower()
    if _contact_start is None:
        first = _ANY.search(s)
    else:
        start = _contact_start(s)  # no match can start before it (a search from pos sees what is before)
        first = _ANY.search(s, start) if start < len(s) else None
    if first is None:
        return []  # the common case: one scan and done
    found: list[Contact] = []
    seen: set[tuple[str, str]] = set()
    for kind, pattern, spaced in _SEARCHES:
        search = pattern.search
        pos = first.start()  # nothing matches before it
        while (m := search(s, pos)) is not None:
            g = m.lastindex
            pos = m.end(g)  # a match ends with its value: resume there, as finditer would
            value = s[m.start():pos] if kind == "phone" else m.group(g)
            if spaced:
                value = " ".join(value.split())  # == re.sub(r"\s+", " ", value).strip()
            if kind == "wechat" and value.isdigit():
                continue
            if (kind, value) in seen or any(value in v for _, v in seen):
                continue
            seen.add((kind, value))
            found.append(Contact(kind=kind, value=value, field=field))
    return found
