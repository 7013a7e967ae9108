# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""Compiled character loops of classifiers/normalize.py.

normalize.py holds the rules and the pure-Python reference (`_normalize_slow`); this module runs
the same rules in C loops, because in Python they cost ~50 µs per listing. The character classes
(separator, CJK, squeeze-deletes, emoji) come from normalize.py as a table, so the two cannot
drift apart on what a separator is; tests compare both paths on every demo and dev text.
"""
from cpython.array cimport array, clone, resize
from cpython.bytes cimport PyBytes_GET_SIZE
from cpython.unicode cimport PyUnicode_AsUTF8String, PyUnicode_1BYTE_KIND, PyUnicode_4BYTE_KIND, PyUnicode_DATA, PyUnicode_FromKindAndData, PyUnicode_KIND, PyUnicode_READ
from libc.math cimport fabsf
from libc.stdlib cimport calloc, free, malloc
from libc.string cimport memchr, memcpy, memset

from classifiers._chars cimport is_alnum, is_cjk, is_latin_letter, is_letter

cdef enum:
    SEP = 1  # a character a seller may insert inside a word (normalize._is_separator)
    CJK = 2
    SQUEEZE_DROP = 4  # deleted by the pre-filter form
    EMOJI = 8  # stands for a word (normalize.EMOJI_WORDS)
    ZERO_WIDTH = 16
    T2S = 32  # names a key of OpenCC's t2s dictionaries that changes text (classifiers/t2s_keys.py)

cdef bytes _table_ref = b""
cdef const unsigned char* _table = NULL
cdef Py_ssize_t _table_len = 0
cdef Py_UCS4 _leet[128]
cdef dict _emoji = {}
cdef object _is_separator_py = None
cdef array _int_template = array("i")


def init(bytes table, dict leet, dict emoji, is_separator):
    """Load the character classes computed by normalize.py (flags per code point below len(table))."""
    global _table_ref, _table, _table_len, _emoji, _is_separator_py
    _table_ref = table
    _table = table
    _table_len = len(table)
    for i in range(128):
        _leet[i] = 0
    for k, v in leet.items():
        _leet[ord(k)] = ord(v)
    _emoji = dict(emoji)
    _is_separator_py = is_separator


cdef inline unsigned char flags(Py_UCS4 c):
    if c < <Py_UCS4>_table_len:
        return _table[c]
    cdef unsigned char f = 0
    if 0x20000 <= c <= 0x2FFFF:
        f |= CJK
    if _is_separator_py(chr(c)):
        f |= SEP
    return f


cdef inline bint is_sep(Py_UCS4 c):
    return (flags(c) & SEP) != 0


cdef inline bint is_space(Py_UCS4 c):
    # str.isspace of one character; none above U+3000 (most of Chinese text: no call into Python)
    return c <= 0x3000 and Py_UNICODE_ISSPACE(c)


cdef inline bint is_line_break(Py_UCS4 c):
    # what str.splitlines() splits on
    return (10 <= c <= 13) or (0x1C <= c <= 0x1E) or c == 0x85 or c == 0x2028 or c == 0x2029


cdef extern from "Python.h":
    bint Py_UNICODE_ISSPACE(Py_UCS4 ch)


def expand(str text):
    """Emoji words written out (🐘 -> 象) and zero-width characters dropped, with each output
    character's original [start, end). Returns (text, None, None) when there is nothing to do."""
    cdef Py_ssize_t n = len(text), i, j, m = 0
    cdef Py_UCS4 c
    cdef bint needed = False
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    for i in range(n):
        c = PyUnicode_READ(kind, data, i)
        if c >= 0x200B and c < <Py_UCS4>_table_len and (_table[c] & (EMOJI | ZERO_WIDTH)):
            needed = True
            break
    if not needed:
        return text, None, None
    cdef Py_UCS4* out = <Py_UCS4*> malloc((3 * n + 1) * sizeof(Py_UCS4))  # emoji words are <= 3 chars
    cdef array starts = clone(_int_template, 3 * n + 1, False)
    cdef array ends = clone(_int_template, 3 * n + 1, False)
    cdef str word
    if out == NULL:
        raise MemoryError()
    try:
        for i in range(n):
            c = PyUnicode_READ(kind, data, i)
            if c >= 0x200B and c < <Py_UCS4>_table_len and (_table[c] & (EMOJI | ZERO_WIDTH)):
                if _table[c] & ZERO_WIDTH:
                    continue
                word = _emoji[chr(c)]
                for j in range(len(word)):
                    out[m] = word[j]
                    starts.data.as_ints[m] = i
                    ends.data.as_ints[m] = i + 1
                    m += 1
                continue
            out[m] = c
            starts.data.as_ints[m] = i
            ends.data.as_ints[m] = i + 1
            m += 1
        expanded = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, out, m)
    finally:
        free(out)
    resize(starts, m)
    resize(ends, m)
    return expanded, starts, ends


def has_astral(str s):
    """Does s hold a character above U+FFFF (an emoji)? Constant time: CPython stores such a str
    with four bytes a character, and only such a str."""
    return PyUnicode_KIND(s) == PyUnicode_4BYTE_KIND


cdef inline bint follows_spaced(Py_UCS4* buf, Py_ssize_t last, Py_ssize_t i):
    """letter_joins._follows_spaced: letter i 2-4 spaces after the last letter of a joined spaced word."""
    cdef Py_ssize_t x
    if not (2 <= i - last <= 4):
        return False
    for x in range(last + 1, i):
        if buf[x] != 32:
            return False
    return True


cdef inline bint is_leet_digit(Py_UCS4 c):
    return 48 <= c <= 57 and _leet[c] != 0


cdef Py_ssize_t spaced_with_digits(Py_UCS4* buf, Py_ssize_t n, Py_ssize_t i):
    """normalize._spaced_with_digits: the end of a spaced-out word holding a look-alike digit
    (I V 0 R Y, i.v.0.r.y) that starts at letter i, or 0."""
    cdef Py_UCS4 sep
    cdef Py_ssize_t k = i, letters = 1, digits = 0
    if i + 1 >= n:
        return 0
    sep = buf[i + 1]
    if sep != 32 and sep != 46 and sep != 45:  # ' ', '.', '-'
        return 0
    while (k + 2 < n and buf[k + 1] == sep
           and not (sep == 32 and k + 3 < n and is_space(buf[k + 2]))
           and (is_latin_letter(buf[k + 2]) or is_leet_digit(buf[k + 2]))
           and (k + 3 >= n or not (is_alnum(buf[k + 3]) or is_latin_letter(buf[k + 3])))):
        if is_leet_digit(buf[k + 2]):
            digits += 1
        else:
            letters += 1
        k += 2
    if digits and letters >= 3 and digits < letters and is_latin_letter(buf[k]):
        return k + 1
    return 0


