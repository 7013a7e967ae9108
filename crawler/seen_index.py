"""Which listings were already handed on, and in which version: a small SQLite file for a crawl
in one process, a Redis hash per platform for a distributed crawl (RedisSeenIndex).

Same platform + listing_id + content hash: not handed on again. Changed content: version + 1.
"""
from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path


def keep_since(days: int | None = None) -> str:
    """The ISO time before which an unseen listing is forgotten (WILDWATCH_SEEN_KEEP_DAYS)."""
    if days is None:
        from config.settings import get_settings

        days = get_settings().seen_keep_days
    return (datetime.now(timezone.utc) - timedelta(days=days)).isoformat(timespec="seconds")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS seen (
    platform TEXT NOT NULL,
    listing_id TEXT NOT NULL,
    content_sha256 TEXT NOT NULL,
    version INTEGER NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    PRIMARY KEY (platform, listing_id)
)
"""


class SeenIndex:
    COMMIT_EVERY = 200  # commits are the slow part; a crash only means a re-sent duplicate

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(path, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(_SCHEMA)
        self._db.commit()
        self._pending = 0

    def observe(self, platform: str, listing_id: str, content_sha256: str, now: str) -> int | None:
        """Record a sighting; return the version to hand on, or None when nothing changed."""
        version, changed = self.sighting(platform, listing_id, content_sha256, now)
        return version if changed else None

    def sighting(self, platform: str, listing_id: str, content_sha256: str, now: str) -> tuple[int, bool]:
        """Record a sighting; return (the listing's version now, whether it is new or changed)."""
        row = self._db.execute(
            "SELECT content_sha256, version FROM seen WHERE platform = ? AND listing_id = ?",
            (platform, listing_id)).fetchone()
        changed = True
        if row is None:
            version = 1
            self._db.execute("INSERT INTO seen VALUES (?, ?, ?, 1, ?, ?)",
                             (platform, listing_id, content_sha256, now, now))
        elif row[0] == content_sha256:
            version, changed = row[1], False
            self._db.execute("UPDATE seen SET last_seen = ? WHERE platform = ? AND listing_id = ?",
                             (now, platform, listing_id))
        else:
            version = row[1] + 1
            self._db.execute(
                "UPDATE seen SET content_sha256 = ?, version = ?, last_seen = ? "
                "WHERE platform = ? AND listing_id = ?",
                (content_sha256, version, now, platform, listing_id))
        self._pending += 1
        if self._pending >= self.COMMIT_EVERY:
            self.commit()
        return version, changed

    def commit(self) -> None:
        self._db.commit()
        self._pending = 0

    def trim(self, platform: str, before: str) -> int:
        """Forget listings of `platform` last seen before `before` (ISO time): sold, removed or
        gone. One seen again later is handed on as new, which costs one re-check. Returns how many."""
        n = self._db.execute("DELETE FROM seen WHERE platform = ? AND last_seen < ?", (platform, before)).rowcount
        self.commit()
        return n

    def close(self) -> None:
        self.commit()
        self._db.close()


# KEYS: the platform's hash. ARGV: listing_id, content hash, unix time. Value: "sha256 version time".
_SIGHTING = """
local cur = redis.call('HGET', KEYS[1], ARGV[1])
if not cur then
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[2] .. ' 1 ' .. ARGV[3])
  return {1, 1}
end
local sp = string.find(cur, ' ', 1, true)
local sp2 = string.find(cur, ' ', sp + 1, true)
local version = tonumber(string.sub(cur, sp + 1, sp2 - 1))
if string.sub(cur, 1, sp - 1) == ARGV[2] then
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[2] .. ' ' .. version .. ' ' .. ARGV[3])
  return {version, 0}
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2] .. ' ' .. (version + 1) .. ' ' .. ARGV[3])
return {version + 1, 1}
"""


class RedisSeenIndex:
    """The seen-index of a distributed crawl: one Redis hash per platform (listing_id -> content
    hash, version, last sighting), updated by one Lua script per sighting so two crawler
    processes seeing the same listing agree on its version. About 120 bytes per listing."""

    def __init__(self, redis_url: str):
        from redis import Redis

        self._redis = Redis.from_url(redis_url, socket_connect_timeout=10, socket_timeout=30)
        self._script = self._redis.register_script(_SIGHTING)
        # re-checked inside Redis: a crawler may have seen the listing since the scan read it
        self._trim = self._redis.register_script(_TRIM)

    @staticmethod
    def key(platform: str) -> str:
        return f"wildwatch:seen:{platform}"

    def observe(self, platform: str, listing_id: str, content_sha256: str, now: str) -> int | None:
        version, changed = self.sighting(platform, listing_id, content_sha256, now)
        return version if changed else None

    def sighting(self, platform: str, listing_id: str, content_sha256: str, now: str) -> tuple[int, bool]:
        from datetime import datetime

        stamp = int(datetime.fromisoformat(now.replace("Z", "+00:00")).timestamp()) if now else 0
        version, changed = self._script(keys=[self.key(platform)], args=[listing_id, content_sha256, stamp])
        return int(version), bool(changed)

    def commit(self) -> None:
        pass  # every sighting is written at once

    def trim(self, platform: str, before: str, batch: int = 1000) -> int:
        """Forget listings of `platform` last seen before `before` (ISO time), as SeenIndex.trim;
        walked with HSCAN in batches, so a big hash never blocks Redis. Returns how many."""
        cutoff = int(datetime.fromisoformat(before.replace("Z", "+00:00")).timestamp())
        key, cursor, n = self.key(platform), 0, 0
        while True:
            cursor, entries = self._redis.hscan(key, cursor, count=batch)
            old = [f for f, v in entries.items() if int(v.rsplit(b" ", 1)[-1]) < cutoff]
            if old:
                n += self._trim(keys=[key], args=[cutoff, *old])
            if cursor == 0:
                return n

    def close(self) -> None:
        self._redis.close()

# KEYS: the platform's hash. ARGV: cutoff (unix time), then the fields to drop if still older.
_TRIM = """
local n = 0
for i = 2, #ARGV do
  local cur = redis.call('HGET', KEYS[1], ARGV[i])
  if cur then
    local t = tonumber(string.match(cur, '(%d+)$'))
    if t and t < tonumber(ARGV[1]) then
      redis.call('HDEL', KEYS[1], ARGV[i])
      n = n + 1
    end
  end
end
return n
"""
