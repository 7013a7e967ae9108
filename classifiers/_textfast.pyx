# cython: language_level=3
"""Compiled character loops of classifiers/normalize.py. Being written."""
