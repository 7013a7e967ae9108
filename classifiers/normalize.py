"""Text normalisation that survives keyword-filter evasion.

Two forms are produced:
- `squeeze(text)`: a cheap, offset-free form for the Aho-Corasick pre-filter. It deletes every
  separator, so it over-matches on purpose; listings with no hit in it cost almost nothing.
- `normalize(text)`: the precise form used for real matching. Every output character keeps the
  start and end offset of the original characters it came from, so a match can be highlighted in
  what the seller actually wrote.

Both apply: NFKC (full-width -> ASCII), lower case, traditional -> simplified (OpenCC), emoji
that stand for words (🐘 -> 象, 🦏 -> 犀), look-alike digits/symbols inside Latin words
(1vory, p@ngolin, g!bbon) and repeated letters (ivoryyy, sốốống). The precise form also removes symbols
and spaces inserted inside Chinese words (象.牙, 象 牙) and joins spaced-out letters (i v o r y,
r.h.i.n.o).
"""
from __future__ import annotations

import unicodedata
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from pathlib import Path

import opencc
from .lazy_regex import lazy_compile
from .letter_joins import LEET, is_separator, is_cjk, is_latin_letter, join_cjk_sizes, join_spaced_letters, leet_in_words  # noqa: F401 (re-exported)

# Emoji sellers use in place of the words a filter would catch. Values are normalised text.
EMOJI_WORDS: dict[str, str] = {
    "🐘": "象", "🦣": "猛犸", "🦷": "牙", "🦏": "犀", "🐯": "虎", "🐅": "虎", "🐆": "豹",
    "🐻": "熊", "🐢": "龟", "🐟": "鱼", "🐠": "鱼", "💰": "钱", "⛰": "山", "🏔": "山",
    "🔝": "顶", "🔴": "红", "🦌": "鹿", "🐒": "猴", "🐵": "猴", "🦜": "鹦鹉", "🐍": "蛇",
    "🐊": "鳄", "🦈": "鲨", "🦅": "鹰", "🦉": "鸮", "🐦": "鸟", "🦔": "刺猬", "🐾": "爪",
    "✈": "bay",
    # chat apps named by emoji to get past contact filters (q38): 🛰 satellite = 卫星, a homophone of
    # 微信 (WeChat); 🐧 = 企鹅, Tencent's QQ penguin (企鹅号 is a QQ cue)
    "🛰": "卫星", "🐧": "企鹅",
    # white and black dots for the colour codes (⚪料 = 白料); colour_dots.py puts back bullets
    "⚪": "白", "⚫": "黑", "○": "白", "◯": "白", "●": "黑",
}
# More emoji come from the emoji package's names (classifiers/emoji_forms.py, installed by the
# matcher for its lexicon); the table above wins where both name one.
_EMOJI_EXTRA: dict[str, str] = {}
_EMOJI_ALL: dict[str, str] = dict(EMOJI_WORDS)


def emoji_words() -> dict[str, str]:
    """Every emoji the normaliser writes out as a word: the table above plus generated ones."""
    return _EMOJI_ALL


def add_emoji_words(words: dict[str, str]) -> None:
    """Write these emoji out as these words too (single code points, words of 1-3 characters).
    The compiled tables are rebuilt when anything new arrives."""
    new = {k: v for k, v in words.items()
           if len(k) == 1 and 1 <= len(v) <= 3 and k not in EMOJI_WORDS and _EMOJI_EXTRA.get(k) != v}
    if not new:
        return
    _EMOJI_EXTRA.update(new)
    _EMOJI_ALL.clear()
    _EMOJI_ALL.update({**_EMOJI_EXTRA, **EMOJI_WORDS})
    _installed_table.clear()
    _tables_loaded.clear()
    for cached in (_squeeze_table, _char_table, _load_compiled_tables):
        cached.cache_clear()



# stroke characters put inside a Chinese name as fillers (filler_chars.STROKES, without its import);
# 一 is a word the lexicon's keys hold (一红, 一黑): the squeezed form keeps it
_FILLERS = "丶乀丿乛丨亅乚乁"
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\ufe0e\ufe0f"
# Sentence punctuation is kept: removing it would glue separate words together (象牙白，衬衫).
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")  # what str.splitlines() splits on

_converter = opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    """Latin letters with diacritics -> plain letters, one character for one."""
    table = {ord("đ"): "d", ord("Đ"): "d", ord("ø"): "o", ord("ł"): "l"}
    for lo, hi in ((0x00C0, 0x0250), (0x1E00, 0x1F00)):
        for cp in range(lo, hi):
            base = unicodedata.normalize("NFD", chr(cp))[0].lower()
            if base != chr(cp).lower() and base.isascii() and base.isalpha():
                table[cp] = base
    return table


