"""Classifying a JSONL file, line by line or over several processes, output in input order.

`wildwatch classify` (cli/classify_cmds.py) runs this: each input line gives one output line (an
Assessment, or {"id", "line", "error"}), written as json.dumps(obj, ensure_ascii=False) writes it
(orjson does the work, _textfast.json_spaced puts json's ", " / ": " back). With jobs > 1 and a
big input, chunks of lines go to worker processes (forked after the classifier is loaded, so each
shares its tables; elsewhere each loads from the warm lexicon cache) and come back in order.
"""
from __future__ import annotations

import gc
import itertools
import json
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from .listings_io import Line, _orjson_line, parse_line, raw_lines

try:
    import orjson
except ImportError:  # not installed yet: json writes every line
    orjson = None

CHUNK = 256  # lines per task: big enough that passing them costs little, small enough to keep order cheaply
SMALL_INPUT = 3_000  # below this many lines one process is quicker than starting a pool


@dataclass(frozen=True)
class Options:
    flagged_only: bool = False
    strict: bool = False
    # applied to every text value of a line holding a \u0000 or surrogate escape (NUL and lone
    # surrogates, as the listing contract stores text); the caller's, since classifiers imports
    # nothing of the crawler
    storable: Callable[[str], str] | None = None


@dataclass(slots=True)
class Result:
    """One input line's outcome: `out` to write (b"" for none), a `message` for stderr, whether it
    is an `error` (malformed or not classifiable)."""
    out: bytes
    message: str | None = None
    error: bool = False


def json_line(obj: dict) -> bytes:
    """One output line, as json.dumps(obj, ensure_ascii=False) + newline in UTF-8. A lone
    surrogate (a \\ud800 escape in the input) cannot be written as UTF-8, so such a line keeps
    JSON escapes instead of stopping the run."""
    if orjson is not None and obj.get("id").__class__ is not float:  # orjson writes NaN as null
        json_spaced = _json_spaced or _load_json_spaced()
        try:
            out = json_spaced(orjson.dumps(obj))
        except (orjson.JSONEncodeError, TypeError):  # lone surrogates, ints beyond 64 bits
            out = None
        if out is not None:
            return out
    text = json.dumps(obj, ensure_ascii=False)
    try:
        return (text + "\n").encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(obj) + "\n").encode("utf-8")


_json_spaced = None


def _load_json_spaced():
    global _json_spaced
    from ._textfast import json_spaced

    _json_spaced = json_spaced
    return json_spaced


def shown_id(value):
    """An id as given when it is one (text or a number); anything else (a list nested 1,000
    deep...) is not an id and is not echoed back."""
    return value if isinstance(value, (str, int, float)) and not isinstance(value, bool) else None


_MISSING = object()


def _needs_storable(raw: bytes) -> bool:
    # JSON can only carry NUL or a surrogate as an escape; raw bytes never hold either
    return b"\\u" in raw and (b"\\u0000" in raw or b"\\ud" in raw or b"\\uD" in raw)


_rejecters: dict[int, tuple] = {}  # id(classifier) -> (its matcher, its rejecter or None)


def rejecter(clf):
    """The compiled check that a listing is surely ordinary (nothing found, no warning: the
    answer is clf.nothing_matched()) for an engine Classifier, else None: see
    _matchfast.Reject. It follows raw_matches' own steps, so it serves only a classifier whose
    raw_matches and assess_or_none are the engine's."""
    m = getattr(clf, "matcher", None)
    cached = _rejecters.get(id(clf))
    if cached is not None and cached[0] is m:
        return cached[1]
    from .engine import _FIELD_KEY_SETS, MAX_FIELD_CHARS, Classifier

    rej = None
    cls = type(clf)
    if (m is not None and hasattr(m, "rejecter") and cls.raw_matches is Classifier.raw_matches
            and cls.assess_or_none is Classifier.assess_or_none):
        rej = m.rejecter(_FIELD_KEY_SETS, MAX_FIELD_CHARS)
    _rejecters[id(clf)] = (m, rej)
    return rej


_NO_REJECTER = object()


