# Character classes shared by the compiled modules (_textfast, _matchfast, _segfast). Inline
# functions only, so this needs no module of its own; cimport them from classifiers._chars.

cdef inline bint is_cjk(Py_UCS4 c) noexcept nogil:
    # the same ranges as normalize.is_cjk
    return (0x4E00 <= c <= 0x9FFF) or (0x3400 <= c <= 0x4DBF) or (0xF900 <= c <= 0xFAFF) or (0x20000 <= c <= 0x2FFFF)


cdef inline bint is_letter(Py_UCS4 c) noexcept nogil:
    # an ASCII letter
    return (97 <= c <= 122) or (65 <= c <= 90)


cdef inline bint is_alnum(Py_UCS4 c) noexcept nogil:
    # an ASCII letter or digit (jieba's re_eng)
    return is_letter(c) or (48 <= c <= 57)


cdef inline bint is_latin_letter(Py_UCS4 c) noexcept nogil:
    # a letter of a Latin-script word, marks included: ASCII, Latin-1 and Extended-A/B letters,
    # Vietnamese's Latin Extended Additional and combining marks (ngà is no word inside ngày)
    return (is_letter(c) or (0xC0 <= c <= 0x24F and c != 0xD7 and c != 0xF7) or (0x1E00 <= c <= 0x1EFF)
            or (0x300 <= c <= 0x36F))
