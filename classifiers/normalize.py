"""Text normalisation that survives keyword-filter evasion.

Two forms are produced:
- `squeeze(text)`: a cheap, offset-free form for the Aho-Corasick pre-filter. It deletes every
  separator, so it over-matches on purpose; listings with no hit in it cost almost nothing.
- `normalize(text)`: the precise form used for real matching. Every output character keeps the
  start and end offset of the original characters it came from, so a match can be highlighted in
  what the seller actually wrote.

Both apply: NFKC (full-width -> ASCII), lower case, traditional -> simplified (OpenCC), emoji
that stand for words (🐘 -> 象, 🦏 -> 犀), look-alike digits/symbols inside Latin words
(1vory, p@ngolin, g!bbon) and repeated letters (ivoryyy). The precise form also removes symbols
and spaces inserted inside Chinese words (象.牙, 象 牙) and joins spaced-out letters (i v o r y,
r.h.i.n.o).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

import opencc

# Emoji sellers use in place of the words a filter would catch. Values are normalised text.
EMOJI_WORDS: dict[str, str] = {
    "🐘": "象", "🦣": "猛犸", "🦷": "牙", "🦏": "犀", "🐯": "虎", "🐅": "虎", "🐆": "豹",
    "🐻": "熊", "🐢": "龟", "🐟": "鱼", "🐠": "鱼", "💰": "钱", "⛰": "山", "🏔": "山",
    "🔝": "顶", "🔴": "红", "🦌": "鹿", "🐒": "猴", "🐵": "猴", "🦜": "鹦鹉", "🐍": "蛇",
    "🐊": "鳄", "🦈": "鲨", "🦅": "鹰", "🦉": "鸮", "🐦": "鸟", "🦔": "刺猬", "🐾": "爪",
    "✈": "bay",
}
# Characters inside Latin words that stand for letters (leetspeak).
LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"}

_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\ufe0e\ufe0f"
# Sentence punctuation is kept: removing it would glue separate words together (象牙白，衬衫).
_KEEP_PUNCT = set("，。！？；：、,;:?!\n\r\t（）()【】[]《》<>“”\"'‘’「」")

_converter = opencc.OpenCC("t2s")


def is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x2FFFF


def _is_separator(ch: str) -> bool:
    """A character a seller may insert inside a word to break a keyword."""
    if ch in _KEEP_PUNCT:
        return False
    if ch.isspace():
        return True
    cat = unicodedata.category(ch)
    return cat[0] in "PSZ" or cat in ("Cf", "Mn")


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
    """NFKC + lower case for one character."""
    return unicodedata.normalize("NFKC", ch).lower()


def fold_diacritics(text: str) -> str:
    return text.translate(_fold_table())


@lru_cache(maxsize=1)
def _squeeze_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for cp in range(0x20, 0x3000):
        ch = chr(cp)
        if _is_separator(ch) and ch not in LEET:
            table[cp] = None
    for ch in _ZERO_WIDTH:
        table[ord(ch)] = None
    for k, v in LEET.items():
        table[ord(k)] = v
    for k, v in EMOJI_WORDS.items():
        table[ord(k[0])] = v
    return table


_REPEAT_LATIN = re.compile(r"([a-z])\1+")


def squeeze(text: str) -> str:
    """Offset-free, over-matching form for the pre-filter (see module doc)."""
    s = unicodedata.normalize("NFKC", text).lower()
    if not s.isascii():
        s = _converter.convert(s)
    s = s.translate(_squeeze_table())
    return _REPEAT_LATIN.sub(r"\1", s)



@dataclass(frozen=True)
class Normalized:
    text: str
    starts: tuple[int, ...] | list[int] | range  # original start offset of each normalised char
    ends: tuple[int, ...] | list[int] | None  # original end offsets; None = worked out on demand
    source: str | None = None  # the original text, for end offsets worked out on demand

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Original [start, end) of normalised [i, j)."""
        if self.ends is not None:
            return self.starts[i], self.ends[j - 1]
        if self.source is None:
            return self.starts[i], self.starts[j - 1] + 1
        return self.starts[i], _end_of(self.text, self.starts, self.source, j - 1)


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
        if ch in EMOJI_WORDS:
            for c in EMOJI_WORDS[ch]:
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

    # 2. drop separators between two CJK chars (象.牙, 象 牙, 虎-骨-粉)
    keep = [True] * len(chars)
    m = len(chars)
    j = 0
    while j < m:
        if _is_separator(chars[j]):
            k = j
            while k < m and _is_separator(chars[k]):
                k += 1
            if j > 0 and k < m and is_cjk(chars[j - 1]) and is_cjk(chars[k]) and k - j <= 3:
                for x in range(j, k):
                    keep[x] = False
            j = k
        else:
            j += 1

    # 3. Latin words: spaced-out letters (i v o r y, r.h.i.n.o), leetspeak, repeated letters
    _join_spaced_letters(chars, keep)
    _leet_in_words(chars, keep)

    out_c: list[str] = []
    out_s: list[int] = []
    out_e: list[int] = []
    for idx, c in enumerate(chars):
        if not keep[idx]:
            continue
        if c.isspace():
            if out_c and out_c[-1] == " ":
                out_e[-1] = ends[idx]
                continue
            c = " "
        if out_c and c.isalpha() and c.isascii() and out_c[-1] == c:
            out_e[-1] = ends[idx]  # repeated letter: ivoryyy -> ivory
            continue
        out_c.append(c)
        out_s.append(starts[idx])
        out_e.append(ends[idx])
    return Normalized("".join(out_c), tuple(out_s), tuple(out_e))


