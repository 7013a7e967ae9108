"""Vietnamese written with its marks, read through its unmarked form (issue 12, session 12).

The matcher also looks for the lexicon's unmarked keys in a marked text with every mark taken off
(Matcher._precise_spans), for sellers who drop or mistype a mark (nga vôi, cao hỗ cốt) or change one
on purpose (sừng tè giác). Folding makes different words one: 'màu đen pha' reads as the headlight
'đèn pha', 'nhập Nga có' as old ivory 'ngà cổ', 'đổi mới' as hawksbill 'đồi mồi', 'chân sưng tê' as
'sừng tê', 'vậy tê' as 'vảy tê', 'tường' as the statue 'tượng', 'màu trắng' as the code 'mẩu trắng'.

So, where the text is written with marks, a folded hit must agree with the marks the seller wrote: a
syllable written bare may stand for the key's marked one (the usual dropped mark), a syllable
written with marks must be the key's own. One syllable with another mark is read as the key only
for a product term (never a look-alike, cue or descriptor: those would clear or colour a listing on
a misread word), beside a syllable written exactly as the key's, and either in a key of three or more
syllables (sừng tế giác, khỉ cu lì: two words agree), or where the syllable written right names the
product on its own (ngà vọi), or with trade context in the same clause (a
sale word, or a weight or size with its unit: 'sưng tê 150 gam bán'). A text written mostly bare
keeps every folded hit, as before: its few marks say little."""
from __future__ import annotations

from .lexicon import PRODUCT_KINDS
from .normalize import fold_diacritics, is_latin_letter, normalize
from .lazy_regex import lazy_compile

# a sale word, or a number with a weight or bangle-size unit (normalised text): how these goods are
# sold. No price alone: every listing has one ('ốp lưng mặt gấu giá 50k' is a phone case)
_TRADE = lazy_compile(
    r"(?<![^\W\d_])(?:bán|bn|ib|inbox)(?![^\W\d_])"
    r"|\d(?:[.,]\d+)? ?(?:g|gr|gam|gram|kg|ký|kí|lạng|chỉ|ly|ni)(?![^\W\d_])")
_CLAUSE_END = lazy_compile(r"[!?;:\n]|[.,](?!\d)")  # 1,5kg and 2.5 lạng are numbers
_WORD = lazy_compile(r"[^\W\d_]+")


def mostly_bare(t: str) -> bool:
    """Whether fewer than a third of the text's Latin words carry a mark (Vietnamese typed without
    them, a stray mark or two): then the folded reading stands as it did."""
    words = marked = 0
    for w in _WORD.findall(t):
        if is_latin_letter(w[0]):
            words += 1
            marked += fold_diacritics(w) != w
    return marked * 3 < words


def marked_forms(key: str, entries) -> tuple[str, ...]:
    """The normalised marked variants of these entries whose unmarked spelling is `key`, letter for
    letter (the forms a folded hit of `key` may stand for)."""
    out = []
    for e in entries:
        for v in e.variants:
            folded = fold_diacritics(v)
            if folded == v:
                continue
            n = normalize(v).text.strip()
            if len(n) == len(key) and fold_diacritics(n) == key and n not in out:
                out.append(n)
    return tuple(out)


def _syllables(written: str, form: str) -> tuple[int, int, int]:
    """(syllables, written exactly as the form's, written with another mark) of a span against one
    marked form of the same letters; a syllable written bare is neither."""
    n = same = wrong = 0
    for m in _WORD.finditer(form):
        a, b = m.span()
        w, f = written[a:b], form[a:b]
        n += 1
        if w == f:
            same += 1
        elif fold_diacritics(w) != w:
            wrong += 1
    return n, same, wrong


def _trade_near(t: str, s: int, e: int) -> bool:
    """A sale or price word or a quantity with a unit in the clause holding [s, e) (not the whole
    sentence: 'bị vậy tê cả tay, bán lại máy massage' sells the massager)."""
    a = max((m.end() for m in _CLAUSE_END.finditer(t, 0, s)), default=0)
    b = _CLAUSE_END.search(t, e)
    return _TRADE.search(t, a, b.start() if b else len(t)) is not None


def agrees(t: str, s: int, e: int, forms: tuple[str, ...], product: bool, named_inside=lambda: False) -> bool:
    """Whether the folded hit [s, e) of the marked text `t` may be read as one of `forms`;
    `named_inside()`: whether a product of the key's own category is found as written inside it."""
    written = t[s:e]
    best = None
    for f in forms:
        n, same, wrong = _syllables(written, f)
        if wrong == 0:
            return True  # every marked syllable as the key writes it; the rest bare
        if best is None or (wrong, -same) < (best[2], -best[1]):
            best = (n, same, wrong)
    if best is None or not product:
        return False
    n, same, wrong = best
    if wrong != 1 or same == 0:
        return False
    # 'ngà vọi': the syllable written right names the product already; the other only says which
    return n >= 3 or named_inside() or _trade_near(t, s, e)


def keep_agreeing(t: str, extra: list, spans: list, ids, entries, cache: dict) -> list:
    """The folded hits (key index, start, end) of `t` that agree with the seller's marks; all of
    them when the text is written mostly bare. `spans`: the hits found as written; `cache`: key
    index -> (marked forms, the categories of its product entries)."""
    if mostly_bare(t):
        return extra
    out = []
    for k, s, e in extra:
        got = cache.get(k)
        if got is None:
            es = [entries[i] for i in ids[k]]
            got = cache[k] = (marked_forms(fold_diacritics(t[s:e]), es),
                              frozenset(x.category for x in es if x.kind in PRODUCT_KINDS))
        cats = got[1]

        def named_inside(s=s, e=e, cats=cats):
            return any(s <= s2 and e2 <= e and (s2, e2) != (s, e) and any(
                entries[i].kind in PRODUCT_KINDS and entries[i].category in cats for i in ids[k2])
                for k2, s2, e2 in spans)

        if agrees(t, s, e, got[0], bool(cats), named_inside):
            out.append((k, s, e))
    return out
