"""Crawler -> ingest through the listing contract: the crawler's hand-off pipeline and the workers use
one queue name and one job name, and what the crawler hands over (on Redis, or spilled to disk as
JSON when Redis refuses) is stored with the crawler's content hash and exact Decimal amounts."""
from __future__ import annotations

import json
import os
from decimal import Decimal

from pipeline_helpers import drain
from sqlalchemy import select

PRICES = ["¥12.50", "¥0.0001", "¥1,234,567.89"]


def _items() -> list[dict]:
    from crawler.listing import build_listing
    from crawler.platform_config import Platform

    platform = Platform.model_validate({"name": "demo-zh", "base_url": "http://x.test", "timezone": "Asia/Shanghai",
                                        "currency": "CNY", "search": {"urls": ["/s?q={term}"]}})
    return [build_listing(platform, {"listing_id": f"H{i}", "title": f"象牙手镯 #{i}", "price": price,
                                     "posted_at": "2026-10-01 12:00", "images": ["/a.jpg"]},
                          f"http://x.test/item/{i}", {"url": f"http://x.test/item/{i}", "status": 200, "headers": {},
                                                      "body_sha256": "", "warc_file": "", "warc_record_id": ""})
            for i, price in enumerate(PRICES)]


def _hand_off(redis_url: str, items: list[dict]):
    from scrapy.utils.test import get_crawler

    from crawler.pipelines import QueueHandoffPipeline

    crawler = get_crawler(settings_dict={"WILDWATCH_QUEUE_REDIS_URL": redis_url, "WILDWATCH_QUEUE_BATCH_SIZE": 2})
    pipe = QueueHandoffPipeline.from_crawler(crawler)
    for item in items:
        pipe.process_item(item)
    pipe.close_spider()
    return crawler.stats


def _stored() -> dict[str, tuple[str, Decimal]]:
    from review.db import session_scope
    from review.models import Listing, ListingVersion

    with session_scope(readonly=True) as s:
        rows = s.execute(select(Listing.external_id, ListingVersion.content_sha256, ListingVersion.price_amount)
                         .join(ListingVersion, ListingVersion.listing_id == Listing.id)).all()
    return {ext: (sha, amount) for ext, sha, amount in rows}


def test_one_queue_and_one_job_name_on_both_sides(redis_conn, store_url):
    from rq.utils import import_attribute

    from crawler import pipelines
    from crawler.listing import INGEST_JOB, INGEST_QUEUE
    from workers import jobs, queues

    assert queues.INGEST is INGEST_QUEUE and queues.INGEST_JOB is INGEST_JOB and queues.INGEST in queues.ALL
    assert import_attribute(INGEST_JOB) is jobs.ingest_batch
    assert not hasattr(pipelines, "INGEST_FUNCTION")  # no second spelling on the crawler side

    items = _items()
    stats = _hand_off(os.environ["WILDWATCH_REDIS_URL"], items)
    assert stats.get_value("wildwatch/handoff_items") == len(items)
    jobs_queued = queues.queue(queues.INGEST, redis_conn).jobs  # read as the workers read them
    assert [j.func_name for j in jobs_queued] == [INGEST_JOB, INGEST_JOB]  # batches of 2
    drain(redis_conn)
    stored = _stored()
    assert stored == {i["listing_id"]: (i["content_sha256"], i["price_amount"]) for i in items}
    assert [stored[f"H{i}"][1] for i in range(3)] == [Decimal("12.5"), Decimal("0.0001"), Decimal("1234567.89")]


def test_a_spilled_batch_ingests_to_the_same_versions(redis_conn, store_url):
    from config.settings import get_settings
    from workers import queues

    items = _items()
    stats = _hand_off("redis://127.0.0.1:1/0", items)  # nothing listens there
    assert stats.get_value("wildwatch/errors") == 2
    spilled = sorted((get_settings().data_dir / "crawler" / "handoff-failed").glob("*.jsonl"))
    lines = [json.loads(line) for path in spilled for line in path.read_text(encoding="utf-8").splitlines()]
    assert [line["price_amount"] for line in lines] == ["12.5", "0.0001", "1234567.89"]  # amounts as strings
    # Re-fed without their hashes, as another producer would: the contract computes the same ones.
    queues.enqueue(redis_conn, queues.INGEST, queues.INGEST_JOB, [{**line, "content_sha256": None} for line in lines])
    drain(redis_conn)
    assert _stored() == {i["listing_id"]: (i["content_sha256"], i["price_amount"]) for i in items}
