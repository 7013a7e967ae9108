"""How many flagged illegal listings stay flagged when the product words are written with one trick.

    .venv/bin/python benchmarks/trick_robustness.py [--sample N] [--dev-only] [--tricks a,b] [--json FILE]

Issue 12's weakest tags on its hidden set were writing tricks (full-width 0.60, homophones 0.71,
obfuscating symbols 0.75, emoji 0.79, spacing 0.80). This measures robustness to tricks
mechanically: every listing labelled illegal in ../shared/corpus/dev.jsonl and
tests/data/train_*.jsonl (never the frozen unseen*.jsonl sets) that the current classifier flags
is rewritten with one trick at a time, applied to its product words only (the spans of the
lexicon's matches in title and description, from `assess().matches`; the whole title when nothing
matched there), and assessed again. Per trick and language it prints the share still flagged.
A trick that leaves a listing unchanged (no Latin letter to widen, no character that has a
radical look-alike...) does not count for that listing. Tricks are deterministic: a listing's
random choices come from a generator seeded with --seed and the listing's id.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

SYMBOLS = ".*-_·|~/"
HOMOGLYPHS = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
EMOJI_CHARS = "象虎犀龟熊鸟"
FIELDS = ("title", "description")


def dev_file() -> Path:
    dev = REPO.parent / "shared" / "corpus" / "dev.jsonl"
    if not dev.exists():
        raise SystemExit(f"{dev} not found: the development set lives beside the repository (../shared/corpus/)")
    return dev


def labeled_files(dev_only: bool = False) -> list[Path]:
    files = [dev_file()]
    if not dev_only:  # the frozen unseen*.jsonl sets are never read here
        files += sorted((REPO / "tests" / "data").glob("train_*.jsonl"))
    return files


def read_illegal(files: list[Path]) -> list[dict]:
    out = []
    for path in files:
        assert not path.name.startswith("unseen"), path
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if row.get("label") == "illegal":
                    out.append(row)
    return out


# ---- the tricks: (text of one product-word span, rng) -> rewritten span ----

def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\U00020000" <= ch <= "\U0002ffff"


def _latin(ch: str) -> bool:
    """A letter of Latin script (Vietnamese letters too)."""
    return ch.isalpha() and (ch.isascii() or "\u00c0" <= ch <= "\u024f" or "\u1e00" <= ch <= "\u1eff")


def _between(span: str, sep: Callable[[], str], keep: Callable[[str, str], bool]) -> str:
    """`sep()` between each pair of neighbours (a, b) for which keep(a, b)."""
    if not span:
        return span
    out = [span[0]]
    for a, b in zip(span, span[1:]):
        if keep(a, b):
            out.append(sep())
        out.append(b)
    return "".join(out)


def _in_word(a: str, b: str) -> bool:
    return (a.isalnum() and b.isalnum()) and not a.isspace() and not b.isspace()


def fullwidth(span: str, rng: random.Random) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in span)


def _spaced(span: str, sep: str) -> str:
    """sep between the characters of each word; words stay apart by three (t i g e r   b o n e)."""
    return "".join(_between(w, lambda: sep, _in_word) if w.strip() else w * 3 for w in _words(span))


def _words(span: str) -> list[str]:
    import re

    return re.split(r"(\s+)", span)


def ideo_space(span: str, rng: random.Random) -> str:
    return _spaced(span, "\u3000")


def space(span: str, rng: random.Random) -> str:
    return _spaced(span, " ")


def symbol(span: str, rng: random.Random) -> str:
    s = rng.choice(SYMBOLS)
    return _between(span, lambda: s, _in_word)


def zero_width(span: str, rng: random.Random) -> str:
    z = rng.choice("\u200b\u200c\u200d\u2060\ufeff")
    return _between(span, lambda: z, _in_word)


def homoglyph(span: str, rng: random.Random) -> str:
    return "".join(HOMOGLYPHS.get(c, c) for c in span)


def leet(span: str, rng: random.Random) -> str:
    """One or two letters of each Latin word as digits (ivory -> 1v0ry)."""
    chars = list(span)
    idx = [i for i, c in enumerate(chars) if c.lower() in LEET]
    for i in rng.sample(idx, min(2, len(idx))):
        chars[i] = LEET[chars[i].lower()]
    return "".join(chars)


def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


_S2T: list = []


def traditional(span: str, rng: random.Random) -> str:
    if not _S2T:
        _S2T.append(_s2t())
    return _S2T[0].convert(span)


_RADICAL_OF: dict[str, list[str]] = {}


def _radicals() -> dict[str, list[str]]:
    """Ideograph -> its CJK radical / Kangxi radical look-alikes (Unicode: EquivalentUnifiedIdeograph
    for the supplement, NFKC for the Kangxi block)."""
    if not _RADICAL_OF:
        path = REPO / "classifiers" / "EquivalentUnifiedIdeograph.txt"
        for line in path.read_text(encoding="utf-8").splitlines():
            data = line.split("#", 1)[0].strip()
            if data:
                src, dst = (int(x.strip(), 16) for x in data.split(";"))
                _RADICAL_OF.setdefault(chr(dst), []).append(chr(src))
        for cp in range(0x2F00, 0x2FD6):
            _RADICAL_OF.setdefault(unicodedata.normalize("NFKC", chr(cp)), []).append(chr(cp))
    return _RADICAL_OF


def radical(span: str, rng: random.Random) -> str:
    table = _radicals()
    idx = [i for i, c in enumerate(span) if c in table]
    if not idx:
        return span
    i = rng.choice(idx)
    return span[:i] + rng.choice(sorted(table[span[i]])) + span[i + 1:]


_EMOJI_FOR: dict[str, list[str]] = {}


def _emoji_for() -> dict[str, list[str]]:
    """象/虎/犀/龟/熊/鸟 -> the emoji the normaliser reads as that character (the lexicon's emoji)."""
    if not _EMOJI_FOR:
        from classifiers.normalize import emoji_words

        for e, word in emoji_words().items():
            if word in EMOJI_CHARS:
                _EMOJI_FOR.setdefault(word, []).append(e)
    return _EMOJI_FOR


def emoji(span: str, rng: random.Random) -> str:
    table = _emoji_for()
    return "".join(rng.choice(sorted(table[c])) if c in table else c for c in span)


def vi_plain(span: str, rng: random.Random) -> str:
    s = span.replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", s)
                                               if unicodedata.category(c) != "Mn"))


