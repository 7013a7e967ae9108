"""One lexicon change, as text edits of the keyword files. Pure: files in, files out, no store.

A proposal (review/proposals.py) is a small spec:

    op: add | add_variants | change | add_benign | retire
    term: 象牙手镯               # the new term (add, add_benign) or the entry to change
    file: ivory.yaml            # where the entry is (needed only when the term is in two files)
    variants: [...]             # add, add_benign, add_variants
    category / kind / cue / weight / lang / label_hint     # add, add_benign; kind/weight for change
    reason: why  source: where it comes from
    must_match: [listing text, ...]   must_not_match: [listing text, ...]

The keyword files keep one entry per line (a YAML flow mapping), so a change is a line edit: the
file's other entries, their order and every comment stay as they were. A new entry is appended
after the file's last entry; a retired entry is commented out, not deleted, so `git diff` and
`git log -p` show who retired what and why. Every change is checked by loading the changed copy
of the whole directory with the real loader (classifiers.load_lexicon), so a proposal meets the
same rules as `wildwatch lexicon check`, with the same file:line messages.
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from classifiers import Lexicon, LexiconError, load_lexicon
from classifiers.lexicon import CATEGORIES, CUES, KINDS, LABEL_HINTS, MAX_TERM_LEN

OPS = ("add", "add_variants", "change", "add_benign", "retire")
MAX_REASON = 2000
MAX_EXAMPLE = 5000
MAX_EXAMPLES = 20
MAX_VARIANTS = 50
_SPEC_FIELDS = {"op", "term", "file", "variants", "category", "kind", "cue", "weight", "lang", "label_hint",
                "reason", "source", "must_match", "must_not_match"}
_ENTRY_LINE = re.compile(r"^(\s*)- (\{.*\})\s*$")
_LANGS = ("zh", "en", "vi", "id", "ja", "ko", "th", "ms")


class ChangeError(ValueError):
    """The change cannot be made; `problems` says each reason (with file:line when one applies)."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("; ".join(problems))


@dataclass
class Change:
    op: str
    term: str
    reason: str
    source: str
    must_match: list[str]
    must_not_match: list[str]
    file: str | None = None
    variants: list[str] = field(default_factory=list)
    fields: dict = field(default_factory=dict)  # category, kind, cue, weight, lang, label_hint


def _text(value, name: str, problems: list[str], limit: int, required: bool = True) -> str:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            problems.append(f"{name}: required, and it is empty")
        return ""
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        problems.append(f"{name}: must be text, got {type(value).__name__}")
        return ""
    s = str(value).strip()
    if len(s) > limit:
        problems.append(f"{name}: {len(s)} characters, at most {limit} are allowed")
        return ""
    return s


def _examples(value, name: str, problems: list[str]) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value:
        problems.append(f"{name}: give at least one example listing text")
        return []
    if len(value) > MAX_EXAMPLES:
        problems.append(f"{name}: {len(value)} examples, at most {MAX_EXAMPLES}")
        return []
    out = []
    for k, v in enumerate(value):
        s = _text(v, f"{name}[{k + 1}]", problems, MAX_EXAMPLE)
        if s:
            out.append(s)
    return out


