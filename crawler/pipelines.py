"""Item pipelines: dedup/versioning against the seen-index, then hand-off to the RQ ingest queue.

The crawler never imports `workers`: the job is enqueued by its dotted name, and the queue and
job names are defined once, in the listing contract (workers.queues uses the same names). Jobs
are JSON (RQ's JSONSerializer, as workers.queues.SERIALIZER), never pickle: items go in their
JSON form (amounts as strings, times as ISO-8601).
"""
from __future__ import annotations

import json
import logging
import os
from datetime import datetime, timezone
from typing import Any

from scrapy.exceptions import DropItem, NotConfigured

from config.settings import get_settings
from crawler.listing import INGEST_JOB, INGEST_QUEUE, json_default
from crawler.seen_index import SeenIndex, keep_since

logger = logging.getLogger(__name__)


class SeenIndexPipeline:
    """Drops listings already handed on unchanged; numbers changed ones as new versions.

    With the Scrapy setting WILDWATCH_EMIT_ALL (`wildwatch crawl --all`) every listing seen is
    handed on, unchanged ones with their current version (counted as unchanged all the same)."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.emit_all = crawler.settings.getbool("WILDWATCH_EMIT_ALL")
        path = crawler.settings.get("WILDWATCH_SEEN_INDEX") or get_settings().data_dir / "crawler" / "seen.sqlite3"
        self.index = SeenIndex(path)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        version, changed = self.index.sighting(item["platform"], item["listing_id"], item["content_sha256"],
                                               item["fetched_at"])
        if not changed:
            self.crawler.stats.inc_value("wildwatch/unchanged")
            if not self.emit_all:
                raise DropItem(f"unchanged since last seen: {item['url']}", log_level="DEBUG")
        item["version"] = version
        if changed and version > 1:
            self.crawler.stats.inc_value("wildwatch/new_versions")
        return item

    def open_spider(self, spider) -> None:
        platform = getattr(getattr(spider, "platform", None), "name", None)
        if platform:  # listings gone for months (sold, removed) leave the index
            gone = self.index.trim(platform, keep_since())
            if gone:
                logger.info("seen-index: forgot %d listing(s) of %s not seen for %d days", gone, platform,
                            get_settings().seen_keep_days)

    def close_spider(self) -> None:
        self.index.close()


class QueueHandoffPipeline:
    """Batches listings and enqueues INGEST_JOB(items) (workers.jobs.ingest_batch) on INGEST_QUEUE.

    On when the Scrapy setting WILDWATCH_QUEUE_REDIS_URL is set. A batch Redis refuses is written
    to data_dir/crawler/handoff-failed/ as JSONL so nothing is lost.
    """

    def __init__(self, crawler, redis_url: str, batch_size: int):
        self.crawler = crawler
        self.redis_url = redis_url
        self.batch_size = batch_size
        self.batch: list[dict[str, Any]] = []
        self._queue = None

    @classmethod
    def from_crawler(cls, crawler):
        url = crawler.settings.get("WILDWATCH_QUEUE_REDIS_URL")
        if not url:
            raise NotConfigured("WILDWATCH_QUEUE_REDIS_URL is not set")
        return cls(crawler, url, crawler.settings.getint("WILDWATCH_QUEUE_BATCH_SIZE", 50))

    def _queue_(self):
        if self._queue is None:
            from redis import Redis
            from rq import Queue
            from rq.serializers import JSONSerializer

            self._queue = Queue(INGEST_QUEUE, connection=Redis.from_url(self.redis_url), serializer=JSONSerializer)
        return self._queue

    def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        self.batch.append(dict(item))
        if len(self.batch) >= self.batch_size:
            self._flush()
        return item

    def close_spider(self) -> None:
        self._flush()

    def _flush(self) -> None:
        if not self.batch:
            return
        batch, self.batch = self.batch, []
        try:
            plain = json.loads(json.dumps(batch, ensure_ascii=False, default=json_default))
            self._queue_().enqueue(INGEST_JOB, plain)
            self.crawler.stats.inc_value("wildwatch/handoff_batches")
            self.crawler.stats.inc_value("wildwatch/handoff_items", len(batch))
        except Exception as exc:  # Redis down or refusing: keep the batch on disk
            path = self._spill(batch)
            self.crawler.stats.inc_value("wildwatch/errors")
            logger.error("could not enqueue %d listings on %s (%s); saved them to %s",
                         len(batch), self.redis_url, exc, path)

    def _spill(self, batch: list[dict[str, Any]]):
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        path = get_settings().data_dir / "crawler" / "handoff-failed" / f"{stamp}-{os.getpid()}.jsonl"
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            for item in batch:
                fh.write(json.dumps(item, ensure_ascii=False, default=json_default) + "\n")
        return path
