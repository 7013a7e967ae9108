"""A labeled file's results under one classifier, kept between lexicon previews.

A preview assesses every labeled listing (~16,000 in the repo's sets) with the lexicon before the
change, and again with the change only the few that contain a changed key. A lead previews, edits,
previews again, accepts and opens the next proposal: the before results are the same each time,
and the after results of an accepted change are the next preview's before results. So both are
kept on disk, keyed by the classifier (lexicon version, model version, a digest of the classifier's
code and legal tables) and the labeled file (SHA-256 of its bytes). An entry that is missing,
unreadable or of another length is recomputed: the cache never changes a figure, only the time.
"""
from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
KEEP = 600  # entries kept (newest first); one preview writes at most two per labeled file

Result = tuple[float, str]  # (score, label) of one assessed listing, in file order


@lru_cache(maxsize=1)
def code_digest() -> str:
    """The classifier's code as the lexicon cache keys it (compiled.code_version: sources, package
    versions, Python), plus what that leaves out and a result depends on: the model's scoring code
    and the legal tables under config/legal."""
    from classifiers.compiled import code_version

    h = hashlib.sha256(code_version().encode())
    for path in [ROOT / "classifiers" / "model.py", *sorted((ROOT / "config" / "legal").rglob("*"))]:
        if path.is_file():
            h.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def classifier_key(clf) -> str:
    """The same for two classifiers that give every listing the same result."""
    return hashlib.sha256(f"{clf.lexicon_version}\0{clf.model_version}\0{code_digest()}".encode()).hexdigest()[:32]


def file_digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:32]


class ResultCache:
    def __init__(self, root: Path):
        self.root = Path(root)

    def _path(self, clf_key: str, digest: str) -> Path:
        return self.root / f"{clf_key}-{digest}.json"

    def has(self, clf_key: str, digest: str) -> bool:
        return self._path(clf_key, digest).is_file()

    def get(self, clf_key: str, digest: str) -> list[Result] | None:
        try:
            data = orjson.loads(self._path(clf_key, digest).read_bytes())
            results = [(float(score), str(label)) for score, label in data["results"]]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return results if data.get("classifier") == clf_key and data.get("file") == digest else None

    def put(self, clf_key: str, digest: str, results: list[Result]) -> None:
        """Written whole or not at all (a reader never sees half a file); a full disk only costs time."""
        path = self._path(clf_key, digest)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(orjson.dumps({"classifier": clf_key, "file": digest, "results": results}))
            tmp.replace(path)
        except OSError:
            tmp.unlink(missing_ok=True)

    def prune(self) -> None:
        """Keeps the KEEP newest entries; called once per preview, not per entry written."""
        def mtime(p: Path) -> float:
            try:
                return p.stat().st_mtime
            except OSError:  # removed by another process meanwhile
                return 0.0

        for old in sorted(self.root.glob("*.json"), key=mtime, reverse=True)[KEEP:]:
            old.unlink(missing_ok=True)