cdef inline bint _is_size_unit(Py_UCS4 c):
    # letter_joins.SIZE_UNITS: 米公厘寸尺斤克两
    return c == 0x7C73 or c == 0x516C or c == 0x5398 or c == 0x5BF8 or c == 0x5C3A or c == 0x65A4 \
        or c == 0x514B or c == 0x4E24


def normalize_prepared(str s, array src_starts=None, array src_ends=None):
    """The precise form of `s` (already NFKC, lower case, simplified, one character per source
    character) and each output character's original [start, end): `src_starts`/`src_ends` give
    where each character of `s` came from (None: character i came from i).

    Same steps as normalize._normalize_slow: separators between Chinese characters dropped,
    spaced-out letters joined, look-alike digits in Latin words mapped, spaces and repeated
    letters collapsed."""
    cdef Py_ssize_t n = len(s), i, j, k, x, m, letters, others, nletters, last
    cdef Py_UCS4 c, sep
    cdef int kind = PyUnicode_KIND(s)
    cdef void* data = PyUnicode_DATA(s)
    # one block: buf and out (n + 1 characters each), then keep and sepf (n + 1 bytes each)
    cdef Py_UCS4* buf = <Py_UCS4*> malloc(2 * (n + 1) * sizeof(Py_UCS4) + 2 * (n + 1))
    if buf == NULL:
        raise MemoryError()
    cdef Py_UCS4* out = buf + (n + 1)
    cdef unsigned char* keep = <unsigned char*> (out + (n + 1))
    cdef unsigned char* sepf = keep + (n + 1)
    cdef array starts = clone(_int_template, n, False)
    cdef array ends = clone(_int_template, n, False)
    cdef int* st = starts.data.as_ints
    cdef int* en = ends.data.as_ints
    cdef int* ss = src_starts.data.as_ints if src_starts is not None else NULL
    cdef int* se = src_ends.data.as_ints if src_ends is not None else NULL
    try:
        for i in range(n):
            c = PyUnicode_READ(kind, data, i)
            buf[i] = c
            keep[i] = 1
            sepf[i] = is_sep(c)

        # 1. separators between two Chinese characters (象.牙, 象 牙, 虎-骨-粉): at most 3 of them
        j = 0
        while j < n:
            if sepf[j]:
                k = j
                while k < n and sepf[k]:
                    k += 1
                if j > 0 and k < n and is_cjk(buf[j - 1]) and is_cjk(buf[k]) and k - j <= 3:
                    for x in range(j, k):
                        keep[x] = 0
                j = k
            else:
                j += 1

        # 1b. a size spaced off its Chinese word (水巨 1米2, 金钱龟 12 公分): letter_joins.join_cjk_sizes
        j = 1
        while j < n:
            if buf[j] != 32 or not is_cjk(buf[j - 1]):
                j += 1
                continue
            k = j
            while k < n and k - j < 3 and buf[k] == 32:
                k += 1
            x = k
            while x < n and ((48 <= buf[x] <= 57) or (buf[x] == 46 and x > k and x + 1 < n and 48 <= buf[x + 1] <= 57)):
                x += 1
            if k - j > 2 or x == k or not (48 <= buf[k] <= 57):
                j = k
                continue
            m = x
            while m < n and m - x < 3 and buf[m] == 32:
                m += 1
            if m - x > 2 or m >= n or not _is_size_unit(buf[m]):
                j = x
                continue
            for i in range(j, k):
                keep[i] = 0
            for i in range(x, m):
                keep[i] = 0
            j = m

        # 2. spaced-out letters (i v o r y, r.h.i.n.o): >= 3 single letters, one separator style;
        # 2 letters when the separator is no space (t.ê, h.ổ: Vietnamese syllables are short)
        i = 0
        last = -9  # letter_joins.join_spaced_letters: a 2-letter word right after a space-spaced one joins too
        while i < n:
            if not is_latin_letter(buf[i]) or (i > 0 and (is_alnum(buf[i - 1]) or is_latin_letter(buf[i - 1]))):
                i += 1
                continue
            k = spaced_with_digits(buf, n, i)  # I V 0 R Y: normalize._spaced_with_digits
            if k:
                x = i + 1
                while x < k:
                    keep[x] = 0
                    x += 2
                x = i
                while x < k:
                    if is_leet_digit(buf[x]):
                        buf[x] = _leet[buf[x]]
                    x += 2
                i = k
                continue
            nletters = 1
            k = i
            sep = buf[i + 1] if i + 1 < n else 0x110000
            while (k + 2 < n and sepf[k + 1] and buf[k + 1] == sep
                   and not (is_space(buf[k + 1]) and k + 3 < n and is_space(buf[k + 2]))
                   and is_latin_letter(buf[k + 2])
                   and (k + 3 >= n or not (is_alnum(buf[k + 3]) or is_latin_letter(buf[k + 3])))):
                nletters += 1
                k += 2
            if nletters >= 3 or (nletters == 2 and (not is_space(sep) or follows_spaced(buf, last, i))):
                x = i + 1
                while x < k:
                    keep[x] = 0
                    x += 2
                if is_space(sep):
                    last = k
                i = k + 1
            else:
                i += 1

        # 3. look-alike digits and symbols inside Latin words with >= 3 letters (1vory, p@ngolin)
        i = 0
        while i < n:
            c = buf[i]
            if not (c < 128 and (is_alnum(c) or _leet[c])):
                i += 1
                continue
            k = i
            while k < n and buf[k] < 128 and (is_alnum(buf[k]) or _leet[buf[k]]) and keep[k]:
                k += 1
            letters = 0
            for x in range(i, k):
                letters += is_letter(buf[x])
            others = (k - i) - letters
            if letters >= 3 and 0 < others <= max(1, letters // 3):
                for x in range(i, k):
                    c = buf[x]
                    if _leet[c] and ((x > i and is_letter(buf[x - 1])) or (x + 1 < k and is_letter(buf[x + 1]))):
                        buf[x] = _leet[c]
            i = k if k > i + 1 else i + 1

        # 4. output: spaces collapsed to one ' ', repeated letters to one (ivoryyy)
        m = 0
        for i in range(n):
            if not keep[i]:
                continue
            c = buf[i]
            if is_space(c):
                # a run of spaces is one ' ', or one '\n' when it breaks the line: no lexicon phrase
                # runs across lines (nor across the title/description seam, joined by a newline)
                if m > 0 and (out[m - 1] == 32 or out[m - 1] == 10):
                    en[m - 1] = se[i] if se != NULL else i + 1
                    if is_line_break(c):
                        out[m - 1] = 10
                    continue
                c = 10 if is_line_break(c) else 32
            if m > 0 and out[m - 1] == c and is_repeatable(c):
                en[m - 1] = se[i] if se != NULL else i + 1
                continue
            out[m] = c
            st[m] = ss[i] if ss != NULL else i
            en[m] = se[i] if se != NULL else i + 1
            m += 1
        text = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, out, m)
    finally:
        free(buf)
    resize(starts, m)
    resize(ends, m)
    return text, starts, ends


