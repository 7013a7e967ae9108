"""What the pipeline needs to know about each platform file (config/platforms/*.yaml).

Only three things: its name, whether pages need a browser (for screenshots), and how often to
re-crawl it. The crawler owns and validates the full format; this reads those keys with
yaml.safe_load and ignores the rest, so the pipeline keeps working while that format grows.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from config.settings import get_settings

# Demo platforms are served by crawler.demo_sites, not described by files.
BUILTIN = {"demo-zh": "static", "demo-en": "browser"}


@dataclass(frozen=True)
class PlatformInfo:
    name: str
    rendering: str = "static"  # static | browser
    interval_minutes: int | None = None
    base_url: str | None = None
    path: str | None = None


def load_platforms(platforms_dir: Path | None = None) -> dict[str, PlatformInfo]:
    """Every platform file, keyed by name; files that do not parse are skipped (the crawler reports them)."""
    d = Path(platforms_dir or get_settings().platforms_dir)
    out: dict[str, PlatformInfo] = {n: PlatformInfo(n, r) for n, r in BUILTIN.items()}
    if not d.is_dir():
        return out
    for path in sorted(d.glob("*.y*ml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError):
            continue
        if not isinstance(data, dict):
            continue
        name = str(data.get("name") or path.stem)
        interval = data.get("interval_minutes")
        if isinstance(interval, bool) or not isinstance(interval, int) or interval <= 0:
            interval = None
        rendering = "browser" if data.get("rendering") == "browser" else "static"
        base = data.get("base_url") if isinstance(data.get("base_url"), str) else None
        out[name] = PlatformInfo(name, rendering, interval, base, str(path))
    return out


def rendering_by_name(names) -> dict[str, str]:
    known = load_platforms()
    return {n: (known[n].rendering if n in known else "static") for n in names}
