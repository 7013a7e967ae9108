# cython: language_level=3, boundscheck=False, wraparound=False
"""Compiled hit rules of classifiers/matcher.py: from Aho-Corasick spans to resolved hits.

The rules are the ones listed in matcher.py's docstring (steps 3-5); they live here because in
Python their bookkeeping cost ~50 µs per listing. Chinese word boundaries come from jieba's own
dictionary and route (_segfast.pyx); an English match that ends inside a word goes back to
matcher.py (spaCy lemmas) through the `inflected_end` callback.
"""

from cpython.array cimport array
from cpython.object cimport PyObject, PyTypeObject
from cpython.ref cimport Py_DECREF, Py_INCREF
from libc.stdlib cimport free, malloc, realloc

cdef extern from "Python.h":
    ctypedef struct PyMemberDef:
        int type
        Py_ssize_t offset
    ctypedef struct PyMemberDescrObject:
        PyMemberDef* d_member
    int T_OBJECT_EX

cdef extern from *:
    """
    static PyObject* __ww_alloc(PyTypeObject* t) { return t->tp_alloc(t, 0); }
    """
    PyObject* __ww_alloc(PyTypeObject* t)

from classifiers._chars cimport is_alnum, is_cjk, is_latin_letter, is_letter
from classifiers._segfast cimport Dictionary, word_across, zh_boundaries

cdef enum:
    PRODUCT_MAX = 2  # kinds 0..2 are product kinds (name, code_word, product_form)
    BENIGN = 4
    LEGAL = 5  # legal_channel

cdef struct Hit:
    int eid
    int s  # start and end in the normalised text
    int e
    int kind
    int suppressor  # entry id of the look-alike or qualifier that covers it, or -1
    bint dropped


cdef inline bint is_word_char(Py_UCS4 c):
    return is_alnum(c) or c == 95 or is_latin_letter(c)


cdef inline bint is_word_edge(Py_UCS4 c):
    # a term's first or last character that must not touch another word character
    return is_alnum(c) or is_latin_letter(c)


cdef inline bint typed_gap(int* st, int* en, Py_ssize_t pos, Py_ssize_t n):
    """Did the original text have something (a space, a symbol) between characters pos-1 and pos?"""
    return pos <= 0 or pos >= n or st[pos] > en[pos - 1]


cdef inline bint _member(Py_UCS4 c, Py_UCS4* chars, int n):
    cdef int i
    for i in range(n):
        if chars[i] == c:
            return True
    return False


cdef inline bint contains(Hit* o, Hit* h):
    """o covers h and is longer."""
    return o.s <= h.s and h.e <= o.e and (o.e - o.s) > (h.e - h.s)