def squeeze_prepared(str s):
    """The pre-filter form of `s` (already NFKC, lower case, simplified): separators deleted,
    look-alike digits mapped, emoji written out, repeated Latin letters collapsed."""
    cdef Py_ssize_t n = len(s), i, m = 0
    cdef Py_UCS4 c
    cdef unsigned char f
    cdef int kind = PyUnicode_KIND(s)
    cdef void* data = PyUnicode_DATA(s)
    cdef Py_UCS4* out = <Py_UCS4*> malloc((3 * n + 16) * sizeof(Py_UCS4))  # emoji words are <= 3 chars
    if out == NULL:
        raise MemoryError()
    try:
        for i in range(n):
            c = PyUnicode_READ(kind, data, i)
            if c < 128 and _leet[c]:
                c = _leet[c]
            elif c < <Py_UCS4>_table_len:
                f = _table[c]
                if f & (SQUEEZE_DROP | ZERO_WIDTH):
                    continue
                if f & EMOJI:
                    for ch in _emoji[chr(c)]:
                        m = push_squeezed(out, m, ord(ch))
                    continue
            m = push_squeezed(out, m, c)
        return PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, out, m)
    finally:
        free(out)


cdef inline bint is_repeatable(Py_UCS4 c) noexcept nogil:
    # a letter written once when repeated: Latin-script letters, Vietnamese ones too (sốốống),
    # not combining marks (normalize.is_latin_letter)
    return is_letter(c) or (0xC0 <= c <= 0x24F and c != 0xD7 and c != 0xF7) or (0x1E00 <= c <= 0x1EFF)


cdef inline Py_ssize_t push_squeezed(Py_UCS4* out, Py_ssize_t m, Py_UCS4 c):
    if m > 0 and out[m - 1] == c and (97 <= c <= 122 or (c >= 0xC0 and is_repeatable(c))):
        return m  # ivoryyy -> ivory
    out[m] = c
    return m + 1


# ---- hashed n-grams for the learned text part (classifiers/textgrams.py is the Python reference) ----

cdef enum:
    G_CJK1 = 1
    G_CJK2 = 2
    G_CJK3 = 3
    G_WORD = 4
    G_PAIR = 5


cdef inline unsigned int fnv(unsigned int h, Py_UCS4 c) noexcept nogil:
    return (h ^ <unsigned int>c) * 16777619u


cdef inline bint word_char(Py_UCS4 c):
    return not is_cjk(c) and (Py_UNICODE_ISALPHA(c) or 48 <= c <= 57)


cdef extern from "Python.h":
    bint Py_UNICODE_ISALPHA(Py_UCS4 ch)


cdef struct Grams:
    unsigned int* ids
    int* starts
    int* ends
    Py_ssize_t n
    Py_ssize_t cap


cdef inline int push(Grams* g, unsigned int h, Py_ssize_t s, Py_ssize_t e) except -1:
    if g.n == g.cap:
        raise MemoryError()
    g.ids[g.n] = h
    g.starts[g.n] = <int>s
    g.ends[g.n] = <int>e
    g.n += 1
    return 0


cdef int walk(str t, int bits, Grams* g) except -1:
    """Every n-gram occurrence of `t` into g (capacity 4 * len(t) + 4 is enough: per character at
    most 3 Chinese n-grams, per word a word and a pair)."""
    cdef Py_ssize_t n = len(t), i, j, k, ws, pws = -1
    cdef unsigned int mask = (1u << bits) - 1u, h, hw, hp = 0
    cdef Py_UCS4 c, prev
    cdef int kind = PyUnicode_KIND(t)
    cdef void* data = PyUnicode_DATA(t)
    i = 0
    while i < n:
        c = PyUnicode_READ(kind, data, i)
        if is_cjk(c):
            j = i
            while j < n and is_cjk(PyUnicode_READ(kind, data, j)):
                j += 1
            for k in range(i, j):
                h = fnv(fnv(2166136261u, G_CJK1), PyUnicode_READ(kind, data, k))
                push(g, h & mask, k, k + 1)
                if k + 1 < j:
                    h = fnv(fnv(2166136261u, G_CJK2), PyUnicode_READ(kind, data, k))
                    h = fnv(h, PyUnicode_READ(kind, data, k + 1))
                    push(g, h & mask, k, k + 2)
                if k + 2 < j:
                    h = fnv(fnv(2166136261u, G_CJK3), PyUnicode_READ(kind, data, k))
                    h = fnv(h, PyUnicode_READ(kind, data, k + 1))
                    h = fnv(h, PyUnicode_READ(kind, data, k + 2))
                    push(g, h & mask, k, k + 3)
            pws = -1  # a Chinese run between two words: no pair
            i = j
        elif word_char(c):
            ws = i
            hw = 2166136261u
            prev = 0
            while i < n and word_char(PyUnicode_READ(kind, data, i)):
                c = PyUnicode_READ(kind, data, i)
                if 48 <= c <= 57:
                    c = 48
                    if prev == 48:
                        i += 1
                        continue
                hw = fnv(hw, c)
                prev = c
                i += 1
            push(g, fnv(fnv(2166136261u, G_WORD), hw) & mask, ws, i)
            if pws >= 0:
                push(g, fnv(fnv(fnv(2166136261u, G_PAIR), hp), hw) & mask, pws, i)
            pws, hp = ws, hw
        else:
            i += 1
    return 0


cdef int alloc(Grams* g, Py_ssize_t n) except -1:
    g.cap = 4 * n + 4
    g.n = 0
    g.ids = <unsigned int*> malloc(g.cap * sizeof(unsigned int))
    g.starts = <int*> malloc(g.cap * sizeof(int))
    g.ends = <int*> malloc(g.cap * sizeof(int))
    if g.ids == NULL or g.starts == NULL or g.ends == NULL:
        release(g)
        raise MemoryError()
    return 0


cdef void release(Grams* g) noexcept:
    free(g.ids)
    free(g.starts)
    free(g.ends)
    g.ids = NULL
    g.starts = NULL
    g.ends = NULL


def gram_spans(str t, int bits):
    """Hashed n-grams of a normalised text: (bucket ids, starts, ends), one entry per occurrence.
    Chinese runs give character 1-, 2- and 3-grams; other letters and digits give words (digit runs
    as one '0') and pairs of neighbouring words. Same rules as textgrams.gram_spans."""
    cdef Grams g
    cdef Py_ssize_t i
    alloc(&g, len(t))
    try:
        walk(t, bits, &g)
        return ([g.ids[i] for i in range(g.n)], [g.starts[i] for i in range(g.n)], [g.ends[i] for i in range(g.n)])
    finally:
        release(&g)


