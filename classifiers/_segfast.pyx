# cython: language_level=3, boundscheck=False, wraparound=False, initializedcheck=False
"""Compiled word-boundary checks over jieba's own dictionary (see matcher.py).

`freq` is a jieba Tokenizer's FREQ: word -> count, 0 for a prefix that is no word. jieba keeps
every prefix of every word in it (gen_pfdict, add_word) and its get_DAG relies on that; so do
we: a missing string means no longer word starts with it.

- word_across(text, pos, freq): matcher._word_across.
- window(text, start, end): the (a, b) that matcher._zh_boundaries cuts.
- cut_boundaries(text, a, b, freq, logtotal): {a, b} and every word end of
  jieba 0.42.1 Tokenizer.cut(text[a:b], HMM=False), as absolute offsets; logtotal = log(total).
- zh_boundaries(text, start, end, cache, freq, logtotal): the whole of matcher._zh_boundaries.
"""
from cpython.object cimport PyObject
from cpython.dict cimport PyDict_GetItemWithError
from cpython.unicode cimport PyUnicode_Substring, PyUnicode_READ, PyUnicode_KIND, PyUnicode_DATA
from cpython.float cimport PyFloat_AsDouble
from cpython.long cimport PyLong_AsDouble, PyLong_CheckExact
from libc.math cimport log
from libc.stdlib cimport malloc, free
from libc.string cimport memset

cdef enum:
    MAX_WORD = 5  # matcher._MAX_WORD
    WINDOW = 10  # matcher._WINDOW
    STACK_N = 128  # windows up to this length need no malloc

cdef extern from "Python.h":
    int PyObject_IsTrue(PyObject *o) except -1


cdef inline bint _is_cjk(Py_UCS4 c) noexcept nogil:
    # normalize.is_cjk
    return (0x4E00 <= c <= 0x9FFF or 0x3400 <= c <= 0x4DBF or 0xF900 <= c <= 0xFAFF
            or 0x20000 <= c <= 0x2FFFF)


cdef inline bint _is_han(Py_UCS4 c) noexcept nogil:
    # jieba.re_han_default: [\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]; narrower than is_cjk
    if 0x4E00 <= c <= 0x9FD5:
        return True
    if c < 128:
        return ((c >= c'a' and c <= c'z') or (c >= c'A' and c <= c'Z') or (c >= c'0' and c <= c'9')
                or c == c'+' or c == c'#' or c == c'&' or c == c'.' or c == c'_' or c == c'%' or c == c'-')
    return False


cdef inline bint _is_eng(Py_UCS4 c) noexcept nogil:
    # jieba.re_eng: [a-zA-Z0-9]
    return (c >= c'a' and c <= c'z') or (c >= c'A' and c <= c'Z') or (c >= c'0' and c <= c'9')


cdef inline bint _is_break(Py_UCS4 c) noexcept nogil:
    # matcher._CLAUSE_BREAK plus space: "，。！？；：、,.;:?!\n()（）【】|/ "
    if c < 128:
        return (c == c',' or c == c'.' or c == c';' or c == c':' or c == c'?' or c == c'!' or c == c'\n'
                or c == c'(' or c == c')' or c == c'|' or c == c'/' or c == c' ')
    return (c == 0xFF0C or c == 0x3002 or c == 0xFF01 or c == 0xFF1F or c == 0xFF1B or c == 0xFF1A
            or c == 0x3001 or c == 0xFF08 or c == 0xFF09 or c == 0x3010 or c == 0x3011)


cdef inline PyObject* _get(dict freq, str text, Py_ssize_t i, Py_ssize_t j) except? NULL:
    """Borrowed freq[text[i:j]], NULL when missing."""
    return PyDict_GetItemWithError(freq, PyUnicode_Substring(text, i, j))


