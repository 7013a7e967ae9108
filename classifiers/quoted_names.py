"""A quoted word inside a listed name (issue 12, kind 4): Tanduk "badak", Pangolin "skin" wallet,
“大花猫”的皮子, 穿山"甲", ngà 'voi'. The normaliser keeps quotation marks (they keep separate words
apart: 象牙“白”), so a name with one of its words in quotes is not the lexicon's key and the listing
reads as having no product at all. Here the product keys are looked for in the text with the quote
marks that stand at a word's edge taken out (an apostrophe inside a word, don't, stays), and a hit
counts only where a mark was inside it; the quoted word is a wink (the seller marks the word a
filter or a reader should not take literally), so such a term also gets a wink cue, as
writing_tricks does for a spelled-out name. The same pass sees through an animal emoji echoing the
character typed before it (熊🐻胆汁, 象🐘牙: the normaliser writes 熊熊胆汁, which word boundaries cut
as 熊熊/胆汁); writing_tricks already reads the emoji inside the name as a wink.

Hooked in the matcher at three places of one path: its ordinary-listing check (rejecter), the
topicality test (_scan_normalized) and the precise spans (_find). Only texts with such a mark pay
anything (a regex search over the text).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from .lazy_regex import lazy_compile
from .asked_names import answered_no
from .lexicon import PRODUCT_KINDS, Entry

try:  # compiled loops over the text (has_quote: one of QUOTE_MARKS, as matcher.QUOTES; has_astral: a
    # character above U+FFFF, which CPython stores only in a str of 4 bytes a character)
    from ._textfast import has_astral as _has_astral, has_quote as _has_quote
except ImportError:
    def _has_astral(text: str) -> bool:
        return any(ord(c) > 0xFFFF for c in text)

    def _has_quote(text: str) -> bool:
        return any(c in QUOTE_MARKS for c in text)

QUOTE_MARKS = "'\"‘’“”「」『』«»`"
_APOSTROPHES = "'’"

_WINK = Entry(id=-1, term="quoted word in a name", category="none", kind="trade_cue", weight=0.5, cue="wink",
              label_hint=None, lang=None, source="generated: a quotation mark inside a lexicon product term",
              file="", line=0, variants=())

_EDGE_MARK = lazy_compile("[" + re.escape(QUOTE_MARKS) + "]")  # a quote mark (compiled on first use)
# a Chinese character followed by itself (熊熊): an emoji may have been written out as the character before it
_DOUBLED = lazy_compile(r"([\u3400-\u9fff])(?=\1)")


def edge_marks(t: str) -> list[int]:
    """Offsets in t of the quote marks at a word's edge: every mark but an apostrophe between two
    letters (don't, it’s, tiger's)."""
    out = []
    last = len(t) - 1
    for m in _EDGE_MARK.finditer(t):
        i = m.start()
        if t[i] in _APOSTROPHES and 0 < i < last and _ascii_letter(t[i - 1]) and _ascii_letter(t[i + 1]):
            continue
        out.append(i)
    return out


def _ascii_letter(c: str) -> bool:
    return c.isascii() and c.isalpha()


def without_marks(t: str, echoes=()) -> tuple[str, list[int]] | None:
    """(t with its edge quote marks (and the `echoes` offsets) taken out, for each offset taken out
    where it would stand in that text: to_source() maps an offset back), or None when t has none."""
    marks = edge_marks(t) if _has_quote(t) else ()
    if not marks and not echoes:
        return None
    drops = sorted(set(marks) | set(echoes))
    pieces, a = [], 0
    for d in drops:
        pieces.append(t[a:d])
        a = d + 1
    pieces.append(t[a:])
    return "".join(pieces), [d - k for k, d in enumerate(drops)]


_REACH = 40  # characters a product key may reach on either side of a taken-out mark


def _windows(at: list[int], n: int) -> list[tuple[int, int]]:
    """The stretches of without_marks' text within _REACH of a taken-out offset, merged."""
    out: list[tuple[int, int]] = []
    for p in at:
        a, b = max(0, p - _REACH), min(n, p + _REACH)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def to_source(at: list[int], j: int) -> int:
    """The offset in t of offset j of without_marks(t)'s text (`at`: its second part)."""
    return j + bisect_right(at, j)


