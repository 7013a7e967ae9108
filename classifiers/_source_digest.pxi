# Included by each .pyx that compiles plain-Python files as they are: SOURCE_DIGEST is what the build
# (classifiers/source_digest.py's build_ext) computed from those files; source_digest.compiled()
# compares it with the files at import and uses the plain Python when they differ. "" when built
# another way: treated as stale.
cdef extern from *:
    """
    #ifndef WW_SOURCE_DIGEST
    #define WW_SOURCE_DIGEST ""
    #endif
    """
    const char* WW_SOURCE_DIGEST

SOURCE_DIGEST = (<bytes> WW_SOURCE_DIGEST).decode("ascii")