cdef class Resolver:
    cdef int* kinds
    cdef int* cats
    cdef unsigned char* hints  # 0: no label hint, 1: "suspicious", 2: another hint
    cdef int n_entries
    cdef list terms
    cdef list entry_fields  # per entry: (term, category, kind, cue, weight, entry)
    cdef object make_match  # matcher.RawMatch
    cdef tuple zh_negators, zh_not_negation, en_negators, replica, demand
    cdef tuple vi_negators, vi_neg_heads, vi_neg_verbs
    cdef bytes emoji_keys  # per key: 1 = counts only where an emoji stands for its animal (🦏 horn)
    cdef Py_UCS4 breaks[32]
    cdef int n_breaks
    cdef Py_UCS4 neg_chars[32]
    cdef int n_neg_chars
    # make_match(16 values) without its Python __init__ (a dataclass with slots: ~3,000 instructions
    # a match): the object allocated and its slots written as that __init__ writes them
    cdef public bint fast_make
    cdef int n_slots
    cdef Py_ssize_t slot_offsets[24]
    cdef tuple slot_defaults  # values of the fields after the 16 given

    def __cinit__(self):
        self.kinds = NULL
        self.cats = NULL
        self.hints = NULL

    def __init__(self, entries, make_match, kinds: tuple, clause_breaks: str, zh_negators: tuple,
                 zh_not_negation: tuple, en_negators: tuple, replica_prefixes: tuple, demand_prefixes: tuple,
                 vi_negators: tuple = (), vi_neg_heads: tuple = (), vi_neg_verbs: tuple = (),
                 emoji_keys: bytes = b""):
        cdef int i
        self.n_entries = len(entries)
        self.kinds = <int*> malloc(self.n_entries * sizeof(int))
        self.cats = <int*> malloc(self.n_entries * sizeof(int))
        self.hints = <unsigned char*> malloc(self.n_entries)
        if self.kinds == NULL or self.cats == NULL or self.hints == NULL:
            raise MemoryError()
        cat_ids = {}
        self.terms = []
        self.entry_fields = [(e.term, e.category, e.kind, e.cue, e.weight, e) for e in entries]
        self.make_match = make_match
        self.fast_make = False
        self._fast_make_setup(make_match)
        for i, e in enumerate(entries):
            self.kinds[i] = kinds.index(e.kind)
            self.cats[i] = cat_ids.setdefault(e.category, len(cat_ids))
            self.hints[i] = 0 if e.label_hint is None else (1 if e.label_hint == "suspicious" else 2)
            self.terms.append(e.term)
        assert kinds[BENIGN] == "benign_context" and kinds[PRODUCT_MAX + 1] == "trade_cue" and kinds[LEGAL] == "legal_channel"
        self.zh_negators = zh_negators
        self.zh_not_negation = zh_not_negation
        self.en_negators = en_negators
        self.replica = replica_prefixes
        self.demand = demand_prefixes
        self.vi_negators = vi_negators  # a word that negates alone (không, ko)
        self.vi_neg_heads = vi_neg_heads  # ... or before one of vi_neg_verbs (không phải, chả phải, k có)
        self.vi_neg_verbs = vi_neg_verbs
        self.emoji_keys = emoji_keys
        hint_chars = sorted({c for w in zh_negators for c in w})
        if len(clause_breaks) > 32 or len(hint_chars) > 32:
            raise ValueError("at most 32 clause breaks and negator characters")
        self.n_breaks = len(clause_breaks)
        for i, ch in enumerate(clause_breaks):
            self.breaks[i] = ord(ch)
        self.n_neg_chars = len(hint_chars)
        for i, ch in enumerate(hint_chars):
            self.neg_chars[i] = ord(ch)

    def _fast_make_setup(self, make_match):
        """Whether make_match is a slotted dataclass whose generated __init__ only stores its
        fields (the first 16 given, the rest plain defaults): then _new_match writes them."""
        import dataclasses
        import types

        if not (isinstance(make_match, type) and dataclasses.is_dataclass(make_match)):
            return
        init = make_match.__dict__.get("__init__")
        if init is None or getattr(init, "__code__", None) is None or init.__code__.co_filename != "<string>":
            return  # not the generated __init__ (or one inherited)
        if hasattr(make_match, "__post_init__") or not make_match.__dataclass_params__.init:
            return
        fields = dataclasses.fields(make_match)
        if not 16 <= len(fields) <= 24 or any(not f.init for f in fields):
            return
        defaults = []
        for f in fields[16:]:
            if f.default is dataclasses.MISSING or f.default_factory is not dataclasses.MISSING:
                return
            defaults.append(f.default)
        cdef PyMemberDescrObject* d
        offsets = []
        for f in fields:
            for klass in make_match.__mro__:
                if f.name in klass.__dict__:
                    descr = klass.__dict__[f.name]
                    break
            else:
                return
            if type(descr) is not types.MemberDescriptorType:
                return
            d = <PyMemberDescrObject*> descr
            if d.d_member.type != T_OBJECT_EX:
                return
            offsets.append(d.d_member.offset)
        for i, off in enumerate(offsets):
            self.slot_offsets[i] = off
        self.n_slots = len(offsets)
        self.slot_defaults = tuple(defaults)
        self.fast_make = True

    cdef object _new_match(self, object a0, object a1, object a2, object a3, object a4, object a5, object a6,
                           object a7, object a8, object a9, object a10, object a11, object a12, object a13,
                           object a14, object a15):
        """make_match(a0, ..., a15), as its generated __init__ would fill it."""
        if not self.fast_make:
            return self.make_match(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15)
        cdef PyObject* vals[24]
        cdef PyTypeObject* tp = <PyTypeObject*> self.make_match
        cdef PyObject* p
        cdef PyObject** slot
        cdef int i
        vals[0] = <PyObject*> a0; vals[1] = <PyObject*> a1; vals[2] = <PyObject*> a2; vals[3] = <PyObject*> a3
        vals[4] = <PyObject*> a4; vals[5] = <PyObject*> a5; vals[6] = <PyObject*> a6; vals[7] = <PyObject*> a7
        vals[8] = <PyObject*> a8; vals[9] = <PyObject*> a9; vals[10] = <PyObject*> a10; vals[11] = <PyObject*> a11
        vals[12] = <PyObject*> a12; vals[13] = <PyObject*> a13; vals[14] = <PyObject*> a14
        vals[15] = <PyObject*> a15
        for i in range(16, self.n_slots):
            vals[i] = <PyObject*> self.slot_defaults[i - 16]
        p = __ww_alloc(tp)
        if p == NULL:
            raise MemoryError()
        obj = <object> p  # a second reference: the one tp_alloc gave is dropped below
        Py_DECREF(obj)
        for i in range(self.n_slots):
            slot = <PyObject**> ((<char*> p) + self.slot_offsets[i])
            Py_INCREF(<object> vals[i])
            slot[0] = vals[i]
        return obj

    def __dealloc__(self):
        free(self.kinds)
        free(self.cats)
        free(self.hints)

    def resolve(self, str t, array starts, array ends, list spans, list span_ids, int max_spans, Dictionary d,
                inflected_end, str text, str field):
        """Hits in the normalised text `t` as RawMatch objects (for `text`, the original, and its
        `field`) in the order found, and whether the span limit cut the search short.
        starts/ends: original offsets of each character of `t` (where the seller typed a gap);
        spans: (key index, start, end) of the lexicon keys found in `t`; span_ids: key index -> entry ids."""
        cdef Py_ssize_t cap = 64, nh = 0, i, j, nspans = 0
        cdef Hit* hits = <Hit*> malloc(cap * sizeof(Hit))
        cdef Hit* grown
        cdef int s, e, eid, kind, ok, latin_ok
        cdef bint cut = False
        cdef dict zh_cache = {}
        cdef const unsigned char* ek = self.emoji_keys
        cdef Py_ssize_t n_emoji = len(self.emoji_keys)
        if hits == NULL:
            raise MemoryError()
        try:
            for key_index, s, e in spans:
                ids = span_ids[key_index]
                nspans += 1
                if key_index < n_emoji and ek[key_index] and not _emoji_written(t, text, starts.data.as_ints, s, e):
                    continue  # 虎吊坠 written so is a zodiac pendant; 🐯吊坠 is the emoji's tiger
                ok = -1  # word-boundary checks: once per span, only when an entry needs them
                latin_ok = -1
                for eid in ids:
                    kind = self.kinds[eid]
                    if kind <= PRODUCT_MAX:
                        if ok == -1:
                            ok = self._on_boundaries(t, s, e, starts.data.as_ints, ends.data.as_ints,
                                                     zh_cache, d, inflected_end, True)
                        if ok == 0:
                            continue
                    else:
                        if latin_ok == -1:
                            latin_ok = self._on_boundaries(t, s, e, starts.data.as_ints, ends.data.as_ints,
                                                           zh_cache, d, inflected_end, False)
                        if latin_ok == 0:
                            continue
                    if nh == cap:
                        cap *= 2
                        grown = <Hit*> realloc_hits(hits, cap)
                        hits = grown
                    hits[nh].eid = eid
                    hits[nh].s = s
                    hits[nh].e = e
                    hits[nh].kind = kind
                    hits[nh].suppressor = -1
                    hits[nh].dropped = False
                    nh += 1
                if nspans >= max_spans:  # keyword spam: the first hits say enough
                    cut = True
                    break
            if nh > 1:
                self._overlaps(hits, nh, t)
            out = []
            for i in range(nh):
                if not hits[i].dropped:
                    out.append(self._match(t, &hits[i], starts.data.as_ints, ends.data.as_ints, text, field))
            return out, cut
        finally:
            free(hits)

    cdef int _on_boundaries(self, str t, int s, int e, int* st, int* en, dict zh_cache, Dictionary d,
                            inflected_end, bint chinese) except -1:
        """Does [s, e) start and end on word boundaries? Latin edges always must (ib is no inbox cue
        inside "Siberian", ivory wool no colour inside "ivory wolf"); Chinese edges only for product
        terms (`chinese`), since look-alike compounds and cues may sit inside longer words. A gap
        the seller typed there (雪豹皮 帽子) is a boundary whatever jieba would make of the joined
        text; jieba runs only when a dictionary word could cross the edge."""
        cdef Py_ssize_t n = len(t)
        cdef Py_UCS4 first = t[s], last = t[e - 1]
        if is_cjk(first):
            if (chinese and not typed_gap(st, en, s, n) and word_across(t, s, d)
                    and s not in zh_boundaries(t, s, e, zh_cache, d)):
                return 0
        elif is_word_edge(first) and s > 0 and is_word_char(t[s - 1]):
            return 0
        if is_cjk(last):
            if (chinese and not typed_gap(st, en, e, n) and word_across(t, e, d)
                    and e not in zh_boundaries(t, s, e, zh_cache, d)):
                return 0
        elif is_word_edge(last) and e < n and is_word_char(t[e]):
            if not is_latin_letter(t[e]):
                return 0  # ivory_88, tusk2: part of a handle or code, not the word
            return 1 if inflected_end(s, e) else 0  # tusks yes, horny no
        return 1

    cdef void _overlaps(self, Hit* h, Py_ssize_t n, str t):
        cdef Py_ssize_t i, j
        cdef bint inner
        # a look-alike covering a product term, or taking its first character (水牛角 + 角手串)
        for i in range(n):
            if h[i].kind <= PRODUCT_MAX:
                for j in range(n):
                    if h[j].kind == BENIGN and (contains(&h[j], &h[i]) or h[j].s < h[i].s < h[j].e < h[i].e):
                        h[i].suppressor = h[j].eid
                        break
        # a look-alike inside a longer trade cue or legal-paper phrase belongs to it ("customs" in
        # "the kind customs don't like", nhựa in "không phải nhựa", "App" in "CITES App II permit",
        # "Article" in "Article 10 certificate"): it excuses nothing, unless it is denied there (then
        # it is the wink "not plastic" itself) or is what a product term inside it means (象牙黄)
        for i in range(n):
            if h[i].kind == BENIGN:
                for j in range(n):
                    if (h[j].kind == PRODUCT_MAX + 1 or h[j].kind == LEGAL) and contains(&h[j], &h[i]):
                        if not self._suppresses(h, n, i) and not self._negated(t, h[i].s):
                            h[i].dropped = True
                        break
        # a qualifier in front decides (猛犸象牙 + 象牙吊坠 is mammoth)
        for i in range(n):
            if h[i].kind <= PRODUCT_MAX and h[i].suppressor < 0 and self.hints[h[i].eid] == 0:
                for j in range(n):
                    if (h[j].kind <= PRODUCT_MAX and self.hints[h[j].eid] == 1
                            and h[j].s < h[i].s < h[j].e <= h[i].e and self.cats[h[j].eid] == self.cats[h[i].eid]):
                        h[i].suppressor = h[j].eid
                        break
        # a cue inside a look-alike compound belongs to the compound (牙白 inside 象牙白)
        for i in range(n):
            if h[i].kind > PRODUCT_MAX and h[i].kind != BENIGN:
                for j in range(n):
                    if h[j].kind == BENIGN and not h[j].dropped and contains(&h[j], &h[i]):
                        h[i].dropped = True
                        break
        # a term inside a longer live term of the same kind (or both products) gives way to it
        cdef unsigned char* inner_of = <unsigned char*> malloc(n)
        if inner_of == NULL:
            return
        for i in range(n):
            inner = False
            if not h[i].dropped:
                for j in range(n):
                    if (j != i and not h[j].dropped and h[j].suppressor < 0 and contains(&h[j], &h[i])
                            and (h[j].kind == h[i].kind or (h[j].kind <= PRODUCT_MAX and h[i].kind <= PRODUCT_MAX))):
                        inner = True
                        break
            inner_of[i] = inner
        for i in range(n):
            if inner_of[i]:
                h[i].dropped = True
        free(inner_of)
        # a look-alike inside a live product term is not benign there (骨 inside 虎骨)
        for i in range(n):
            if h[i].kind == BENIGN and not h[i].dropped:
                for j in range(n):
                    if (not h[j].dropped and h[j].kind <= PRODUCT_MAX and h[j].suppressor < 0
                            and contains(&h[j], &h[i])):
                        h[i].dropped = True
                        break

    cdef bint _suppresses(self, Hit* h, Py_ssize_t n, Py_ssize_t b):
        cdef Py_ssize_t i
        for i in range(n):
            if h[i].kind <= PRODUCT_MAX and h[i].suppressor == h[b].eid and h[b].s <= h[i].s < h[b].e:
                return True
        return False

    cdef object _match(self, str t, Hit* h, int* st, int* en, str text, str field):
        """The RawMatch, with negation before the hit and a replica or buying word right before a
        live product term."""
        cdef bint negated = self._negated(t, h.s), demand = False, replica = False
        cdef Py_ssize_t at
        suppressed_by = self.terms[h.suppressor] if h.suppressor >= 0 else None
        if h.kind <= PRODUCT_MAX and h.suppressor < 0:
            prefix, at = _prefix(t, h.s)
            is_replica = prefix in self.replica if prefix.isascii() else prefix.endswith(self.replica)
            if is_replica and not self._negated(t, at):
                replica = True
                suppressed_by = prefix  # 仿象牙, faux ivory ("not fake" is no replica)
            elif prefix.endswith(self.demand):
                demand = True  # 收鹤顶红, 高价收 山甲片
        cdef int o_start = st[h.s], o_end = en[h.e - 1]
        term, category, kind, cue, weight, entry = self.entry_fields[h.eid]
        return self._new_match(text[o_start:o_end], term, category, kind, field, o_start, o_end, cue, negated,
                               suppressed_by, weight, entry, h.s, h.e, demand, replica)

    cdef bint _negated(self, str t, Py_ssize_t n_start):
        """A negation word right before the term, in the same clause (不是树脂, not resin, 不含穿山甲;
        Vietnamese in 16 characters back, its negators being several syllables: không phải là nhựa)."""
        cdef Py_ssize_t lo = n_start - 8 if n_start > 8 else 0, a = n_start, pos, i, nw
        cdef Py_ssize_t lo_vi = n_start - 16 if n_start > 16 else 0, a_vi
        cdef Py_UCS4 c
        cdef bint hinted = False, hinted_vi = False
        while a > lo and not _member(t[a - 1], self.breaks, self.n_breaks):
            a -= 1
        a_vi = a
        if a == lo:
            while a_vi > lo_vi and not _member(t[a_vi - 1], self.breaks, self.n_breaks):
                a_vi -= 1
        if a_vi == n_start:
            return False
        # a cheap look first: a character of a Chinese negator, or n/f/w (no, not, never, free,
        # without); for Vietnamese n/k/p/ả (không, ko, k phải, chả phải)
        for i in range(a_vi, n_start):
            c = t[i]
            if c == 110 or c == 107 or c == 112 or c == 7843:
                hinted_vi = True
            if i >= a and (c == 110 or c == 102 or c == 119 or _member(c, self.neg_chars, self.n_neg_chars)):
                hinted = True
                break
        if hinted:
            window = t[a:n_start]
            stripped = window.rstrip()
            for neg in self.zh_negators:
                pos = stripped.rfind(neg)
                if pos >= 0 and len(stripped) - (pos + len(neg)) <= 1:  # 不是树脂, 不是真象牙; not 不是树脂 相牙
                    if not stripped[pos:].startswith(self.zh_not_negation):
                        return True
            words = _unquoted(stripped.replace("-", " ").split())
            if a == lo and lo > 0 and is_letter(t[lo - 1]) and words:
                words = words[1:]  # the window cut a word: 'no' of 'piano' is no negation
            for w in words[max(len(words) - 2, 0):]:  # the last two words (no negative index: wraparound is off)
                if w in self.en_negators:
                    return True
        if not (hinted or hinted_vi) or not self.vi_negators:
            return False
        # không nhựa; không phải nhựa, chả phải xương, k có ngà; không phải là nhựa
        words = _unquoted(t[a_vi:n_start].split())
        if a_vi == lo_vi and lo_vi > 0 and is_letter(t[lo_vi - 1]) and words:
            words = words[1:]
        nw = len(words)
        if nw == 0:
            return False
        if words[nw - 1] in self.vi_negators:
            return True
        if nw >= 2 and words[nw - 1] in self.vi_neg_verbs:
            if words[nw - 2] in self.vi_neg_heads:
                return True
            if nw >= 3 and words[nw - 2] in self.vi_neg_verbs and words[nw - 3] in self.vi_neg_heads:
                return True
        return False