def text_score(str t, int bits, const float[:] weights, int top, const unsigned char[:] nonzero=None):
    """Sum of the weights of the text's distinct hashed n-grams, and the `top` (at most 8) largest
    contributions as (weight, start, end) of their first occurrence. All in C: this runs for every
    topical listing. `nonzero`: one bit per bucket, set where its weight is not 0 (nonzero_bits):
    ~32 KB that stay in cache, where most n-grams would otherwise miss it in the 1 MB of weights."""
    cdef const unsigned char* nz = NULL
    if nonzero is not None:
        if nonzero.shape[0] * 8 < weights.shape[0]:
            raise ValueError("nonzero: one bit per weight")
        nz = &nonzero[0]
    cdef Grams g
    cdef Py_ssize_t i, j, size = 16, slot
    cdef unsigned int b
    cdef unsigned int* seen
    cdef double total = 0.0
    cdef float w
    cdef float tw[8]
    cdef int ts[8]
    cdef int te[8]
    cdef int nt = 0
    if top > 8:
        top = 8
    alloc(&g, len(t))
    try:
        walk(t, bits, &g)
        while size < 2 * g.n:
            size *= 2
        seen = <unsigned int*> calloc(size, sizeof(unsigned int))  # bucket + 1; 0 = empty
        if seen == NULL:
            raise MemoryError()
        try:
            for i in range(g.n):
                b = g.ids[i]
                if nz != NULL and not (nz[b >> 3] >> (b & 7)) & 1:
                    continue  # weight 0: never counted, never shown
                slot = (b * 2654435761u) & (size - 1)
                while seen[slot] != 0 and seen[slot] != b + 1:
                    slot = (slot + 1) & (size - 1)
                if seen[slot] != 0:
                    continue  # counted once: the features are present/absent
                seen[slot] = b + 1
                w = weights[<Py_ssize_t>b]
                if w == 0.0:
                    continue
                total += w
                if top <= 0:
                    continue
                # keep the `top` largest |w| (insertion into a short sorted array)
                j = nt if nt < top else top - 1
                if nt == top and fabsf(w) <= fabsf(tw[j]):
                    continue
                while j > 0 and fabsf(tw[j - 1]) < fabsf(w):
                    tw[j] = tw[j - 1]; ts[j] = ts[j - 1]; te[j] = te[j - 1]
                    j -= 1
                tw[j] = w; ts[j] = g.starts[i]; te[j] = g.ends[i]
                if nt < top:
                    nt += 1
        finally:
            free(seen)
    finally:
        release(&g)
    return total, [(tw[i], ts[i], te[i]) for i in range(nt)]


