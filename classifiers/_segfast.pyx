# cython: language_level=3, boundscheck=False, wraparound=False, initializedcheck=False
"""Compiled word-boundary checks over jieba's own dictionary (see matcher.py).

`Dictionary(freq, logtotal)` holds a jieba Tokenizer's FREQ (word -> count, 0 for a prefix that is
no word) and logtotal = log(total) in one C hash table, built once after the last add_word (later
changes to FREQ are not seen). jieba keeps every prefix of every word in FREQ (gen_pfdict,
add_word) and its get_DAG walks a sentence while the prefix is in FREQ; the table stores the
prefix tree of the keys, so its walks stop where no key can follow.

- word_across(text, pos, d): matcher._word_across.
- window(text, start, end): the (a, b) that matcher._zh_boundaries cuts.
- cut_boundaries(text, a, b, d): {a, b} and every word end of jieba 0.42.1
  Tokenizer.cut(text[a:b], HMM=False), as absolute offsets.
- zh_boundaries(text, start, end, cache, d): the whole of matcher._zh_boundaries.
"""
from cpython.object cimport PyObject
from cpython.dict cimport PyDict_Next
from cpython.unicode cimport PyUnicode_READ, PyUnicode_KIND, PyUnicode_DATA
from cpython.float cimport PyFloat_AsDouble
from cpython.long cimport PyLong_AsDouble, PyLong_CheckExact
from libc.math cimport log
from libc.stdint cimport uint32_t, uint64_t
from libc.stdlib cimport malloc, free
from libc.string cimport memcpy, memset
from cpython.bytes cimport PyBytes_FromStringAndSize

from classifiers._chars cimport is_alnum, is_cjk

cdef enum:
    MAX_WORD = 5  # matcher._MAX_WORD
    WINDOW = 10  # matcher._WINDOW
    STACK_N = 128  # windows up to this length need no malloc

cdef extern from "Python.h":
    int PyObject_IsTrue(PyObject *o) except -1
    bint PyUnicode_Check(PyObject *o)

cdef extern from *:
    """
    #include <stdlib.h>
    #include <string.h>
    #if defined(__linux__)
    #include <sys/mman.h>
    #endif
    /* Zeroed, 64-byte aligned (2 MiB aligned and huge pages asked for when big: a lookup then
       costs no TLB miss either); release with free(). */
    static void *segfast_table_alloc(size_t nbytes) {
        void *p = NULL;
    #if defined(_WIN32)
        p = calloc(1, nbytes);
    #else
        size_t align = nbytes >= ((size_t)2 << 20) ? ((size_t)2 << 20) : 64;
        if (posix_memalign(&p, align, nbytes) != 0)
            return NULL;
    #if defined(MADV_HUGEPAGE)
        if (align > 64)
            madvise(p, nbytes, MADV_HUGEPAGE);
    #endif
        memset(p, 0, nbytes);
    #endif
        return p;
    }
    """
    void *segfast_table_alloc(size_t nbytes) nogil

cdef extern from *:
    """
    /* 64-byte aligned, not zeroed, no huge pages asked for: a table read from a file fills all of
       it, and asking for huge pages can stall the first touch in compaction (~0.1 s for 16 MiB). */
    static void *segfast_table_alloc_raw(size_t nbytes) {
        void *p = NULL;
    #if defined(_WIN32)
        p = malloc(nbytes);
    #else
        if (posix_memalign(&p, 64, nbytes) != 0)
            return NULL;
    #endif
        return p;
    }
    """
    void *segfast_table_alloc_raw(size_t nbytes) nogil


