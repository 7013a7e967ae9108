"""A worker's classifier, rebuilt when the lexicon changes on disk (no restart).

Volunteers edit config/keywords/ while workers run; like the routing file, the lexicon is
picked up by the next job. Per job the check is a stat of the keyword files (about 0.1 ms for
the real directory, next to the tens of milliseconds a batch takes to classify). Only when a
file's size, mtime or inode changed (or a file came or went) are the files read again, and the
matcher is rebuilt only if the lexicon version - the content hash load_lexicon computes - differs.

A lexicon that fails validation (a half-saved file, a typo) does not stop the workers: they keep
assessing with the last good version, which is the version they record, and log the problems.

The lexicon comes through the compiled lexicon cache under the data dir (classifiers/compiled.py,
as `wildwatch classify` uses it): a worker starting on an unchanged lexicon reads one file instead
of parsing the YAML, building jieba's table and loading spaCy - ~2.5 s of CPU and ~100 MB of
resident memory less per worker (issue 13). A changed lexicon gets a new cache key, so it is
built from the YAML files (and stored) as before.

The active model is watched the same way (issue 11): one more stat per job, of the pointer file a
lead's switch writes atomically (classifiers.model.active_pointer); when it changed the model is
loaded again. A pointer to a missing or altered file keeps the last good model, logged.
"""
from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

from classifiers import Classifier, LexiconError, load_model
from classifiers.model import active_pointer

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


def pointer_signature() -> tuple | None:
    """(size, mtime, inode) of the active-model pointer; None when there is none (shipped model)."""
    try:
        st = os.stat(active_pointer())
    except FileNotFoundError:
        return None
    except OSError as exc:
        return ("<unreadable>", str(exc))
    return (st.st_size, st.st_mtime_ns, st.st_ino)


def load_compiled(directory: Path):
    """(lexicon, the matcher's tables) through the lexicon cache under the data dir.

    A missing cache is built in a child process first: building loads spaCy, jieba's dictionary
    and pypinyin, ~100 MB that a worker would keep for its whole life. Should the child fail (an
    invalid lexicon, an unwritable cache), the build runs here, as before, and its errors are ours.
    """
    from classifiers.compiled import load

    from config.settings import get_settings

    cache_dir = get_settings().cache_path
    if not _cached(directory, cache_dir):
        cmd = [sys.executable, "-c", "import sys; from pathlib import Path; from classifiers.compiled import load; "
               "load(Path(sys.argv[1]), Path(sys.argv[2]))", str(directory), str(cache_dir)]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
            if proc.returncode != 0:
                log.info("lexicon cache not built in a child (exit %s); building it here", proc.returncode)
        except (OSError, subprocess.SubprocessError) as exc:
            log.info("lexicon cache not built in a child (%s); building it here", exc)
    return load(directory, cache_dir)


def _cached(directory: Path, cache_dir: Path) -> bool:
    """Whether classifiers.compiled.load will find its file (its naming, repeated: if that changes,
    this says no and the child builds or finds it - slower, never wrong)."""
    import hashlib

    from classifiers.compiled import cache_key
    from classifiers.lexicon import keyword_files

    try:
        key = cache_key(keyword_files(directory))
    except (LexiconError, OSError):
        return False
    prefix = "lexicon-" + hashlib.sha256(str(Path(directory).resolve()).encode()).hexdigest()[:8]
    return (cache_dir / f"{prefix}-{key}.bin").is_file()


class LexiconWatch:
    """The classifier for one process, for the keyword directory it is asked about."""

    def __init__(self, model_path: Path | str | None = None):
        self._lock = threading.Lock()
        self._model_path = model_path
        self._model = None
        self._classifier: Classifier | None = None
        self._tables: dict | None = None  # the matcher's tables from the lexicon cache
        self._dir: Path | None = None
        self._sig: tuple | None = None
        self._model_sig: tuple | None = None  # pointer_signature() when self._model was loaded

    def classifier(self, keywords_dir: Path | str) -> Classifier:
        directory = Path(keywords_dir)
        sig = signature(directory)
        model_sig = pointer_signature() if self._model_path is None else None
        with self._lock:
            if self._model is not None and model_sig != self._model_sig:
                self._switch_model(model_sig)
            if self._classifier is not None and directory == self._dir and sig == self._sig:
                return self._classifier
            current = self._classifier if directory == self._dir else None
            try:
                lexicon, tables = load_compiled(directory)  # read after the stat: never older than `sig`
            except LexiconError as exc:
                if current is None:
                    raise
                log.warning("lexicon in %s is invalid; still assessing with version %s until it is fixed:\n  %s",
                            directory, current.lexicon_version, "\n  ".join(exc.problems))
                self._sig = sig  # do not read the broken files again until they change
                return current
            if current is None or lexicon.version != current.lexicon_version:
                if self._model is None:
                    self._model, self._model_sig = load_model(self._model_path), model_sig
                self._classifier, self._tables = Classifier(lexicon, self._model, tables=tables), tables
                if current is not None:
                    log.info("lexicon in %s changed: version %s -> %s", directory, current.lexicon_version,
                                lexicon.version)
            self._dir, self._sig = directory, sig
            return self._classifier

    def _switch_model(self, model_sig: tuple | None) -> None:
        """The pointer changed: load the model it names, keeping the lexicon (and its version)."""
        self._model_sig = model_sig
        try:
            model = load_model(self._model_path)
        except ValueError as exc:
            log.warning("active model not loaded; still assessing with %s: %s", self._model.version, exc)
            return
        if model.sha256 == self._model.sha256:
            return
        log.info("active model changed: %s -> %s", self._model.version, model.version)
        self._model = model
        if self._classifier is not None:
            self._classifier = Classifier(self._classifier.lexicon, model, tables=self._tables)
