"""Lexicon versions in the store, and rolling back to any of them in one action (issue 11).

Each state of config/keywords that went live is a row of lexicon_versions: the lexicon's hash
(classifiers.load_lexicon's version, the one every assessment records), when, who, how
(a proposal accepted or reverted, a rollback, or files found edited by hand), and the files by
SHA-256; each file's text is stored once in lexicon_files, so a version costs only what it
changed. Before anything is written, the files on disk are compared with the last recorded
version: what someone saved by hand is recorded first ("found"), so a rollback loses nothing.

    record_change(s, directory, before_files, after_files, "accept", actor, proposal_id=7)
    history(s)                          # newest first, each with what changed from the one before
    diff(s, version_id)                 # unified diff against the version before it
    rollback(s, version_id, actor="lead1", actor_role="lead")   # writes the files; workers reload
"""
from __future__ import annotations

import difflib
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from classifiers import LexiconError

from . import lexicon_change as lc
from .accounts import record_event
from .intake import insert
from .models import LexiconFile, LexiconVersion

ROLLBACK_ROLES = ("lead", "admin")


class VersionError(ValueError):
    def __init__(self, problems: list[str] | str):
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("; ".join(self.problems))


class NotAllowed(VersionError):
    pass


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _hashes(s: Session, files: dict[str, str]) -> dict[str, str]:
    """Store each text once (by SHA-256) and return {name: sha256}."""
    out = {name: lc.sha256(text) for name, text in files.items()}
    rows = [{"sha256": h, "text": files[name]} for name, h in out.items()]
    if rows:
        s.execute(insert(s, LexiconFile).on_conflict_do_nothing(index_elements=["sha256"]), rows)
    return dict(sorted(out.items()))


def latest(s: Session) -> LexiconVersion | None:
    return s.scalars(select(LexiconVersion).order_by(LexiconVersion.id.desc()).limit(1)).first()


def files_of(s: Session, v: LexiconVersion) -> dict[str, str]:
    texts = dict(s.execute(select(LexiconFile.sha256, LexiconFile.text)
                           .where(LexiconFile.sha256.in_(list(v.files.values())))).all())
    return {name: texts[h] for name, h in v.files.items()}


def _version_of(files: dict[str, str]) -> str:
    return lc.check(files, {}).version


def _add(s: Session, files: dict[str, str], action: str, actor: str, version: str | None = None,
         proposal_id: int | None = None, restored_id: int | None = None, note: str | None = None) -> LexiconVersion:
    v = LexiconVersion(version=version or _version_of(files), files=_hashes(s, files), action=action, actor=actor,
                       proposal_id=proposal_id, restored_id=restored_id, note=(note or None), created_at=_now())
    s.add(v)
    s.flush()
    return v


def ensure_recorded(s: Session, files: dict[str, str], actor: str, version: str | None = None) -> LexiconVersion:
    """The last recorded version, or - when the files differ from it (hand edits, or nothing
    recorded yet) - a new row for them ("baseline" the first time, "found" after)."""
    last = latest(s)
    if last is not None and last.files == {n: lc.sha256(t) for n, t in sorted(files.items())}:
        return last
    try:
        version = version or _version_of(files)
    except LexiconError:
        version = "invalid"  # a half-edited directory is still worth keeping
    return _add(s, files, "baseline" if last is None else "found", actor, version,
                note="the keyword files as found before the next change")


def record_change(s: Session, before: dict[str, str], after: dict[str, str], action: str, actor: str,
                  before_version: str | None = None, after_version: str | None = None,
                  proposal_id: int | None = None, note: str | None = None) -> LexiconVersion:
    """Record the state before a change (if not yet recorded) and the state after it."""
    ensure_recorded(s, before, actor, before_version)
    return _add(s, after, action, actor, after_version, proposal_id=proposal_id, note=note)


def history(s: Session, limit: int = 200) -> list[dict]:
    rows = list(s.scalars(select(LexiconVersion).order_by(LexiconVersion.id.desc()).limit(limit + 1)))
    out = []
    for v, prev in zip(rows, rows[1:] + [None]):
        if len(out) == limit:
            break
        changed = sorted(n for n in set(v.files) | set(prev.files if prev else {})
                         if prev is None or v.files.get(n) != prev.files.get(n)) if prev else []
        out.append({"id": v.id, "version": v.version, "action": v.action, "actor": v.actor,
                    "proposal_id": v.proposal_id, "restored_id": v.restored_id, "note": v.note,
                    "created_at": v.created_at, "changed_files": changed, "files": len(v.files)})
    return out


def get(s: Session, version_id: int) -> LexiconVersion:
    v = s.get(LexiconVersion, version_id)
    if v is None:
        raise VersionError(f"no lexicon version {version_id}; see `wildwatch lexicon versions`")
    return v


def diff(s: Session, version_id: int, context: int = 2) -> list[dict]:
    """[{file, lines: [(kind, text)]}] from the version before this one to this one
    (kind: '+', '-', ' ', '@'); the first version has nothing before it."""
    v = get(s, version_id)
    prev = s.scalars(select(LexiconVersion).where(LexiconVersion.id < v.id)
                     .order_by(LexiconVersion.id.desc()).limit(1)).first()
    if prev is None:
        return []
    a, b = files_of(s, prev), files_of(s, v)
    out = []
    for name in sorted(set(a) | set(b)):
        if a.get(name) == b.get(name):
            continue
        lines = []
        for line in difflib.unified_diff((a.get(name) or "").splitlines(), (b.get(name) or "").splitlines(),
                                         lineterm="", n=context):
            if line.startswith(("---", "+++")):
                continue
            lines.append((line[:1] if line[:1] in "+-@" else " ", line[1:] if line[:1] in "+- " else line))
        out.append({"file": name, "lines": lines})
    return out


def rollback(s: Session, version_id: int, actor: str, actor_role: str, directory: Path,
             actor_id: int | None = None, note: str = "") -> LexiconVersion:
    """Write the keyword files of an earlier version back (one action): files it did not have are
    removed, the rest written atomically, each only if nobody changed it meanwhile. The files as
    they were are recorded first, so rolling forward again is one more rollback."""
    if actor_role not in ROLLBACK_ROLES:
        raise NotAllowed(f"only a lead or an admin rolls the lexicon back; {actor} is a {actor_role}")
    target = get(s, version_id)
    directory = Path(directory)
    current = lc.read_files(directory)
    now_v = ensure_recorded(s, current, actor)
    if now_v.files == target.files:
        raise VersionError(f"version {version_id} ({target.version}) is what config/keywords holds now")
    wanted = files_of(s, target)
    try:
        lc.check(wanted, {})
    except LexiconError as exc:  # the loader's rules changed since: say so, write nothing
        raise VersionError([f"version {version_id} no longer loads: " + p for p in exc.problems]) from None
    changed = {n: t for n, t in wanted.items() if current.get(n) != t}
    try:
        lc.write(directory, current, changed)
    except lc.ChangeError as exc:
        raise VersionError(exc.problems) from None
    for name in sorted(set(current) - set(wanted)):
        (directory / name).unlink(missing_ok=True)
    v = _add(s, wanted, "rollback", actor, target.version, restored_id=target.id, note=note)
    record_event(s, actor, "lexicon_rollback", target=f"lexicon_version:{target.id}", user_id=actor_id,
                 details={"from": now_v.version, "to": target.version, "restored_id": target.id,
                          "new_id": v.id, "note": note})
    return v