def parse_spec(spec: dict) -> Change:
    """The spec checked for shape (the entry itself is checked by the loader, see `apply`)."""
    if not isinstance(spec, dict):
        raise ChangeError(["a proposal must be a mapping with op, term, reason, source, must_match, must_not_match"])
    problems: list[str] = []
    unknown = set(spec) - _SPEC_FIELDS
    if unknown:
        problems.append(f"unknown field(s) {sorted(unknown)}; allowed: {sorted(_SPEC_FIELDS)}")
    op = spec.get("op")
    if op not in OPS:
        problems.append(f"op: {op!r} is not one of {', '.join(OPS)}")
    term = _text(spec.get("term"), "term", problems, MAX_TERM_LEN * 4)
    reason = _text(spec.get("reason"), "reason", problems, MAX_REASON)
    source = _text(spec.get("source"), "source", problems, 500)
    must = _examples(spec.get("must_match"), "must_match", problems)
    must_not = _examples(spec.get("must_not_match"), "must_not_match", problems)
    file = spec.get("file") or None
    if file is not None and (not isinstance(file, str) or not re.fullmatch(r"[a-z0-9_]+\.ya?ml", file)):
        problems.append(f"file: {file!r} must be a keyword file name like ivory.yaml")
    variants = spec.get("variants") or []
    if isinstance(variants, str):
        variants = [v for v in re.split(r"[,\n，、]", variants)]
    if not isinstance(variants, list):
        problems.append("variants: must be a list of terms")
        variants = []
    variants = [str(v).strip() for v in variants if str(v).strip()]
    if len(variants) > MAX_VARIANTS:
        problems.append(f"variants: {len(variants)} given, at most {MAX_VARIANTS}")
    fields: dict = {}
    for key in ("category", "kind", "cue", "lang", "label_hint"):
        v = spec.get(key)
        if v not in (None, ""):
            fields[key] = str(v).strip()
    if spec.get("weight") not in (None, ""):
        try:
            fields["weight"] = round(float(spec["weight"]), 3)
        except (TypeError, ValueError):
            problems.append(f"weight: {spec['weight']!r} is not a number from 0 to 1")
    if fields.get("category") and fields["category"] not in CATEGORIES:
        problems.append(f"category: {fields['category']!r} is not one of {', '.join(CATEGORIES)}")
    if fields.get("kind") and fields["kind"] not in KINDS:
        problems.append(f"kind: {fields['kind']!r} is not one of {', '.join(KINDS)}")
    if fields.get("label_hint") and fields["label_hint"] not in LABEL_HINTS:
        problems.append(f"label_hint: must be one of {', '.join(LABEL_HINTS)}")
    if fields.get("lang") and fields["lang"] not in _LANGS:
        problems.append(f"lang: {fields['lang']!r} is not one of {', '.join(_LANGS)}")
    if op == "add_benign":
        fields["kind"] = "benign_context"
        if "cue" not in fields:
            problems.append(f"cue: a benign look-alike needs one of {', '.join(CUES['benign_context'])}")
    if op in ("add", "add_benign") and "kind" not in fields:
        problems.append(f"kind: required for a new term, one of {', '.join(KINDS)}")
    if op == "add_variants" and not variants:
        problems.append("variants: give at least one variant to add")
    if op == "change" and not ({"weight", "kind", "cue", "category", "label_hint"} & set(fields)):
        problems.append("change: give the new weight, kind, cue, category or label_hint")
    if problems:
        raise ChangeError(problems)
    return Change(op=op, term=term, reason=reason, source=source, must_match=must, must_not_match=must_not,
                  file=file, variants=variants, fields=fields)


def read_files(directory: Path) -> dict[str, str]:
    """The keyword files of `directory` by name (the loader's set: *.yaml and *.yml)."""
    directory = Path(directory)
    paths = sorted(directory.glob("*.yaml")) + sorted(directory.glob("*.yml"))
    return {p.name: p.read_text(encoding="utf-8") for p in paths}


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _dump_flow(entry: dict) -> str:
    out = yaml.safe_dump(entry, default_flow_style=True, allow_unicode=True, sort_keys=False, width=10**9)
    return out.strip()


def _find_entry(lexicon: Lexicon, term: str, file: str | None) -> tuple[str, int]:
    """(file name, line) of the entry whose term is `term` (case-insensitive; not a generated one)."""
    key = term.strip().lower()
    hits = [e for e in lexicon.entries if e.form is None and e.term.lower() == key
            and (file is None or Path(e.file).name == file)]
    places = sorted({(Path(e.file).name, e.line) for e in hits})
    if not places:
        near = [e for e in lexicon.entries if e.form is None and key in (v.lower() for v in e.variants)]
        hint = f"; it is a variant of {near[0].term!r} in {Path(near[0].file).name}" if near else ""
        raise ChangeError([f"term: no entry {term!r}{' in ' + file if file else ''} in the lexicon{hint}"])
    if len(places) > 1:
        raise ChangeError([f"term: {term!r} is an entry in {', '.join(f'{f}:{n}' for f, n in places)}; "
                           f"say which with file:"])
    return places[0]


def _target_file(lexicon: Lexicon, change: Change) -> str:
    if change.file:
        return change.file
    cat, kind = change.fields.get("category", "none"), change.fields.get("kind")
    count: dict[str, int] = {}
    for e in lexicon.entries:
        if e.form is None and e.category == cat:
            name = Path(e.file).name
            count[name] = count.get(name, 0) + 1 + 100 * (e.kind == kind)
    if not count:
        return "benign_context.yaml" if kind == "benign_context" else "volunteers.yaml"
    return max(sorted(count), key=lambda n: count[n])


def _stamp(change: Change, author: str, date: str, number: int | None) -> str:
    what = f"proposal {number}" if number else "proposal"
    return f"{what} by {author}, {date}: {change.reason}".replace("\n", " ").replace("\r", " ")[:300]


