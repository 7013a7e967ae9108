# cython: language_level=3, annotation_typing=False
"""classifiers/feature_kinds.py and classifiers/live_papers.py compiled as they are (features.py uses this
copy when it is built): the same code, ~30% fewer instructions. Rebuild after editing either file.
live_papers.py comes after feature_kinds.py: its compiled functions replace the plain-Python ones that
feature_kinds.py imports from it, so the feature pass calls the compiled live-animal papers check."""

include "_source_digest.pxi"
include "feature_kinds.py"
include "live_papers.py"
