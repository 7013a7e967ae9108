"""Reading listings JSONL robustly: every bad line is reported by number, nothing else is lost."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

MAX_LINE_BYTES = 8 * 1024 * 1024  # a listing line longer than this is refused, not read into memory


@dataclass
class Line:
    number: int
    listing: dict | None
    error: str | None = None


def _lines(stream: BinaryIO) -> Iterator[tuple[int, bytes | None]]:
    n = 0
    while True:
        raw = stream.readline(MAX_LINE_BYTES + 1)
        if not raw:
            return
        n += 1
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # skip the rest of the oversized line
                raw = stream.readline(MAX_LINE_BYTES)
            yield n, None
            continue
        yield n, raw


def read_listings(source: str | Path) -> Iterator[Line]:
    """Yield one Line per non-blank input line of a JSONL file ('-' = standard input)."""
    if str(source) == "-":
        yield from _parse(sys.stdin.buffer)
        return
    with open(source, "rb") as fh:
        yield from _parse(fh)


def _parse(stream: BinaryIO) -> Iterator[Line]:
    for n, raw in _lines(stream):
        if raw is None:
            yield Line(n, None, f"line {n}: longer than {MAX_LINE_BYTES // (1024 * 1024)} MB; skipped")
            continue
        if not raw.strip():
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield Line(n, None, f"line {n}: not UTF-8 (bad byte 0x{raw[exc.start]:02x} at column {exc.start + 1}); "
                                "convert the file to UTF-8, e.g. iconv -f GBK -t UTF-8")
            continue
        text = text.lstrip("\ufeff")
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            yield Line(n, None, f"line {n}: not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(obj, dict):
            yield Line(n, None, f"line {n}: expected a JSON object with title/description..., got {type(obj).__name__}")
            continue
        yield Line(n, obj)
