"""A worker's classifier, rebuilt when the lexicon changes on disk (no restart).

Volunteers edit config/keywords/ while workers run; like the routing file, the lexicon is
picked up by the next job. Per job the check is a stat of the keyword files (about 0.1 ms for
the real directory, next to the tens of milliseconds a batch takes to classify). Only when a
file's size, mtime or inode changed (or a file came or went) are the files read again, and the
matcher is rebuilt only if the lexicon version - the content hash load_lexicon computes - differs.

A lexicon that fails validation (a half-saved file, a typo) does not stop the workers: they keep
assessing with the last good version, which is the version they record, and log the problems.
"""
from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

from classifiers import Classifier, LexiconError, load_lexicon, load_model

log = logging.getLogger(__name__)


def signature(directory: Path) -> tuple:
    """What the stat of the keyword files says: (name, size, mtime, inode) of each, in order."""
    try:
        with os.scandir(directory) as it:
            entries = sorted((e for e in it if e.name.endswith((".yaml", ".yml"))), key=lambda e: e.name)
            out = []
            for e in entries:
                try:
                    st = e.stat()
                except FileNotFoundError:  # removed while we looked: the next job sees it gone
                    continue
                out.append((e.name, st.st_size, st.st_mtime_ns, st.st_ino))
            return tuple(out)
    except OSError as exc:
        return (("<unreadable>", str(exc)),)


class LexiconWatch:
    """The classifier for one process, for the keyword directory it is asked about."""

    def __init__(self, model_path: Path | str | None = None):
        self._lock = threading.Lock()
        self._model_path = model_path
        self._model = None
        self._classifier: Classifier | None = None
        self._dir: Path | None = None
        self._sig: tuple | None = None

    def classifier(self, keywords_dir: Path | str) -> Classifier:
        directory = Path(keywords_dir)
        sig = signature(directory)
        with self._lock:
            if self._classifier is not None and directory == self._dir and sig == self._sig:
                return self._classifier
            current = self._classifier if directory == self._dir else None
            try:
                lexicon = load_lexicon(directory)  # read after the stat: never older than `sig`
            except LexiconError as exc:
                if current is None:
                    raise
                log.warning("lexicon in %s is invalid; still assessing with version %s until it is fixed:\n  %s",
                            directory, current.lexicon_version, "\n  ".join(exc.problems))
                self._sig = sig  # do not read the broken files again until they change
                return current
            if current is None or lexicon.version != current.lexicon_version:
                if self._model is None:
                    self._model = load_model(self._model_path)
                self._classifier = Classifier(lexicon, self._model)
                if current is not None:
                    log.info("lexicon in %s changed: version %s -> %s", directory, current.lexicon_version,
                                lexicon.version)
            self._dir, self._sig = directory, sig
            return self._classifier