def classify_line(clf, line: Line, raw: bytes | None, opts: Options, reject=_NO_REJECTER,
                  said=_NO_REJECTER) -> Result:
    """reject: rejecter(clf) when the caller has it (None: the full path for every listing);
    said: what it answered for this line's listing when the caller asked it already (None: it
    could not tell)."""
    lst = line.listing
    if lst is None:
        return Result(json_line({"id": None, "line": line.number, "error": line.error}), line.error, True)
    nothing = False
    if reject is _NO_REJECTER:
        reject = rejecter(clf)
    try:
        listing = lst
        if opts.storable is not None and raw is not None and b"\\u" in raw and _needs_storable(raw):
            listing = {k: opts.storable(v) if isinstance(v, str) else v for k, v in lst.items()}
        pre = None
        if reject is not None and listing is lst and lst.__class__ is dict and clf.constant_no_match:
            if said is not _NO_REJECTER:
                pre = said
            else:
                try:
                    pre = reject(lst)
                except Exception:  # the full path says what is wrong with the listing
                    pre = None
            if pre is True:
                nothing, pre = True, None
            elif pre is False:
                pre = None
        assess = getattr(clf, "assess_or_none", None)
        if nothing:  # surely ordinary: the classifier's constant answer, without the full path
            a = clf.nothing_matched()
        else:
            if pre is not None:  # the engine's own assess_or_none (rejecter() checks), its first steps done
                a = assess(listing, True, pre)
            else:
                a = assess(listing) if assess is not None else clf.assess(listing)
            if a is None:  # nothing matched: the classifier's constant answer
                a = clf.nothing_matched()
                nothing = True
    except Exception as exc:  # one bad listing must not stop the run
        msg = f"line {line.number}: could not classify ({type(exc).__name__}: {exc})"
        return Result(json_line({"id": shown_id(lst.get("id")), "line": line.number, "error": msg}), msg, True)
    if opts.flagged_only and not a.flagged:
        return Result(b"")
    shown = lst.get("id", _MISSING)
    if shown is _MISSING:
        shown = lst.get("listing_id")
    if shown.__class__ is str or shown.__class__ is int:  # shown_id() of the common ids
        tail = _nothing_tail(clf, a, nothing)
        if tail is not None and orjson is not None:
            try:  # most listings: the nothing-matched answer, written once; only the id differs
                return Result(b'{"id": ' + orjson.dumps(shown) + tail)
            except (orjson.JSONEncodeError, TypeError):
                pass
    else:
        shown = shown_id(shown)
    out = _assessment_line(shown, a)
    return Result(out if out is not None else json_line({"id": shown, **a.to_dict()}))


_tails: dict[int, tuple] = {}


def _nothing_tail(clf, a, nothing: bool = False) -> bytes | None:
    """The output line after its id when `a` is the classifier's nothing-matched answer, else None.
    nothing: `a` is clf.nothing_matched() as it was just handed out."""
    if not nothing:
        if a.matches or a.warnings or a.contacts or not getattr(clf, "constant_no_match", False):
            return None
        ref = clf.nothing_matched()
        if a is not ref and (a.explanation is not ref.explanation or a.score != ref.score):
            return None
    else:
        ref = a
    cached = _tails.get(id(clf))
    if cached is None or cached[0] is not ref:
        line = json_line({"id": None, **ref.to_dict()})
        cached = _tails[id(clf)] = (ref, line[len(b'{"id": null'):])
    return cached[1]


_output_types: tuple | None = None  # (Assessment, its match types, Contact): the layouts assessment_line writes


def _assessment_line(shown, a) -> bytes | None:
    """json_line({"id": shown, **a.to_dict()}) written straight from the Assessment (building
    the dicts cost more than the rest of the output); None when it cannot: then the dicts."""
    global _output_types
    if _output_types is None:
        from ._textfast import assessment_line
        from .assessment import Assessment, Contact, Match
        from .matcher import RawMatch

        _output_types = (Assessment, (Match, RawMatch), Contact, assessment_line)
    cls, matches, contact, write = _output_types
    return write(shown, a, matches, contact) if a.__class__ is cls else None


def _nothing_line(clf, reject, opts: Options) -> Callable[[bytes], bytes | None] | None:
    """For the common line, parse_line + classify_line in one frame: the output line when `raw`
    (not the first line: parse_line looks at the encoding there) is a listing that `reject` calls
    ordinary and whose id is text or an integer; else (the parsed listing, what `reject` said of
    it) for classify_line to go on from, or None (then the two as usual). None when there is no
    rejecter, or --flagged-only (which writes nothing for such a line)."""
    if reject is None or opts.flagged_only or orjson is None:
        return None
    storable = opts.storable
    missing = _MISSING
    dumps, encode_error = orjson.dumps, orjson.JSONEncodeError
    nothing_matched = clf.nothing_matched
    # [nothing_matched() as last seen, its output line after the id]: the same object line after
    # line, so _nothing_tail's frame runs only when it changes (a swapped model)
    seen = [None, b""]

    def nothing_line(raw: bytes) -> bytes | tuple | None:
        if storable is not None and b"\\u" in raw and _needs_storable(raw):
            return None
        lst = _orjson_line(raw)  # parse_line's own reading, None where it reads otherwise
        if lst is None or not clf.constant_no_match:
            return None
        try:
            said = reject(lst)
        except Exception:  # the full path says what is wrong with the listing
            return lst, None
        if said is not True:
            return lst, (said if said is not False else None)
        shown = lst.get("id", missing)
        if shown is missing:
            shown = lst.get("listing_id")
        if shown.__class__ is not str and shown.__class__ is not int:
            return lst, True
        ref = nothing_matched()
        if ref is not seen[0]:
            seen[1] = _nothing_tail(clf, ref, True)
            seen[0] = ref
        try:
            return b'{"id": ' + dumps(shown) + seen[1]
        except (encode_error, TypeError):
            return lst, True

    return nothing_line


