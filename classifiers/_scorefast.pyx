# cython: language_level=3, boundscheck=False, wraparound=False
"""Compiled arithmetic of the scoring steps that run for every topical listing: the weighted sums
of model.LinearModel.logit and features.rule_logit, and features.attribute's shares.

Same additions and multiplications in the same order as the Python loops they replace (IEEE
doubles either way, so the same bits); where a weight or a value is not a float (an int weight
from a hand-edited file, a bool) the functions answer None and the caller runs its Python loop.
Tests compare both over every demo, dev and unseen listing.
"""
from cpython.dict cimport PyDict_GetItem, PyDict_Next
from cpython.float cimport PyFloat_AS_DOUBLE
from cpython.object cimport PyObject
from libc.math cimport fabs, isnan
from libc.stdlib cimport free, malloc


def weighted_sum(dict coef, dict f):
    """Sum of coef[k] * v over f's items in f's order, keys whose weight is missing or 0 left
    out (the loop of LinearModel.logit and rule_logit, without the intercept); None when a
    weight or a value met is not a float."""
    cdef double total = 0.0
    cdef double w
    cdef Py_ssize_t pos = 0
    cdef PyObject* k
    cdef PyObject* v
    cdef PyObject* wp
    while PyDict_Next(f, &pos, &k, &v):
        wp = PyDict_GetItem(coef, <object>k)
        if wp == NULL or <object>wp is None:
            continue
        if type(<object>wp) is not float:
            return None
        w = PyFloat_AS_DOUBLE(<object>wp)
        if w == 0.0:
            continue  # `if w:` (NaN is true, and stays in as in Python)
        if type(<object>v) is not float:
            return None
        total += w * PyFloat_AS_DOUBLE(<object>v)
    return total


def shares(dict weights, dict f):
    """features.attribute: (feature, weight * value) for each feature of f whose value and weight
    are not 0, largest absolute share first, ties in f's order (a stable sort); None when a value
    or weight met is not a float, or a share is NaN (Python's sort orders those its own way)."""
    cdef Py_ssize_t pos = 0, n = 0, i, j, cap = len(f)
    cdef PyObject* k
    cdef PyObject* v
    cdef PyObject* wp
    cdef double w, x, key
    cdef list parts = []
    if cap == 0:
        return parts
    cdef double* keys = <double*> malloc(cap * sizeof(double))
    cdef Py_ssize_t* order = <Py_ssize_t*> malloc(cap * sizeof(Py_ssize_t))
    if keys == NULL or order == NULL:
        free(keys)
        free(order)
        raise MemoryError()
    try:
        while PyDict_Next(f, &pos, &k, &v):
            if type(<object>v) is not float:
                return None
            x = PyFloat_AS_DOUBLE(<object>v)
            if x == 0.0:
                continue  # `if v:`
            wp = PyDict_GetItem(weights, <object>k)
            if wp == NULL or <object>wp is None:
                continue
            if type(<object>wp) is not float:
                return None
            w = PyFloat_AS_DOUBLE(<object>wp)
            if w == 0.0:
                continue
            x = w * x
            if isnan(x):
                return None
            parts.append((<object>k, x))
            keys[n] = -fabs(x)
            n += 1
        for i in range(n):  # insertion sort of the indexes by key: stable, and n is small
            key = keys[i]
            j = i
            while j > 0 and keys[order[j - 1]] > key:
                order[j] = order[j - 1]
                j -= 1
            order[j] = i
        return [parts[order[i]] for i in range(n)]
    finally:
        free(keys)
        free(order)


def explain(label, score, categories, contributions, why, contacts, text_words, dict labels, dict rule_weights,
            tuple not_shown):
    """engine._explain_py (and _readable) step for step: the reviewer's line. labels, rule_weights,
    not_shown: features.FEATURE_LABELS, features.RULE_WEIGHTS, engine._NOT_SHOWN."""
    cdef list parts = [f"{label} ({score:.2f}) {', '.join(categories)}" if categories else f"{label} ({score:.2f})"]
    cdef list pro = []
    cdef list con = []
    cdef list words
    cdef list side
    cdef double v
    for k, value in contributions:
        v = value
        if -0.3 <= v <= 0.3:
            break  # largest share first: none after this one is shown either
        if (v > 0.3 and len(pro) < 4) or (v < -0.3 and len(con) < 3):
            side = pro if v > 0 else con
            if k == "text_model":
                words = [w for w, wv in text_words if (wv > 0) == (v > 0)][:3]
                side.append(labels[k] + (" " + "/".join(words) if words else ""))
            elif k not in not_shown and not k.startswith("cat_"):
                rw = rule_weights.get(k)
                if (v if rw is None else <double>rw) * v > 0:
                    side.append(_readable(k, why, labels))
    if pro:
        parts.append("for: " + "; ".join(pro))
    if con:
        parts.append("against: " + "; ".join(con))
    if contacts:
        parts.append("contacts: " + ", ".join([f"{c.kind} {c.value}" for c in contacts[:3]]))
    if len(parts) == 1:
        parts.append("no wildlife terms found")
    return " | ".join(parts)


cdef str _readable(feature, why, dict labels):
    label = labels.get(feature, feature)
    cdef list names = []
    for m in why.get(feature, ()):
        name = m.term.strip() or m.canonical
        if name not in names:
            names.append(name)
            if len(names) == 3:
                break
    return f"{label} {'/'.join(names)}" if names else label


def cue_words(dict f, dict cue_of):
    """engine._assess's cue list: sorted({cue_of[k] for k in f.keys() & cue_of.keys() if f[k]}),
    one pass over f (its values are truth-tested as Python does)."""
    cdef Py_ssize_t pos = 0
    cdef PyObject* k
    cdef PyObject* v
    cdef PyObject* w
    cdef set out = set()
    while PyDict_Next(f, &pos, &k, &v):
        w = PyDict_GetItem(cue_of, <object>k)
        if w != NULL and <object>v:
            out.add(<object>w)
    return sorted(out)
