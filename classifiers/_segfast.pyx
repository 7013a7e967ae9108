# cython: language_level=3
"""Compiled word-boundary checks over jieba's own dictionary (see matcher.py). Being written."""