# -- the dictionary table --------------------------------------------------------------------
#
# A key is a node of the prefix tree: (the id of its parent, i.e. of the key minus its last
# character, and that character), packed in Slot.key as parent id << 25 | character << 4 | flags.
# A node's id is its string itself when that is short: 2 << 32 | c for one character, 3 << 32 |
# c1 << 16 | c2 for two BMP characters; else 1 << 32 | its slot (the root is 0). So Slot.key names
# a string exactly: no hash collision can give a wrong answer, and the comparison needs nothing
# outside the 16-byte slot (a 64-bit hash of the code points would leave a ~2^-60 chance of a
# wrong answer per probe; checking it against a pool of code points would cost a second cache
# miss on every hit). The price: a string longer than 3 characters is found through the slot of
# its prefix. Every lookup here extends a string whose id we hold anyway (jieba's DAG walk grows
# text[i:j] one character at a time), except in word_across, which reaches text[pos-left:pos+1]
# through text[pos-left:pos]: with literal ids that costs a lookup only for left >= 3, when the
# prefix may not even exist (~2.4 lookups per call on listings vs 2.35 dict lookups before).
# Literal ids also let the CPU fetch the first three slots of a DAG walk at once.
# Home slot: top bits of the key times 2^64/phi (one multiply). Linear probing, 4 slots per cache
# line, load at most 0.6 (0.48 for jieba's dictionary): a lookup is about one cache miss.
# Prefixes of keys that are no keys themselves (none in jieba's FREQ) are nodes without the KEY
# flag: the DAG walk stops there as jieba's does at a string missing from FREQ, word_across walks
# on as matcher._word_across's freq.get did, so the answers are the dict's for any dict.
cdef enum:
    USED = 1
    KEY = 2  # a key of freq (else only a prefix of one)
    WORD = 4  # freq[key] is true: a word; Slot.logp = log(count) - logtotal
    BAD = 8  # a true count <= 0: jieba's math.log raises when its route reaches the word
    CHAR_SHIFT = 4
    PARENT_SHIFT = 25

cdef extern from *:
    """
    #define SEG_FLAGS ((uint64_t)14)  /* KEY | WORD | BAD */
    #define SEG_GOLDEN ((uint64_t)0x9E3779B97F4A7C15ULL)
    #define SEG_BY_SLOT ((uint64_t)1 << 32)
    #define SEG_ONE_CHAR ((uint64_t)2 << 32)
    #define SEG_TWO_CHARS ((uint64_t)3 << 32)
    """
    const uint64_t FLAGS "SEG_FLAGS"
    const uint64_t GOLDEN "SEG_GOLDEN"
    const uint64_t BY_SLOT "SEG_BY_SLOT"
    const uint64_t ONE_CHAR "SEG_ONE_CHAR"
    const uint64_t TWO_CHARS "SEG_TWO_CHARS"


cdef inline Py_ssize_t _child(const Slot *slots, uint64_t mask, int shift, uint64_t parent, Py_UCS4 c) noexcept nogil:
    """Slot of the node (parent id, c), -1 when absent."""
    cdef uint64_t want = (parent << PARENT_SHIFT) | (<uint64_t>c << CHAR_SHIFT) | USED
    cdef uint64_t i = (want * GOLDEN) >> shift
    cdef uint64_t k
    while True:
        k = slots[i].key
        if (k & ~FLAGS) == want:
            return <Py_ssize_t>i
        if k == 0:
            return -1
        i = (i + 1) & mask


cdef inline uint64_t _literal_id(uint64_t parent, Py_UCS4 c) noexcept nogil:
    """Id of the node (parent id, c) when it needs no slot, else 0."""
    if parent == 0:
        return ONE_CHAR | <uint64_t>c
    if (parent >> 32) == 2 and <uint32_t>parent < 0x10000 and c < 0x10000:
        return TWO_CHARS | ((parent & 0xFFFF) << 16) | <uint64_t>c
    return 0


cdef inline uint64_t _id(uint64_t parent, Py_UCS4 c, Py_ssize_t slot) noexcept nogil:
    """Id of the node (parent id, c) found at slot."""
    cdef uint64_t lit = _literal_id(parent, c)
    return lit if lit else BY_SLOT | <uint64_t>slot


cdef double _log_count(PyObject *v, bint *bad) except? -1.0:
    # math.log(count) is C log of the count as a double; jieba raises for counts <= 0 when it uses one
    cdef double f
    if PyLong_CheckExact(<object>v):
        f = PyLong_AsDouble(<object>v)  # no float object made, unlike PyFloat_AsDouble(int)
    else:
        f = PyFloat_AsDouble(<object>v)
    bad[0] = f <= 0.0
    return 0.0 if bad[0] else log(f)