cdef list _unquoted(list words):
    """The words with a quotation mark opening them taken off (q35): a denial quoted as the seller's
    own claim ('không phải ngà', "not ivory") still denies."""
    cdef Py_ssize_t i
    for i in range(len(words)):
        if words[i] and words[i][0] in _OPEN_QUOTES:
            words[i] = words[i].lstrip(_OPEN_QUOTES)
    return words


_OPEN_QUOTES = "'\"‘’“”「」『』«»`"


cdef extern from "Python.h":
    object PyUnicode_FromKindAndData(int kind, const void* buffer, Py_ssize_t size)
    int PyUnicode_4BYTE_KIND
    int PyUnicode_KIND(object o)
    void* PyUnicode_DATA(object o)
    Py_UCS4 PyUnicode_READ(int kind, void* data, Py_ssize_t index)


cdef inline bint _latin_py(Py_UCS4 c) noexcept:
    # normalize.is_latin_letter (no combining marks: NFKC has composed them by then)
    return is_letter(c) or (0xC0 <= c <= 0x24F and c != 0xD7 and c != 0xF7) or (0x1E00 <= c <= 0x1EFF)


cdef inline bint _splitter(Py_UCS4 c) noexcept:
    # matcher._SPLITTERS: " .-_*·•'/|~+"
    return (c == 32 or c == 46 or c == 45 or c == 95 or c == 42 or c == 0xB7 or c == 0x2022 or c == 39
            or c == 47 or c == 124 or c == 126 or c == 43)


