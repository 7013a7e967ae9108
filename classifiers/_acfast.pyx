# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""The lexicon's two Aho-Corasick automata (Matcher._precise and _squeezed) as plain int32 tables
that the lexicon cache stores: loading them is a copy, where ahocorasick_rs (which cannot store an
automaton) rebuilt them at every start (~0.58G instructions, ~40% of a `classify` start).

Same answers as ahocorasick_rs.AhoCorasick(keys, matchkind=MatchKind.Standard), over code points
instead of UTF-8 bytes (a UTF-8 pattern can only match at character boundaries, so the matches
are the same): find_matches_as_indexes(text, overlapping) gives (key index, start, end) in
characters, by end; at one end the longest first (the crate lists a state's own key, then those
of its failure state, and keys are distinct, so the order is by length, whatever the key
indices). Standard non-overlapping: the first key that ends, the longest of those ending there,
then on from its end. tests/classifiers/test_acfast.py compares the two over listing texts.

An automaton is immutable once built: searches from several threads at once are safe.
"""
from cpython.bytes cimport PyBytes_AS_STRING, PyBytes_GET_SIZE
from libc.stdint cimport int32_t
from array import array

cdef enum:
    ROOT_TABLE = 65536  # root transitions of the Basic Multilingual Plane: a direct table

FORMAT = 2


cdef inline int32_t _child(const int32_t* trans, int32_t lo, int32_t hi, int32_t c) noexcept nogil:
    """The target of the transition on character `c` among trans[lo:hi] ((character, target) pairs
    in character order), 0 for none (the root is nobody's child)."""
    cdef int32_t mid
    if hi - lo <= 8:
        while lo < hi:
            if trans[2 * lo] == c:
                return trans[2 * lo + 1]
            if trans[2 * lo] > c:
                return 0
            lo += 1
        return 0
    cdef int32_t top = hi
    while lo < hi:
        mid = (lo + hi) >> 1
        if trans[2 * mid] < c:
            lo = mid + 1
        else:
            hi = mid
    if lo < top and trans[2 * lo] == c:
        return trans[2 * lo + 1]
    return 0


cdef class Automaton:
    """Built by build(keys) or loaded from dump()'s tuple (the lexicon cache holds the tuple).
    Tables (int32), laid out for the search's memory reads: per state (first transition, end of
    its transitions, failure state, the state whose key is reported there: itself, or the nearest
    along its failure chain, 0 for none); the transitions as (character, target) pairs; per state
    (its key index or -1, the next state along the failure chain with a key, its depth); the
    root's transitions on the Basic Multilingual Plane as a direct table."""
    cdef tuple _data
    cdef const int32_t* state
    cdef const int32_t* trans
    cdef const int32_t* emit
    cdef const int32_t* root
    cdef readonly Py_ssize_t states

    def __init__(self, tuple data):
        """data: dump()'s tuple (FORMAT, then the int32 tables as bytes)."""
        if len(data) != 5 or data[0] != FORMAT:
            raise ValueError("not an automaton of this format")
        for b in data[1:]:
            if type(b) is not bytes:
                raise ValueError("not an automaton of this format")
        cdef Py_ssize_t n = PyBytes_GET_SIZE(data[1]) // 16
        if (n < 1 or PyBytes_GET_SIZE(data[1]) != 16 * n or PyBytes_GET_SIZE(data[2]) != 8 * (n - 1)
                or PyBytes_GET_SIZE(data[3]) != 12 * n or PyBytes_GET_SIZE(data[4]) != 4 * ROOT_TABLE):
            raise ValueError("damaged automaton tables")
        self._data = data
        self.states = n
        self.state = <const int32_t*> PyBytes_AS_STRING(data[1])
        self.trans = <const int32_t*> PyBytes_AS_STRING(data[2])
        self.emit = <const int32_t*> PyBytes_AS_STRING(data[3])
        self.root = <const int32_t*> PyBytes_AS_STRING(data[4])

    def dump(self) -> tuple:
        """Plain data (an int and bytes) for the lexicon cache; Automaton(dump()) is this one."""
        return self._data

    def find_matches_as_indexes(self, str haystack, bint overlapping=False) -> list:
        """(key index, start, end) of the keys in `haystack`, as ahocorasick_rs gives them."""
        cdef list found = []
        cdef int32_t s = 0, m, c, t
        cdef Py_ssize_t i = 0
        cdef Py_UCS4 ch
        cdef const int32_t* state = self.state
        cdef const int32_t* trans = self.trans
        cdef const int32_t* emit = self.emit
        cdef const int32_t* root = self.root
        for ch in haystack:
            if 0xD800 <= ch <= 0xDFFF:  # the crate takes UTF-8: a lone surrogate fails as it does there
                haystack.encode("utf-8")
            i += 1
            c = <int32_t> ch
            while True:
                if s == 0:
                    s = root[c] if c < ROOT_TABLE else _child(trans, state[0], state[1], c)
                    break
                t = _child(trans, state[4 * s], state[4 * s + 1], c)
                if t:
                    s = t
                    break
                s = state[4 * s + 2]
            m = state[4 * s + 3]
            if m:
                if overlapping:
                    while m:
                        found.append((emit[3 * m], i - emit[3 * m + 2], i))
                        m = emit[3 * m + 1]
                else:
                    found.append((emit[3 * m], i - emit[3 * m + 2], i))
                    s = 0
        return found


def build(keys) -> Automaton:
    """The automaton of `keys` (distinct, non-empty strings; key i is reported as i)."""
    keys = list(keys)
    cdef Py_ssize_t n = len(keys), i, d, lcp, klen, plen, s, nstates = 1, total = 0
    cdef str k, prev = ""
    for k in keys:
        if not k:
            raise ValueError("You passed in an empty string as a pattern")
        total += len(k)
    order = sorted(range(n), key=keys.__getitem__)  # code point order: a state's children come in order
    parent, char, depth, out = array("i", [0]) * (total + 1), array("i", [0]) * (total + 1), \
        array("i", [0]) * (total + 1), array("i", [-1]) * (total + 1)
    cdef int32_t[:] par_v = parent, ch_v = char, dep_v = depth, out_v = out
    cdef list path = [0]
    for idx in order:
        k = keys[idx]
        klen, plen = len(k), len(prev)
        lcp = 0
        while lcp < klen and lcp < plen and k[lcp] == prev[lcp]:
            lcp += 1
        if lcp == klen and klen == plen:
            raise ValueError(f"duplicate pattern {k!r}")
        del path[lcp + 1:]
        for d in range(lcp, klen):
            s = nstates
            nstates += 1
            par_v[s], ch_v[s], dep_v[s] = path[d], ord(k[d]), d + 1
            path.append(s)
        out_v[path[klen]] = idx
        prev = k
    # transitions by state (compressed rows), in character order
    first = array("i", [0]) * (nstates + 1)
    cdef int32_t[:] first_v = first
    for s in range(1, nstates):
        first_v[par_v[s] + 1] += 1
    for s in range(nstates):
        first_v[s + 1] += first_v[s]
    pairs = array("i", [0]) * (2 * nstates)  # (character, target); one pair spare: never empty
    cdef int32_t[:] pairs_v = pairs
    fill = array("i", first[:nstates])
    cdef int32_t[:] fill_v = fill
    for s in range(1, nstates):
        i = fill_v[par_v[s]]
        fill_v[par_v[s]] += 1
        pairs_v[2 * i], pairs_v[2 * i + 1] = ch_v[s], <int32_t> s
    # failure and output links, shallow states first
    cdef int32_t maxdepth = 0
    for s in range(nstates):
        if dep_v[s] > maxdepth:
            maxdepth = dep_v[s]
    by_depth = array("i", [0]) * (maxdepth + 2)
    cdef int32_t[:] bd_v = by_depth
    for s in range(1, nstates):
        bd_v[dep_v[s] + 1] += 1
    for d in range(maxdepth + 1):
        bd_v[d + 1] += bd_v[d]
    queue = array("i", [0]) * nstates
    cdef int32_t[:] q_v = queue
    for s in range(1, nstates):
        q_v[bd_v[dep_v[s]]] = <int32_t> s
        bd_v[dep_v[s]] += 1
    fail, link = array("i", [0]) * nstates, array("i", [0]) * nstates
    cdef int32_t[:] fail_v = fail, link_v = link
    cdef int32_t f, t, v, c
    for i in range(nstates - 1):
        v = q_v[i]
        if dep_v[v] > 1:
            c, f = ch_v[v], fail_v[par_v[v]]
            while True:
                t = _child(&pairs_v[0], first_v[f], first_v[f + 1], c)
                if t or f == 0:
                    break
                f = fail_v[f]
            fail_v[v] = t
        f = fail_v[v]
        link_v[v] = f if out_v[f] >= 0 else link_v[f]
    root = array("i", [0]) * ROOT_TABLE
    cdef int32_t[:] root_v = root
    for i in range(first_v[0], first_v[1]):
        if pairs_v[2 * i] < ROOT_TABLE:
            root_v[pairs_v[2 * i]] = pairs_v[2 * i + 1]
    state, emit = array("i", [0]) * (4 * nstates), array("i", [0]) * (3 * nstates)
    cdef int32_t[:] state_v = state, emit_v = emit
    for s in range(nstates):
        state_v[4 * s], state_v[4 * s + 1], state_v[4 * s + 2] = first_v[s], first_v[s + 1], fail_v[s]
        state_v[4 * s + 3] = <int32_t> s if out_v[s] >= 0 else link_v[s]
        emit_v[3 * s], emit_v[3 * s + 1], emit_v[3 * s + 2] = out_v[s], link_v[s], dep_v[s]
    return Automaton((FORMAT, state.tobytes(), pairs[:2 * (nstates - 1)].tobytes(), emit.tobytes(), root.tobytes()))