def nonzero_bits(const float[:] weights):
    """One bit per weight, set where it is not 0 (for text_score)."""
    cdef Py_ssize_t i, n = weights.shape[0]
    out = bytearray((n + 7) // 8)
    cdef unsigned char[:] o = out
    for i in range(n):
        if weights[i] != 0.0:
            o[i >> 3] |= <unsigned char> (1 << (i & 7))
    return bytes(out)


# -- JSON lines out (cli classify): orjson's compact bytes in json.dumps' default layout ----------

from cpython.bytes cimport PyBytes_AS_STRING, PyBytes_FromStringAndSize


def json_spaced(bytes compact):
    """orjson's compact JSON with json.dumps' default separators (", " and ": ") and a newline:
    the output of `wildwatch classify` stays byte for byte what json.dumps(ensure_ascii=False)
    wrote (both escape strings alike). None when a number outside strings has an exponent
    (json.dumps writes 1e-05, orjson 1e-5): the caller then uses json.dumps. One pass: runs of
    string bytes are copied whole."""
    cdef Py_ssize_t n = len(compact), i = 0, j, m = 0
    cdef const unsigned char* p = compact
    cdef unsigned char c
    cdef char* q = <char*> malloc(2 * n + 1)  # at most one space per byte, and the newline
    if q == NULL:
        raise MemoryError()
    try:
        while i < n:
            c = p[i]
            if c == 34:  # a string: to its closing quote, escapes skipped
                j = i + 1
                while j < n:
                    if p[j] == 92:
                        j += 2
                    elif p[j] == 34:
                        break
                    else:
                        j += 1
                j += 1
                if j > n:
                    j = n
                memcpy(q + m, p + i, j - i)
                m += j - i
                i = j
                continue
            q[m] = c
            m += 1
            if c == 44 or c == 58:  # , :
                q[m] = 32
                m += 1
            elif (c == 101 or c == 69) and i > 0 and 48 <= p[i - 1] <= 57:  # e/E after a digit
                return None
            i += 1
        q[m] = 10
        return PyBytes_FromStringAndSize(q, m + 1)
    finally:
        free(q)


# -- an Assessment's output line, written directly (cli classify) --------------------------------

from cpython.unicode cimport PyUnicode_AsUTF8AndSize
from libc.math cimport isfinite
from libc.stdlib cimport realloc

cdef extern from "Python.h":
    long long PyLong_AsLongLongAndOverflow(object v, int* overflow) except? -1
    char* PyOS_double_to_string(double val, char format_code, int precision, int flags, int *ptype) except NULL
    void PyMem_Free(void* p)
    int Py_DTSF_ADD_DOT_0

cdef struct Out:
    char* p
    Py_ssize_t n
    Py_ssize_t cap

cdef int reserve(Out* o, Py_ssize_t k) except -1:
    cdef Py_ssize_t cap
    cdef char* q
    if o.n + k <= o.cap:
        return 0
    cap = 2 * o.cap
    if cap < o.n + k:
        cap = o.n + k
    q = <char*> realloc(o.p, cap)
    if q == NULL:
        raise MemoryError()
    o.p, o.cap = q, cap
    return 0

cdef inline int put(Out* o, const char* s, Py_ssize_t k) except -1:
    reserve(o, k)
    memcpy(o.p + o.n, s, k)
    o.n += k
    return 0

cdef const char* _HEX = b"0123456789abcdef"

cdef int put_str(Out* o, str s) except -1:
    """s as json.dumps(ensure_ascii=False) writes a string: only ", \\ and control characters
    escaped (UTF-8 continuation bytes are all >= 0x80). A lone surrogate raises UnicodeEncodeError."""
    cdef Py_ssize_t k, i, run
    cdef const char* u = PyUnicode_AsUTF8AndSize(s, &k)
    cdef unsigned char c
    cdef char* q
    cdef unsigned long long w, x, y
    reserve(o, 6 * k + 2)
    q = o.p + o.n
    q[0] = 34
    q += 1
    run = 0
    i = 0
    while i < k:
        if i + 8 <= k:  # 8 bytes at a time while none needs escaping (most text: all of it)
            memcpy(&w, u + i, 8)
            x = w ^ 0x2222222222222222ULL
            y = w ^ 0x5C5C5C5C5C5C5C5CULL
            if not (((w - 0x2020202020202020ULL) & ~w) | ((x - 0x0101010101010101ULL) & ~x)
                    | ((y - 0x0101010101010101ULL) & ~y)) & 0x8080808080808080ULL:
                memcpy(q, u + i, 8)
                q += 8
                i += 8
                continue
        c = <unsigned char> u[i]
        i += 1
        if c >= 32 and c != 34 and c != 92:
            q[0] = <char> c
            q += 1
            continue
        q[0] = 92
        if c == 34 or c == 92:
            q[1] = <char> c
            q += 2
        elif c == 10:
            q[1] = 110  # n
            q += 2
        elif c == 13:
            q[1] = 114  # r
            q += 2
        elif c == 9:
            q[1] = 116  # t
            q += 2
        elif c == 8:
            q[1] = 98  # b
            q += 2
        elif c == 12:
            q[1] = 102  # f
            q += 2
        else:
            q[1] = 117  # u00XX
            q[2] = 48
            q[3] = 48
            q[4] = _HEX[c >> 4]
            q[5] = _HEX[c & 15]
            q += 6
    q[0] = 34
    q += 1
    o.n = q - o.p
    return 0

cdef int put_value(Out* o, object v) except -1:
    """None, a bool, str, int or finite float as json.dumps writes it; anything else raises TypeError."""
    cdef type t = type(v)
    cdef bytes b
    cdef char* r
    cdef double d
    if t is str:
        return put_str(o, <str> v)
    if v is None:
        return put(o, b"null", 4)
    if v is True:
        return put(o, b"true", 4)
    if v is False:
        return put(o, b"false", 5)
    if t is int:
        return put_int(o, v)
    if t is float:
        d = v
        if not isfinite(d):
            raise TypeError("not a finite float")  # json writes NaN / Infinity: the caller's way
        r = PyOS_double_to_string(d, 114, 0, Py_DTSF_ADD_DOT_0, NULL)
        try:
            put(o, r, len(r))
        finally:
            PyMem_Free(r)
        return 0
    raise TypeError(t.__name__)

cdef int put_int(Out* o, object v) except -1:
    cdef int overflow = 0
    cdef long long x = PyLong_AsLongLongAndOverflow(v, &overflow)
    cdef unsigned long long u
    cdef char digits[24]
    cdef int i = 24
    cdef bytes b
    if overflow:
        b = repr(v).encode("ascii")
        return put(o, b, len(b))
    u = <unsigned long long> (-(x + 1)) + 1 if x < 0 else <unsigned long long> x
    while True:
        i -= 1
        digits[i] = <char> (48 + u % 10)
        u //= 10
        if u == 0:
            break
    if x < 0:
        i -= 1
        digits[i] = 45
    return put(o, digits + i, 24 - i)


cdef dict _as_is = {}  # float -> its bytes as json.dumps writes it: repr and round cost ~0.5 µs each
cdef dict _round3 = {}  # float -> round(float, 3) so written
cdef dict _round4 = {}  # float -> round(float, 4) so written


cdef int put_rounded(Out* o, object v, int digits) except -1:
    """round(v, digits) as json.dumps writes it (digits -1: v as it is; else 3 or 4)."""
    cdef bytes b
    cdef dict cache = _as_is if digits < 0 else _round3 if digits == 3 else _round4
    if type(v) is not float or v == 0 or (digits >= 0 and digits != 3 and digits != 4):
        return put_value(o, v if digits < 0 else round(v, digits))  # -0.0 and 0.0 are one key: never cached
    b = cache.get(v)
    if b is None:
        r = v if digits < 0 else round(v, digits)
        if type(r) is not float or not isfinite(<double> r):
            raise TypeError("not a finite float")
        b = repr(r).encode("ascii")
        if len(cache) >= 100_000:
            cache.clear()
        cache[v] = b
    return put(o, b, len(b))


cdef int put_strings(Out* o, object items) except -1:
    cdef bint first = True
    put(o, b"[", 1)
    for x in items:
        if not first:
            put(o, b", ", 2)
        first = False
        put_value(o, x)
    return put(o, b"]", 1)


cdef extern from "Python.h":
    ctypedef struct PyMemberDef:
        int type
        Py_ssize_t offset
    ctypedef struct PyMemberDescrObject:
        PyMemberDef* d_member
    int T_OBJECT_EX

from cpython.object cimport PyObject

# A Match's fields in the order its to_dict writes them
_MATCH_FIELDS = ("term", "canonical", "category", "kind", "field", "start", "end", "cue", "negated", "suppressed_by",
                 "weight")
cdef enum:
    N_MATCH_FIELDS = 11
    MAX_LAYOUTS = 4
# per match type met (kept referenced): where its slots for _MATCH_FIELDS sit, or -1 (then getattr)
cdef list _layout_types = []
cdef Py_ssize_t _layout_offsets[MAX_LAYOUTS][N_MATCH_FIELDS]


cdef Py_ssize_t* _match_layout(type t) except? NULL:
    """The slot offsets of t's Match fields: each field's attribute as getattr finds it on t is the
    member descriptor of a __slots__ entry (dataclass(slots=True)); else -1 for that field."""
    cdef Py_ssize_t i, j
    cdef PyMemberDescrObject* d
    for i in range(len(_layout_types)):
        if _layout_types[i] is t:
            return _layout_offsets[i]
    if len(_layout_types) == MAX_LAYOUTS:
        return NULL
    import types

    i = len(_layout_types)
    for j, name in enumerate(_MATCH_FIELDS):
        _layout_offsets[i][j] = -1
        for klass in t.__mro__:
            if name in klass.__dict__:
                descr = klass.__dict__[name]
                if type(descr) is types.MemberDescriptorType:
                    d = <PyMemberDescrObject*> descr
                    if d.d_member.type == T_OBJECT_EX:
                        _layout_offsets[i][j] = d.d_member.offset
                break
    _layout_types.append(t)
    return _layout_offsets[i]


cdef inline object _field(object m, Py_ssize_t* layout, int j):
    """getattr(m, _MATCH_FIELDS[j]), read from its slot where the layout has one."""
    cdef PyObject* p
    if layout != NULL and layout[j] >= 0:
        p = (<PyObject**> ((<char*> <PyObject*> m) + layout[j]))[0]
        if p != NULL:
            return <object> p
    return getattr(m, _MATCH_FIELDS[j])  # an unset slot raises AttributeError, as m.term would


def assessment_line(ident, a, tuple match_types, contact_type):
    """json_line({"id": ident, **a.to_dict()}) for an Assessment whose matches are of
    `match_types` and contacts of `contact_type` (their to_dict layouts are written here), without
    the dicts: json.dumps(ensure_ascii=False)'s bytes and a newline. None when a value is not
    one written here (a lone surrogate, NaN, another type): the caller takes the dict way."""
    cdef Out o
    cdef bint first
    cdef Py_ssize_t* layout
    o.p = <char*> malloc(2048)
    if o.p == NULL:
        raise MemoryError()
    o.n, o.cap = 0, 2048
    try:
        put(&o, b'{"id": ', 7)
        put_value(&o, ident)
        put(&o, b', "score": ', 11)
        put_rounded(&o, a.score, 4)
        put(&o, b', "label": ', 11)
        put_value(&o, a.label)
        put(&o, b', "flagged": ', 13)
        put_value(&o, a.flagged)
        put(&o, b', "categories": ', 16)
        put_strings(&o, a.categories)
        put(&o, b', "matches": [', 14)
        first = True
        for m in a.matches:
            if type(m) not in match_types:
                raise TypeError("match type")
            if not first:
                put(&o, b", ", 2)
            first = False
            layout = _match_layout(type(m))
            put(&o, b'{"term": ', 9)
            put_value(&o, _field(m, layout, 0))
            put(&o, b', "canonical": ', 15)
            put_value(&o, _field(m, layout, 1))
            put(&o, b', "category": ', 14)
            put_value(&o, _field(m, layout, 2))
            put(&o, b', "kind": ', 10)
            put_value(&o, _field(m, layout, 3))
            put(&o, b', "field": ', 11)
            put_value(&o, _field(m, layout, 4))
            put(&o, b', "start": ', 11)
            put_value(&o, _field(m, layout, 5))
            put(&o, b', "end": ', 9)
            put_value(&o, _field(m, layout, 6))
            put(&o, b', "cue": ', 9)
            put_value(&o, _field(m, layout, 7))
            put(&o, b', "negated": ', 13)
            put_value(&o, _field(m, layout, 8))
            put(&o, b', "suppressed_by": ', 19)
            put_value(&o, _field(m, layout, 9))
            put(&o, b', "weight": ', 12)
            put_rounded(&o, _field(m, layout, 10), -1)
            put(&o, b"}", 1)
        put(&o, b'], "cues": ', 11)
        put_strings(&o, a.cues)
        put(&o, b', "contacts": [', 15)
        first = True
        for c in a.contacts:
            if type(c) is not contact_type:
                raise TypeError("contact type")
            if not first:
                put(&o, b", ", 2)
            first = False
            put(&o, b'{"kind": ', 9)
            put_value(&o, c.kind)
            put(&o, b', "value": ', 11)
            put_value(&o, c.value)
            put(&o, b', "field": ', 11)
            put_value(&o, c.field)
            put(&o, b"}", 1)
        put(&o, b'], "explanation": ', 18)
        put_value(&o, a.explanation)
        put(&o, b', "contributions": [', 20)
        first = True
        for k, v in a.contributions:
            if not first:
                put(&o, b", ", 2)
            first = False
            put(&o, b"[", 1)
            put_value(&o, k)
            put(&o, b", ", 2)
            put_rounded(&o, v, 3)
            put(&o, b"]", 1)
        put(&o, b"]", 1)
        if a.warnings:
            put(&o, b', "warnings": ', 14)
            put_strings(&o, a.warnings)
        put(&o, b"}\n", 2)
        return PyBytes_FromStringAndSize(o.p, o.n)
    except (TypeError, ValueError, UnicodeEncodeError):
        return None
    finally:
        free(o.p)


# -- reading listings (listings_io.py) ------------------------------------------------------------

cdef bint _huge_in(object o) except -1:
    cdef double d
    for v in ((<dict> o).values() if type(o) is dict else <list> o):
        t = type(v)
        if t is float:
            d = v
            if not (-9.2e18 < d < 9.2e18):
                return True
        elif t is dict or t is list:
            if _huge_in(v):
                return True
    return False


def huge_float(obj):
    """listings_io._huge_float in C (a dict or list as orjson gives it: nesting below 200)."""
    return _huge_in(obj)


# -- normalize.prepare() in one call --------------------------------------------------------------

from cpython.unicode cimport PyUnicode_GET_LENGTH

cdef extern from "Python.h":
    bint PyUnicode_IS_ASCII(object o)

cdef object _is_normalized = None  # unicodedata.is_normalized
cdef object _nfkc_full = None  # unicodedata.normalize
cdef object _fold_py = None  # normalize.fold_radicals
cdef object _t2s = None  # the OpenCC t2s converter's convert
cdef object _t2s_self = None, _t2s_raw = None  # the converter and its C++ extension's convert(utf8, size)
cdef unsigned char _fold_bits[8192]  # one bit per BMP code point fold_radicals may change (_FOLDABLE)


def init_prepare(is_normalized, nfkc_full, fold, str fold_chars, t2s, t2s_raw=None):
    """normalize.py's pieces for prepare(): unicodedata's NFKC check and form, fold_radicals and
    the characters it changes outside the ranges tested here, the t2s converter's convert;
    t2s_raw: (the converter, its extension's convert(utf8 bytes, size)) to call that directly
    (the Python wrapper only encodes: ~600 instructions a call), or None."""
    global _is_normalized, _nfkc_full, _fold_py, _t2s, _t2s_self, _t2s_raw
    cdef Py_ssize_t i
    _is_normalized, _nfkc_full, _fold_py, _t2s = is_normalized, nfkc_full, fold, t2s
    _t2s_self, _t2s_raw = t2s_raw if t2s_raw is not None else (None, None)
    memset(_fold_bits, 0, sizeof(_fold_bits))
    codes = [0x131] + list(range(0x250, 0x2B0)) + list(range(0x370, 0x530)) + list(range(0x2E80, 0x2F00))
    codes += list(range(0x31C0, 0x31F0)) + [ord(c) for c in fold_chars]
    for i in codes:
        if i >= 0x10000:
            raise ValueError("fold characters are in the BMP")
        _fold_bits[i >> 3] |= <unsigned char> (1 << (i & 7))


cdef inline Py_UCS4 _compat(Py_UCS4 c):
    """normalize._COMPAT_PUNCT: full-width punctuation NFKC maps to exactly this character."""
    if c == 0xFF0C: return 44  # ，
    if c == 0xFF1A: return 58  # ：
    if c == 0xFF08: return 40  # （
    if c == 0xFF09: return 41  # ）
    if c == 0xFF01: return 33  # ！
    if c == 0xFF1F: return 63  # ？
    if c == 0xFF1B: return 59  # ；
    if c == 0x3000: return 32
    return c


cdef str _nfkc(str s):
    """normalize.nfkc of a non-ASCII text: unicodedata.normalize("NFKC", s), the punctuation
    first in one pass (NFKC maps each of them to that one character)."""
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(s), i
    cdef int kind = PyUnicode_KIND(s)
    cdef void* data = PyUnicode_DATA(s)
    cdef Py_UCS4 c
    cdef Py_UCS4* out
    cdef bint swapped = False
    if kind != 1:  # Latin-1 text holds none of them
        for i in range(n):
            c = PyUnicode_READ(kind, data, i)
            if _compat(c) != c:
                swapped = True
                break
    if swapped:
        out = <Py_UCS4*> malloc(n * sizeof(Py_UCS4) + 1)
        if out == NULL:
            raise MemoryError()
        try:
            for i in range(n):
                out[i] = _compat(PyUnicode_READ(kind, data, i))
            s = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, out, n)
        finally:
            free(out)
    if _is_normalized("NFKC", s):
        return s
    return _nfkc_full("NFKC", s)


