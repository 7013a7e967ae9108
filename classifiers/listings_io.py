"""Reading listings JSONL robustly: every bad line is reported by number, nothing else is lost."""
from __future__ import annotations

import codecs
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

try:
    import orjson as _orjson
except ImportError:  # not installed yet: json reads every line
    _orjson = None

MAX_LINE_BYTES = 8 * 1024 * 1024  # a listing line longer than this is refused, not read into memory


@dataclass(slots=True)
class Line:
    number: int
    listing: dict | None
    error: str | None = None
    last: bool = False  # nothing after this line is read (the file is UTF-16...)


def raw_lines(stream: BinaryIO) -> Iterator[tuple[int, bytes | None]]:
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
    for n, raw in raw_lines(stream):
        line = parse_line(n, raw)
        if line is not None:
            yield line
            if line.last:
                return


def _huge_float(obj) -> bool:
    """A float of 2**63 or more in the parsed line: orjson reads an integer beyond 64 bits as a
    float where json keeps the int (such a line goes to json)."""
    stack = [obj]
    while stack:
        o = stack.pop()
        for v in (o.values() if o.__class__ is dict else o):
            c = v.__class__
            if c is float:
                if not -9.2e18 < v < 9.2e18:
                    return True
            elif c is dict or c is list:
                stack.append(v)
    return False


def _brackets_at_least_py(raw: bytes, limit: int) -> bool:
    return raw.count(b"[") + raw.count(b"{") >= limit


try:
    from ._textfast import brackets_at_least as _brackets_at_least, huge_float as _huge_float_c
except ImportError:  # not built: the Python loops
    _huge_float_c, _brackets_at_least = _huge_float, _brackets_at_least_py


def _orjson_line(raw: bytes) -> dict | None:
    """The line's object through orjson (~5x faster than decoding and json.loads) when it is
    surely json's answer; else None and json reads it: anything orjson refuses (NaN, lone
    surrogate escapes, bad JSON or UTF-8: json's messages name the column), deep nesting (json
    refuses it), a byte-order mark, an integer beyond 64 bits."""
    if _orjson is None or raw.startswith(b"\xef\xbb\xbf") or _brackets_at_least(raw, 200):
        return None
    try:
        obj = _orjson.loads(raw)
    except _orjson.JSONDecodeError:
        return None
    return obj if obj.__class__ is dict and not _huge_float_c(obj) else None


def parse_line(n: int, raw: bytes | None) -> Line | None:
    """Line n of a JSONL file as read by _lines (None: longer than MAX_LINE_BYTES); None for a
    blank line."""
    if raw is None:
        return Line(n, None, f"line {n}: longer than {MAX_LINE_BYTES // (1024 * 1024)} MB; skipped")
    if n == 1 and (wide := _wide_encoding(raw)):
        # Every line would be "not UTF-8": say once what the file is, and read none of it.
        return Line(n, None, f"the file is {wide}, not UTF-8; nothing was read: convert it first, e.g. "
                             f"iconv -f {wide} -t UTF-8 FILE > FILE.utf8.jsonl", last=True)
    if raw.isspace():  # raw is never empty: blank (what raw.strip() empties) without a copy of the line
        return None
    obj = _orjson_line(raw)
    if obj is not None:
        return Line(n, obj)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Line(n, None, _not_utf8(n, raw, exc))
    bom = 1 if text.startswith("\ufeff") else 0
    text = text[bom:]
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        # json's own messages may end in "at" ("Invalid control character at")
        msg = exc.msg[:-3] if exc.msg.endswith(" at") else exc.msg
        return Line(n, None, f"line {n}: not valid JSON ({msg} at column {exc.colno + bom})")
    except RecursionError:
        return Line(n, None, f"line {n}: JSON nested too deep to read (a listing is a flat object)")
    if not isinstance(obj, dict):
        return Line(n, None, f"line {n}: expected a JSON object with title/description..., got {type(obj).__name__}")
    return Line(n, obj)


def _wide_encoding(first_line: bytes) -> str | None:
    """UTF-16/UTF-32 by their byte-order mark, or UTF-16 without one (every other byte NUL)."""
    for bom, name in ((codecs.BOM_UTF32_LE, "UTF-32"), (codecs.BOM_UTF32_BE, "UTF-32"),
                      (codecs.BOM_UTF16_LE, "UTF-16"), (codecs.BOM_UTF16_BE, "UTF-16")):
        if first_line.startswith(bom):
            return name
    sample = first_line[:200]
    if len(sample) >= 4 and sample.count(0) * 3 >= len(sample):
        return "UTF-16LE" if sample[1] == 0 else "UTF-16BE"
    return None


def _not_utf8(n: int, raw: bytes, exc: UnicodeDecodeError) -> str:
    """Where (in characters, as an editor counts) and what to do."""
    column = len(raw[:exc.start].decode("utf-8", "replace")) + 1
    try:
        raw.rstrip(b"\r\n").decode("utf-8")
        cut = False
    except UnicodeDecodeError as body_exc:
        cut = body_exc.reason == "unexpected end of data"
    if cut:
        return (f"line {n}: ends in the middle of a character at column {column} (a cut line: was the file "
                "truncated or split by bytes?); fix or drop the line")
    try:
        raw.decode("gb18030")
        hint = "if it is Chinese text from Windows (GBK), e.g. iconv -f GBK -t UTF-8"
    except UnicodeDecodeError:
        hint = "e.g. iconv -f <its encoding> -t UTF-8 (`file -i FILE` may tell the encoding)"
    return f"line {n}: not UTF-8 (bad byte 0x{raw[exc.start]:02x} at column {column}); convert the file to UTF-8, {hint}"
