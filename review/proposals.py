"""Volunteers' lexicon proposals (issue 11): draft -> previewed -> accepted | rejected.

    p = create_proposal(s, spec, author="mei", author_id=3)        # checked like `lexicon check`
    preview(s, p.id, progress=print)                              # impact, stored with the proposal
    accept(s, p.id, actor="lead1", actor_role="lead", actor_id=1)   # writes config/keywords
    reject(s, p.id, actor=..., actor_role=..., note="why")
    revert(s, p.id, ...)                                          # back to the files before it

Accepting writes the change into the keyword files (review/lexicon_change.py: a line edit, each
change stamped with author, date and reason), which makes a new lexicon version; workers pick it
up by themselves (workers/lexicon_watch.py). Who accepted what, when, from which version to which,
goes into the audit log. Nobody accepts their own proposal, and only a lead or an admin accepts.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from classifiers import Classifier, LexiconError, load_lexicon, load_model
from config.settings import get_settings

from . import lexicon_change as lc
from . import lexicon_impact as impact
from .accounts import record_event
from .labels import labeled_listings
from .models import OPEN_STATUSES, Case, LexiconProposal, Listing, ListingVersion
from .preview_cache import ResultCache, classifier_key, file_digest

ROOT = Path(__file__).resolve().parents[1]
DECIDER_ROLES = ("lead", "admin")
DEFAULT_UNDECIDED = 100_000
# tests/data/unseen*.jsonl (unseen, unseen2, unseen3, ...) are frozen: never tuned on
# (tests/data/README.md), so never previewed on
FROZEN_PREFIX = "unseen"


class ProposalError(ValueError):
    """A proposal cannot be stored or moved on; `problems` says why, each with its place."""

    def __init__(self, problems: list[str] | str):
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("; ".join(self.problems))


class NotAllowed(ProposalError):
    """The actor may not do this (role, or their own proposal)."""


def _now() -> datetime:
    return datetime.now(timezone.utc)


def keywords_dir() -> Path:
    return Path(get_settings().keywords_dir)


def default_labeled_files() -> list[Path]:
    """The labeled sets in the repo: the shared dev corpus when present, the demo sites' data,
    tests/data's labeled files (not the frozen unseen set)."""
    files = [ROOT.parent / "shared" / "corpus" / "dev.jsonl"]
    files += sorted((ROOT / "crawler" / "demo_sites" / "data").glob("*.jsonl"))
    files += [p for p in sorted((ROOT / "tests" / "data").glob("*.jsonl")) if not p.name.startswith(FROZEN_PREFIX)]
    return [p for p in files if p.is_file()]


def _current(directory: Path):
    """The keyword directory's lexicon and the Matcher's tables, from the compiled lexicon cache
    (classifiers/compiled.py, keyed by the files' bytes): a preview does not parse the YAML again."""
    from classifiers.compiled import load

    return load(directory, get_settings().cache_path)


def _changed_files(change: lc.Change, directory: Path, author: str, number: int | None, lexicon=None):
    """`lexicon`: the directory's, when the caller has it; else read from the YAML files (saving or
    accepting a proposal needs no Matcher tables, and building the compiled cache for a keyword
    directory it has not seen takes several seconds)."""
    files = lc.read_files(directory)
    lexicon = lexicon or load_lexicon(directory)
    lc.validate_new_terms(lexicon, change)
    changed = lc.apply(files, lexicon, change, author, _now().strftime("%Y-%m-%d"), number)
    return files, lexicon, changed


def check_spec(spec: dict, author: str, directory: Path | None = None) -> lc.Change:
    """The spec parsed and applied to a temporary copy of the keyword files, loaded with the real
    loader. Raises ProposalError with every problem (file:line when the loader found it)."""
    directory = Path(directory or keywords_dir())
    try:
        change = lc.parse_spec(spec)
        files, _, changed = _changed_files(change, directory, author, None)
        lc.check(files, changed)
    except lc.ChangeError as exc:
        raise ProposalError(exc.problems) from None
    except LexiconError as exc:
        raise ProposalError(exc.problems) from None
    return change


def create_proposal(s: Session, spec: dict, author: str, author_id: int | None = None,
                    directory: Path | None = None) -> LexiconProposal:
    change = check_spec(spec, author, directory)
    clean = {k: v for k, v in spec.items() if v not in (None, "", [])}
    p = LexiconProposal(status="draft", op=change.op, term=change.term, spec=clean, author=author,
                        author_id=author_id, created_at=_now(), updated_at=_now())
    s.add(p)
    s.flush()
    record_event(s, author, "lexicon_propose", target=f"proposal:{p.id}",
                 details={"op": change.op, "term": change.term, "reason": change.reason}, user_id=author_id)
    return p


def get_proposal(s: Session, proposal_id: int) -> LexiconProposal:
    p = s.get(LexiconProposal, proposal_id)
    if p is None:
        raise ProposalError(f"no proposal {proposal_id}")
    return p


