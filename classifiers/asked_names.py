"""A product named, asked and answered with a bare no, then something else named (q44: train_vi14 0158
"Rượu Hổ Cốt Tửu? Không! Rượu Ba Kích Tím", train_mx1 0084 "Saiga 'antelope' horn? No – 羚羊 Lingyang brand
wine"): the seller raises the product a buyer might think of and says it is not that.

match_rules already denies a product term that ends right at the question mark ("Saiga? No, goat horn").
Here the asked phrase runs a word or two past the term (Tửu after Rượu Hổ Cốt, horn after Saiga
'antelope, 酒 after 虎骨): the term is denied when
- the gap to the question mark is at most three words or CJK characters, on the same line, with no stop,
  digit, or word that makes the question about the product's quality or sale (real, fake, thật, giả, 真,
  假, for sale, available, còn, 卖, 有...): "Ivory fake? No!" is a claim, not a denial;
- the answer is a bare no (Không!, No –, 不是，, 没有。) and something else is named after it on the same
  line: "X? No papers" (a no with a noun after it) and a bare "X? No." at the end say nothing of X.
A quoted-word wink on a term so denied (Saiga 'antelope': quoted_names) is the seller's own quoting of
the name it denies, and is negated with it. "Real ivory? Yes!", "象牙？懂的来" do not match.
"""
from __future__ import annotations

from .hook_gates import needs
from .lazy_regex import lazy_compile
from .lexicon import PRODUCT_KINDS
from .sea_negation import ANSWERS as SEA_ANSWERS

_QUOTES = "'\"‘’“”「」『』«»`"
_STOPS = frozenset(".,!;:，。！；：、…\n()（）[]【】/|")
_GAP_CHARS = 24  # how far past the term the question mark may stand
_GAP_WORDS = 3
# words that ask about the product's quality, origin or sale, not what the item is
_PROPERTY_WORDS = frozenset((
    "real", "fake", "genuine", "authentic", "original", "legal", "legit", "natural", "sale", "available", "wanted",
    "wtb", "wts", "sell", "selling", "buy", "allowed", "ok", "okay", "here", "still", "left", "anyone", "any",
    "thật", "that", "giả", "gia", "xịn", "xin", "zin", "chuẩn", "chuan", "rừng", "rung", "bán", "ban", "mua", "còn",
    "con", "có", "co", "không", "khong", "ko", "được", "duoc", "hả", "à", "nè", "đây", "day", "ai", "cần", "can",
    "nào", "nao", "gì", "gi", "đâu", "dau"))
_PROPERTY_CHARS = frozenset("真假仿卖买收有要没哪谁正天野货")
_BARE_NO = lazy_compile(
    r" ?[?？]+ ?(?:(?:không|hông|hổng|ko|k)(?: phải)?(?: (?:đâu|nha|nhé|nhen|nghen|ạ|luôn))*|no|nope|nah|"
    r"不是|不|没有|唔是|" + SEA_ANSWERS + r")(?: ?[!.,:;\-–—！。，：；]+)+ ?['\"‘“「]?(?=[^\W\d_])")


@needs(words=("?", "？"))  # hook_gates: no question mark, nothing asked
def deny_asked_names(hits: list, t: str) -> None:
    """Mark negated the product terms asked in a short phrase and answered with a bare no (module doc)."""
    for m in hits:
        if m.kind in PRODUCT_KINDS and m.suppressed_by is None and not m.negated and answered_no(t, m.n_end):
            m.negated = True


def answered_no(t: str, end: int) -> bool:
    """Whether the phrase of a term ending at `end` is asked and answered with a bare no, something else
    named after it (module doc). quoted_names reads no wink into the quotes of a term so denied."""
    q = _question_mark(t, end)
    return q >= 0 and _BARE_NO.match(t, q) is not None and (q == end or _short_gap(t[end:q]))


def _question_mark(t: str, end: int) -> int:
    """The offset of the first question mark within _GAP_CHARS after `end` on the same line, or -1."""
    stop = min(len(t), end + _GAP_CHARS)
    for i in range(end, stop):
        c = t[i]
        if c == "?" or c == "？":
            return i
        if c in _STOPS:
            return -1
    return -1


def _short_gap(gap: str) -> bool:
    """At most _GAP_WORDS words (a CJK character counts as one), no digit, no property word (module doc)."""
    words = 0
    for part in gap.split():
        part = part.strip(_QUOTES)
        if not part:
            continue
        if any(c.isdigit() for c in part):
            return False
        cjk = [c for c in part if "\u3400" <= c <= "\u9fff"]
        if cjk:
            if any(c in _PROPERTY_CHARS for c in cjk):
                return False
            words += len(cjk) + (len(cjk) < len(part))
        else:
            if part in _PROPERTY_WORDS:
                return False
            words += 1
        if words > _GAP_WORDS:
            return False
    return True