def split_kept(str t):
    """Matcher._split_word_spans' first step (matcher._split_kept_py, in Python): (t without each
    splitter that stands between two Latin letters, the index in t of each character kept), or
    None when there is no such splitter. In Python, a loop over every character of the text."""
    cdef Py_ssize_t n = len(t), i, m = 0
    cdef int kind = PyUnicode_KIND(t)
    cdef void* data = PyUnicode_DATA(t)
    cdef Py_UCS4 c
    cdef Py_UCS4* buf
    cdef list kept
    for i in range(1, n - 1):
        if _splitter(PyUnicode_READ(kind, data, i)) and _latin_py(PyUnicode_READ(kind, data, i - 1)) and _latin_py(
                PyUnicode_READ(kind, data, i + 1)):
            break
    else:
        return None
    buf = <Py_UCS4*> malloc(n * sizeof(Py_UCS4) + 1)
    if buf == NULL:
        raise MemoryError()
    try:
        kept = []
        for i in range(n):
            c = PyUnicode_READ(kind, data, i)
            if 0 < i < n - 1 and _splitter(c) and _latin_py(PyUnicode_READ(kind, data, i - 1)) and _latin_py(
                    PyUnicode_READ(kind, data, i + 1)):
                continue
            buf[m] = c
            m += 1
            kept.append(i)
        return PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buf, m), kept
    finally:
        free(buf)