cdef class Dictionary:
    """Dictionary(freq, logtotal): freq a jieba Tokenizer's FREQ (str -> int or float count),
    logtotal = math.log(tok.total). Keys that are not str are ignored (no text slice equals them)."""

    def __cinit__(self, dict freq, double logtotal, const unsigned char[::1] table=None,
                  Py_ssize_t n_keys=0, Py_ssize_t n_nodes=0):
        cdef Py_ssize_t size = 16
        self.logtotal = logtotal
        if freq is None:  # Dictionary(None, logtotal, table, n_keys, n_nodes): a table from dump()
            if table is not None:
                self._load(table, n_keys, n_nodes)
            return  # else Dictionary.read fills it
        while size * 3 < len(freq) * 5:  # load <= 0.6
            size *= 2
        while not self._build(freq, size):  # only when prefixes missing from freq overfill it
            size *= 2

    cdef bint _build(self, dict freq, Py_ssize_t size) except -1:
        cdef Py_ssize_t pos = 0, i, n, slot, limit = size // 4 * 3
        cdef PyObject *k
        cdef PyObject *v
        cdef int kind, bits = 0
        cdef void *data
        cdef uint64_t parent, want, h, flags
        cdef Py_UCS4 c
        cdef double logp
        cdef bint bad = False
        free(self.slots)
        self.slots = <Slot *>segfast_table_alloc(size * sizeof(Slot))
        if self.slots == NULL:
            raise MemoryError()
        while (<Py_ssize_t>1 << bits) < size:
            bits += 1
        if bits > 31:
            raise MemoryError("dictionary too large")
        self.size, self.mask, self.shift = size, size - 1, 64 - bits
        self.n_keys = self.n_nodes = 0
        while PyDict_Next(freq, &pos, &k, &v):
            if not PyUnicode_Check(k):
                continue
            n = len(<str>k)
            if n == 0:
                continue  # text[i:j] with i < j is never empty
            kind = PyUnicode_KIND(<str>k)
            data = PyUnicode_DATA(<str>k)
            parent = 0
            for i in range(n):  # find or add each node on the way
                c = PyUnicode_READ(kind, data, i)
                want = (parent << PARENT_SHIFT) | (<uint64_t>c << CHAR_SHIFT) | USED
                h = (want * GOLDEN) >> self.shift
                while self.slots[h].key != 0 and (self.slots[h].key & ~FLAGS) != want:
                    h = (h + 1) & self.mask
                if self.slots[h].key == 0:
                    if self.n_nodes >= limit:
                        return False
                    self.slots[h].key = want
                    self.n_nodes += 1
                parent = _id(parent, c, h)
            slot = h
            flags = KEY
            logp = 0.0
            if PyObject_IsTrue(v):
                flags |= WORD
                logp = _log_count(v, &bad) - self.logtotal  # the same operations as jieba's route
                if bad:
                    flags |= BAD
            self.slots[slot].key |= flags
            self.slots[slot].logp = logp
            self.n_keys += 1
        return True

    cdef int _load(self, const unsigned char[::1] table, Py_ssize_t n_keys, Py_ssize_t n_nodes) except -1:
        cdef Py_ssize_t size, bits = 0
        if table is None or table.shape[0] == 0 or table.shape[0] % sizeof(Slot):
            raise ValueError("a dumped table is needed")
        size = table.shape[0] // sizeof(Slot)
        while (<Py_ssize_t>1 << bits) < size:
            bits += 1
        if (<Py_ssize_t>1 << bits) != size or bits > 31:
            raise ValueError("not a dumped table: its size is no power of two")
        self.slots = <Slot *>segfast_table_alloc(size * sizeof(Slot))
        if self.slots == NULL:
            raise MemoryError()
        memcpy(self.slots, &table[0], size * sizeof(Slot))
        self.size, self.mask, self.shift = size, size - 1, 64 - bits
        self.n_keys, self.n_nodes = n_keys, n_nodes
        return 0

    @staticmethod
    def read(f, Py_ssize_t nbytes, Py_ssize_t n_keys, Py_ssize_t n_nodes, double logtotal):
        """The table dump() gave, `nbytes` read from the binary file `f` straight into place (no
        copy through a bytes object: the lexicon cache's 16 MiB of jieba)."""
        cdef Dictionary d = Dictionary.__new__(Dictionary, None, logtotal)
        cdef Py_ssize_t size = nbytes // sizeof(Slot), bits = 0
        while (<Py_ssize_t>1 << bits) < size:
            bits += 1
        if nbytes <= 0 or nbytes % sizeof(Slot) or (<Py_ssize_t>1 << bits) != size or bits > 31:
            raise ValueError("not a dumped table")
        d.slots = <Slot *>segfast_table_alloc_raw(nbytes)
        if d.slots == NULL:
            raise MemoryError()
        d.size, d.mask, d.shift = size, size - 1, 64 - bits  # freed by __dealloc__ from here on
        d.n_keys, d.n_nodes = n_keys, n_nodes
        cdef unsigned char[::1] view = <unsigned char[:nbytes]> (<unsigned char *>d.slots)
        cdef Py_ssize_t got = 0, n
        while got < nbytes:
            n = f.readinto(view[got:])
            if not n:
                raise ValueError(f"a dumped table cut short: {got} of {nbytes} bytes")
            got += n
        return d

    def dump(self):
        """(table bytes, n_keys, n_nodes, logtotal): Dictionary(None, logtotal, table, n_keys,
        n_nodes) rebuilds it without the dict (the lexicon cache stores it; same machine only)."""
        return (PyBytes_FromStringAndSize(<char *>self.slots, self.size * sizeof(Slot)),
                self.n_keys, self.n_nodes, self.logtotal)

    def __dealloc__(self):
        free(self.slots)

    cdef Py_ssize_t _find(self, str s):
        cdef Py_ssize_t i, slot = -1
        cdef int kind = PyUnicode_KIND(s)
        cdef void *data = PyUnicode_DATA(s)
        cdef uint64_t parent = 0
        cdef Py_UCS4 c
        for i in range(len(s)):
            c = PyUnicode_READ(kind, data, i)
            slot = _child(self.slots, self.mask, self.shift, parent, c)
            if slot < 0:
                return -1
            parent = _id(parent, c, slot)
        if slot < 0 or not (self.slots[slot].key & KEY):
            return -1
        return slot

    def __contains__(self, s):
        return isinstance(s, str) and self._find(s) >= 0

    def __len__(self):
        return self.n_keys

    def get(self, str s not None):
        """None when s is no key of freq, else (False, None) for a count of 0 and
        (True, log(count) - logtotal) for a word."""
        cdef Py_ssize_t slot = self._find(s)
        if slot < 0:
            return None
        if not (self.slots[slot].key & WORD):
            return (False, None)
        if self.slots[slot].key & BAD:
            raise ValueError("math domain error")
        return (True, self.slots[slot].logp)

    @property
    def nbytes(self):
        """Memory of the table."""
        return self.size * sizeof(Slot)

    def probe_lengths(self):
        """(mean, max) slots read to find a node, over all nodes (1 = found at its home slot)."""
        cdef Py_ssize_t i, total = 0, longest = 0, d
        cdef uint64_t home
        for i in range(self.size):
            if self.slots[i].key:
                home = ((self.slots[i].key & ~FLAGS) * GOLDEN) >> self.shift
                d = ((<uint64_t>i - home) & self.mask) + 1
                total += d
                longest = max(longest, d)
        return (total / self.n_nodes if self.n_nodes else 0.0), longest