cdef bint _foldable(str s):
    """normalize._FOLDABLE.search(s) is not None."""
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(s), i
    cdef int kind = PyUnicode_KIND(s), j
    cdef void* data = PyUnicode_DATA(s)
    cdef unsigned int c
    for i in range(n):
        c = <unsigned int> PyUnicode_READ(kind, data, i)
        if c < 0x10000 and (_fold_bits[c >> 3] >> (c & 7)) & 1:
            return True
    return False


cdef str _convert(str s):
    """_t2s(s), through the extension's own method when init_prepare was given it."""
    if _t2s_raw is None:
        return _t2s(s)
    cdef bytes b = PyUnicode_AsUTF8String(s)
    return _t2s_raw(_t2s_self, b, PyBytes_GET_SIZE(b))


def t2s(str s):
    """The t2s conversion prepare() makes (tests compare it with the converter's own convert)."""
    return _convert(s)


cdef bint _may_convert(str s):
    """Whether OpenCC's t2s may change `s`: only where it holds a character the table flags T2S
    (one character of each dictionary key that changes text, t2s_keys.py; every one from U+3400
    on when the keys could not be read) or one beyond the table (U+20000 on: not told apart).
    Most simplified text holds none: the call (~15,000 instructions a Chinese line) is skipped.
    No key holds a Latin-1 character (tests/classifiers/test_speed_t2s_skip.py): such a text
    never goes to OpenCC."""
    cdef int kind = PyUnicode_KIND(s)
    if kind == PyUnicode_1BYTE_KIND:
        return False
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(s), i
    cdef void* data = PyUnicode_DATA(s)
    cdef Py_UCS4 c
    for i in range(n):
        c = PyUnicode_READ(kind, data, i)
        if c >= <Py_UCS4> _table_len or _table[c] & T2S:
            return True
    return False