def _join_spaced_letters(chars: list[str], keep: list[bool]) -> None:
    """Join runs of >= 3 single letters separated by one separator: 'i v o r y', 'r.h.i.n.o'."""
    m = len(chars)
    i = 0
    while i < m:
        if not (chars[i].isascii() and chars[i].isalpha()) or (i > 0 and chars[i - 1].isascii() and chars[i - 1].isalnum()):
            i += 1
            continue
        letters = [i]
        seps: list[int] = []
        k = i
        sep = chars[i + 1] if i + 1 < m else ""
        while (
            k + 2 < m
            and _is_separator(chars[k + 1])
            and chars[k + 1] == sep  # one separator style per word: 'r.h.i.n.o h.o.r.n' is 2 words
            and not (chars[k + 1].isspace() and k + 3 < m and chars[k + 2].isspace())
            and chars[k + 2].isascii()
            and chars[k + 2].isalpha()
            and (k + 3 >= m or not (chars[k + 3].isascii() and chars[k + 3].isalnum()))
        ):
            seps.append(k + 1)
            letters.append(k + 2)
            k += 2
        if len(letters) >= 3:
            for s in seps:
                keep[s] = False
            i = k + 1
        else:
            i += 1


def _leet_in_words(chars: list[str], keep: list[bool]) -> None:
    """Map look-alike digits/symbols to letters inside Latin words with >= 3 letters (1vory)."""
    m = len(chars)
    i = 0
    while i < m:
        if not (chars[i].isascii() and (chars[i].isalnum() or chars[i] in LEET)):
            i += 1
            continue
        k = i
        while k < m and chars[k].isascii() and (chars[k].isalnum() or chars[k] in LEET) and keep[k]:
            k += 1
        word = chars[i:k]
        letters = sum(c.isalpha() for c in word)
        others = len(word) - letters
        if letters >= 3 and 0 < others <= max(1, letters // 3):
            for x in range(i, k):
                c = chars[x]
                if c in LEET and ((x > i and chars[x - 1].isalpha()) or (x + 1 < k and chars[x + 1].isalpha())):
                    chars[x] = LEET[c]
        i = max(k, i + 1)


# ---- fast path: the same result computed with C-speed string operations and regexes ----

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_SEP_MARK = "\x00"
_CJK_SEPS = re.compile(f"(?<=[{_CJK}])\x00{{1,3}}(?=[{_CJK}])")
_SPACED = re.compile(r"(?<![a-z0-9])[a-z](?P<sep>[^a-z0-9\u3400-\u9fff])[a-z](?:(?P=sep)[a-z])+(?![a-z0-9])")
# a Latin word with at least one letter and at least one look-alike digit/symbol
_LEET_WORD = re.compile(r"(?<![a-z0-9@$!])(?=[0-9@$!]*[a-z])(?=[a-z]*[0-9@$!])[a-z0-9@$!]+")
_REPEATS = re.compile(r"([a-z])\1+")
_SPACE_RUNS = re.compile(r" {2,}")


@lru_cache(maxsize=1)
def _sep_mark_table() -> dict[int, str]:
    """Every separator character -> NUL, so one regex can find separator runs."""
    table = {}
    for lo, hi in ((0x20, 0x3400), (0xA000, 0xA4D0), (0xFE00, 0x10000), (0x1F000, 0x1FC00)):
        for cp in range(lo, hi):
            ch = chr(cp)
            if _is_separator(ch):
                table[cp] = _SEP_MARK
    return table


_INVERT = bytes([1, 0]) + bytes(254)  # deletion mask -> keep mask
_WS_TABLE = {ord(c): " " for c in "\t\n\r\x0b\x0c\u3000\u00a0\u2028\u2029"}
_SLOW_CHARS = re.compile("[" + "".join(EMOJI_WORDS) + _ZERO_WIDTH + "\u0300-\u036f\u1ab0-\u1aff\u20d0-\u20ff\ufe20-\ufe2f]")


def _normalize_fast(text: str) -> Normalized | None:
    """None when the text needs the character-by-character path (emoji words, NFKC that changes length)."""
    if _SLOW_CHARS.search(text):
        return None
    s = unicodedata.normalize("NFKC", text)
    if len(s) != len(text):
        return None
    s = s.lower()
    if len(s) != len(text):
        return None
    if not s.isascii():
        c = _converter.convert(s)
        if len(c) != len(s):
            return None
        s = c
    marked = s.translate(_sep_mark_table())  # before newlines become spaces: they end clauses
    if not s.isprintable():  # tabs and newlines (NFKC already made other spaces ' ')
        s = s.translate(_WS_TABLE)
    n = len(s)
    delete = bytearray(n)
    for m in _CJK_SEPS.finditer(marked):
        delete[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    for m in _SPACED.finditer(s):
        sep = m.group("sep")
        for k in range(m.start() + 1, m.end(), 2):
            if s[k] == sep:
                delete[k] = 1
    chars = None
    for m in _LEET_WORD.finditer(s):
        word = m.group()
        if word.isalpha():
            continue
        letters = sum(ch.isalpha() for ch in word)
        others = len(word) - letters
        if letters >= 3 and 0 < others <= max(1, letters // 3):
            if chars is None:
                chars = list(s)
            a = m.start()
            w = list(word)
            for x, ch in enumerate(w):  # in place, like the slow path: iphone15 -> iphoneis
                if ch in LEET and ((x > 0 and w[x - 1].isalpha()) or (x + 1 < len(w) and w[x + 1].isalpha())):
                    w[x] = LEET[ch]
                    chars[a + x] = w[x]
    if chars is not None:
        s = "".join(chars)
    # repeated letters and space runs: keep the first of each run (after earlier deletions)
    if delete.find(1) >= 0:
        keep = delete.translate(_INVERT)
        kept = list(compress(range(n), keep))
        view = "".join(compress(s, keep))
    else:
        kept, view = range(n), s
    drop = _runs_to_drop(view)
    if drop:
        keep2 = bytearray(b"\x01") * len(view)
        for d in drop:
            keep2[d] = 0
        starts = list(compress(kept, keep2))
        out = "".join(compress(view, keep2))
    else:
        starts, out = kept, view
    # end offsets are only needed for the few spans that match: worked out then (see _end_of)
    return Normalized(out, starts, None, text if len(out) != len(text) else None)


def _runs_to_drop(s: str) -> set[int]:
    drop: set[int] = set()
    for m in _REPEATS.finditer(s):
        drop.update(range(m.start() + 1, m.end()))
    for m in _SPACE_RUNS.finditer(s):
        drop.update(range(m.start() + 1, m.end()))
    return drop


def _end_of(out: str, starts, text: str, k: int) -> int:
    """Original end offset of normalised char k: like the slow path, a kept letter or space
    extends over the repeats it absorbed (ivoryyy, double spaces)."""
    end = starts[k] + 1
    nxt = starts[k + 1] if k + 1 < len(out) else len(text)
    if nxt > end and (out[k] == " " or (out[k].isascii() and out[k].isalpha())):
        gap = text[end:nxt]
        if out[k] == " ":
            last = len(gap) if gap.isspace() else 0
        else:  # repeats of the same letter, possibly with deleted separators between (g.i.b.b.o.n)
            g = [_basic(ch) for ch in gap]
            body = [c for c in g if not _is_separator(c)]
            last = (max(i for i, c in enumerate(g) if c == out[k]) + 1) if body and all(c == out[k] for c in body) else 0
        end += last
    return end
