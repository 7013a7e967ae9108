# C-level entry points of _segfast.pyx, for _matchfast.pyx (cimport skips Python call overhead)
from libc.stdint cimport uint64_t


cdef struct Slot:
    double logp  # log(count) - logtotal, for a word
    uint64_t key  # id of the key minus its last character << 25 | last character << 4 | flags; 0: empty


cdef class Dictionary:
    """A jieba FREQ dict (and log(total)) as one open-addressing C table; see _segfast.pyx."""
    cdef Slot *slots
    cdef uint64_t mask
    cdef int shift
    cdef readonly Py_ssize_t size, n_keys, n_nodes
    cdef readonly double logtotal

    cdef bint _build(self, dict freq, Py_ssize_t size) except -1
    cdef int _load(self, const unsigned char[::1] table, Py_ssize_t n_keys, Py_ssize_t n_nodes) except -1
    cdef Py_ssize_t _find(self, str s)


cpdef bint word_across(str text, Py_ssize_t pos, Dictionary d) except -1
cpdef set zh_boundaries(str text, Py_ssize_t start, Py_ssize_t end, dict cache, Dictionary d)
