# C-level entry points of _segfast.pyx, for _matchfast.pyx (cimport skips Python call overhead)
cpdef bint word_across(str text, Py_ssize_t pos, dict freq) except -1
cpdef set zh_boundaries(str text, Py_ssize_t start, Py_ssize_t end, dict cache, dict freq, double logtotal)