def emoji_echoes(t: str, text: str, starts) -> list[int]:
    """Offsets in t of a character written out from an emoji that repeats the typed character before
    it (熊🐻 -> 熊熊, 象🐘牙): the emoji is decoration on the name, not a second animal."""
    out = []
    for m in _DOUBLED.finditer(t):
        i = m.start() + 1
        if ord(text[starts[i]]) > 0xFFFF and ord(text[starts[i - 1]]) <= 0xFFFF:
            out.append(i)
    return out


def quoted_spans(t: str, find, key_is_product: bytes, key_not_cover: bytes, spans: list,
                 text: str | None = None, starts=None, weight=None) -> list:
    """`spans` (key index, start, end in t) with the product keys found across a quote mark added:
    `find` is the precise automaton's overlapping search. A hit counts where a mark was taken out
    inside it, it lies on one line and was not found as written, and no quoted word inside it is
    read already as written: a whole name in quotes (「象牙」印章, 'Hổ Cốt') or a quoted cover
    material ('bone' carving: the seller's claim, which cover_names weighs) is not a name cut by quotes.
    text, starts: the original text and the offset in it of each character of t, where an animal
    emoji may echo the character before it (熊🐻胆汁: t reads 熊熊胆汁, which word boundaries cut as
    熊熊/胆汁): such an echo is taken out as a mark is (q18, issue 12 kind 3).
    weight: key index -> its strongest product entry's weight (KeyWeights). q49: a quoted word read alone
    only as an animal's name or a vague code word (under 0.5: 'big cat', "rhino") is no whole name in
    quotes when the name across the quotes is a product of 0.5 or more ('big cat' bone, "rhino" horn
    powder): the quotes wink at the animal of the part named after them."""
    echoes = emoji_echoes(t, text, starts) if text is not None and starts is not None and _has_astral(text) else ()
    if not echoes and not _has_quote(t):
        return spans
    got = without_marks(t, echoes)
    if got is None:
        return spans
    joined, at = got
    taken = None
    extra = []
    looks = []
    marks = None
    # only what lies near a taken-out offset can cross one: the search runs on those windows alone
    for w0, w1 in _windows(at, len(joined)):
        for k, a, b in find(joined[w0:w1], overlapping=True):
            if not key_is_product[k] and (weight is None or not weight.benign(k)):
                continue
            s, e = to_source(at, w0 + a), to_source(at, w0 + b - 1) + 1
            if e - s == b - a:
                continue  # no mark inside: found as written already
            if not key_is_product[k]:  # q49: a look-alike across the quotes ("Rhino" horn beetle), kept below
                if "\n" not in t[s:e]:
                    looks.append((k, s, e))
                continue
            if taken is None:
                taken = {(s1, e1) for _, s1, e1 in spans}
            if (s, e) in taken or "\n" in t[s:e]:
                continue
            if marks is None:
                marks = edge_marks(t)
                read = {(s1, e1): bool(key_is_product[k1]) and key_not_cover[k1] == 1 for k1, s1, e1 in spans
                        if key_is_product[k1] or key_not_cover[k1] != 1}
                strength = {}  # q49: the strongest product read as written on a span
                if weight is not None:
                    for k1, s1, e1 in spans:
                        if key_is_product[k1]:
                            strength[(s1, e1)] = max(strength.get((s1, e1), 0.0), weight(k1))
            # q42: one Latin word read as a product inside the quotes after a part word (xương "hổ", nanh 'hổ')
            # is the animal of that part, winked at; a whole name in quotes (「象牙」印章, Rượu 'Hổ Cốt'), one
            # after a form word (Vòng tay 'ngà' resin: the replica's so-called material) or a quoted cover
            # material is read as written
            # q49: an animal's name or a vague code word in quotes before the part ('big cat' bone) is the
            # animal of the part named after it, as in Vietnamese
            strong = weight is not None and weight(k) >= _NAMED
            if any((p + 1, q) in read and not (read[(p + 1, q)] and (
                    t[s:p].strip() in _PARTS and _one_latin_word(t[p + 1:q])
                    or strong and strength.get((p + 1, q), 1.0) < _NAMED and q < e))
                   for p, q in zip(marks, marks[1:]) if p < e and q >= s):
                continue
            extra.append((k, s, e))
    if looks:  # q49: a look-alike read across the quotes where the quotes set off a product term in it, as
        # unquoted ("Rhino" horn beetle); quotes around the look-alike's own word are a wink (Sừng tê 'giả')
        named = [(s1, e1) for k1, s1, e1 in spans + extra if key_is_product[k1]]
        around = {x for s1, e1 in named for x in (s1 - 1, e1)}
        every = edge_marks(t)
        extra += [(k, s, e) for k, s, e in looks if any(s <= s1 and e1 <= e and e1 - s1 < e - s for s1, e1 in named)
                  and all(x in around for x in every if s <= x < e)]
    if not extra:
        return spans
    return sorted(spans + extra, key=lambda sp: (sp[1], sp[2]))


