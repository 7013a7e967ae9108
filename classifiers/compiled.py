"""The compiled lexicon cache: what the classifier builds from config/keywords/*.yaml, stored once.

Building a Classifier from the YAML files costs ~2.5 s of CPU before the first answer: parsing and
validating the files, generating forms (pinyin, homophones, emoji, initials), the character table
of the compiled loops, jieba's dictionary with the lexicon's ~3,400 words added (as a C table),
and spaCy, loaded for its lookup lemma table and tokenizer rules; and the Matcher's two Aho-Corasick
automata as _acfast tables (~11 MB: loading them is a copy, building them ~40% of a start). All of it is a function of the keyword files, this
code and the installed packages, so it is stored under the data directory as
`cache/lexicon-<key>.bin` and `.jieba` (jieba's table, 16 MB, read straight into place only when
a listing needs word boundaries), where key = a hash of the files' names and bytes, the classifiers' sources and the
versions of the packages the build uses. A changed file or code gives a new key: the cache is
rebuilt (the old files are removed). The rule modules' regexes go
in too, as the code re's compiler makes of them (lazy_regex.py). Two processes building at once each write a temporary file
and rename it into place (os.replace is atomic), so a reader sees a whole file or none.

The files hold plain data only (marshal: tuples, strings, numbers, bytes; no objects are built
from them, unlike pickle), and a file that does not load is rebuilt. They are specific to this
machine's Python and packages (the key names both).
"""
from __future__ import annotations

import hashlib
import logging
import marshal
import os
import platform
import struct
import sys
import tempfile
from importlib import metadata
from pathlib import Path

from .normalize import add_emoji_words, char_table, emoji_words
from .lexicon import DEFAULT_KEYWORDS_DIR, Lexicon, keyword_files, load_lexicon

log = logging.getLogger(__name__)

FORMAT = 2
_HERE = Path(__file__).resolve().parent
# packages whose data the build reads: their versions are part of the key
_PACKAGES = ("jieba", "spacy", "spacy-lookups-data", "pypinyin", "opencc", "emoji", "confusable-homoglyphs")