# -- character classes -------------------------------------------------------------------------

cdef inline bint _is_han(Py_UCS4 c) noexcept nogil:
    # jieba.re_han_default: [\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]; narrower than is_cjk
    if 0x4E00 <= c <= 0x9FD5:
        return True
    if c < 128:
        return ((c >= c'a' and c <= c'z') or (c >= c'A' and c <= c'Z') or (c >= c'0' and c <= c'9')
                or c == c'+' or c == c'#' or c == c'&' or c == c'.' or c == c'_' or c == c'%' or c == c'-')
    return False


cdef inline bint _is_break(Py_UCS4 c) noexcept nogil:
    # matcher._CLAUSE_BREAK plus space: "，。！？；：、,.;:?!\n()（）【】|/ "
    if c < 128:
        return (c == c',' or c == c'.' or c == c';' or c == c':' or c == c'?' or c == c'!' or c == c'\n'
                or c == c'(' or c == c')' or c == c'|' or c == c'/' or c == c' ')
    return (c == 0xFF0C or c == 0x3002 or c == 0xFF01 or c == 0xFF1F or c == 0xFF1B or c == 0xFF1A
            or c == 0x3001 or c == 0xFF08 or c == 0xFF09 or c == 0x3010 or c == 0x3011)


cdef inline int _check(Dictionary d) except -1:
    if d is None:
        raise TypeError("a Dictionary is needed, not None")
    return 0