def list_proposals(s: Session, status: str | None = None, limit: int = 200) -> list[LexiconProposal]:
    q = select(LexiconProposal).order_by(LexiconProposal.id.desc()).limit(limit)
    if status:
        q = q.where(LexiconProposal.status == status)
    return list(s.scalars(q))


def undecided_listings(s: Session, limit: int = DEFAULT_UNDECIDED) -> Iterator[dict]:
    """The last `limit` stored listings nobody decided (no case, or an open one), newest first,
    as listing dicts with the sharing level of their case (none: the default level)."""
    default_tlp = get_settings().default_tlp
    q = (select(Listing.id, Listing.external_id, ListingVersion.title, ListingVersion.description,
                ListingVersion.price_text, ListingVersion.lang, Case.status, Case.tlp)
         .join(ListingVersion, ListingVersion.id == Listing.current_version_id)
         .outerjoin(Case, Case.listing_id == Listing.id)
         .where((Case.id.is_(None)) | (Case.status.in_(OPEN_STATUSES)))
         .order_by(Listing.id.desc()).limit(limit)
         .execution_options(yield_per=2000))
    for r in s.execute(q):
        yield {"id": r.external_id, "title": r.title or "", "description": r.description or "",
               "price": r.price_text or "", "lang": r.lang or "", "tlp": r.tlp or default_tlp}


def _may_show(listing: dict) -> bool:
    return listing.get("tlp") in impact.SHOWN_TLP


def _read_labeled(path: Path) -> Iterator[dict]:
    from classifiers.listings_io import read_listings

    for line in read_listings(path):
        if line.listing is not None:
            yield line.listing


def run_preview(s: Session, proposal: LexiconProposal, directory: Path | None = None,
                labeled_files: list[Path] | None = None, undecided_limit: int = DEFAULT_UNDECIDED,
                progress: impact.Progress | None = None) -> dict:
    """The impact of the proposal (see review/lexicon_impact.py), without storing it."""
    directory = Path(directory or keywords_dir())
    try:
        change = lc.parse_spec(proposal.spec)
        before_lex, tables = _current(directory)
        files, _, changed = _changed_files(change, directory, proposal.author, proposal.id, before_lex)
        after_lex = lc.check(files, changed)
    except (lc.ChangeError, LexiconError) as exc:
        raise ProposalError(exc.problems) from None
    model = load_model()
    before, after = Classifier(before_lex, model, tables=tables), Classifier(after_lex, model)
    entries = impact.changed_entries(before_lex, after_lex)
    delta = impact.DeltaFilter(entries, {**before_lex.emoji_words, **after_lex.emoji_words})
    terms = {e.term for e in entries}
    result: dict = {"lexicon_before": before_lex.version, "lexicon_after": after_lex.version,
                    "changed_entries": sorted(terms), "files": sorted(changed), "labeled": []}
    cache = ResultCache(get_settings().cache_path / "preview")
    before_key, after_key = classifier_key(before), classifier_key(after)
    for path in default_labeled_files() if labeled_files is None else labeled_files:
        path = Path(path)
        if progress:
            progress(f"labeled {path.name}", 0, None)
        digest = file_digest(path)
        known = cache.get(before_key, digest)
        record: tuple[list, list] = ([], [])
        result["labeled"].append(impact.labeled_impact(path.name, _read_labeled(path), before, after, delta, terms,
                                                       progress, known=known, record=record))
        if known is None:
            cache.put(before_key, digest, record[0])
        if not cache.has(after_key, digest):  # the next preview's before, once this is accepted
            cache.put(after_key, digest, record[1])
    cache.prune()
    tlp = dict(s.execute(select(Case.id, Case.tlp).where(Case.decided_at.is_not(None))).all())
    decided = ({**d, "tlp": tlp.get(d["case_id"])} for d in labeled_listings(s))
    if progress:
        progress("decided cases", 0, len(tlp))
    result["decided"] = impact.labeled_impact("decided cases in the store", decided, before, after, delta, terms,
                                              progress, may_show=_may_show)
    result["undecided"] = impact.undecided_impact(undecided_listings(s, undecided_limit), before, after, delta,
                                                  terms, progress, may_show=_may_show)
    result["examples"] = impact.examples_impact(change.must_match, change.must_not_match, after, terms, change.op)
    result["examples_passed"] = all(x["passed"] for x in result["examples"])
    result["base_files"] = {name: lc.sha256(files[name]) if name in files else None for name in changed}
    return result


def preview(s: Session, proposal_id: int, directory: Path | None = None, labeled_files: list[Path] | None = None,
            undecided_limit: int = DEFAULT_UNDECIDED, progress: impact.Progress | None = None) -> dict:
    """Run the preview and store it with the proposal (draft or previewed -> previewed)."""
    p = get_proposal(s, proposal_id)
    if p.status not in ("draft", "previewed"):
        raise ProposalError(f"proposal {p.id} is {p.status}; only drafts and previewed proposals are previewed")
    result = run_preview(s, p, directory, labeled_files, undecided_limit, progress)
    p.base_files = result.pop("base_files")
    p.preview, p.previewed_at, p.status, p.updated_at = result, _now(), "previewed", _now()
    s.flush()
    return result