def code_version() -> str:
    """wildwatch's version, the classifiers' sources and data, the packages and the Python."""
    h = hashlib.sha256(f"{FORMAT}|{sys.version}|{platform.machine()}|{sys.byteorder}".encode())
    for name in _PACKAGES + ("wildwatch",):
        try:
            h.update(f"|{name}={_version(name)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"|{name}=-".encode())
    for path in sorted(_HERE.glob("*.py")) + sorted(_HERE.glob("*.pyx")) + sorted(_HERE.glob("*.pxd")) + sorted(
            _HERE.glob("*.txt")):
        if path.name not in ("model.py", "bench.py", "evaluate.py"):  # nothing they hold is cached
            h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def _version(name: str) -> str:
    """metadata.version(name), read from the Version header of the package's metadata file: the
    email parser metadata.version() runs reads the whole file, long description and all (~60% of
    its cost, ~1.5% of every start)."""
    dist = metadata.distribution(name)
    text = dist.read_text("METADATA") or dist.read_text("PKG-INFO") or ""
    for line in text.split("\n"):
        if not line.strip():
            break  # the end of the headers
        if line.startswith("Version:"):
            return line[len("Version:"):].strip()
    return dist.version


def cache_key(files: list[Path]) -> str:
    h = hashlib.sha256(code_version().encode())
    for path in files:
        h.update(b"\0" + path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:24]


def build(directory: Path | str | None, files: list[Path] | None = None) -> tuple[Lexicon, dict]:
    """The lexicon and every table the Matcher needs, from the YAML files (the slow way)."""
    from . import en_tokens, lazy_regex
    from .apart_pairs import plain_tables
    from .matcher import Matcher
    from .match_tables import compile_tables, lemma_subset, special_cases

    lexicon = load_lexicon(directory, files)
    add_emoji_words(lexicon.emoji_words)
    tables = compile_tables(lexicon)
    m = Matcher(lexicon, tables=tables)
    tables["jieba"] = m.words.dictionary().dump()
    tables["lemmas"] = lemma_subset(tables["key_last_words"])
    tables["special_cases"] = special_cases()
    try:
        tables["en_tokens"] = en_tokens.rules()
    except ValueError as exc:  # a spaCy whose tokenizer works otherwise: the check asks spaCy itself
        log.warning("spaCy's tokenizer rules not stored (%s): the inflection check will load spaCy", exc)
    tables["char_table"] = char_table()
    tables["emoji_all"] = dict(emoji_words())
    tables["apart_pairs"] = plain_tables(lexicon.entries)
    tables["precise_ac"] = m._precise.dump()  # the automata's tables: no build at start-up
    tables["squeezed_ac"] = m._squeezed.dump()
    tables["lazy_regex"] = lazy_regex.compiled_forms()  # the rule modules' regexes, compiled (lazy_regex.py)
    return lexicon, tables


def load(directory: Path | str | None, cache_dir: Path) -> tuple[Lexicon, dict]:
    """The lexicon and the Matcher's tables from the cache, built and stored when missing or stale.
    A cache directory that cannot be written only costs the build."""
    files = keyword_files(directory)
    key = cache_key(files)
    # one name per keyword directory, so that two lexicons in use do not remove each other's cache
    prefix = "lexicon-" + hashlib.sha256(str(Path(directory or DEFAULT_KEYWORDS_DIR).resolve()).encode()).hexdigest()[:8]
    main, table = cache_dir / f"{prefix}-{key}.bin", cache_dir / f"{prefix}-{key}.jieba"
    try:
        data = marshal.loads(main.read_bytes())
        if data["key"] != key:
            raise ValueError("another key")
        lexicon = Lexicon.from_plain(data["lexicon"])
        tables = data["tables"]
    except FileNotFoundError:
        lexicon = None
    except Exception as exc:  # a damaged or foreign file: build it again
        log.warning("%s: not a usable lexicon cache (%s); rebuilding it", main, exc)
        lexicon = None
    if lexicon is None:
        lexicon, tables = build(directory, files)
        _store(cache_dir, f"{prefix}-{key}", lexicon, tables)
        dump = tables["jieba"]
        tables["jieba"] = lambda: dump
    else:
        tables["jieba"] = lambda: _jieba_table(table, directory, files)
    from .lazy_regex import use_forms

    use_forms(tables.pop("lazy_regex", None) or {})  # a first use builds the Pattern from its code
    return lexicon, tables


_TABLE_HEADER = struct.Struct("<8sqqdq")  # magic, n_keys, n_nodes, logtotal, bytes of the table that follows
_TABLE_MAGIC = b"WWJIEBA1"


def _jieba_table(path: Path, directory, files):
    """jieba's dictionary table from its file, read straight into place; built when damaged."""
    from ._segfast import Dictionary

    try:
        with open(path, "rb") as fh:
            magic, n_keys, n_nodes, logtotal, nbytes = _TABLE_HEADER.unpack(fh.read(_TABLE_HEADER.size))
            if magic != _TABLE_MAGIC or nbytes != path.stat().st_size - _TABLE_HEADER.size:
                raise ValueError("not a table file")
            return Dictionary.read(fh, nbytes, n_keys, n_nodes, logtotal)
    except (OSError, ValueError, struct.error):
        log.warning("%s: jieba's table is missing or damaged; building it", path)
    return build(directory, files)[1]["jieba"]


def _store(cache_dir: Path, name: str, lexicon: Lexicon, tables: dict) -> None:
    plain = {k: v for k, v in tables.items() if k != "jieba"}
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        # jieba's table first: whoever sees the main file finds the table beside it
        table, n_keys, n_nodes, logtotal = tables["jieba"]
        _write(cache_dir / f"{name}.jieba", _TABLE_HEADER.pack(_TABLE_MAGIC, n_keys, n_nodes, logtotal, len(table)) + table)
        key = name.rsplit("-", 1)[1]
        _write(cache_dir / f"{name}.bin", marshal.dumps({"key": key, "lexicon": lexicon.to_plain(), "tables": plain}))
        prefix = name.rsplit("-", 1)[0]
        for old in cache_dir.glob(f"{prefix}-*"):  # this directory's earlier lexicons and code: stale for good
            if not old.name.startswith(f"{name}.") and not old.name.endswith(".tmp"):
                old.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("%s: cannot store the lexicon cache (%s); the next start builds it again", cache_dir, exc)


def _write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
