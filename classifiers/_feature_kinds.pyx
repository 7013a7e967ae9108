# cython: language_level=3, annotation_typing=False
"""classifiers/feature_kinds.py compiled as it is (features.py uses this copy when it is built): the
same code, ~30% fewer instructions. Rebuild after editing feature_kinds.py."""

include "feature_kinds.py"