def _check_decider(p: LexiconProposal, actor: str, actor_role: str) -> None:
    if actor_role not in DECIDER_ROLES:
        raise NotAllowed(f"only a lead or an admin accepts or rejects proposals; {actor} is a {actor_role}")
    if actor == p.author:
        raise NotAllowed(f"{actor} wrote proposal {p.id}; someone else must decide it")


def accept(s: Session, proposal_id: int, actor: str, actor_role: str, actor_id: int | None = None,
           note: str = "", directory: Path | None = None) -> LexiconProposal:
    """Write the previewed proposal into the keyword files: a new lexicon version."""
    p = get_proposal(s, proposal_id)
    _check_decider(p, actor, actor_role)
    if p.status != "previewed":
        raise ProposalError(f"proposal {p.id} is {p.status}; preview it before accepting" if p.status == "draft"
                            else f"proposal {p.id} is already {p.status}")
    directory = Path(directory or keywords_dir())
    try:
        change = lc.parse_spec(p.spec)
        files, before_lex, changed = _changed_files(change, directory, p.author, p.id)
        for name, digest in (p.base_files or {}).items():
            if (lc.sha256(files[name]) if name in files else None) != digest:
                raise lc.ChangeError([f"{name}: changed since the preview (edited by hand or another proposal); "
                                      "preview it again"])
        after_lex = lc.check(files, changed)
        lc.write(directory, files, changed)
    except (lc.ChangeError, LexiconError) as exc:
        raise ProposalError(exc.problems) from None
    now = _now()
    p.files_before = {name: files.get(name) for name in changed}
    p.files_after = changed
    p.lexicon_before, p.lexicon_after = before_lex.version, after_lex.version
    p.status, p.decided_by, p.decided_by_id, p.decided_at, p.decision_note, p.updated_at = (
        "accepted", actor, actor_id, now, note or None, now)
    record_event(s, actor, "lexicon_accept", target=f"proposal:{p.id}", user_id=actor_id,
                 details={"op": p.op, "term": p.term, "author": p.author, "files": sorted(changed), "note": note,
                          "lexicon_before": before_lex.version, "lexicon_after": after_lex.version})
    from . import lexicon_versions, shadow

    lexicon_versions.record_change(s, files, {**files, **changed}, "accept", actor, before_lex.version,
                                   after_lex.version, proposal_id=p.id, note=note)
    shadow.end_for_proposal(s, p.id, "promoted", actor, actor_id, note)
    s.flush()
    return p


def reject(s: Session, proposal_id: int, actor: str, actor_role: str, actor_id: int | None = None,
           note: str = "") -> LexiconProposal:
    p = get_proposal(s, proposal_id)
    _check_decider(p, actor, actor_role)
    if p.status not in ("draft", "previewed"):
        raise ProposalError(f"proposal {p.id} is already {p.status}")
    if not note.strip():
        raise ProposalError("say why in a note: the author learns from it")
    now = _now()
    p.status, p.decided_by, p.decided_by_id, p.decided_at, p.decision_note, p.updated_at = (
        "rejected", actor, actor_id, now, note.strip()[:2000], now)
    record_event(s, actor, "lexicon_reject", target=f"proposal:{p.id}", user_id=actor_id,
                 details={"op": p.op, "term": p.term, "author": p.author, "note": note})
    from . import shadow

    shadow.end_for_proposal(s, p.id, "dropped", actor, actor_id, note)
    s.flush()
    return p


def revert(s: Session, proposal_id: int, actor: str, actor_role: str, actor_id: int | None = None,
           note: str = "", directory: Path | None = None) -> LexiconProposal:
    """Put the files an accepted proposal changed back as they were, if nobody changed them since."""
    p = get_proposal(s, proposal_id)
    if actor_role not in DECIDER_ROLES:
        raise NotAllowed(f"only a lead or an admin reverts a lexicon change; {actor} is a {actor_role}")
    if p.status != "accepted":
        raise ProposalError(f"proposal {p.id} is {p.status}; only accepted proposals are reverted")
    directory = Path(directory or keywords_dir())
    before = {k: v for k, v in (p.files_before or {}).items() if v is not None}
    current = lc.read_files(directory)
    try:
        lc.check(current, before)
        lc.write(directory, p.files_after or {}, before)
        for name, text in (p.files_before or {}).items():
            if text is None:  # a file the proposal created
                (directory / name).unlink(missing_ok=True)
    except (lc.ChangeError, LexiconError) as exc:
        raise ProposalError(exc.problems) from None
    version = load_lexicon(directory).version
    from . import lexicon_versions

    restored = {n: t for n, t in {**current, **(p.files_before or {})}.items() if t is not None}
    lexicon_versions.record_change(s, current, restored, "revert", actor, None, version,
                                   proposal_id=p.id, note=note)
    p.status, p.updated_at = "reverted", _now()
    record_event(s, actor, "lexicon_revert", target=f"proposal:{p.id}", user_id=actor_id,
                 details={"term": p.term, "note": note, "lexicon_after": version})
    s.flush()
    return p