def _basic(ch: str) -> str:
    """NFKC + lower case for one character, CJK radicals as the ideographs they stand for."""
    return fold_radicals(unicodedata.normalize("NFKC", ch).lower())


@lru_cache(maxsize=1)
def _radical_table() -> dict[int, str]:
    """CJK radical and stroke look-alikes -> unified ideographs (⻁ -> 虎), from Unicode's
    EquivalentUnifiedIdeograph data (classifiers/EquivalentUnifiedIdeograph.txt; NFKC already maps
    the Kangxi Radicals block). One character for one: offsets stay valid."""
    table: dict[int, str] = {}
    path = Path(__file__).with_name("EquivalentUnifiedIdeograph.txt")
    for line in path.read_text(encoding="utf-8").splitlines():
        data = line.split("#", 1)[0].strip()
        if data:
            source, target = (int(x.strip(), 16) for x in data.split(";"))
            table[source] = chr(target)
    return table


@lru_cache(maxsize=1)
def _confusable_table() -> dict[int, str]:
    """Greek, Cyrillic and IPA letters that look like a Latin letter (ο, о, ı, ɡ) -> that letter,
    from Unicode's confusables data (UTS #39, as the confusable_homoglyphs package ships it). Only
    those blocks: Vietnamese letters (ạ, ơ, ư...) are letters of their own and stay."""
    from confusable_homoglyphs import confusables

    table: dict[int, str] = {}
    for ch, glyphs in confusables.confusables_data.items():
        if len(ch) != 1 or not ch.isalpha():
            continue
        cp = ord(ch)
        if not (0x0370 <= cp <= 0x052F or 0x0250 <= cp <= 0x02AF or cp == 0x0131):
            continue
        latin = {g["c"].lower() for g in glyphs if len(g["c"]) == 1 and g["c"].isascii() and g["c"].isalpha()}
        if len(latin) == 1:
            table[cp] = latin.pop()
    return table


_RADICALS = lazy_compile("[\u2e80-\u2eff\u31c0-\u31ef]")
_CONFUSABLE = lazy_compile("[\u0131\u0250-\u02af\u0370-\u052f]")
# Cantonese particles and verbs written as their Mandarin words, one character for one, so Hong Kong
# listings read as the Mandarin ones the lexicon and the text model know (唔系树脂 = 不是树脂,
# 冇证 = 无证, 你明嘅 = 你明的). None of them is a Mandarin word of its own.
_CANTONESE = {ord(k): v for k, v in zip("嘅唔冇咗佢嚟睇喺畀搵揾啲", "的不无了他来看在给找找些")}
_FOLDABLE = lazy_compile("[\u0131\u0250-\u02af\u0370-\u052f\u2e80-\u2eff\u31c0-\u31ef%s]"
                         % "".join(map(chr, _CANTONESE)))


# how many texts had a radical folded: the compiled pre-filter squeezes after folding, so a radical typed as a
# filler (象⺇牙) has become an ideograph there; a listing whose reading folded one takes the full path (q47)
RADICAL_FOLDS = [0]


def fold_radicals(s: str) -> str:
    """CJK radical look-alikes and Latin look-alike letters written as what they imitate, Cantonese
    particles as their Mandarin words (one character for one)."""
    if _FOLDABLE.search(s) is None:  # the common case: one scan
        return s
    if _RADICALS.search(s):
        RADICAL_FOLDS[0] += 1  # the batch pre-check lets such a text through (reject_gate.lets_through)
        s = s.translate(_radical_table())
    if _CONFUSABLE.search(s):
        s = s.translate(_confusable_table())
    if "唔" in s:
        s = s.replace("唔係", "不是").replace("唔系", "不是")
    return s.translate(_CANTONESE)


def fold_diacritics(text: str) -> str:
    return text.translate(_fold_table())


@lru_cache(maxsize=1)
def _squeeze_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for cp in range(0x20, 0x3000):
        ch = chr(cp)
        if is_separator(ch) and ch not in LEET:
            table[cp] = None
    for ch in _ZERO_WIDTH:
        table[ord(ch)] = None
    for ch in _FILLERS:  # 象丶牙: the pre-filter over-matches on purpose (filler_chars.py)
        table[ord(ch)] = None
    for k, v in LEET.items():
        table[ord(k)] = v
    for k, v in _EMOJI_ALL.items():
        table[ord(k[0])] = v
    return table


# a repeated letter of a Latin-script word, Vietnamese letters too (sốốống, ngààà: trick_robustness.py)
_REPEAT_LATIN = lazy_compile("([a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff])\\1+")


# Full-width punctuation is most of what keeps Chinese text from being NFKC already. NFKC maps each
# of these to exactly this one character, so swapping them first changes nothing but the cost.
_COMPAT_PUNCT = (("，", ","), ("：", ":"), ("（", "("), ("）", ")"), ("！", "!"), ("？", "?"), ("；", ";"), ("\u3000", " "))


