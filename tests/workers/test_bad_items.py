"""Bad items never sink good ones (issue 15): N listings with M bad ones mixed in go through
`wildwatch ingest FILE --wait` and through the ingest job -> N stored once, M rejected with
their reasons; an item the store itself refuses becomes an ingest error, never a job retried
forever. SQLite always, PostgreSQL when WILDWATCH_TEST_DATABASE_URL is set."""
from __future__ import annotations

import json

from click.testing import CliRunner
from pipeline_helpers import counts, drain, make_items, start_worker, stop_process

N_GOOD = 12


def _deep(n: int) -> dict:
    d: dict = {"url": "x"}
    for _ in range(n):
        d = {"a": d}
    return d


def _bad_items() -> list[tuple[dict, str, str]]:
    """(item, field, words of the reason): each must be rejected, alone."""
    base = make_items(1, start=900)[0]
    return [
        ({**base, "listing_id": "B1", "posted_at": 1e20}, "posted_at", "not a usable time"),
        ({**base, "listing_id": "B2", "posted_at": "0001-01-01T00:00:00+05:00"}, "posted_at", "not a usable time"),
        ({**base, "listing_id": "B3", "posted_at": "1900-01-01T00:00:00Z"}, "posted_at", "impossible time"),
        ({**base, "listing_id": "B4", "lang": "x" * 500}, "lang", "language code"),
        ({**base, "listing_id": "B5", "lang": "z\x00"}, "lang", "language code"),
        ({**base, "listing_id": "B6", "version": 10**30}, "version", "between 0 and"),
        ({**base, "listing_id": "B7", "capture": _deep(30)}, "capture", "nested deeper"),
    ]


def _good_items() -> list[dict]:
    """Good listings, some carrying what the store cannot keep as is (cleaned, not rejected)."""
    items = make_items(N_GOOD)
    items[1]["title"] = "lone \ud800 surrogate 象牙"
    items[2]["description"] = "NUL \x00 in the text"
    items[3]["seller_name"] = "\udfff\x00"
    items[4]["images"] = ["http://127.0.0.1:9/i.jpg"] * 5000 + ["http://127.0.0.1:9/\ud800.jpg"]
    items[5]["capture"] = {"url": "http://127.0.0.1:9/\x00", "headers": {"X-\ud800": "v\x00"}}
    items[6]["posted_at"] = "2026-10-01T12:00:00+08:00"
    return items


def _versions() -> dict[str, dict]:
    from sqlalchemy import select

    from review.db import session_scope
    from review.models import Listing, ListingVersion

    with session_scope(readonly=True) as s:
        rows = s.execute(select(Listing.external_id, ListingVersion).join(
            ListingVersion, ListingVersion.listing_id == Listing.id)).all()
        return {ext: {"title": v.title, "description": v.description, "images": v.images,
                      "capture": v.capture} for ext, v in rows}


def _ingest_errors() -> list[tuple]:
    from sqlalchemy import select

    from review.db import session_scope
    from review.models import IngestError

    with session_scope(readonly=True) as s:
        return [(e.listing_id, e.field, e.message, e.item) for e in
                s.scalars(select(IngestError).order_by(IngestError.position))]


def test_ingest_file_with_bad_items_stores_the_good_once(store_url, redis_conn, tmp_path):
    from cli.main import app

    bad = _bad_items()
    good = _good_items()
    lines = [json.dumps(i) for i in good]  # ensure_ascii: a lone surrogate is a \ud800 escape
    for n, (item, _, _) in enumerate(bad):
        lines.insert(2 * n + 1, json.dumps(item))
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    worker = start_worker()
    try:
        result = CliRunner().invoke(app, ["ingest", str(path), "--wait", "--timeout", "180"],
                                    catch_exceptions=False, env={"COLUMNS": "200"})
        again = CliRunner().invoke(app, ["ingest", str(path), "--wait", "--timeout", "180"],
                                   catch_exceptions=False, env={"COLUMNS": "200"})
    finally:
        stop_process(worker)
    assert result.exit_code == 1, result.output  # some lines were bad; the good ones went in
    assert f"{N_GOOD} listings queued" in result.output and f"{len(bad)} bad lines skipped" in result.output
    assert f"processed {N_GOOD}:" in result.output
    for n, (item, field, words) in enumerate(bad):
        line = [ln for ln in result.output.splitlines() if f"line {2 * n + 2}:" in ln]
        assert line and f"field {field!r}" in line[0] and words in line[0], (n, line)
    assert again.exit_code == 1 and f"processed {N_GOOD}:" in again.output
    c = counts()
    assert (c["listings"], c["listing_versions"], c["ingest_errors"]) == (N_GOOD, N_GOOD, 0)  # once, not twice
    v = _versions()
    assert v["L1"]["title"] == "lone \ufffd surrogate 象牙" and v["L2"]["description"] == "NUL \ufffd in the text"
    assert len(v["L4"]["images"]) == 200  # cut to the contract's bound
    assert v["L5"]["capture"]["headers"] == {"X-\ufffd": "v\ufffd"}