def apply(files: dict[str, str], lexicon: Lexicon, change: Change, author: str, date: str,
          number: int | None = None) -> dict[str, str]:
    """The changed files only ({name: new text}). `lexicon` is `files` loaded (for places)."""
    stamp = _stamp(change, author, date, number)
    if change.op in ("add", "add_benign"):
        name = _target_file(lexicon, change)
        entry = {"term": change.term, "variants": list(dict.fromkeys([change.term] + change.variants))}
        for key in ("category", "kind", "cue", "weight", "lang", "label_hint"):
            if key in change.fields:
                entry[key] = change.fields[key]
        entry.setdefault("category", "none")
        entry["source"] = change.source
        entry["note"] = stamp
        text = files.get(name)
        if text is None:
            text = f"# Terms added through volunteers' proposals.\ngroup: volunteers\nentries:\n"
        lines = text.splitlines()
        entry_lines = [i for i, ln in enumerate(lines) if _ENTRY_LINE.match(ln)]
        last = entry_lines[-1] if entry_lines else len(lines) - 1
        indent = _ENTRY_LINE.match(lines[last]).group(1) if entry_lines else "  "
        lines.insert(last + 1, f"{indent}- {_dump_flow(entry)}")
        return {name: "\n".join(lines) + "\n"}
    name, line_no = _find_entry(lexicon, change.term, change.file)
    lines = files[name].splitlines()
    m = _ENTRY_LINE.match(lines[line_no - 1]) if 0 < line_no <= len(lines) else None
    if m is None:
        raise ChangeError([f"{name}:{line_no}: the entry {change.term!r} is not written on one line "
                           "({term: ..., ...}); edit this one by hand"])
    indent, raw = m.group(1), yaml.safe_load(m.group(2))
    if change.op == "retire":
        lines[line_no - 1] = f"{indent}# retired ({stamp}): - {m.group(2)}"
        return {name: "\n".join(lines) + "\n"}
    if change.op == "add_variants":
        have = {str(v).lower() for v in raw.get("variants") or []} | {str(raw.get("term")).lower()}
        new = [v for v in change.variants if v.lower() not in have]
        if not new:
            raise ChangeError([f"variants: {name}:{line_no} {change.term!r} has all of them already"])
        raw["variants"] = list(raw.get("variants") or [raw.get("term")]) + new
    else:  # change
        for key in ("weight", "kind", "cue", "category", "label_hint"):
            if key in change.fields:
                raw[key] = change.fields[key]
        if raw.get("kind") not in CUES:
            raw.pop("cue", None)
    lines[line_no - 1] = f"{indent}- {_dump_flow(raw)}"
    lines.insert(line_no - 1, f"{indent}# changed ({stamp})")
    return {name: "\n".join(lines) + "\n"}


def check(files: dict[str, str], changed: dict[str, str], shown_dir: str = "config/keywords") -> Lexicon:
    """Load the directory with `changed` applied, with the real loader, in a temporary copy.
    LexiconError messages name `shown_dir/file:line`, not the temporary place."""
    with tempfile.TemporaryDirectory(prefix="ww-lexicon-") as tmp:
        for name, text in {**files, **changed}.items():
            Path(tmp, name).write_text(text, encoding="utf-8")
        try:
            return load_lexicon(Path(tmp))
        except LexiconError as exc:
            raise LexiconError([p.replace(tmp, shown_dir) for p in exc.problems]) from None


def validate_new_terms(lexicon: Lexicon, change: Change) -> None:
    """A new term that is already in the lexicon is refused, naming where it is."""
    if change.op not in ("add", "add_benign", "add_variants"):
        return
    new = [change.term] if change.op != "add_variants" else []
    new += change.variants
    known: dict[str, str] = {}
    for e in lexicon.entries:
        if e.form is None:
            for v in e.variants:
                known.setdefault(v.lower(), f"{Path(e.file).name}:{e.line} ({e.term})")
    taken = [f"{v!r} is already in {known[v.lower()]}" for v in new if v.lower() in known
             and not (change.op == "add_variants" and known[v.lower()].endswith(f"({change.term})"))]
    if taken:
        raise ChangeError(taken)


def write(directory: Path, expected: dict[str, str], changed: dict[str, str]) -> None:
    """Write the changed files, each only if it still holds the text the change was made from
    (`expected` by name; a file edited by hand meanwhile is never overwritten). Atomic per file:
    a worker that reads the directory sees the old file or the new one, never half of one."""
    directory = Path(directory)
    for name in changed:
        path = directory / name
        now = path.read_text(encoding="utf-8") if path.exists() else None
        if now != expected.get(name):
            raise ChangeError([f"{path.name}: changed on disk since this proposal was previewed "
                               "(edited by hand?); preview it again"])
    for name, text in changed.items():
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", dir=directory)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
            mode = (directory / name).stat().st_mode & 0o777 if (directory / name).exists() else 0o644
            os.chmod(tmp, mode)
            os.replace(tmp, directory / name)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise


def copy_dir(src: Path, dst: Path) -> None:
    """Copy a keyword directory (tests and previews use their own copies)."""
    shutil.copytree(src, dst, dirs_exist_ok=True)
