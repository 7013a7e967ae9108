"""Character classes (CJK, separator, Latin letter) and the precise normaliser's passes over Latin letters and sizes (normalize._normalize_slow; the
compiled path, _textfast.pyx, does the same): spaced-out letters joined (i v o r y, r.h.i.n.o,
i-v-0-r-y), leetspeak inside words (1vory, p@ngolin), a size spaced off its Chinese word (水巨 1米2).
Each pass works in place on the characters and their keep flags."""
from __future__ import annotations

import unicodedata

_KEEP_PUNCT = set("，。！？；：、,;:?!\n\r\t（）()【】[]《》<>“”\"'‘’「」")


def is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x2FFFF


def is_separator(ch: str) -> bool:
    """A character a seller may insert inside a word to break a keyword."""
    if ch in _KEEP_PUNCT:
        return False
    if ch.isspace():
        return True
    cat = unicodedata.category(ch)
    return cat[0] in "PSZ" or cat in ("Cf", "Mn")


# Characters inside Latin words that stand for letters (leetspeak).
LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"}


def is_latin_letter(ch: str) -> bool:
    """A letter of Latin script, marks included (the compiled path's is_latin_letter, less the
    combining marks, which NFKC has composed by now)."""
    return (ch.isascii() and ch.isalpha()) or ("\u00c0" <= ch <= "\u024f" and ch not in "\u00d7\u00f7") \
        or ("\u1e00" <= ch <= "\u1eff")


def _word_char(ch: str) -> bool:
    return (ch.isascii() and ch.isalnum()) or is_latin_letter(ch)


# Chinese length and weight units a size ends with (1米2, 12公分, 30厘米, 3斤); the compiled twin is
# _textfast.SIZE_UNITS
SIZE_UNITS = "米公厘寸尺斤克两"


def join_cjk_sizes(chars: list[str], keep: list[bool]) -> None:
    """Drop the spaces of a size written apart from the Chinese word before it: 水巨 1米2 and
    金钱龟 12 公分 read as 水巨1米2 and 金钱龟12公分, so a lexicon size phrase (水巨1米) matches
    as it does when written together. Only a Chinese character, <= 2 spaces, ASCII digits (a '.'
    inside), <= 2 spaces and a Chinese unit: a number with no unit (微信 123) stays apart."""
    m = len(chars)
    j = 1
    while j < m:
        if chars[j] != " " or not is_cjk(chars[j - 1]):
            j += 1
            continue
        a = j
        while a < m and a - j < 3 and chars[a] == " ":
            a += 1
        d = a
        while d < m and ("0" <= chars[d] <= "9" or (chars[d] == "." and d > a and d + 1 < m and "0" <= chars[d + 1] <= "9")):
            d += 1
        if a - j > 2 or d == a or not ("0" <= chars[a] <= "9"):
            j = a
            continue
        u = d
        while u < m and u - d < 3 and chars[u] == " ":
            u += 1
        if u - d > 2 or u >= m or chars[u] not in SIZE_UNITS:
            j = d
            continue
        for x in range(j, a):
            keep[x] = False
        for x in range(d, u):
            keep[x] = False
        j = u
    return


def join_spaced_letters(chars: list[str], keep: list[bool]) -> None:
    """Join runs of >= 3 single letters separated by one separator: 'i v o r y', 'r.h.i.n.o',
    Vietnamese with its marks too ('s.ừ.n.g'); of 2 when the separator is no space ('t.ê', 'h.ổ':
    Vietnamese syllables are short; 'a b' stays two words, unless it comes right after a space-spaced
    word: 's ừ n g  t ê', trick_robustness.py)."""
    m = len(chars)
    i = 0
    last = -9  # the last letter of the latest space-spaced word joined: a 2-letter one just after it joins too
    while i < m:
        if not is_latin_letter(chars[i]) or (i > 0 and _word_char(chars[i - 1])):
            i += 1
            continue
        end = _spaced_with_digits(chars, i)
        if end:
            for x in range(i + 1, end, 2):
                keep[x] = False
            for x in range(i, end, 2):
                if chars[x] in _LEET_DIGITS:
                    chars[x] = LEET[chars[x]]
            i = end
            continue
        letters = [i]
        seps: list[int] = []
        k = i
        sep = chars[i + 1] if i + 1 < m else ""
        while (
            k + 2 < m
            and is_separator(chars[k + 1])
            and chars[k + 1] == sep  # one separator style per word: 'r.h.i.n.o h.o.r.n' is 2 words
            and not (chars[k + 1].isspace() and k + 3 < m and chars[k + 2].isspace())
            and is_latin_letter(chars[k + 2])
            and (k + 3 >= m or not _word_char(chars[k + 3]))
        ):
            seps.append(k + 1)
            letters.append(k + 2)
            k += 2
        if len(letters) >= 3 or (len(letters) == 2 and (not sep.isspace() or _follows_spaced(chars, last, i))):
            for s in seps:
                keep[s] = False
            if sep.isspace():
                last = k
            i = k + 1
        else:
            i += 1


def _follows_spaced(chars: list[str], last: int, i: int) -> bool:
    """Is letter i 2-4 spaces after the last letter of a joined space-spaced word (s ừ n g   t ê,
    m ó n g  h ổ)? A seller who spaced one word out spaces the short syllables after it too."""
    return 2 <= i - last <= 4 and all(chars[x] == " " for x in range(last + 1, i))


# Look-alike digits a spaced-out word may hold (I V 0 R Y, r.h.1.n.o) and the separators such a word uses
_LEET_DIGITS = frozenset(k for k in LEET if k.isdigit())
_DIGIT_RUN_SEPS = frozenset(" .-")


def _spaced_with_digits(chars: list[str], i: int) -> int:
    """A spaced-out word holding a look-alike digit (I V 0 R Y, i.v.0.r.y, P 4 N G 0 L 1 N) that
    starts at letter i: single characters, each a Latin letter or a leet digit, one separator
    style (space, dot or dash), at least 3 letters and fewer digits than letters, a letter first
    and last, and at least one digit (a run of letters only is join_spaced_letters' own case). Returns the end of the
    run (one past its last character), or 0. 'iPhone 1 3', 'A 4 paper', '1.3.2024', 'S M L 1 2' stay as written."""
    m = len(chars)
    sep = chars[i + 1] if i + 1 < m else ""
    if sep not in _DIGIT_RUN_SEPS:
        return 0
    k = i
    letters, digits = 1, 0
    while (
        k + 2 < m
        and chars[k + 1] == sep
        and not (sep == " " and k + 3 < m and chars[k + 2].isspace())
        and (is_latin_letter(chars[k + 2]) or chars[k + 2] in _LEET_DIGITS)
        and (k + 3 >= m or not _word_char(chars[k + 3]))
    ):
        if chars[k + 2] in _LEET_DIGITS:
            digits += 1
        else:
            letters += 1
        k += 2
    if digits and letters >= 3 and digits < letters and is_latin_letter(chars[k]):
        return k + 1
    return 0


def leet_in_words(chars: list[str], keep: list[bool]) -> None:
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
