"""Hashed n-grams of a listing's normalised text: the input of the learned text part (model.py).

Chinese runs give character 1-, 2- and 3-grams (no word segmentation needed: 象牙, 牙手, 手镯);
other letters and digits give words (every digit run written as one '0': 500g -> 0g) and pairs of
neighbouring words (word pieces for English and Vietnamese). Each n-gram is hashed (32-bit FNV-1a)
into 2**bits buckets. This is the Python reference; _textfast.gram_spans runs the same rules
compiled, and tests compare the two.
"""
from __future__ import annotations

from .normalize import is_cjk

BITS = 18
_FNV_OFFSET = 2166136261
_MASK32 = 0xFFFFFFFF
_CJK1, _CJK2, _CJK3, _WORD, _PAIR = 1, 2, 3, 4, 5


def _fnv(h: int, c: int) -> int:
    return ((h ^ c) * 16777619) & _MASK32


def _word_char(ch: str) -> bool:
    return not is_cjk(ch) and (ch.isalpha() or "0" <= ch <= "9")


def gram_spans(t: str, bits: int = BITS) -> tuple[list[int], list[int], list[int]]:
    """(bucket ids, starts, ends) of every n-gram occurrence in `t` (see module doc)."""
    mask = (1 << bits) - 1
    ids: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    n = len(t)
    i = 0
    prev_word: tuple[int, int] | None = None  # (start, hash) of the previous word
    while i < n:
        ch = t[i]
        if is_cjk(ch):
            j = i
            while j < n and is_cjk(t[j]):
                j += 1
            for k in range(i, j):
                for size, tag in ((1, _CJK1), (2, _CJK2), (3, _CJK3)):
                    if k + size <= j:
                        h = _fnv(_FNV_OFFSET, tag)
                        for x in range(k, k + size):
                            h = _fnv(h, ord(t[x]))
                        ids.append(h & mask)
                        starts.append(k)
                        ends.append(k + size)
            prev_word = None
            i = j
        elif _word_char(ch):
            ws = i
            hw = _FNV_OFFSET
            prev = 0
            while i < n and _word_char(t[i]):
                c = ord(t[i])
                if 48 <= c <= 57:
                    c = 48
                    if prev == 48:
                        i += 1
                        continue
                hw = _fnv(hw, c)
                prev = c
                i += 1
            ids.append(_fnv(_fnv(_FNV_OFFSET, _WORD), hw) & mask)
            starts.append(ws)
            ends.append(i)
            if prev_word is not None:
                ids.append(_fnv(_fnv(_fnv(_FNV_OFFSET, _PAIR), prev_word[1]), hw) & mask)
                starts.append(prev_word[0])
                ends.append(i)
            prev_word = (ws, hw)
        else:
            i += 1
    return ids, starts, ends


def grams(t: str, bits: int = BITS) -> list[int]:
    """The distinct bucket ids of `t`, sorted."""
    return sorted(set(gram_spans(t, bits)[0]))