_NAMED = 0.5  # a product term's weight from which it names more than the animal (feature_kinds: product_weak_only)


class KeyWeights:
    """key index -> the weight of the key's strongest product entry (0 for none), and whether a key is a
    benign look-alike's, worked out the first time a key is asked (only for a key found across quote
    marks: quoted_spans' weight)."""

    def __init__(self, ids, entries):
        self._ids, self._entries, self._memo = ids, entries, {}

    def __call__(self, k: int) -> float:
        got = self._memo.get(k)
        if got is None:
            got = self._memo[k] = max((self._entries[i].weight for i in self._ids[k]
                                       if self._entries[i].kind in PRODUCT_KINDS), default=0.0)
        return got

    def benign(self, k: int) -> bool:
        """Whether key k is a benign look-alike's (rhino horn beetle, tiger balm)."""
        got = self._memo.get(~k)
        if got is None:
            got = self._memo[~k] = any(self._entries[i].kind == "benign_context" for i in self._ids[k])
        return got


# Vietnamese part words an animal's name follows (as normalised, with and without marks)
_PARTS = frozenset(("xương", "xuong", "sừng", "sung", "nanh", "móng", "mong", "vảy", "vay", "mật", "mat", "răng",
                    "rang", "ngà", "nga", "da", "cao", "cốt", "cot"))


def _one_latin_word(w: str) -> bool:
    return w.isalpha() and all(ord(c) < 0x2000 for c in w)


def names_product_unquoted(text: str, squeeze, squeezed_find, strong) -> bool:
    """Whether `text` (holding a quote mark) names a product once its edge quote marks are taken
    out: what the matcher's compiled ordinary-listing check cannot see (it squeezes with the marks
    kept). strong: whether squeezed hits include a strong key."""
    got = without_marks(text)
    return got is not None and strong(squeezed_find(squeeze(got[0])))


def quoted_winks(hits: list, text: str, t: str = "") -> list:
    """`hits` with a wink cue added on each product term written with a quote mark inside it
    (Tanduk "badak", 穿山"甲"). `text`: the original text the hits' start/end point into; `t`: the
    normalised text, where a term asked and answered no (Saiga 'antelope' horn? No – ...: asked_names)
    is the seller quoting the name it denies, no wink."""
    if not _has_quote(text):
        return hits
    extra = None
    asked = "?" in t or "？" in t
    for m in hits:
        if m.kind not in PRODUCT_KINDS or m.suppressed_by is not None:
            continue
        if asked and m.negated and answered_no(t, m.n_end):
            continue
        written = text[m.start:m.end]
        if not _has_quote(written):
            continue
        marks = edge_marks(written)
        if not marks or _named_in_quotes(text, m.start, written, marks[0]):
            continue
        if extra is None:
            extra = []
        extra.append(replace(m, canonical=_WINK.term, kind="trade_cue", cue="wink", negated=False,
                             suppressed_by=None, weight=_WINK.weight, entry=_WINK))
    return hits + extra if extra else hits


def _named_in_quotes(text: str, start: int, written: str, first: int) -> bool:
    """q49: a term that opens with a capitalised name in quotes ("Big Cat" bone china, 'Rhino' horn
    opener, "Tiger" knives): the quotes set off a name, as a brand or a range is written, no wink;
    the term is read as it is without them (a seller's scare quotes write the word as the text does:
    'big cat' bone, "rhino" horn powder, 'BIG CAT' BONE)."""
    return start > 0 and text[start - 1] in QUOTE_MARKS and written[:first].istitle()