def classify_chunk(clf, chunk: list[tuple[int, bytes | None]], opts: Options) -> list[Result]:
    out = []
    reject = rejecter(clf)
    nothing_line = _nothing_line(clf, reject, opts)
    for n, raw in chunk:
        if nothing_line is not None and n > 1 and raw is not None:
            done = nothing_line(raw)
            if done.__class__ is bytes:
                out.append(Result(done))
                continue
            if done is not None:
                out.append(classify_line(clf, Line(n, done[0]), raw, opts, reject, done[1]))
                continue
        line = parse_line(n, raw)
        if line is not None:
            out.append(classify_line(clf, line, raw, opts, reject))
            if line.last:
                break
    return out


def _chunks(lines: Iterator[tuple[int, bytes | None]], size: int) -> Iterator[list]:
    chunk = []
    for item in lines:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def run(clf, stream: BinaryIO, opts: Options, jobs: int = 1, loader: Callable | None = None,
        progress: Callable[[Iterable], Iterable] | None = None) -> Iterator[Result]:
    """Results of every line of `stream`, in order. `loader()` gives the classifier in a worker
    process where processes are not forked; `progress` wraps the input lines. Over several
    processes, lines in a row with no message and no error come as one Result (`out` joined)."""
    gc.freeze()  # the classifier's tables stay: collections (and forked workers' pages) leave them alone
    lines: Iterable = raw_lines(stream)
    if progress is not None:
        lines = progress(lines)
    lines = iter(lines)
    head = []
    if jobs > 1:  # a small input is done before a pool would have started
        for item in lines:
            head.append(item)
            if len(head) > SMALL_INPUT:
                break
    first = parse_line(*head[0]) if head else None
    if jobs > 1 and len(head) > SMALL_INPUT and not (first is not None and first.last):
        yield from _parallel(clf, _chain(head, lines), opts, jobs, loader)
        return
    reject = rejecter(clf)
    nothing_line = _nothing_line(clf, reject, opts)
    for n, raw in itertools.chain(head, lines):
        if nothing_line is not None and n > 1 and raw is not None:
            out = nothing_line(raw)
            if out.__class__ is bytes:
                yield Result(out)
                continue
            if out is not None:
                yield classify_line(clf, Line(n, out[0]), raw, opts, reject, out[1])
                continue
        line = parse_line(n, raw)
        if line is not None:
            yield classify_line(clf, line, raw, opts, reject)
            if line.last:
                return  # a UTF-16 file: said once, nothing else read


def _chain(head: list, rest: Iterator) -> Iterator:
    yield from head
    yield from rest


_worker: tuple | None = None  # (classifier, options) in a worker process


def _init_worker(loader, opts) -> None:
    global _worker
    if _worker is None or loader is not None:
        _worker = (loader() if loader is not None else _worker[0], opts)


def _work(chunk: list) -> list[Result]:
    clf, opts = _worker
    return _merged(classify_chunk(clf, chunk, opts))


def _merged(results: list[Result]) -> list[Result]:
    """Each run of lines with nothing to report as one Result (their output joined): pickling a
    Result per line cost the parent more than writing it."""
    out: list[Result] = []
    plain: list[bytes] = []
    for r in results:
        if r.message is None and not r.error:
            plain.append(r.out)
            continue
        if plain:
            out.append(Result(b"".join(plain)))
            plain = []
        out.append(r)
    if plain:
        out.append(Result(b"".join(plain)))
    return out


def _parallel(clf, lines: Iterator, opts: Options, jobs: int, loader) -> Iterator[Result]:
    import multiprocessing as mp

    global _worker
    fork = "fork" in mp.get_all_start_methods() and sys.platform != "darwin"
    if fork:
        clf.warm_up()  # jieba's table and the rest loaded once, shared with the forked workers
        _worker = (clf, opts)
        ctx, init_args = mp.get_context("fork"), (None, opts)
    else:
        if loader is None:
            raise ValueError("a loader is needed where processes are not forked")
        ctx, init_args = mp.get_context("spawn"), (loader, opts)
    pending: deque = deque()
    with ctx.Pool(jobs, initializer=_init_worker, initargs=init_args) as pool:
        try:
            for chunk in _chunks(lines, CHUNK):
                pending.append(pool.apply_async(_work, (chunk,)))
                while len(pending) > 2 * jobs:  # a bounded read-ahead: big files never sit in memory
                    yield from pending.popleft().get()
            while pending:
                yield from pending.popleft().get()
        finally:
            pool.terminate()