def test_ingest_job_records_each_bad_item_and_stores_the_rest(store_url, redis_conn):
    from workers.queues import INGEST, queue

    bad = _bad_items()
    items = _good_items()
    for n, (item, _, _) in enumerate(bad):
        items.insert(2 * n, item)
    items.insert(5, "not a mapping")
    job = queue(INGEST, redis_conn).enqueue("workers.jobs.ingest_batch", items)
    drain(redis_conn)  # fails on any failed or retried job
    assert job.get_status(refresh=True) == "finished"
    assert job.return_value()["stored"] == N_GOOD and job.return_value()["errors"] == len(bad) + 1
    c = counts()
    assert (c["listings"], c["listing_versions"]) == (N_GOOD, N_GOOD)
    errors = _ingest_errors()
    assert [(e[0], e[1]) for e in errors if e[0]] == [(f"B{i + 1}", b[1]) for i, b in enumerate(bad)]
    for (_, _, message, raw), (_, _, words) in zip([e for e in errors if e[0]], bad):
        assert words in message and raw.startswith("{")
    assert [e for e in errors if not e[0]][0][2].startswith("must be a mapping")


def _refuse_poison_in_the_store(url: str) -> None:
    """A limit the listing check cannot know: the store refuses any title 'poison' (a real
    trigger in the real database, like a constraint a DBA might add)."""
    from sqlalchemy import text

    from review.db import get_engine

    engine = get_engine()
    with engine.begin() as c:
        if url.startswith("sqlite"):
            c.execute(text("CREATE TRIGGER refuse_poison BEFORE INSERT ON listing_versions "
                           "WHEN NEW.title = 'poison' BEGIN SELECT RAISE(ABORT, 'poison title refused'); END"))
        else:
            c.execute(text("CREATE FUNCTION refuse_poison() RETURNS trigger AS $$ BEGIN "
                           "IF NEW.title = 'poison' THEN RAISE EXCEPTION 'poison title refused' "
                           "USING ERRCODE = '22023'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql"))
            c.execute(text("CREATE TRIGGER refuse_poison BEFORE INSERT ON listing_versions "
                           "FOR EACH ROW EXECUTE FUNCTION refuse_poison()"))


def test_an_item_the_store_refuses_is_recorded_not_retried(store_url, redis_conn):
    from workers.queues import INGEST, queue
    from workers.status import failed_jobs

    _refuse_poison_in_the_store(store_url)
    items = make_items(8)
    items[3] = {**items[3], "title": "poison"}
    job = queue(INGEST, redis_conn).enqueue("workers.jobs.ingest_batch", items)
    drain(redis_conn)  # would fail on a retry or a failed job
    assert job.get_status(refresh=True) == "finished" and not failed_jobs(redis_conn)
    c = counts()
    assert (c["listings"], c["listing_versions"], c["ingest_errors"]) == (7, 7, 1)
    (listing_id, field, message, raw), = _ingest_errors()
    assert listing_id == "L3" and field is None
    assert "refused by the store" in message and "poison title refused" in message
    assert "sqlalche.me" not in message and "[SQL:" not in message


def test_failed_job_error_is_the_database_message_not_the_background_link():
    """`failed list` / `status` show the exception line of a real SQLAlchemy error, not the
    '[SQL: ...]' dump or the 'Background on this error' link that follow it."""
    import traceback

    from sqlalchemy import create_engine, text

    from workers.status import error_line

    engine = create_engine("sqlite://")
    with engine.begin() as c:
        c.execute(text("CREATE TABLE t (k INTEGER PRIMARY KEY)"))
        c.execute(text("INSERT INTO t VALUES (1)"))
    try:
        with engine.begin() as c:
            c.execute(text("INSERT INTO t VALUES (1)"))
    except Exception:
        tb = traceback.format_exc()
    assert "sqlalche.me" in tb.strip().splitlines()[-1]  # what `failed list` used to show
    line = error_line(tb)
    assert line.startswith("sqlalchemy.exc.IntegrityError:") and "UNIQUE constraint failed: t.k" in line
    assert error_line("Work-horse terminated unexpectedly; waitpid returned 9") == \
        "Work-horse terminated unexpectedly; waitpid returned 9"