def may_convert(str s):
    """_may_convert, for the tests (tests/classifiers/test_speed_t2s_skip.py)."""
    return _may_convert(s)


def prepare(str text):
    """normalize.prepare's work (emoji words, NFKC, lower case, look-alikes folded, simplified),
    or None when a step changes the length: (text, starts, ends)."""
    s, starts, ends = expand(text)
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(s)
    if not PyUnicode_IS_ASCII(s):
        s = _nfkc(s)
        if PyUnicode_GET_LENGTH(s) != n:
            return None
    s = s.lower()
    if PyUnicode_GET_LENGTH(s) != n:
        return None
    if not PyUnicode_IS_ASCII(s):
        if _foldable(s):
            s = _fold_py(s)
        if _may_convert(s):
            s = _convert(s)
            if PyUnicode_GET_LENGTH(s) != n:
                return None
    return s, starts, ends


# -- a listing's fields as the engine analyses them (engine.raw_matches) --------------------------

cdef bint _has_surrogate(str s):
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(s), i
    cdef int kind = PyUnicode_KIND(s)
    cdef void* data = PyUnicode_DATA(s)
    cdef Py_UCS4 c
    if kind == 1:
        return False
    for i in range(n):
        c = PyUnicode_READ(kind, data, i)
        if 0xD800 <= c <= 0xDFFF:
            return True
    return False


cdef inline bint _blank(object v):
    return v is None or (type(v) is str and PyUnicode_GET_LENGTH(v) == 0)


def plain_texts(dict listing, tuple fields, Py_ssize_t max_chars):
    """Per field (a tuple of its keys, the main one first): the text engine.field_text gives when
    that needs no coercion, cut or repair (plain text of at most max_chars characters with no lone
    surrogate, or "" when every key is missing or empty), else None (the engine's own way)."""
    cdef list out = []
    cdef Py_ssize_t i
    cdef tuple keys
    for f in fields:
        keys = <tuple> f
        v = listing.get(keys[0])
        if type(v) is str and PyUnicode_GET_LENGTH(v) > 0:
            if PyUnicode_GET_LENGTH(v) <= max_chars and (PyUnicode_IS_ASCII(v) or not _has_surrogate(v)):
                out.append(v)
            else:
                out.append(None)
            continue
        if not _blank(v):
            out.append(None)
            continue
        for i in range(1, len(keys)):
            if not _blank(listing.get(keys[i])):
                out.append(None)
                break
        else:
            out.append("")
    return out


def squeeze_text(str text):
    """normalize.squeeze in one call: NFKC, lower case, look-alikes folded, simplified, squeezed."""
    cdef str s = text
    if not PyUnicode_IS_ASCII(s):
        s = _nfkc(s)
    s = s.lower()
    if not PyUnicode_IS_ASCII(s):
        if _foldable(s):
            s = _fold_py(s)
        if _may_convert(s):
            s = _convert(s)
    return squeeze_prepared(s)


# -- small checks the ordinary (nothing-found) listing made with regular expressions ------------

cdef inline bint _at(int kind, void* data, Py_ssize_t n, Py_ssize_t i, str w):
    """Does w (ASCII-free of surrogates, short) stand in the text at i?"""
    cdef Py_ssize_t m = PyUnicode_GET_LENGTH(w), j
    if i + m > n:
        return False
    for j in range(m):
        if <Py_UCS4> PyUnicode_READ(kind, data, i + j) != <Py_UCS4> w[j]:
            return False
    return True


def any_colour_code(str t):
    """colour_codes' precondition in one pass: does t hold 白 黑 红 片 纹清 white black red trắng
    đen đỏ or vân rõ (the regex of those alternatives tried every position, ~40 instructions a
    character; tests compare the two)."""
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(t), i
    cdef int kind = PyUnicode_KIND(t)
    cdef void* data = PyUnicode_DATA(t)
    cdef Py_UCS4 c
    for i in range(n):
        c = PyUnicode_READ(kind, data, i)
        if c < 0x62:  # below b: none starts there
            continue
        if c == 0x767D or c == 0x9ED1 or c == 0x7EA2 or c == 0x7247:  # 白 黑 红 片
            return True
        if c == 0x7EB9:  # 纹
            if _at(kind, data, n, i, "纹清"):
                return True
        elif c == 0x77:  # w
            if _at(kind, data, n, i, "white"):
                return True
        elif c == 0x62:  # b
            if _at(kind, data, n, i, "black"):
                return True
        elif c == 0x72:  # r
            if _at(kind, data, n, i, "red"):
                return True
        elif c == 0x74:  # t
            if _at(kind, data, n, i, "trắng"):
                return True
        elif c == 0x111:  # đ
            if _at(kind, data, n, i, "đen") or _at(kind, data, n, i, "đỏ"):
                return True
        elif c == 0x76:  # v
            if _at(kind, data, n, i, "vân rõ"):
                return True
    return False


def has_marked_latin(str s):
    """matcher._MARKED_LATIN.search(s) is not None: a character in U+00C0-U+024F or U+1E00-U+1EFF
    (the regex cost ~6,000 instructions a line of English text; this loop ~300)."""
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(s), i
    cdef int kind = PyUnicode_KIND(s)
    cdef void* data = PyUnicode_DATA(s)
    cdef Py_UCS4 c
    if PyUnicode_IS_ASCII(s):
        return False
    for i in range(n):
        c = PyUnicode_READ(kind, data, i)
        if (0xC0 <= c <= 0x24F) or (0x1E00 <= c <= 0x1EFF):
            return True
    return False


