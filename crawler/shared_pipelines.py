"""The item pipelines of a distributed crawl (crawler.frontier): the seen-index in Redis, and the
hand-off to the ingest queue acknowledging frontier requests only once their listings are sent."""
from __future__ import annotations

from typing import Any

from scrapy.exceptions import DropItem

from crawler.frontier import frontier_for
from crawler.pipelines import QueueHandoffPipeline, SeenIndexPipeline
from crawler.seen_index import RedisSeenIndex


class SharedSeenIndexPipeline(SeenIndexPipeline):
    """SeenIndexPipeline over RedisSeenIndex, so dedupe and versions hold across machines.

    A listing from a request re-queued from a dead crawler is handed on even when unchanged: the
    dead one may have recorded it in the index and died before handing it on (at least once)."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.emit_all = crawler.settings.getbool("WILDWATCH_EMIT_ALL")
        self.index = RedisSeenIndex(crawler.settings.get("WILDWATCH_FRONTIER_REDIS_URL"))
        self.frontier = frontier_for(crawler)

    def open_spider(self, spider) -> None:
        pass  # the shared index is trimmed once per crawl, when it is seeded (crawler.distributed.seed)

    def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        version, changed = self.index.sighting(item["platform"], item["listing_id"], item["content_sha256"],
                                               item["fetched_at"])
        if not changed:
            self.crawler.stats.inc_value("wildwatch/unchanged")
            if self.frontier.is_redo(item):
                self.crawler.stats.inc_value("wildwatch/redone_handed_on")
            elif not self.emit_all:
                raise DropItem(f"unchanged since last seen: {item['url']}", log_level="DEBUG")
        item["version"] = version
        if changed and version > 1:
            self.crawler.stats.inc_value("wildwatch/new_versions")
        return item


class FrontierHandoffPipeline(QueueHandoffPipeline):
    """QueueHandoffPipeline that tells the frontier when a batch is out (sent, or saved to disk
    when Redis refused it), so the requests whose listings were in it can be acknowledged."""

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = super().from_crawler(crawler)
        pipeline.frontier = frontier_for(crawler)
        pipeline.frontier.handoff = pipeline
        return pipeline

    def flush(self) -> None:
        self._flush()

    def _flush(self) -> None:
        super()._flush()
        self.frontier.flushed()
