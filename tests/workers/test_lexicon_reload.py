"""A lexicon edit reaches running workers: the next job assesses with the new lexicon version and
records it, without a restart. Real worker process, real Redis, real store."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pipeline_helpers import make_items, start_worker, stop_process, wait_for
from workers.queues import queue

FROZEN = Path(__file__).resolve().parent / "lexicon"
NEW_TERM = "犀牛角"
NEW_ENTRY = (f"  - {{term: {NEW_TERM}, variants: [{NEW_TERM}, 犀角杯], category: rhino_horn, kind: name, "
             "weight: 0.95, lang: zh, source: test}\n")


@pytest.fixture
def keywords(tmp_path, monkeypatch):
    """A copy of the frozen test lexicon that this test may edit."""
    from config.settings import get_settings

    path = tmp_path / "keywords"
    shutil.copytree(FROZEN, path)
    monkeypatch.setenv("WILDWATCH_KEYWORDS_DIR", str(path))
    get_settings.cache_clear()
    return path


def _rhino_item(listing_id: str) -> dict:
    return dict(make_items(1)[0], listing_id=listing_id, title=f"{NEW_TERM} 摆件 老货 {listing_id}",
                description="微信联系 abc123，可验货")


def _assessments(external_id: str) -> list[dict]:
    from sqlalchemy import select

    from review.db import session_scope
    from review.models import Assessment, Listing, ListingVersion

    with session_scope(readonly=True) as s:
        rows = s.execute(
            select(Assessment.listing_version_id, Assessment.lexicon_version, Assessment.categories,
                   Assessment.matches)
            .join(ListingVersion, ListingVersion.id == Assessment.listing_version_id)
            .join(Listing, Listing.id == ListingVersion.listing_id)
            .where(Listing.external_id == external_id)
            .order_by(Assessment.id)
        ).all()
    return [{"version_id": v, "lexicon": lex, "categories": cats, "terms": {m["term"] for m in matches}}
            for v, lex, cats, matches in rows]


def test_running_worker_assesses_with_the_edited_lexicon_and_records_its_version(redis_conn, store_url, keywords):
    from classifiers import load_lexicon

    version_a = load_lexicon(keywords).version
    ingest = queue("ingest", redis_conn)
    worker = start_worker()
    try:
        ingest.enqueue("workers.jobs.ingest_batch", [_rhino_item("R1")])
        [before] = wait_for(lambda: _assessments("R1"), what="R1 assessed with lexicon A")
        assert before["lexicon"] == version_a
        assert NEW_TERM not in before["terms"] and "rhino_horn" not in before["categories"]

        # A volunteer adds a term while the worker runs.
        with open(keywords / "pipeline_test.yaml", "a", encoding="utf-8") as f:
            f.write(NEW_ENTRY)
        version_b = load_lexicon(keywords).version
        assert version_b != version_a

        ingest.enqueue("workers.jobs.ingest_batch", [_rhino_item("R2")])
        [after] = wait_for(lambda: _assessments("R2"), what="R2 assessed")
        assert after["lexicon"] == version_b
        assert NEW_TERM in after["terms"] and "rhino_horn" in after["categories"]

        # The lexicon version is part of an assessment's key: R1 re-assessed with B is a second
        # assessment beside the one made with A.
        queue("classify", redis_conn).enqueue("workers.jobs.classify_batch", [before["version_id"]])
        both = wait_for(lambda: len(a := _assessments("R1")) == 2 and a, what="R1 re-assessed")
        assert [a["lexicon"] for a in both] == [version_a, version_b]
        assert NEW_TERM in both[1]["terms"]
        assert worker.poll() is None, "the worker must have run all of this without a restart"
    finally:
        stop_process(worker)


def test_invalid_edit_keeps_the_last_good_lexicon_until_fixed(keywords, caplog):
    from classifiers import load_lexicon
    from workers.jobs import classifier

    good = classifier()
    version_a = good.lexicon_version
    assert classifier() is good  # nothing changed: nothing is read or rebuilt

    path = keywords / "pipeline_test.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "  - {term: 犀牛角, category: no_such_category, kind: name}\n", encoding="utf-8")
    with caplog.at_level("WARNING", logger="workers.lexicon_watch"):
        assert classifier().lexicon_version == version_a
    assert "no_such_category" in caplog.text and "pipeline_test.yaml" in caplog.text

    path.write_text(text + NEW_ENTRY, encoding="utf-8")
    fixed = classifier()
    assert fixed.lexicon_version == load_lexicon(keywords).version != version_a
    assert "rhino_horn" in fixed.assess({"title": f"{NEW_TERM} 摆件"}).categories


def test_touching_the_files_without_changing_them_rebuilds_nothing(keywords):
    import os

    from workers.jobs import classifier

    first = classifier()
    st = (keywords / "pipeline_test.yaml").stat()
    os.utime(keywords / "pipeline_test.yaml", ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    assert classifier() is first


def test_a_broken_lexicon_at_start_is_an_error(keywords):
    from classifiers import LexiconError
    from workers.jobs import classifier

    (keywords / "pipeline_test.yaml").write_text("entries: [\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="pipeline_test.yaml"):
        classifier()