def has_product_key(list spans, const unsigned char[:] key_is_product, str t):
    """Does any (key index, start, end) span of `t` name a product term? key_is_product: one byte
    per key, 1 = a product term, 2 = one only as a whole Latin word (pan, boa, xj: inside English
    words they are nothing, and must not make every English listing topical)."""
    cdef Py_ssize_t k, s, e, n = len(t)
    cdef unsigned char v
    for span in spans:
        k = span[0]
        v = key_is_product[k]
        if v == 1:
            return True
        if v == 2:
            s = span[1]
            e = span[2]
            if (s == 0 or not is_letter(t[s - 1])) and (e >= n or not is_letter(t[e])):
                return True
    return False


cdef bint _emoji_written(str t, str text, int* st, Py_ssize_t s, Py_ssize_t e):
    """Was a CJK character of t[s:e] written as an emoji (🐘 for 象) in the original text?"""
    cdef Py_ssize_t i
    for i in range(s, e):
        if is_cjk(t[i]) and not is_cjk(text[st[i]]):
            return True
    return False


cdef tuple _prefix(str text, Py_ssize_t n_start):
    """The word right before a term (up to 3 Chinese characters, or one Latin word) and where it starts."""
    cdef Py_ssize_t i = n_start, j
    while i > 0 and text[i - 1] == " ":
        i -= 1
    j = i
    if j > 0 and is_letter(text[j - 1]):
        while j > 0 and is_letter(text[j - 1]):
            j -= 1
        return text[j:i], j
    while j > 0 and i - j < 3 and is_cjk(text[j - 1]):
        j -= 1
    return text[j:i], j



