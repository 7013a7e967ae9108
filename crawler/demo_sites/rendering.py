"""Shared server plumbing for both demo sites: templates, request log, placeholder images."""
from __future__ import annotations

from pathlib import Path

import jinja2
from aiohttp import web

from crawler.demo_sites.placeholder_images import placeholder_png

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"

# Listing text is hostile (written by traffickers): autoescape everything.
templates = jinja2.Environment(
    loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=True,
    trim_blocks=True,
    lstrip_blocks=True,
)

HITS_KEY = web.AppKey("hits", list)
ROBOTS_KEY = web.AppKey("robots", str)


@web.middleware
async def record_hits(request: web.Request, handler):
    # raw_path keeps the query exactly as the client percent-encoded it (GBK or UTF-8).
    request.app[HITS_KEY].append(request.raw_path)
    return await handler(request)


async def robots_txt(request: web.Request) -> web.Response:
    return web.Response(text=request.app[ROBOTS_KEY], content_type="text/plain")



async def placeholder_image(request: web.Request) -> web.Response:
    name = request.match_info["name"]
    # Real sites often serve PNG/WebP bytes under a .jpg name; the content type tells the truth.
    return web.Response(body=placeholder_png(name), content_type="image/png",
                        headers={"Cache-Control": "max-age=86400"})


def int_param(value: str | None, default: int, minimum: int = 0, maximum: int = 10**6) -> int:
    """A forgiving integer query parameter: junk falls back to the default, never a 500."""
    try:
        number = int(value) if value is not None else default
    except ValueError:
        return default
    return max(minimum, min(number, maximum))
