"""The two paths a short command needs first (data dir, keyword files), read from the same
WILDWATCH_* variables as config.settings but without importing pydantic: that import is ~0.16 s
of `wildwatch explain`'s half-second start. config.settings takes its defaults from here, and a
test keeps the two readings equal."""
from __future__ import annotations

import os
from pathlib import Path

CONFIG_DIR = Path(__file__).resolve().parent
DEFAULT_DATA_DIR = Path("var")
DEFAULT_KEYWORDS_DIR = CONFIG_DIR / "keywords"


def _env(field: str) -> str | None:
    """The WILDWATCH_<FIELD> variable, matched case-insensitively as pydantic-settings does."""
    wanted = f"WILDWATCH_{field}".upper()
    found = os.environ.get(wanted)
    if found is not None:
        return found
    return next((v for k, v in os.environ.items() if k.upper() == wanted), None)


def data_dir() -> Path:
    value = _env("data_dir")
    return DEFAULT_DATA_DIR if value is None else Path(value)


def cache_dir() -> Path:
    """Where compiled caches (the lexicon's) live: WILDWATCH_CACHE_DIR, else `cache/` under the data
    dir. Several data dirs may share one cache dir: entries are keyed by content and written atomically."""
    value = _env("cache_dir")
    return data_dir() / "cache" if value is None else Path(value)


def keywords_dir() -> Path:
    value = _env("keywords_dir")
    return DEFAULT_KEYWORDS_DIR if value is None else Path(value)