cdef Hit* realloc_hits(Hit* p, Py_ssize_t cap) except NULL:
    cdef Hit* q = <Hit*> realloc(p, cap * sizeof(Hit))
    if q == NULL:
        raise MemoryError()
    return q


def any_strong(list hits, const unsigned char[:] everyday):
    """Is any squeezed pre-filter hit (key index, start, end) not an everyday word?"""
    for h in hits:
        if not everyday[<Py_ssize_t> h[0]]:
            return True
    return False


def any_hiding(list hits, const unsigned char[:] everyday):
    """Is any squeezed pre-filter hit an everyday word that can hide a strong key (coded 2:
    match_tables._everyday_codes)?"""
    for h in hits:
        if everyday[<Py_ssize_t> h[0]] == 2:
            return True
    return False


def hidden_strong(find, str sq, list hits, const unsigned char[:] everyday, Py_ssize_t longest):
    """Does the overlapping squeezed search of `sq` find a strong key (coded 0) where the first
    search's `hits` (key index, start, end, by start) are all everyday words? Searched only
    around those hits: that search reports the earliest-ending key and restarts after it, so a
    key it passed over overlaps a hit it reported, and lies within `longest` (the longest
    squeezed key) of it; the windows of neighbouring hits are searched as one. find: the
    squeezed automaton's find_matches_as_indexes."""
    cdef Py_ssize_t n = len(sq), lo = -1, hi = -1, a, b
    for h in hits:
        a = (<tuple> h)[1]
        b = (<tuple> h)[2]
        a = a - longest if a > longest else 0
        b = b + longest if b + longest < n else n
        if lo >= 0 and a <= hi:
            if b > hi:
                hi = b
            continue
        if lo >= 0 and _strong_in_window(find, sq, lo, hi, everyday):
            return True
        lo, hi = a, b
    return lo >= 0 and _strong_in_window(find, sq, lo, hi, everyday)