cdef extern from "Python.h":
    bint Py_UNICODE_ISALNUM(Py_UCS4 ch)
    bint Py_UNICODE_ISDECIMAL(Py_UCS4 ch)


def has_words(str s):
    """engine._HAS_WORDS.search(s) is not None: re's [^\\W\\d_], a character that is alphanumeric
    (re's \\w less '_') and no decimal digit (re's \\d)."""
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(s), i
    cdef int kind = PyUnicode_KIND(s)
    cdef void* data = PyUnicode_DATA(s)
    cdef Py_UCS4 c
    for i in range(n):
        c = PyUnicode_READ(kind, data, i)
        if c < 128:
            if (97 <= c <= 122) or (65 <= c <= 90):
                return True
        elif Py_UNICODE_ISALNUM(c) and not Py_UNICODE_ISDECIMAL(c):
            return True
    return False


cdef Py_ssize_t _count_byte(const char* p, Py_ssize_t n, int b, Py_ssize_t stop):
    # occurrences of b in p[:n], counting no further than stop (memchr: a listing holds few)
    cdef Py_ssize_t k = 0
    cdef const char* end = p + n
    cdef const char* q
    while k < stop and p < end:
        q = <const char*> memchr(p, b, end - p)
        if q == NULL:
            break
        k += 1
        p = q + 1
    return k


def brackets_at_least(bytes raw, Py_ssize_t limit):
    """raw.count(b"[") + raw.count(b"{") >= limit."""
    cdef const char* p = raw
    cdef Py_ssize_t n = len(raw), k
    if limit <= 0:
        return True
    k = _count_byte(p, n, 91, limit)
    return k + _count_byte(p, n, 123, limit - k) >= limit


def has_quote(str s):
    """engine._ANY_QUOTE.search(s) is not None: one of matcher.QUOTES ('"`‘’“”「」『』«») in s."""
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(s), i
    cdef int kind = PyUnicode_KIND(s)
    cdef void* data = PyUnicode_DATA(s)
    cdef Py_UCS4 c
    for i in range(n):
        c = PyUnicode_READ(kind, data, i)
        if c < 128:
            if c == 34 or c == 39 or c == 96:
                return True
        elif (c == 0xAB or c == 0xBB or c == 0x2018 or c == 0x2019 or c == 0x201C or c == 0x201D
              or 0x300C <= c <= 0x300F):
            return True
    return False


# -- contacts.py's first cheap look -------------------------------------------------------------

# binascii.crc32 of contacts.py's patterns joined as _ANY joins them, as written for this loop:
# contacts.py compares at import and scans with the regex alone where they differ.
CONTACT_PATTERNS_CRC = 551654201


cdef inline bint _re_word(Py_UCS4 c) noexcept:
    return c == 95 or Py_UNICODE_ISALNUM(c)  # re's \w for str patterns


cdef inline bint _lit_at(int kind, void* data, Py_ssize_t n, Py_ssize_t i, const char* lit,
                         Py_ssize_t k) noexcept:
    """s[i:i + k] == the ASCII literal lit."""
    cdef Py_ssize_t j
    if i + k > n:
        return False
    for j in range(k):
        if PyUnicode_READ(kind, data, i + j) != <Py_UCS4> (<unsigned char> lit[j]):
            return False
    return True


def contact_start(str s):
    """The first index at which a branch of contacts._PATTERNS can match in s (NFKC, lower case),
    by what each branch needs there: its first character, the characters its lookahead starts
    with, its lookbehind; len(s) where none can. Necessary conditions only (the pattern decides
    from there): a regex search pays a character-set test at every character and a lookahead at
    every t, l, v, w of English text (~6,000 instructions a text; this loop ~10 a character)."""
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(s), i, j
    cdef int kind = PyUnicode_KIND(s)
    cdef void* data = PyUnicode_DATA(s)
    cdef Py_UCS4 c, d, nxt, prev = 0
    for i in range(n):
        c = PyUnicode_READ(kind, data, i)
        if i > 0:
            prev = PyUnicode_READ(kind, data, i - 1)
        nxt = PyUnicode_READ(kind, data, i + 1) if i + 1 < n else 0
        if c < 128:
            if c == 118:  # v: v信, vx; (?<!\wv) then a colon or equals sign after up to 2 spaces
                if nxt == 0x4FE1 or nxt == 120:
                    return i
                if not (i > 0 and _re_word(prev)):
                    for j in range(i + 1, min(i + 4, n)):
                        d = PyUnicode_READ(kind, data, j)
                        if d == 58 or d == 61 or d == 0xFF1A or d == 0xFF1D:
                            return i
            elif c == 119:  # w: wx, wechat, weixin, whatsapp, whats app, wa.me/, (?<!\ww)a
                if (nxt == 120 or _lit_at(kind, data, n, i + 1, b"echat", 5)
                        or _lit_at(kind, data, n, i + 1, b"eixin", 5) or _lit_at(kind, data, n, i + 1, b"hatsapp", 7)
                        or _lit_at(kind, data, n, i + 1, b"hats app", 8) or _lit_at(kind, data, n, i + 1, b"a.me/", 5)):
                    return i
                if nxt == 97 and not (i > 0 and _re_word(prev)):
                    return i
            elif c == 113:  # qq
                if nxt == 113:
                    return i
            elif c == 116:  # tg, telegram
                if nxt == 103 or _lit_at(kind, data, n, i + 1, b"elegram", 7):
                    return i
            elif c == 64:  # @(?<![\w.]@) then [a-z]
                if 97 <= nxt <= 122 and not (i > 0 and (prev == 46 or _re_word(prev))):
                    return i
            elif c == 122:  # zalo
                if _lit_at(kind, data, n, i + 1, b"alo", 3):
                    return i
            elif c == 108:  # l(?<!\wl) then ine
                if _lit_at(kind, data, n, i + 1, b"ine", 3) and not (i > 0 and _re_word(prev)):
                    return i
            elif c == 49:  # 1(?<!\d1) then [3-9]
                if 51 <= nxt <= 57 and not (i > 0 and Py_UNICODE_ISDECIMAL(prev)):
                    return i
            elif c == 43:  # + then \d
                if Py_UNICODE_ISDECIMAL(nxt):
                    return i
        elif c == 0x5FAE or c == 0x5A01 or c == 0x8587:  # 微信 威信 薇信
            if nxt == 0x4FE1:
                return i
        elif c == 0x52A0:  # 加v 加微
            if nxt == 118 or nxt == 0x5FAE:
                return i
        elif c == 0x6263:  # 扣扣
            if nxt == 0x6263:
                return i
        elif c == 0x4F01:  # 企鹅
            if nxt == 0x9E45:
                return i
        elif c == 0x7535:  # 电报
            if nxt == 0x62A5:
                return i
        elif c == 0x98DE:  # 飞机
            if nxt == 0x673A:
                return i
    return n