cpdef bint word_across(str text, Py_ssize_t pos, dict freq) except -1:
    """True when a word of freq (count > 0, at most MAX_WORD chars) holds text[pos-1] and text[pos]."""
    cdef Py_ssize_t n = len(text), left, right
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    cdef PyObject *v
    if pos <= 0 or pos >= n:
        return False
    if not (_is_cjk(PyUnicode_READ(kind, data, pos - 1)) and _is_cjk(PyUnicode_READ(kind, data, pos))):
        return False
    for left in range(1, MAX_WORD):
        if pos - left < 0:
            break
        for right in range(1, MAX_WORD + 1 - left):
            if pos + right > n:
                break
            v = _get(freq, text, pos - left, pos + right)
            if v == NULL:
                break  # not even a prefix: nothing longer from pos-left either
            if PyObject_IsTrue(v):
                return True
    return False


def window(str text, Py_ssize_t start, Py_ssize_t end):
    """The context matcher._zh_boundaries gives jieba: up to WINDOW chars each side, within the clause."""
    cdef Py_ssize_t n = len(text), a = start, b = end
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    if start > n or end < 0:
        raise IndexError("window outside the text")  # Python would raise or wrap; we never read outside
    while a > 0 and start - a < WINDOW and not _is_break(PyUnicode_READ(kind, data, a - 1)):
        a -= 1
    while b < n and b - end < WINDOW and not _is_break(PyUnicode_READ(kind, data, b)):
        b += 1
    return a, b


cdef double _log_count(PyObject *v) except? -1.0:
    # math.log(count) is C log of the count as a double; jieba raises for counts <= 0, so do we
    cdef double f
    if PyLong_CheckExact(<object>v):
        f = PyLong_AsDouble(<object>v)  # no float object made, unlike PyFloat_AsDouble(int)
    else:
        f = PyFloat_AsDouble(<object>v)
    if f <= 0.0:
        raise ValueError("math domain error")
    return log(f)


cdef int _cut_han(str text, Py_ssize_t s, Py_ssize_t n, dict freq, double logtotal, int kind, void *data,
                  double *rv, Py_ssize_t *rx, char *mark) except -1:
    """jieba's __cut_DAG_NO_HMM on the block text[s:s+n]: get_DAG and calc in one backward pass.
    rv, rx: route (n+1 entries); mark[k]: a word ends at s+k."""
    cdef Py_ssize_t idx, x, y, bestx
    cdef double best, cand
    cdef bint found
    cdef PyObject *v
    rv[n] = 0.0
    rx[n] = 0
    for idx in range(n - 1, -1, -1):
        # DAG[idx]: ends x of words text[s+idx : s+x+1], walked while the prefix is in freq.
        # calc: max of (log(count) - logtotal + route[x+1], x); ties go to the larger x.
        found = False
        best = 0.0
        bestx = idx
        x = idx
        while x < n:
            v = _get(freq, text, s + idx, s + x + 1)
            if v == NULL:
                break
            if PyObject_IsTrue(v):
                cand = _log_count(v) - logtotal + rv[x + 1]  # same operation order as jieba
                if not found or cand >= best:
                    best = cand
                    bestx = x
                found = True
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
        if not (y - x == 1 and _is_eng(PyUnicode_READ(kind, data, s + x))):
            mark[x] = 1
            mark[y] = 1
        x = y
    mark[n] = 1
    return 0


def cut_boundaries(str text, Py_ssize_t a, Py_ssize_t b, dict freq, double logtotal):
    """{a, b} plus the end offset of every word of Tokenizer.cut(text[a:b], HMM=False) (a, b >= 0)."""
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
                _cut_han(text, i, j - i, freq, logtotal, kind, data, rv + (i - a), rx + (i - a), mark + (i - a))
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


cpdef set zh_boundaries(str text, Py_ssize_t start, Py_ssize_t end, dict cache, dict freq, double logtotal):
    """matcher._zh_boundaries in one call: window, then cut_boundaries, memoised in cache by (a, b)."""
    key = window(text, start, end)
    bounds = cache.get(key)
    if bounds is None:
        bounds = cache[key] = cut_boundaries(text, key[0], key[1], freq, logtotal)
    return bounds