cdef bint _strong_in_window(find, str sq, Py_ssize_t lo, Py_ssize_t hi, const unsigned char[:] everyday) except -1:
    for h in find(sq[lo:hi], overlapping=True):
        if not everyday[<Py_ssize_t> (<tuple> h)[0]]:
            return True
    return False


def any_cover(list spans, const unsigned char[:] cover, starts, ends, str text, str quotes):
    """Does a cover material sit among the precise spans of the normalised text: a key coded 0
    anywhere, or one coded 2 with quotation marks around it in the original `text` (starts/ends:
    original offsets per normalised character)? See match_tables.compile_tables."""
    cdef Py_ssize_t n = len(text), a, b
    cdef unsigned char v
    for span in spans:
        v = cover[<Py_ssize_t> span[0]]
        if v == 0:
            return True
        if v == 2:
            a = starts[span[1]]
            b = ends[span[2] - 1]
            if 0 < a and b < n and text[a - 1] in quotes and text[b] in quotes:
                return True
    return False


# -- the ordinary listing in one call (classifiers/batch.py) --------------------------------------

cdef class Reject:
    """engine.Classifier.raw_matches' "nothing found" branch for the common listing, in one call:
    True when the listing surely has no lexicon hit, no contact to look for and no warning (its
    answer is then the classifier's constant nothing_matched()); False when it may have any, or
    takes a path this does not follow (a field to coerce or cut, a text whose normalisation
    changes its length, marked Latin letters: Vietnamese's folded pass). When it may have hits and
    the title/description text went through the first steps, what they gave instead of False:
    (that text, prepare()'s tuple, normalize_prepared()'s tuple, the precise spans, and the seller
    name's squeezed pre-filter hits where it got that far, else None), for Matcher.scan and
    raw_matches to go on from. The steps are
    raw_matches' and Matcher.scan's, called as they call them; tests compare the two over whole
    files (tests/classifiers/test_speed_equivalence.py)."""
    cdef object precise, squeezed, plain_texts, prepare, normalize_prepared, squeeze_prepared
    cdef object squeeze_text, has_marked_latin, has_words
    cdef bytes key_is_product, not_cover
    cdef const unsigned char[:] everyday
    cdef tuple fields
    cdef Py_ssize_t max_chars, longest
    cdef str quotes

    def __init__(self, precise, squeezed, bytes key_is_product, bytes everyday, bytes not_cover, tuple fields,
                 Py_ssize_t max_chars, str quotes, textfast, Py_ssize_t longest):
        """precise/squeezed: the Matcher's two automata' find_matches_as_indexes; the byte
        tables: Matcher._key_is_product, _squeezed_everyday, _key_not_cover; fields: the engine's
        field key sets (title, description, price, seller, category), max_chars its cut;
        textfast: the _textfast module with its tables loaded; longest: the longest squeezed key."""
        self.longest = longest
        self.precise, self.squeezed = precise, squeezed
        self.key_is_product, self.everyday, self.not_cover = key_is_product, everyday, not_cover
        self.fields, self.max_chars, self.quotes = fields, max_chars, quotes
        self.plain_texts, self.prepare = textfast.plain_texts, textfast.prepare
        self.normalize_prepared, self.squeeze_prepared = textfast.normalize_prepared, textfast.squeeze_prepared
        self.squeeze_text, self.has_marked_latin, self.has_words = (textfast.squeeze_text, textfast.has_marked_latin,
                                                                    textfast.has_words)

    cdef bint _strong_in(self, str text) except -1:
        """Matcher.prefilter(text, everyday=False) of a non-empty text."""
        cdef list hits = self.squeezed(self.squeeze_text(text))
        cdef Py_ssize_t k
        for h in hits:
            k = (<tuple> h)[0]
            if not self.everyday[k]:
                return True
        return False

    def __call__(self, dict listing):
        cdef list plain = self.plain_texts(listing, self.fields, self.max_chars)
        cdef str title, desc, price, seller, joined, t, sq
        cdef list spans, hits
        cdef Py_ssize_t k
        for v in plain:
            if v is None:
                return False
        title, desc, price, seller = plain[0], plain[1], plain[2], plain[3]
        if listing.get("price_placeholder") is True:
            price = ""
        joined = title + "\n" + desc
        prepared = self.prepare(joined)
        if prepared is None:
            return False
        normalized = self.normalize_prepared(*prepared)
        t = (<tuple> normalized)[0]
        if self.has_marked_latin(t):
            return False
        spans = self.precise(t, overlapping=True)
        if spans and has_product_key(spans, self.key_is_product, t):
            return (joined, prepared, normalized, spans, None)
        sq = self.squeeze_prepared((<tuple> prepared)[0])
        hits = self.squeezed(sq)
        if hits:
            for h in hits:
                k = (<tuple> h)[0]
                if not self.everyday[k]:
                    return (joined, prepared, normalized, spans, None)
            # only everyday words found: the search reports the earliest-ending key and moves past it,
            # so an everyday word can hide a longer key it begins (手感 in 手感冬暖夏凉); look again
            # with every key (texts with an everyday word only)
            # (only where an everyday word found can hide one: coded 2, match_tables._everyday_codes)
            # (searched around the hits only: hidden_strong)
            for h in hits:
                if self.everyday[<Py_ssize_t> (<tuple> h)[0]] == 2:
                    if hidden_strong(self.squeezed, sq, hits, self.everyday, self.longest):
                        return (joined, prepared, normalized, spans, None)
                    break
            if spans and any_cover(spans, self.not_cover, (<tuple> normalized)[1], (<tuple> normalized)[2], joined,
                                   self.quotes):
                return (joined, prepared, normalized, spans, None)
        # the seller name's pre-filter hits go on with the rest (raw_matches would squeeze it again)
        seller_hits = None
        if seller:
            seller_hits = self.squeezed(self.squeeze_text(seller))
            for h in seller_hits:
                if not self.everyday[<Py_ssize_t> (<tuple> h)[0]]:
                    return (joined, prepared, normalized, spans, seller_hits)
        if price and self.has_words(price) and self._strong_in(price):
            return (joined, prepared, normalized, spans, seller_hits)
        return True
