# Included by each .pyx that compiles plain-Python files as they are: SOURCE_DIGEST is what the build
# (classifiers/source_digest.py's build_ext) computed from those files; source_digest.compiled()
# compares it with the files at import and uses the plain Python when they differ. "" when built
# another way: treated as stale. (A C function, not a C variable: `from x import *` in included
# code assigns every module-level C variable.)
cdef extern from *:
    """
    #ifndef WW_SOURCE_DIGEST
    #define WW_SOURCE_DIGEST ""
    #endif
    static const char* __ww_source_digest(void) { return WW_SOURCE_DIGEST; }
    """
    const char* __ww_source_digest()

SOURCE_DIGEST = (<bytes> __ww_source_digest()).decode("ascii")