def caps(span: str, rng: random.Random) -> str:
    return span.upper()


def dotted(span: str, rng: random.Random) -> str:
    return _between(span, lambda: ".", lambda a, b: _latin(a) and _latin(b))


def repeated(span: str, rng: random.Random) -> str:
    """One letter of each Latin word written two to four times (ivoryyy, tiiger)."""
    out, word = [], []
    for c in span + " ":
        if _latin(c):
            word.append(c)
            continue
        if word:
            i = rng.randrange(len(word))
            word[i] = word[i] * rng.randint(2, 4)
            out.append("".join(word))
            word = []
        out.append(c)
    return "".join(out)[:-1]


TRICKS: dict[str, Callable[[str, random.Random], str]] = {
    "fullwidth": fullwidth, "ideo_space": ideo_space, "space": space, "symbol": symbol,
    "zero_width": zero_width, "homoglyph": homoglyph, "leet": leet, "traditional": traditional,
    "radical": radical, "emoji": emoji, "vi_plain": vi_plain, "caps": caps, "dotted": dotted,
    "repeated": repeated,
}


def spans(listing: dict, assessment) -> dict[str, list[tuple[int, int]]]:
    """Merged product-word spans per field; the whole title when no match is in title/description."""
    out: dict[str, list[tuple[int, int]]] = {}
    for m in assessment.matches:
        if m.field in FIELDS and m.end > m.start:
            out.setdefault(m.field, []).append((m.start, m.end))
    if not out:
        title = listing.get("title") or ""
        return {"title": [(0, len(title))]} if title else {}
    for f, lst in out.items():
        lst.sort()
        text = listing.get(f) or ""
        merged = [lst[0]]
        for s, e in lst[1:]:  # spans only whitespace apart are one phrase (genuine tiger canines)
            if s <= merged[-1][1] or not text[merged[-1][1]:s].strip():
                merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            else:
                merged.append((s, e))
        out[f] = merged
    return out