# -- the checks --------------------------------------------------------------------------------

cpdef bint word_across(str text, Py_ssize_t pos, Dictionary d) except -1:
    """True when a word of d (count > 0, at most MAX_WORD chars) holds text[pos-1] and text[pos]."""
    _check(d)
    cdef Py_ssize_t n = len(text), left, right, i, slot
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    cdef const Slot *slots = d.slots
    cdef uint64_t mask = d.mask, parent, lit
    cdef int shift = d.shift
    cdef Py_UCS4 c
    if pos <= 0 or pos >= n:
        return False
    if not (is_cjk(PyUnicode_READ(kind, data, pos - 1)) and is_cjk(PyUnicode_READ(kind, data, pos))):
        return False
    for left in range(1, MAX_WORD):
        if pos - left < 0:
            break
        # freq.get(text[pos-left:pos+right]) for right = 1, 2, ...: the tree reaches those strings
        # through text[pos-left:pos]. A string that is no node starts no key, so nothing longer
        # from pos-left is a word either; a node that is no key (never in jieba's FREQ) is walked on.
        parent = 0
        for i in range(pos - left, pos):
            c = PyUnicode_READ(kind, data, i)
            lit = _literal_id(parent, c)
            if lit:
                parent = lit  # no lookup: the next one tells whether anything starts so
            else:
                slot = _child(slots, mask, shift, parent, c)
                if slot < 0:
                    break
                parent = BY_SLOT | <uint64_t>slot
        else:
            for right in range(1, MAX_WORD + 1 - left):
                if pos + right > n:
                    break
                c = PyUnicode_READ(kind, data, pos + right - 1)
                slot = _child(slots, mask, shift, parent, c)
                if slot < 0:
                    break
                if slots[slot].key & WORD:
                    return True
                parent = _id(parent, c, slot)
    return False


cdef int _window(str text, Py_ssize_t start, Py_ssize_t end, Py_ssize_t *pa, Py_ssize_t *pb) except -1:
    cdef Py_ssize_t n = len(text), a = start, b = end
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    if start > n or end < 0:
        raise IndexError("window outside the text")  # Python would raise or wrap; we never read outside
    while a > 0 and start - a < WINDOW and not _is_break(PyUnicode_READ(kind, data, a - 1)):
        a -= 1
    while b < n and b - end < WINDOW and not _is_break(PyUnicode_READ(kind, data, b)):
        b += 1
    pa[0] = a
    pb[0] = b
    return 0


def window(str text, Py_ssize_t start, Py_ssize_t end):
    """The context matcher._zh_boundaries gives jieba: up to WINDOW chars each side, within the clause."""
    cdef Py_ssize_t a, b
    _window(text, start, end, &a, &b)
    return a, b


