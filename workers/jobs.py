"""The pipeline's jobs, one per stage. RQ finds them by dotted name (workers.jobs.<name>).

Every job is idempotent: it upserts against unique constraints, and it always hands the whole
batch (not only what it newly stored) to the next stage after committing. So a job that dies
anywhere - before, during or after its commit - can simply run again: nothing is lost and
nothing is stored twice.

The store lives in `review/`; the jobs import it inside functions (workers -> review is the
one deliberate exception to the room order: the pipeline's job is to fill the store).
"""
from __future__ import annotations

import hashlib
import logging
import subprocess
import sys

from rq import get_current_job

from config.settings import get_settings

from . import queues
from .items import ItemError, clean_item, error_row, to_json_text
from .payloads import plain

log = logging.getLogger(__name__)

_classifier = None  # this process's LexiconWatch (tests set it back to None)


def classifier():
    """The classifier for this process (lexicon from WILDWATCH_KEYWORDS_DIR), rebuilt by the
    next job after the lexicon version changes on disk, so edits need no worker restart."""
    global _classifier
    if _classifier is None:
        from .lexicon_watch import LexiconWatch

        _classifier = LexiconWatch()
    return _classifier.classifier(get_settings().keywords_dir)


def _connection():
    job = get_current_job()
    if job is not None:
        return job.connection
    from .connection import connect

    return connect()


def _batch_id(items) -> str:
    job = get_current_job()
    if job is not None:
        return job.id
    return "sha256:" + hashlib.sha256(to_json_text(items, limit=10**9).encode()).hexdigest()


def ingest_batch(items: list[dict], batch_id: str | None = None) -> dict:
    """Store a batch of crawler items; bad items are logged with position and field, the rest stored.

    Each item is checked and cleaned first (crawler.listing.check_listing), so the store should
    take every item that passes. Should one still be refused (a limit the check does not know),
    the batch is stored again item by item and the refused one recorded with the store's own
    message: a poison item is an ingest error, never a job failing and retrying forever. Only
    transient store errors (locked, connection lost) fail the job, to be retried.
    """
    from review.db import database_message, is_transient_error, session_scope
    from review.intake import record_errors, store_listings

    from .platforms import rendering_by_name

    if not isinstance(items, list):
        raise TypeError(f"ingest_batch expects a list of items, got {type(items).__name__}")
    batch_id = batch_id or _batch_id(items)
    good, errors = [], []
    for pos, raw in enumerate(items):
        try:
            good.append((pos, clean_item(raw, pos)))
        except ItemError as exc:
            log.warning("batch %s: %s", batch_id, exc)
            errors.append(error_row(raw, pos, exc.field, exc.message))
    kinds = rendering_by_name({i["platform"] for _, i in good})
    try:
        with session_scope() as s:
            record_errors(s, batch_id, errors)
            version_ids = store_listings(s, [i for _, i in good], kinds)
    except Exception as exc:
        if is_transient_error(exc):
            raise
        log.warning("batch %s: the store refused the batch (%s); storing item by item", batch_id, database_message(exc))
        version_ids = []
        for pos, item in good:
            try:
                with session_scope() as s:
                    version_ids += store_listings(s, [item], kinds)
            except Exception as item_exc:
                if is_transient_error(item_exc):
                    raise
                errors.append(error_row(items[pos], pos, None, f"refused by the store: {database_message(item_exc)}"))
                log.warning("batch %s: item %d refused by the store: %s", batch_id, pos, database_message(item_exc))
        with session_scope() as s:
            record_errors(s, batch_id, errors)
    out = {"stored": len(items) - len(errors), "errors": len(errors), "versions": len(set(version_ids))}
    if version_ids:
        out.update(_classify_next(sorted(set(version_ids)), batch_id))
    return out


def _classify_next(version_ids: list[int], batch_id: str) -> dict:
    """Hand the stored versions to the classify stage. A worker that serves that stage itself runs
    it here, in this job: a second RQ job per batch cost ~60 Redis commands and a queue hop for
    nothing. Should it fail (a locked store, a bug), the versions go to the classify queue as a job
    of their own, retried there; the listings are stored either way. A worker serving only ingest
    (or a call outside a worker) always enqueues."""
    if get_current_job() is not None and queues.CLASSIFY in queues.serving():
        try:
            return {"classified": classify_batch(version_ids)}
        except Exception as exc:
            log.warning("batch %s: classifying in the ingest job failed (%s: %s); queued as a classify job",
                        batch_id, type(exc).__name__, str(exc)[:500])
    queues.enqueue(_connection(), queues.CLASSIFY, "workers.jobs.classify_batch", version_ids)
    return {}