def rewrite(listing: dict, where: dict[str, list[tuple[int, int]]], trick, rng: random.Random) -> dict | None:
    """A copy of the listing with the trick applied to each span; None when nothing changed."""
    new = dict(listing)
    changed = False
    for f, lst in where.items():
        text = listing.get(f) or ""
        for s, e in reversed(lst):
            part = trick(text[s:e], rng)
            if part != text[s:e]:
                changed = True
                text = text[:s] + part + text[e:]
        new[f] = text
    return new if changed else None


def seed_for(seed: int, listing: dict, trick: str) -> random.Random:
    return random.Random(f"{seed}:{listing.get('id')}:{trick}")


def run(listings: list[dict], tricks: list[str] | None = None, seed: int = 12, progress: bool = True,
        clf=None, misses: dict | None = None) -> dict:
    """{"base": {lang: n flagged}, "tricks": {trick: {lang: [kept, applied]}}} over the flagged listings."""
    if clf is None:
        from classifiers.engine import load_classifier

        clf = load_classifier()
    names = tricks or list(TRICKS)
    result: dict = {"illegal": len(listings), "base": defaultdict(int),
                    "tricks": {t: defaultdict(lambda: [0, 0]) for t in names}}
    track = None
    if progress:
        from rich.progress import track
    it = track(listings, description="tricks") if track else listings
    for row in it:
        a = clf.assess(row)
        if not a.flagged:
            continue
        lang = row.get("lang") or "?"
        result["base"][lang] += 1
        where = spans(row, a)
        for t in names:
            new = rewrite(row, where, TRICKS[t], seed_for(seed, row, t))
            if new is None:
                continue
            cell = result["tricks"][t][lang]
            cell[1] += 1
            if clf.assess(new).flagged:
                cell[0] += 1
            elif misses is not None:
                misses.setdefault(t, []).append((row.get("id"), {f: new.get(f) for f in where}))
    result["base"] = dict(result["base"])
    result["tricks"] = {t: {k: list(v) for k, v in d.items()} for t, d in result["tricks"].items()}
    return result


def share(cells: dict[str, list[int]], lang: str | None = None) -> tuple[float | None, int]:
    kept = sum(v[0] for k, v in cells.items() if lang in (None, k))
    n = sum(v[1] for k, v in cells.items() if lang in (None, k))
    return (kept / n if n else None), n


def table(result: dict):
    from rich.table import Table

    langs = sorted(result["base"])
    t = Table(title=f"share still flagged ({sum(result['base'].values())} flagged of {result['illegal']} illegal)")
    t.add_column("trick")
    t.add_column("all", justify="right")
    for lang in langs:
        t.add_column(f"{lang} ({result['base'][lang]})", justify="right")
    for name, cells in sorted(result["tricks"].items(), key=lambda kv: share(kv[1])[0] or 2.0):
        row = [name]
        for lang in [None, *langs]:
            s, n = share(cells, lang)
            row.append("-" if s is None else f"{s:.3f} ({n})")
        t.add_row(*row)
    return t


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    p.add_argument("--dev-only", action="store_true", help="only ../shared/corpus/dev.jsonl")
    p.add_argument("--sample", type=int, default=0, help="a seeded sample of this many illegal listings (0 = all)")
    p.add_argument("--tricks", default="", help=f"comma-separated subset of: {', '.join(TRICKS)}")
    p.add_argument("--seed", type=int, default=12)
    p.add_argument("--json", type=Path, help="also write the figures here")
    p.add_argument("--misses", type=int, default=0, help="print up to this many rewritten listings each trick lost")
    args = p.parse_args(argv)
    names = [t for t in args.tricks.split(",") if t] or None
    for t in names or []:
        if t not in TRICKS:
            p.error(f"unknown trick {t!r}")
    listings = read_illegal(labeled_files(args.dev_only))
    if args.sample and args.sample < len(listings):
        listings = random.Random(args.seed).sample(listings, args.sample)
    misses: dict = {} if args.misses else None
    result = run(listings, names, args.seed, misses=misses)
    from rich.console import Console

    console = Console(width=max(120, Console().width))
    console.print(table(result))
    if misses:
        for t, lst in misses.items():
            console.print(f"[bold]{t}[/bold]: {len(lst)} lost")
            for id_, fields in lst[:args.misses]:
                console.print(f"  {id_}: {json.dumps(fields, ensure_ascii=False)[:200]}", markup=False)
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
