"""What the pipeline needs to know about each platform file (config/platforms/*.yaml).

Only four things: its name, whether pages need a browser (for screenshots), how often to
re-crawl it, and which hosts re-checks and screenshots may open (its allowed domains). The
crawler owns and validates the format (crawler.platform_config); files it rejects are skipped
here (`wildwatch platforms check` reports them).

Every ingest job asks (which platforms render in a browser). Parsing and validating every file
each time cost ~5 ms a job, so the files are read once per process and again only when the stat
of the directory's files (name, size, mtime, inode) changes, as routing and the lexicon are
(workers/routing.py, workers/lexicon_watch.py): an edited platform file counts from the next job.
"""
from __future__ import annotations

import os
import threading
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


_lock = threading.Lock()
_cache: dict[Path, tuple[tuple, dict[str, PlatformInfo]]] = {}  # directory -> (signature, platforms)


def load_platforms(platforms_dir: Path | None = None) -> dict[str, PlatformInfo]:
    """Every platform file, keyed by name; files that do not parse are skipped (the crawler
    reports them). Read again only when a file in the directory changed, came or went."""
    d = Path(platforms_dir or get_settings().platforms_dir)
    sig = _signature(d)  # before reading: never newer than what we read
    with _lock:
        hit = _cache.get(d)
        if hit is not None and hit[0] == sig:
            return dict(hit[1])
    out = _read_platforms(d)
    with _lock:
        _cache[d] = (sig, out)
    return dict(out)


def _signature(d: Path) -> tuple:
    """(name, size, mtime, inode) of each platform file, in order; one scandir, ~0.05 ms."""
    try:
        with os.scandir(d) as it:
            files = sorted((e for e in it if e.name.endswith((".yaml", ".yml"))), key=lambda e: e.name)
            out = []
            for e in files:
                try:
                    st = e.stat()
                except FileNotFoundError:  # removed while we looked: the next call sees it gone
                    continue
                out.append((e.name, st.st_size, st.st_mtime_ns, st.st_ino))
            return tuple(out)
    except OSError as exc:  # missing or unreadable: read (and skip) as before, on every call
        return (("<unreadable>", str(exc), object()),)


def _read_platforms(d: Path) -> dict[str, PlatformInfo]:
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