def classifier_input(v: dict) -> dict:
    """What the classifier reads of a stored version. The price as text (words like /克 count; the
    amount says nothing to it), except a price that is only a placeholder (面议, "message me",
    liên hệ: crawler.prices.is_placeholder): that is the site's way of showing no price, not the
    seller's words, so it goes in empty and `price_placeholder` says it was there."""
    from crawler.prices import is_placeholder

    listing = {k: v[k] for k in ("id", "title", "description", "price_text", "seller", "platform", "lang")}
    if v.get("category"):
        listing["category"] = v["category"]  # the platform's own (toys, car parts...): against false flags
    if is_placeholder(listing["price_text"]):
        listing["price_text"], listing["price_placeholder"] = "", True
    return listing


def classify_batch(version_ids: list[int]) -> dict:
    """Assess stored listing versions with the current lexicon and model, then route them: cases,
    notifications, evidence, QA samples - written in the same transaction as the assessments."""
    from review.db import session_scope
    from review.intake import assessments_for_routing, store_assessments, versions_to_classify

    from .routing import load_routing

    clf = classifier()
    routing = load_routing()  # a broken routing file fails the job before anything is written
    lex, model = str(clf.lexicon_version), str(clf.model_version)
    with session_scope(readonly=True) as s:
        have, todo = versions_to_classify(s, version_ids, lex, model)
        # assessed before (a retry): routed from what is stored; what does not change once written
        stored = assessments_for_routing(s, list(have.values())) if have else []
    rows, assessed = [], []
    for v in todo:
        listing = classifier_input(v)
        a = clf.assess(listing)
        assessed.append((listing, v, a))
        d = a.to_dict() if hasattr(a, "to_dict") else {}
        matches, cues, contacts, contributions = _plain((  # one JSON round trip for the four
            d.get("matches", a.matches), d.get("cues", a.cues), d.get("contacts", a.contacts),
            d.get("contributions") or []))
        rows.append({
            "listing_version_id": v["version_id"], "lexicon_version": lex, "model_version": model,
            "score": float(a.score), "label": str(a.label), "flagged": bool(a.flagged),
            "categories": list(a.categories or []), "matches": matches, "cues": cues, "contacts": contacts,
            "explanation": str(a.explanation or ""), "contributions": contributions,
        })
    # Routing runs here, not as a job of its own (a third RQ job per batch cost more than routing
    # itself), and in the assessments' transaction: one commit per batch, and a job killed anywhere
    # leaves all of it or none, to run again (every write is an upsert).
    routed, followups = {"cases": 0, "qa": 0, "screenshots": 0}, ([], [])
    if rows or stored:
        with session_scope() as s:
            inserted: set[int] = set()
            ids = store_assessments(s, rows, inserted) if rows else {}
            # what this job stored is routed from memory, as stored; rows another worker stored
            # first are read back
            routing_rows = [_routing_row(v, row, ids[v["version_id"]]) for v, row in zip(todo, rows)
                            if v["version_id"] in inserted]
            others = [ids[vid] for vid in ids if vid not in inserted]
            if others:
                stored += assessments_for_routing(s, others)
            routed, followups = _route_rows(s, routing, sorted(routing_rows + stored, key=lambda r: r["assessment_id"]))
    _enqueue_followups(*followups)
    _score_shadows(clf, assessed)
    return {"assessed": len(rows), "already": len(have), **routed}


def _routing_row(version: dict, row: dict, assessment_id: int) -> dict:
    """What review.intake.assessments_for_routing reads back for a stored assessment, from memory."""
    return {"assessment_id": assessment_id, "version_id": version["version_id"], "listing_id": version["listing_pk"],
            "score": row["score"], "label": row["label"], "flagged": row["flagged"], "categories": row["categories"],
            "lang": version["lang"], "platform": version["platform"], "platform_kind": version["platform_kind"],
            "capture": version["capture"], "fetched_at": version["fetched_at"], "contacts": row["contacts"]}


def _score_shadows(clf, assessed) -> None:
    """Lexicon proposals on trial record what they would flag (review/shadow.py); never a reason
    for the live results, already stored, to fail or retry."""
    from review.shadow import score_batch

    try:
        score_batch(clf, assessed)
    except Exception:
        log.exception("shadow scoring of %d listings failed; the live assessments are stored", len(assessed))


