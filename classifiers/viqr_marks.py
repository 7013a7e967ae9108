"""Vietnamese marks typed as symbols (VIQR, the plain-ASCII way to write them; issue 12, kind 4).

When a phone's input method is off, sellers type the marks as the symbols VIQR uses: a circumflex
as ^ (o^ = ô), the horn as + (u+ o+ = ư ơ), the breve as ( (a( = ă), đ as d-, and the tone after
the vowel or at the end of the syllable: ` huyền, ' sắc, ? hỏi, ~ ngã, . nặng ("cao o^ng",
"nga` voi", "go^c"). The lexicon's marked and unmarked forms both miss "nga` voi".

`read_marks` writes such words with their marks in the normalised text; each new letter keeps the
offsets of the letter and the symbols it came from, so a match still points at what was written.
Only where a word then is one Vietnamese syllable, and only in texts holding one of the symbols
that are no ordinary punctuation (^ ` ~ +): ^^, ^_^, prices, URLs and code stay as written.
"""
from __future__ import annotations

import unicodedata
from array import array

from .lazy_regex import lazy_compile

GATE = ("^", "`", "~", "+")  # what a text must hold for the rest to be looked at
_SHAPES = {"^": ("aeo", "\u0302"), "+": ("ou", "\u031b"), "(": ("a", "\u0306")}
_TONES = {"`": "\u0300", "'": "\u0301", "?": "\u0309", "~": "\u0303", ".": "\u0323"}
_VOWELS = frozenset("aeiouy")
# a run of ASCII letters and VIQR symbols starting with a letter, not inside a word, a number, an
# address or a path (a.b/c, x@y, 5^2)
_TOKEN = lazy_compile(r"(?<![\w/@:=&#\-^`~+'?.(])[a-z][a-z^`~+'?.(\-]*")
# one Vietnamese syllable's letters: initial consonant, vowel, final consonant
_SYLLABLE = lazy_compile(
    r"(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"(a|ai|ao|au|ay|e|eo|eu|i|ia|ie|ieu|iu|o|oa|oai|oao|oay|oe|oeo|oi|u|ua|uay|ue|ui|uo|uoi|uou|uu|uy|"
    r"uya|uye|uyu|y|ye|yeu)"
    r"(ch|ng|nh|[cmnpt])?")


def read_marks(text: str, t: str, starts, ends):
    """(t, starts, ends) with VIQR-typed Vietnamese words written with their marks, or None when
    nothing changed. `text`: the original (t is its normalised form, offsets into it)."""
    out = None
    last = 0
    strong = False  # a word marked with a symbol punctuation never puts after a letter (^ + ( ` ~ d-)
    for m in _TOKEN.finditer(t):
        word = _read_word(t, m.start(), m.end(), text, starts, ends)
        if word is None:
            continue
        units, used, sure = word
        strong = strong or sure
        if out is None:
            out = ([], [], [])
        _copy(out, t, starts, ends, last, m.start())
        for ch, a, b in units:
            out[0].append(ch)
            out[1].append(starts[a])
            out[2].append(ends[b - 1])
        last = m.start() + used
    if out is None or not strong:
        return None  # ' ? . alone: English apostrophes, questions and full stops ("top coat. save")
    _copy(out, t, starts, ends, last, len(t))
    return "".join(out[0]), array("i", out[1]), array("i", out[2])


def _copy(out, t, starts, ends, a, b):
    out[0].extend(t[a:b])
    out[1].extend(starts[a:b])
    out[2].extend(ends[a:b])


def _read_word(t: str, a: int, b: int, text: str, starts, ends):
    """The letters of t[a:b] with their marks as (char, start, end) and how many characters of the
    token they use, or None: no mark, not one syllable, or a symbol in a place VIQR puts none."""
    units: list[list] = []  # [base, shape, tone, start, end]
    tone_at_end = None
    marked = False
    sure = False
    i = a
    while i < b:
        c = t[i]
        if c.isalpha():
            if tone_at_end is not None:
                return None  # a tone, then more letters: no syllable
            units.append([c, "", "", i, i + 1])
            if i + 1 < b and ends[i] < starts[i + 1]:
                # the normaliser joined 'd-o', 'o+i' as a spelled-out word: the symbol it dropped
                gap = text[ends[i]:starts[i + 1]]
                if gap == "-" and c == "d" and len(units) == 1:
                    units[-1][0] = "đ"
                elif gap in _SHAPES and c in _SHAPES[gap][0]:
                    units[-1][1] = _SHAPES[gap][1]
                else:
                    return None
                marked = sure = True
        elif c == "-":
            # d- is đ (only before a letter: 'd-' alone or 'and-' is a dash)
            if not (units and units[-1][0] == "d" and len(units) == 1 and i + 1 < b and t[i + 1].isalpha()):
                break
            units[-1][0] = "đ"
            units[-1][4] = i + 1
            marked = sure = True
        elif c in _SHAPES:
            letters, mark = _SHAPES[c]
            if not units or units[-1][0] not in letters or units[-1][1] or units[-1][2]:
                break
            units[-1][1] = mark
            units[-1][4] = i + 1
            marked = sure = True
        elif c in _TONES:
            if c in "'?." and not _tone_not_punct(t, i, b, text, ends):
                break
            if any(u[2] for u in units) or tone_at_end is not None:
                break  # one tone a syllable: what follows is punctuation
            if units and units[-1][0] in _VOWELS:
                units[-1][2] = _TONES[c]
                units[-1][4] = i + 1
            elif units:
                tone_at_end = (c, i)  # after the final consonant: placed on the vowel below
            else:
                return None
            marked = True
            sure = sure or c in "`~"
        else:
            break
        i += 1
    if not marked or not units:
        return None
    if i < b and t[i] in "^`~+(-":
        return None  # symbols left over (a^^, o^_^): no VIQR
    if i < len(t) and (t[i].isalnum() or t[i] in "/@_"):
        return None
    if not _SYLLABLE.fullmatch("".join(u[0] for u in units)):
        return None
    if tone_at_end is not None:
        v = _tone_vowel(units)
        if v is None:
            return None
        units[v][2] = _TONES[tone_at_end[0]]
    used = i - a
    out = []
    for k, (ch, shape, tone, s, e) in enumerate(units):
        if tone_at_end is not None and k == len(units) - 1:
            e = tone_at_end[1] + 1  # the last letter keeps the trailing tone symbol's offsets
        out.append((unicodedata.normalize("NFC", ch + shape + tone), s, e))
    return out, used, sure


def _tone_not_punct(t: str, i: int, b: int, text: str, ends) -> bool:
    """' ? . as a tone: inside the word (ho.c), or at its end with the sentence going on in lower
    case ("lo. 1 lang", not "... ban. Gia"); a closing quote or a question is punctuation."""
    if i + 1 < b and t[i + 1].isalpha():
        return True
    j = i + 1
    if j >= len(t) or t[j] != " " or j + 1 >= len(t):
        return False
    nxt = t[j + 1]
    if not (nxt.isalnum()):
        return False
    src = ends[j + 1] - 1
    return not text[src].isupper() if 0 <= src < len(text) else False


def _tone_vowel(units: list) -> int | None:
    """Where the tone goes when typed after the final consonant: the vowel with a shape mark (the
    last: ươ -> ơ), else the last vowel before a coda, else the one vowel, else the first of two
    (ai, ao, ia, ua) but the second of oa, oe, uy, else the middle of three."""
    vs = [k for k, u in enumerate(units) if u[0] in _VOWELS
          and not (k > 0 and u[0] == "u" and units[k - 1][0] == "q")
          and not (k > 0 and u[0] == "i" and units[k - 1][0] == "g" and k + 1 < len(units) and units[k + 1][0] in _VOWELS)]
    if not vs:
        return None
    shaped = [k for k in vs if units[k][1]]
    if shaped:
        return shaped[-1]
    if vs[-1] < len(units) - 1:
        return vs[-1]
    if len(vs) == 1:
        return vs[0]
    if len(vs) == 2:
        pair = units[vs[0]][0] + units[vs[1]][0]
        return vs[1] if pair in ("oa", "oe", "uy") else vs[0]
    return vs[1]
