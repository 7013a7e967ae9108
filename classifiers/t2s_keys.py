"""Where OpenCC's t2s conversion can change a text: a set of characters such that a text holding
none of them comes out of the converter as it went in, so prepare() need not call it.

OpenCC rewrites only text a key of its dictionaries matches (Conversion::Convert: the longest key
at each position is replaced by its first value; a character no key matches is copied). A key
whose first value is itself changes nothing. So a text changes only where it holds a changing key
whole; naming one character of each changing key is enough: a text without any named character
holds no changing key. Single-character keys name themselves (the traditional characters); a
phrase key holding one of them is already named; the ~110 others (沈睡 -> 沉睡, 答覆 -> 答复) are
named by as few characters as cover them all (沈, 覆, 藉, ...), so that ordinary simplified text
(年, 可, 能 stand in identity-free phrase keys too) does not send every Chinese line to OpenCC.

The keys are read from the converter's own config and dictionary files with the opencc_dict tool
the package ships (ocd2 -> text); when that cannot be done, None: the caller then converts every
text with a character from U+3400 on, as before. Computed once into the lexicon cache's character
table (normalize._char_table); the cache key holds OpenCC's version.
"""
from __future__ import annotations

import logging
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)


def changing_chars(converter) -> frozenset[str] | None:
    """Characters naming every key of `converter`'s dictionaries whose first value differs from it
    (see the module's doc), or None when its dictionaries cannot be read."""
    from collections import Counter

    try:
        entries = _entries(Path(converter.config))
    except (AttributeError, OSError, ValueError, KeyError, TypeError, subprocess.SubprocessError) as exc:
        log.warning("OpenCC's t2s keys not read (%s): every Chinese text goes to the converter", exc)
        return None
    changing = {k for k, v in entries if v != k}
    named = {k for k in changing if len(k) == 1}
    listed = {k for k, _ in entries if len(k) == 1}  # variant forms OpenCC lists (沈, 覆): rare in simplified text
    rest = [k for k in changing if len(k) > 1 and not named.intersection(k)]
    while rest:  # greedy cover: a listed character first, then the one in most of the phrases left
        counts = Counter(c for k in rest for c in set(k))
        best = min(counts, key=lambda c: (c not in listed, -counts[c], c))
        named.add(best)
        rest = [k for k in rest if best not in k]
    return frozenset(named)


def _entries(config: Path) -> list[tuple[str, str]]:
    """(key, first value) of every dictionary the config names (normalization, segmentation and
    conversion chain, groups opened)."""
    import json
    import tempfile

    spec = json.loads(config.read_text(encoding="utf-8"))
    dicts: list[dict] = []

    def walk(node):
        if isinstance(node, dict):
            if "dict" in node:
                walk(node["dict"])
            elif node.get("type") == "group":
                for d in node["dicts"]:
                    walk(d)
            elif "file" in node:
                dicts.append(node)
            else:
                for v in node.values():
                    walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(spec)
    if not dicts:
        raise ValueError(f"no dictionary in {config}")
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, d in enumerate(dicts):
            path = config.parent / d["file"]
            if d["type"] == "text":
                text = path.read_text(encoding="utf-8")
            elif d["type"] in ("ocd2", "ocd"):
                dump = Path(tmp) / f"{i}.txt"
                subprocess.run([_tool(), "-i", str(path), "-o", str(dump), "-f", d["type"], "-t", "text"],
                               check=True, capture_output=True, timeout=60)
                text = dump.read_text(encoding="utf-8")
            else:
                raise ValueError(f"dictionary type {d['type']!r}")
            for line in text.splitlines():
                if line:
                    key, _, values = line.partition("\t")
                    out.append((key, values.split(" ")[0]))
    return out


def _tool() -> str:
    """opencc_dict: the one the Python package ships, else one on the PATH."""
    import os
    import shutil

    import opencc

    shipped = Path(opencc.__file__).parent / "clib" / "bin" / "opencc_dict"
    if shipped.is_file() and os.access(shipped, os.X_OK):
        return str(shipped)
    found = shutil.which("opencc_dict")
    if found is None:
        raise OSError("no opencc_dict tool")
    return found
