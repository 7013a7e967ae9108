# cython: language_level=3, annotation_typing=False
"""classifiers/match_scope.py compiled as it is (matcher.py uses this copy when it is built): the
same code in fewer instructions. Rebuild after editing match_scope.py."""

include "_source_digest.pxi"
include "match_scope.py"
