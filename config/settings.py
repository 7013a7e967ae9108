"""Runtime settings, read from WILDWATCH_* environment variables (see README).

This module imports nothing of ours, so every room may read it.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from config.paths import CONFIG_DIR, DEFAULT_DATA_DIR, DEFAULT_KEYWORDS_DIR


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="WILDWATCH_", extra="ignore")

    data_dir: Path = Field(DEFAULT_DATA_DIR, description="Where the store, embedded Redis, evidence and caches live.")
    redis_url: str | None = Field(None, description="Redis to use; unset = embedded Redis under data_dir.")
    database_url: str | None = Field(None, description="SQLAlchemy URL; unset = SQLite under data_dir.")
    cache_dir: Path | None = Field(
        None, description="Compiled caches (the lexicon's); unset = cache/ under data_dir. May be shared by several data dirs.")
    keywords_dir: Path = Field(DEFAULT_KEYWORDS_DIR, description="Lexicon YAML files.")
    platforms_dir: Path = Field(CONFIG_DIR / "platforms", description="Platform definition YAML files.")
    routing_file: Path = Field(CONFIG_DIR / "routing.yaml", description="Routing rules.")
    contact_url: str = Field("https://example.org/wildwatch-crawler", description="Contact URL in the crawler's User-Agent.")
    chromium_path: str | None = Field(None, description="Chromium executable for browser pages; unset = found on the machine.")
    sqlite_busy_ms: int = Field(10_000, ge=0, description="How long a SQLite writer waits for another's lock (ms).")
    default_tlp: Literal["RED", "AMBER", "GREEN", "CLEAR"] = Field(
        "AMBER", description="Sharing level (Traffic Light Protocol) of a new case; a lead can raise it.")
    seen_keep_days: int = Field(
        180, ge=1, description="A listing the crawler has not seen for this many days is forgotten by the seen-index (trimmed at each crawl's start).")
    recheck_minutes: int = Field(360, ge=1, description="How often listings in sent takedown reports are re-checked.")
    qa_decision_rate: float = Field(0.1, ge=0, le=1, description="Share of reviewers' decisions drawn for blind second review (QA).")
    review_file: Path = Field(CONFIG_DIR / "review.yaml", description="Reason codes for review decisions.")
    lease_minutes: int = Field(20, ge=1, description="How long an analyst holds a case opened from the queue (minutes).")
    notifier_name: str = Field("wildwatch working group", description="The notifier named in takedown reports (the working group, never an analyst).")
    notifier_email: str = Field("takedowns@example.org", description="The notifier's e-mail in takedown reports (the working group's address).")
    trusted_flagger: bool = Field(False, description="The group holds DSA trusted-flagger status (Art. 22): reports suggest SOURCE_TRUSTED_FLAGGER.")
    allow_private_webhooks: bool = Field(
        False, description="Let webhooks reach loopback, private and link-local addresses (off: such hooks are refused).")

    @property
    def user_agent(self) -> str:
        return f"wildwatch/0.1 (+{self.contact_url})"

    @property
    def cache_path(self) -> Path:
        return self.data_dir / "cache" if self.cache_dir is None else self.cache_dir

    def path(self, *parts: str) -> Path:
        """A path under the data directory, created on demand."""
        p = self.data_dir.joinpath(*parts)
        p.parent.mkdir(parents=True, exist_ok=True)
        return p


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
