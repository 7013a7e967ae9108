"""The one charset rule for marketplace pages, static or rendered in the browser.

Servers of CJK sites often omit the charset or misstate it (GBK labelled UTF-8, "utf-16" on
8-bit bytes). A label the bytes contradict gives way to the platform's `encoding` when the bytes
read with it, else to charset-normalizer's reading; an omitted or generic label gives way to the
platform's `encoding` (the analyst knows the site better than its server).
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass

# A server that declares one of these on a CJK site is usually just wrong about it.
GENERIC_CHARSETS = {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "windows-1252", "cp1252"}


def decodes(body: bytes, encoding: str) -> bool:
    try:
        body.decode(encoding)
        return True
    except (UnicodeDecodeError, LookupError):
        return False


def label_lies(body: bytes, declared: str) -> bool:
    """A charset label the bytes contradict: they do not decode with it, or it says UTF-16/32
    while the page has no byte-order mark and no NUL bytes (its ASCII markup would have them)."""
    try:
        name = codecs.lookup(declared).name
    except LookupError:
        return True
    if name.startswith(("utf-16", "utf-32")):
        return not body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and b"\x00" not in body[:4096]
    return not decodes(body, name)


def same_codec(a: str, b: str) -> bool:
    try:
        return codecs.lookup(a).name == codecs.lookup(b).name
    except LookupError:
        return False


def guess_encoding(body: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(body[:256 * 1024]).best()
    return best.encoding if best is not None else None


@dataclass(frozen=True)
class CharsetChoice:
    encoding: str | None  # read the page with this; None = keep what the page says
    label_lied: bool = False  # the declared label was contradicted by the bytes (count it)


def choose_encoding(body: bytes, declared: str | None, platform_encoding: str | None) -> CharsetChoice:
    """How to read `body` given the server's `declared` charset and the platform's `encoding`."""
    if not declared or declared.lower() in GENERIC_CHARSETS:
        return CharsetChoice(platform_encoding)
    if not label_lies(body, declared):
        return CharsetChoice(None)
    fallback = platform_encoding if platform_encoding and decodes(body, platform_encoding) else guess_encoding(body)
    if not fallback or same_codec(fallback, declared):
        return CharsetChoice(None)
    return CharsetChoice(fallback, label_lied=True)
