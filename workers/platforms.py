"""What the pipeline needs to know about each platform file (config/platforms/*.yaml).

Only four things: its name, whether pages need a browser (for screenshots), how often to
re-crawl it, and which hosts re-checks and screenshots may open (its allowed domains). The
crawler owns and validates the format (crawler.platform_config); files it rejects are skipped
here (`wildwatch platforms check` reports them).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from config.settings import get_settings
from crawler.platform_config import PlatformFileError, load_platform, platform_files

# Demo platforms are served by crawler.demo_sites, not described by files.
BUILTIN = {"demo-zh": "static", "demo-en": "browser"}
DEMO_DOMAINS = ("127.0.0.1", "localhost")  # where crawler.demo_sites serves them


@dataclass(frozen=True)
class PlatformInfo:
    name: str
    rendering: str = "static"  # static | browser
    interval_minutes: int | None = None
    base_url: str | None = None
    path: str | None = None
    allowed_domains: tuple[str, ...] = ()


def _domains(p) -> tuple[str, ...]:
    """The platform's allowed_domains, else its base_url's host without www. (as the spider does)."""
    if p.allowed_domains:
        return tuple(p.allowed_domains)
    host = urlparse(p.base_url or "").hostname or ""
    return (host[4:] if host.startswith("www.") else host,) if host else ()


def load_platforms(platforms_dir: Path | None = None) -> dict[str, PlatformInfo]:
    """Every platform file, keyed by name; files that do not parse are skipped (the crawler reports them)."""
    d = Path(platforms_dir or get_settings().platforms_dir)
    out: dict[str, PlatformInfo] = {n: PlatformInfo(n, r, allowed_domains=DEMO_DOMAINS) for n, r in BUILTIN.items()}
    if not d.is_dir():
        return out
    for path in platform_files(d):
        try:
            p = load_platform(path)
        except PlatformFileError:
            continue
        out[p.name] = PlatformInfo(p.name, p.rendering, p.interval_minutes, p.base_url, str(path), _domains(p))
    return out


def rendering_by_name(names) -> dict[str, str]:
    known = load_platforms()
    return {n: (known[n].rendering if n in known else "static") for n in names}