def _plain(value):
    """JSON-safe copy (dataclasses and tuples from the classifier become dicts and lists)."""
    return plain(value)


def qa_sampled(assessment_id: int, rate: float) -> bool:
    """Deterministic sampling, so a re-run samples the same listings."""
    if rate <= 0:
        return False
    h = int.from_bytes(hashlib.sha256(f"qa:{assessment_id}".encode()).digest()[:8], "big")
    return h / 2**64 < rate


def route_batch(assessment_ids: list[int]) -> dict:
    """Flagged assessments become cases in a reviewer group's queue; some others go to QA.
    (classify_batch routes its own batch; this job serves route jobs already queued.)"""
    return _route(assessment_ids)


def _route(assessment_ids: list[int]) -> dict:
    from review.db import session_scope
    from review.intake import assessments_for_routing

    from .routing import load_routing

    routing = load_routing()
    # read without the write lock (SQLite: the other worker may write meanwhile); what is read
    # here does not change once written
    with session_scope(readonly=True) as s:
        rows = assessments_for_routing(s, assessment_ids)
    if not rows:
        return {"cases": 0, "qa": 0, "screenshots": 0}
    with session_scope() as s:
        summary, followups = _route_rows(s, routing, rows)
    _enqueue_followups(*followups)
    return summary


def _route_rows(session, routing, rows: list[dict]) -> tuple[dict, tuple[list[str], list[int]]]:
    """Flagged rows become cases (routing rules: group, priority), some others QA samples, in the
    caller's write transaction. Returns (summary, (groups to notify, cases to screenshot)): the
    caller enqueues those jobs once the transaction has committed."""
    from review.intake import add_qa_samples, cases_needing_screenshots, open_cases

    routed, qa = [], []
    for r in rows:
        if r["flagged"]:
            route = routing.route(r["score"], r["label"], r["categories"], r["lang"], r["platform"])
            routed.append({**r, "group": route.group, "priority": route.priority, "rule": route.rule})
        elif qa_sampled(r["assessment_id"], routing.qa_sample_rate):
            qa.append(r)
    channels = {g.name: g.channels() for g in routing.groups.values()}
    case_ids, shots = [], []
    if routed or qa:
        case_ids = open_cases(session, routed, channels)
        add_qa_samples(session, qa)
        if any(r["platform_kind"] == "browser" for r in routed):  # screenshots: browser platforms only
            shots = [c["case_id"] for c in cases_needing_screenshots(session, case_ids)]
    groups = sorted({r["group"] for r in routed if channels.get(r["group"])})
    return {"cases": len(case_ids), "qa": len(qa), "screenshots": len(shots)}, (groups, shots)


def _enqueue_followups(groups: list[str], shots: list[int]) -> None:
    if not (groups or shots):
        return
    conn = _connection()
    with conn.pipeline() as pipe:
        for g in groups:
            queues.enqueue(conn, queues.NOTIFY, "workers.jobs.notify_group", g, pipeline=pipe)
        if shots:
            queues.enqueue(conn, queues.EVIDENCE, "workers.jobs.capture_evidence", shots, pipeline=pipe)
        pipe.execute()


def notify_group(group: str) -> dict:
    """Send the group's unsent notifications (one webhook POST and one e-mail for all of them)."""
    from .notify import send_pending

    conn = _connection()
    # One sender per group at a time, so two workers never send the same case twice.
    with conn.lock(f"wildwatch:lock:notify:{group}", timeout=300, blocking_timeout=300):
        return send_pending(group)


def capture_evidence(case_ids: list[int]) -> dict:
    """Full-page screenshots (with SHA-256) of flagged listings on browser platforms."""
    from .evidence import screenshot_cases

    return screenshot_cases(case_ids)


def recrawl_platform(name: str, base_url: str | None = None) -> dict:
    """Re-crawl one platform by running `wildwatch crawl` against our queue."""
    from .connection import redis_url

    cmd = [sys.executable, "-m", "cli.main", "crawl", name, "--queue-url", redis_url()]
    if base_url:
        cmd += ["--base-url", base_url]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=queues.TIMEOUTS[queues.CRAWL] - 60)
    if proc.returncode != 0:
        raise RuntimeError(f"crawl {name} failed (exit {proc.returncode}): {proc.stderr.strip()[-2000:]}")
    return {"platform": name, "output": proc.stdout.strip()[-2000:]}


def recheck_reported(limit: int = 500) -> dict:
    """Check whether listings in sent takedown reports are gone from their platform."""
    from .recheck import recheck

    return recheck(limit)