def nfkc(s: str) -> str:
    """unicodedata.normalize("NFKC", s), about 6x cheaper on typical Chinese listings."""
    if s.isascii() or unicodedata.is_normalized("NFKC", s):
        return s
    for wide, narrow in _COMPAT_PUNCT:
        if wide in s:
            s = s.replace(wide, narrow)
    return s if unicodedata.is_normalized("NFKC", s) else unicodedata.normalize("NFKC", s)


def squeeze(text: str) -> str:
    """Offset-free, over-matching form for the pre-filter (see module doc)."""
    if _tables_loaded and _textfast is not None:
        return _textfast.squeeze_text(text)  # _squeeze_py's steps in one call
    tf = _compiled()
    if tf is not None:
        return tf.squeeze_text(text)
    return _squeeze_py(text)


def _squeeze_py(text: str) -> str:
    """squeeze() step by step (the reference of _textfast.squeeze_text)."""
    s = nfkc(text).lower()
    if not s.isascii():
        s = _converter.convert(fold_radicals(s))
    tf = _compiled()
    if tf is not None:
        return tf.squeeze_prepared(s)
    s = s.translate(_squeeze_table())
    return _REPEAT_LATIN.sub(r"\1", s)



@dataclass(slots=True)
class Normalized:
    text: str
    starts: Sequence[int]  # original start offset of each normalised char
    ends: Sequence[int]  # original end offset of each normalised char

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Original [start, end) of normalised [i, j)."""
        return self.starts[i], self.ends[j - 1]


def _t2s(chars: list[str]) -> list[str]:
    joined = "".join(chars)
    if joined.isascii():
        return chars
    converted = _converter.convert(joined)
    if len(converted) == len(joined):
        return list(converted)
    return [_converter.convert(c) if len(c) == 1 else c for c in chars]


def normalize(text: str) -> Normalized:
    """Precise normalisation with an offset map back to `text` (see module doc)."""
    fast = _normalize_fast(text)
    return fast if fast is not None else _normalize_slow(text)


def _normalize_slow(text: str) -> Normalized:
    """Character by character; handles every case (emoji words, NFKC expansions)."""
    # 1. per original char: NFKC/lower, emoji words, zero-width removal
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch in _ZERO_WIDTH:
            i += 1
            continue
        if ch in _EMOJI_ALL:
            for c in _EMOJI_ALL[ch]:
                chars.append(c)
                starts.append(i)
                ends.append(i + 1)
            i += 1
            continue
        for c in _basic(ch):
            chars.append(c)
            starts.append(i)
            ends.append(i + 1)
        i += 1
    chars = _t2s(chars)
    for j in range(1, len(chars)):
        if chars[j] == "系" and chars[j - 1] == "不" and text[starts[j - 1]] == "唔":
            chars[j] = "是"  # 唔係 = 不是, as fold_radicals reads it on whole texts

    # 2. drop separators between two CJK chars (象.牙, 象 牙, 虎-骨-粉)
    keep = [True] * len(chars)
    m = len(chars)
    j = 0
    while j < m:
        if is_separator(chars[j]):
            k = j
            while k < m and is_separator(chars[k]):
                k += 1
            if j > 0 and k < m and is_cjk(chars[j - 1]) and is_cjk(chars[k]) and k - j <= 3:
                for x in range(j, k):
                    keep[x] = False
            j = k
        else:
            j += 1

    # 2b. a size spaced off its Chinese word (水巨 1米2, 金钱龟 12 公分): joined like 水巨1米2
    join_cjk_sizes(chars, keep)

    # 3. Latin words: spaced-out letters (i v o r y, r.h.i.n.o), leetspeak, repeated letters
    join_spaced_letters(chars, keep)
    leet_in_words(chars, keep)

    out_c: list[str] = []
    out_s: list[int] = []
    out_e: list[int] = []
    for idx, c in enumerate(chars):
        if not keep[idx]:
            continue
        if c.isspace():
            # a run of spaces is one ' ', or one '\n' when it breaks the line: no lexicon phrase
            # runs across lines (nor across the title/description seam, joined by a newline)
            if out_c and out_c[-1] in " \n":
                out_e[-1] = ends[idx]
                if c in _LINE_BREAKS:
                    out_c[-1] = "\n"
                continue
            c = "\n" if c in _LINE_BREAKS else " "
        if out_c and out_c[-1] == c and is_latin_letter(c):
            out_e[-1] = ends[idx]  # repeated letter: ivoryyy -> ivory, sốốống -> sống
            continue
        out_c.append(c)
        out_s.append(starts[idx])
        out_e.append(ends[idx])
    return Normalized("".join(out_c), array("i", out_s), array("i", out_e))


# ---- fast path: the same rules in compiled loops (classifiers/_textfast.pyx) ----

try:
    from . import _textfast
except ImportError:  # not built (a source checkout without `pip install -e .`): the Python path
    _textfast = None


@lru_cache(maxsize=1)
def _char_table() -> bytes:
    """Flags per code point below U+20000 for the compiled loops (bits as in _textfast.pyx)."""
    squeeze = _squeeze_table()
    flags = bytearray(0x20000)
    for cp in range(0x20000):
        ch = chr(cp)
        f = 0
        if is_separator(ch):
            f |= 1
        if is_cjk(ch):
            f |= 2
        if cp in squeeze and squeeze[cp] is None:
            f |= 4
        flags[cp] = f
    for k in _EMOJI_ALL:
        flags[ord(k[0])] |= 8
    for ch in _ZERO_WIDTH:
        flags[ord(ch)] |= 16
    # where OpenCC's t2s may change a text (32): prepare() calls it only for a text holding one
    from .t2s_keys import changing_chars  # only a cache build computes the table

    named = changing_chars(_converter)
    for cp in range(0x3400, 0x20000) if named is None else (ord(c) for c in named if ord(c) < 0x20000):
        flags[cp] |= 32
    for cp in range(0xD800, 0xE000):  # a lone surrogate: the call raises (UTF-8 encoding), as it always did
        flags[cp] |= 32
    return bytes(flags)


_installed_table: list[bytes] = []  # a char_table() from the lexicon cache, for the current emoji words


def char_table() -> bytes:
    """The compiled loops' character flags for the current emoji words (~0.4 s to compute: the
    lexicon cache stores it and hands it back with use_char_table)."""
    return _installed_table[0] if _installed_table else _char_table()


def use_char_table(table: bytes) -> None:
    """Use this char_table() (from the lexicon cache) instead of computing it; add_emoji_words
    must have been given the same emoji words first."""
    if len(table) != 0x20000:
        raise ValueError("not a character table")
    _installed_table[:] = [table]
    _tables_loaded.clear()
    _load_compiled_tables.cache_clear()


@lru_cache(maxsize=1)
def _load_compiled_tables() -> None:
    _textfast.init(char_table(), LEET, {k[0]: v for k, v in _EMOJI_ALL.items()}, is_separator)
    _textfast.init_prepare(unicodedata.is_normalized, unicodedata.normalize, fold_radicals,
                           "".join(map(chr, _CANTONESE)), _converter.convert, _t2s_raw())
    _tables_loaded[:] = [True]


def _t2s_raw() -> tuple | None:
    """(the converter, its C++ extension's convert) when OpenCC.convert is the plain wrapper that
    encodes the text as UTF-8 and calls it: the compiled module then calls it itself."""
    base = type(_converter).__mro__[1]
    if type(_converter) is not opencc.OpenCC or getattr(base, "__module__", "").rpartition(".")[2] != "opencc_clib":
        return None
    return _converter, base.convert


_tables_loaded: list[bool] = []  # [True] while the compiled module holds the current tables


def _compiled():
    """The compiled module with its character tables loaded, or None when it is not built."""
    if _textfast is not None:
        _load_compiled_tables()
    return _textfast


def prepare(text: str) -> tuple | None:
    """Emoji words written out, NFKC, lower case, simplified: the common first step of both forms,
    done once when a listing needs both. None when it cannot keep one character per source
    character (NFKC or traditional->simplified changing the length) or the compiled loops are
    not built: then `squeeze` and `normalize` take the longer way. The compiled module runs the
    steps of _prepare_py in one call (tests compare the two)."""
    if _tables_loaded and _textfast is not None:  # the common case: no call to _compiled()
        return _textfast.prepare(text)
    tf = _compiled()
    return tf.prepare(text) if tf is not None else None


def _prepare_py(text: str) -> tuple | None:
    """prepare() step by step in Python (the reference of _textfast.prepare)."""
    tf = _compiled()
    if tf is None:
        return None
    s, src_starts, src_ends = tf.expand(text)
    n = len(s)
    s = nfkc(s)
    if len(s) != n:
        return None
    s = s.lower()
    if len(s) != n:
        return None
    if not s.isascii():
        s = _converter.convert(fold_radicals(s))
        if len(s) != n:
            return None
    return s, src_starts, src_ends


def squeeze_prepared(prepared: tuple) -> str:
    """squeeze() of a text already through prepare()."""
    return _textfast.squeeze_prepared(prepared[0])


def normalize_prepared(prepared: tuple) -> Normalized:
    """normalize() of a text already through prepare()."""
    return Normalized(*_textfast.normalize_prepared(*prepared))


def _normalize_fast(text: str) -> Normalized | None:
    """The compiled path, or None (see prepare): then the Python path runs."""
    prepared = prepare(text)
    return normalize_prepared(prepared) if prepared is not None else None