cdef int _cut_han(Dictionary d, Py_ssize_t s, Py_ssize_t n, int kind, void *data,
                  double *rv, Py_ssize_t *rx, char *mark) except -1:
    """jieba's __cut_DAG_NO_HMM on the block text[s:s+n]: get_DAG and calc in one backward pass.
    rv, rx: route (n+1 entries); mark[k]: a word ends at s+k."""
    cdef Py_ssize_t idx, x, y, bestx, slot
    cdef double best, cand
    cdef double logtotal = d.logtotal
    cdef bint found
    cdef const Slot *slots = d.slots
    cdef uint64_t mask = d.mask, parent, key
    cdef int shift = d.shift
    cdef Py_UCS4 c
    rv[n] = 0.0
    rx[n] = 0
    for idx in range(n - 1, -1, -1):
        # DAG[idx]: ends x of words text[s+idx : s+x+1], walked while the prefix is in freq.
        # calc: max of (log(count) - logtotal + route[x+1], x); ties go to the larger x.
        found = False
        best = 0.0
        bestx = idx
        x = idx
        parent = 0
        while x < n:
            c = PyUnicode_READ(kind, data, s + x)
            slot = _child(slots, mask, shift, parent, c)
            if slot < 0:
                break
            key = slots[slot].key
            if not (key & KEY):
                break
            if key & WORD:
                if key & BAD:
                    raise ValueError("math domain error")
                cand = slots[slot].logp + rv[x + 1]  # (log(count) - logtotal) + route, as jieba
                if not found or cand >= best:
                    best = cand
                    bestx = x
                found = True
            parent = _id(parent, c, slot)
            x += 1
        if not found:  # lone character: count taken as 1
            best = 0.0 - logtotal + rv[idx + 1]
            bestx = idx
        rv[idx] = best
        rx[idx] = bestx
    # Route walk. Runs of single-char [a-zA-Z0-9] words are buffered into one word.
    x = 0
    while x < n:
        y = rx[x] + 1
        if not (y - x == 1 and is_alnum(PyUnicode_READ(kind, data, s + x))):
            mark[x] = 1
            mark[y] = 1
        x = y
    mark[n] = 1
    return 0


cdef set _cut(str text, Py_ssize_t a, Py_ssize_t b, Dictionary d):
    cdef Py_ssize_t n = len(text), hi = b if b < n else n, m, i, j
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    cdef Py_UCS4 c
    cdef set out = {a, b}
    cdef double stack_rv[STACK_N + 1]
    cdef Py_ssize_t stack_rx[STACK_N + 1]
    cdef char stack_mark[STACK_N + 1]
    cdef double *rv = stack_rv
    cdef Py_ssize_t *rx = stack_rx
    cdef char *mark = stack_mark
    if a < 0 or b < 0:
        raise ValueError("negative offset")  # text[a:b] would count from the end
    if a >= hi:
        return out
    m = hi - a
    if m > STACK_N:
        rv = <double *>malloc((m + 1) * sizeof(double))
        rx = <Py_ssize_t *>malloc((m + 1) * sizeof(Py_ssize_t))
        mark = <char *>malloc(m + 1)
        if rv == NULL or rx == NULL or mark == NULL:
            free(rv); free(rx); free(mark)
            raise MemoryError()
    try:
        memset(mark, 0, m + 1)
        i = a
        while i < hi:
            c = PyUnicode_READ(kind, data, i)
            if _is_han(c):
                j = i + 1
                while j < hi and _is_han(PyUnicode_READ(kind, data, j)):
                    j += 1
                _cut_han(d, i, j - i, kind, data, rv + (i - a), rx + (i - a), mark + (i - a))
                i = j
            else:
                # cut() outside re_han: re_skip "(\r\n|\s)" pieces whole, anything else char by char
                if c == c'\r' and i + 1 < hi and PyUnicode_READ(kind, data, i + 1) == c'\n':
                    i += 2
                else:
                    i += 1
                mark[i - a] = 1
        for i in range(1, m + 1):
            if mark[i]:
                out.add(a + i)
    finally:
        if rv != stack_rv:
            free(rv); free(rx); free(mark)
    return out


def cut_boundaries(str text, Py_ssize_t a, Py_ssize_t b, Dictionary d):
    """{a, b} plus the end offset of every word of Tokenizer.cut(text[a:b], HMM=False) (a, b >= 0)."""
    _check(d)
    return _cut(text, a, b, d)


cpdef set zh_boundaries(str text, Py_ssize_t start, Py_ssize_t end, dict cache, Dictionary d):
    """matcher._zh_boundaries in one call: window, then cut_boundaries, memoised in cache by (a, b)."""
    cdef Py_ssize_t a, b
    _check(d)
    _window(text, start, end, &a, &b)
    key = (a, b)
    bounds = cache.get(key)
    if bounds is None:
        bounds = cache[key] = _cut(text, a, b, d)
    return bounds
