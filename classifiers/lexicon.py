"""The curated lexicon: loading, validation and compilation of `config/keywords/*.yaml`.

Keyword files are edited by volunteers, so loading is strict and every problem is reported with
file, line, entry and field. Terms are literal strings: no regular expressions are ever read from
the files, and YAML is only read with the shared safe loader (config.yamlfile: libyaml, repeated
keys refused, the line of every entry).
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

# config.yamlfile (PyYAML), pypinyin and generated_forms (~0.35 s to import) are imported where the
# files are read and forms generated: a warm lexicon cache (compiled.py) needs none of them
from .normalize import fold_diacritics, is_cjk, normalize, squeeze
from .teencode import teencode_forms
from .telex import is_vietnamese, telex

DEFAULT_KEYWORDS_DIR = Path(__file__).resolve().parents[1] / "config" / "keywords"

CATEGORIES = (
    "ivory", "pangolin", "rhino_horn", "tiger", "leopard", "hornbill", "totoaba", "turtle_shell",
    "saiga", "bear", "live_animal", "other_wildlife", "none",
)
# kinds that name a wildlife product (evidence for a category)
PRODUCT_KINDS = ("name", "code_word", "product_form")
# a descriptor describes a species group without naming it (its looks, habits, diet, the tells and
# tests of its material): evidence only together with other descriptors and cues
KINDS = PRODUCT_KINDS + ("trade_cue", "benign_context", "legal_channel", "descriptor")
CUES = {
    "trade_cue": ("contact", "demand", "wink", "price", "secrecy", "sale", "origin", "wild", "live", "quality",
                  "no_papers", "form"),
    "benign_context": (
        "colour", "idiom", "brand", "media", "toy", "replica", "legal_material", "conservation",
        "food", "pet", "place", "medicine", "fashion", "other", "vehicle", "digital",
    ),
    "legal_channel": ("drug_approval", "certificate", "captive_bred", "licence", "synthetic", "exemption"),
    "descriptor": ("appearance", "behaviour", "diet", "material", "test"),
}
CITES_APPENDICES = ("I", "II", "III")
LABEL_HINTS = ("illegal", "suspicious")
# cues that make a listing worth a full look even when no product is named ("材质你懂的", Schreger lines)
TOPICAL_CUES = ("wink", "quality", "appearance", "behaviour", "diet", "material", "test")
# ...but quality words this weak are everyday shop talk (正品, 保真, 天然, genuine, real, natural,
# heavy, 老货) that many ordinary listings use: they make a text worth a full look only beside
# another lexicon hit in it (a cover material, a contact cue, a wink), never on their own.
EVERYDAY_BELOW = 0.3


def is_everyday(e: Entry) -> bool:
    return e.kind == "trade_cue" and e.cue == "quality" and e.weight < EVERYDAY_BELOW
DEFAULT_WEIGHT = {"name": 0.9, "code_word": 0.6, "product_form": 0.8, "trade_cue": 0.5,
                  "benign_context": 0.8, "legal_channel": 0.6, "descriptor": 0.5}
_ENTRY_FIELDS = {"term", "variants", "category", "kind", "cue", "weight", "lang", "label_hint",
                 "source", "note", "pinyin", "verified", "source_key", "taxon", "cites", "needs_epithet", "fold",
                 "initials"}
# Characters whose presence suggests someone typed a regular expression, which we do not accept.
_REGEX_HINTS = ("\\", ".*", ".+", "[", "]", "(?", "^", "$", "|", "{", "}")
MAX_TERM_LEN = 40


class LexiconError(ValueError):
    """One or more problems in keyword files; `problems` lists 'file:line: entry N (term): msg'."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("invalid keyword files:\n  " + "\n  ".join(problems))


@dataclass(frozen=True)
class Entry:
    id: int
    term: str
    category: str
    kind: str
    weight: float
    cue: str | None
    label_hint: str | None
    lang: str | None
    source: str
    file: str
    line: int
    variants: tuple[str, ...]
    taxon: str | None = None  # order/family of a taxonomy entry (taxonomy.yaml)
    cites: str | None = None  # its CITES appendix: I, II or III
    needs_epithet: bool = False  # a genus name that is also a word: counts only in a Latin binomial
    form: str | None = None  # generated: "initials" (XJ: capitals next to Chinese text only), "emoji" (🐘 -> 象)


def astuple_entry(e: Entry) -> tuple:
    """An Entry's fields in order (dataclasses.astuple would deep-copy each value)."""
    return tuple(getattr(e, f) for f in _ENTRY_ORDER)


_ENTRY_ORDER = tuple(Entry.__dataclass_fields__)


@dataclass
class Lexicon:
    entries: list[Entry]
    version: str
    files: list[Path] = field(default_factory=list)
    emoji_words: dict[str, str] = field(default_factory=dict)  # generated: emoji -> the character it stands for

    def to_plain(self) -> tuple:
        """Plain data (tuples, strings, numbers) for the lexicon cache; from_plain() undoes it."""
        return ([astuple_entry(e) for e in self.entries], self.version, [str(f) for f in self.files],
                dict(self.emoji_words))

    @classmethod
    def from_plain(cls, data: tuple) -> Lexicon:
        entries, version, files, emoji_words = data
        return cls(entries=[Entry(*e) for e in entries], version=version, files=[Path(f) for f in files],
                   emoji_words=dict(emoji_words))

    def keys(self) -> Iterable[tuple[str, str, int, bool]]:
        """(precise key, squeezed key, entry id, names a product) for every variant, pinyin included."""
        for e in self.entries:
            for v in e.variants:
                precise = normalize(v).text.strip()
                squeezed = squeeze(v)
                if precise and squeezed:
                    # an emoji's animal (🐘 -> 象) names nothing by itself: it never makes a listing topical
                    topical = (e.kind in PRODUCT_KINDS and e.form != "emoji") or e.cue in TOPICAL_CUES
                    yield precise, squeezed, e.id, topical


def _pinyin_variants(term: str) -> list[str]:
    """Toneless pinyin of an all-Chinese term: 象牙 -> xiangya, xiang ya."""
    if not all(is_cjk(c) for c in term) or len(term) < 2:
        return []
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(term, style=Style.NORMAL)
    return ["".join(syllables), " ".join(syllables)]


def _check_term(value: object, where: str, what: str, problems: list[str]) -> str | None:
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        problems.append(f"{where}: {what} must be text, got {type(value).__name__}")
        return None
    s = str(value).strip()
    if not s:
        problems.append(f"{where}: {what} is empty")
        return None
    if len(s) > MAX_TERM_LEN:
        problems.append(f"{where}: {what} {s[:20]!r}... is longer than {MAX_TERM_LEN} characters")
        return None
    if any(h in s for h in _REGEX_HINTS):
        problems.append(f"{where}: {what} {s!r} looks like a regular expression; write literal terms only")
        return None
    if len(squeeze(s)) < 2:
        problems.append(f"{where}: {what} {s!r} is a single character after normalisation; too ambiguous to match alone")
        return None
    return s


def _parse_entry(raw: object, where: str, next_id: int, file: str, line: int,
                 problems: list[str]) -> Entry | None:
    if not isinstance(raw, dict):
        problems.append(f"{where}: an entry must be a mapping with term, category, kind...")
        return None
    before = len(problems)
    unknown = set(raw) - _ENTRY_FIELDS
    if unknown:
        problems.append(f"{where}: unknown field(s) {sorted(unknown)}; allowed: {sorted(_ENTRY_FIELDS)}")
    term = _check_term(raw.get("term"), where, "term", problems) if "term" in raw else None
    if "term" not in raw:
        problems.append(f"{where}: missing field 'term'")
    kind = raw.get("kind")
    if kind not in KINDS:
        problems.append(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
    category = raw.get("category", "none")
    if category not in CATEGORIES:
        problems.append(f"{where}: category {category!r} is not one of {', '.join(CATEGORIES)}")
    elif (kind in PRODUCT_KINDS or kind == "descriptor") and category == "none":
        problems.append(f"{where}: a {kind} entry needs a wildlife category, not 'none'")
    cites = raw.get("cites")
    if cites is not None and cites not in CITES_APPENDICES:
        problems.append(f"{where}: cites must be one of {', '.join(CITES_APPENDICES)} (an appendix), got {cites!r}")
    taxon = raw.get("taxon")
    if taxon is not None and not (isinstance(taxon, str) and taxon.strip()):
        problems.append(f"{where}: taxon must be the order or family name as text")
    needs_epithet = raw.get("needs_epithet", False)
    if not isinstance(needs_epithet, bool):
        problems.append(f"{where}: needs_epithet must be true or false")
    if not isinstance(raw.get("fold", True), bool):
        problems.append(f"{where}: fold must be true or false (false: never match the term without its marks)")
    listed_initials = raw.get("initials", False)  # XY (象牙): initials the generator leaves out (two letters of a name under 0.9)
    if not isinstance(listed_initials, bool) or (listed_initials and kind != "code_word"):
        problems.append(f"{where}: initials must be true or false, and only on a code_word entry")
    cue = raw.get("cue")
    if kind in CUES:
        if cue is None:
            problems.append(f"{where}: a {kind} entry needs 'cue', one of {', '.join(CUES[kind])}")
        elif cue not in CUES[kind]:
            problems.append(f"{where}: cue {cue!r} is not one of {', '.join(CUES[kind])}")
    elif cue is not None:
        problems.append(f"{where}: 'cue' is only for {', '.join(CUES)} entries")
    weight = raw.get("weight", DEFAULT_WEIGHT.get(kind, 0.5))
    if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not 0 <= weight <= 1:
        problems.append(f"{where}: weight must be a number from 0 to 1, got {weight!r}")
    label_hint = raw.get("label_hint")
    if label_hint is not None and label_hint not in LABEL_HINTS:
        problems.append(f"{where}: label_hint must be one of {LABEL_HINTS}, got {label_hint!r}")
    source = raw.get("source")
    if not isinstance(source, str) or not source.strip():
        problems.append(f"{where}: missing 'source' (where the term comes from, or 'common usage, unverified')")
    variants_raw = raw.get("variants", [])
    if not isinstance(variants_raw, list):
        problems.append(f"{where}: variants must be a list of terms")
        variants_raw = []
    variants: list[str] = [term] if term else []
    for k, v in enumerate(variants_raw):
        checked = _check_term(v, where, f"variants[{k}]", problems)
        if checked:
            variants.append(checked)
    if len(problems) > before or term is None:
        return None
    if kind in PRODUCT_KINDS and raw.get("pinyin", True):
        from .generated_forms import pinyin_syllable_variants

        for v in list(variants):
            variants.extend(_pinyin_variants(normalize(v).text))
            if float(weight) >= 0.6:  # 象ya, 穿shan甲: one syllable in pinyin among the hanzi
                variants.extend(pinyin_syllable_variants(normalize(v).text))
    for v in list(variants) if raw.get("fold", True) else ():
        # Vietnamese sellers often drop the marks (vảy tê tê -> vay te te); short words stay marked,
        # folded they collide with other languages (vẹt -> vet, cọp -> cop, hổ -> ho)
        folded = fold_diacritics(v)
        if folded != v and sum(ch.isalpha() for ch in folded) >= 5:
            variants.append(folded)
            typed = telex(v) if is_vietnamese(v) or raw.get("lang") == "vi" else None
            if typed:  # the marks typed as Telex letters when the input method was off: ngaf voi
                variants.append(typed)
    if kind in PRODUCT_KINDS:
        vi_entry, fold = raw.get("lang") == "vi", raw.get("fold", True)
        for v in [v for v in variants if is_vietnamese(v) or (vi_entry and fold)]:
            for teen in teencode_forms(v):  # hàg trắg, sừg tê giác (teencode.py)
                variants.append(teen)
                folded = fold_diacritics(teen)
                if fold and folded != teen and sum(ch.isalpha() for ch in folded) >= 5:
                    variants.append(folded)
    lang = raw.get("lang")
    return Entry(
        id=next_id, term=term, category=category, kind=kind, weight=float(weight), cue=cue,
        label_hint=label_hint, lang=str(lang) if lang else None, source=source.strip(), file=file,
        line=line, variants=tuple(dict.fromkeys(variants)), taxon=taxon, cites=cites, needs_epithet=needs_epithet,
        form="initials" if listed_initials is True else None,
    )


def keyword_files(directory: Path | str | None = None) -> list[Path]:
    """The keyword files load_lexicon reads from `directory`, in its order. Raises LexiconError."""
    directory = Path(directory) if directory else DEFAULT_KEYWORDS_DIR
    if not directory.is_dir():
        raise LexiconError([f"{directory}: keyword directory not found"])
    files = sorted(directory.glob("*.yaml")) + sorted(directory.glob("*.yml"))
    if not files:
        raise LexiconError([f"{directory}: no *.yaml keyword files found"])
    return files


def load_lexicon(directory: Path | str | None = None, files: list[Path] | None = None) -> Lexicon:
    """Load and validate every `*.yaml` in `directory` (or the given files). Raises LexiconError."""
    from config.yamlfile import YamlFileError, parse_yaml

    directory = Path(directory) if directory else DEFAULT_KEYWORDS_DIR
    if files is None:
        files = keyword_files(directory)
    if not files:
        raise LexiconError([f"{directory}: no *.yaml keyword files found"])
    problems: list[str] = []
    entries: list[Entry] = []
    digest = hashlib.sha256()
    for path in files:
        try:
            data = path.read_bytes()
        except OSError as exc:
            problems.append(f"{path}: cannot read: {exc.strerror}")
            continue
        digest.update(path.name.encode() + b"\0" + data)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            problems.append(f"{path}: not UTF-8 (byte {exc.start}); save the file as UTF-8")
            continue
        try:
            doc = parse_yaml(text, path)
        except YamlFileError as exc:  # bad YAML, or repeated keys (each named with its line)
            problems.extend(f"{path}{f':{p.line}' if p.line else ''}: YAML syntax error: {p.detail}"
                            if p.kind == "syntax" else str(p) for p in exc.problems)
            continue
        at = ("entries",) if isinstance(doc.data, dict) else ()
        items = doc.data.get("entries") if isinstance(doc.data, dict) else doc.data
        if not isinstance(items, list):
            problems.append(f"{path}: expected a list of entries (or a mapping with 'entries:')")
            continue
        for idx, raw in enumerate(items):
            line = doc.line(at + (idx,)) or 0
            label = raw.get("term") if isinstance(raw, dict) else None
            where = f"{path}:{line}: entry {idx + 1}" + (f" ({label})" if label else "")
            entry = _parse_entry(raw, where, len(entries), str(path), line, problems)
            if entry:
                entries.append(entry)
    if problems:
        raise LexiconError(problems)
    emoji_words = _generate_forms(entries)
    return Lexicon(entries=entries, version=digest.hexdigest()[:12], files=list(files), emoji_words=emoji_words)


def _generate_forms(entries: list[Entry]) -> dict[str, str]:
    """Forms generated from the terms (generated_forms.py): English variants with an emoji's
    character for the animal word, and entries for pinyin initials. Returns the emoji table."""
    from dataclasses import replace

    from .generated_forms import emoji_words_for, english_emoji_variants, homophone_variants, initials

    product = [e for e in entries if e.kind in PRODUCT_KINDS or e.kind == "descriptor"]
    zh_text = "\n".join(v for e in product for v in e.variants if any(is_cjk(c) for c in v))
    en_words = {w for e in product for v in e.variants if v.isascii() for w in v.lower().split()}
    emoji_words = emoji_words_for(zh_text, en_words)
    for i, e in enumerate(entries):
        if e.kind in PRODUCT_KINDS and e.weight >= 0.6:
            extra = [x for v in e.variants if v.isascii() for x in english_emoji_variants(v.lower(), emoji_words)]
            if extra:
                entries[i] = replace(e, variants=tuple(dict.fromkeys(e.variants + tuple(extra))))
    known = {normalize(v).text for e in entries for v in e.variants}
    found: dict[str, list[Entry]] = {}
    for e in entries:
        if e.kind in ("name", "product_form") and e.weight >= 0.8 and e.form is None:
            for v in e.variants:
                ini = initials(normalize(v).text)
                # two letters (XJ) only for the strongest names: shorter initials collide more
                if (ini and ini not in known and normalize(ini).text == ini  # ggh would read as gh
                        and (len(ini) == 3 or (e.kind == "name" and e.weight >= 0.9))):
                    found.setdefault(ini, []).append(e)
    # an emoji written out as an animal's character (🐘 -> 象) that starts that animal's names: a weak
    # name of its own, counted only where the seller wrote the emoji (matcher.py checks)
    starts: dict[str, dict[str, int]] = {}
    for e in entries:
        if e.kind == "name" and e.weight >= 0.5 and e.form is None:
            for v in e.variants:
                if len(v) >= 2 and is_cjk(v[0]):
                    starts.setdefault(v[0], {}).setdefault(e.category, 0)
                    starts[v[0]][e.category] += 1
    for char in sorted(set(emoji_words.values())):
        cats = starts.get(char)
        if cats and len(char) == 1 and max(cats.values()) >= 3:  # several names start with it
            cat = max(cats, key=cats.__getitem__)
            src = next(e for e in entries if e.kind == "name" and e.category == cat and e.form is None)
            entries.append(Entry(
                id=len(entries), term=char, category=cat, kind="name", weight=0.4, cue=None, label_hint=None,
                lang="zh", source="generated: an emoji standing for the animal", file=src.file, line=src.line,
                variants=(char,), form="emoji"))
    # homophones (相牙 for 象牙): one character of a core name swapped for a common one read the same
    homophones: dict[str, list[Entry]] = {}
    for e in entries:
        if e.kind == "name" and e.weight >= 0.85 and e.form is None and e.cue is None:
            for v in (e.term,):  # the canonical name only: its variants already spell it other ways
                for h in homophone_variants(normalize(v).text):
                    if h not in known and not any(h[i:i + 2] in known for i in range(len(h) - 1)):
                        homophones.setdefault(h, []).append(e)
    for h, sources in sorted(homophones.items()):
        if len({e.category for e in sources}) == 1:
            src = max(sources, key=lambda e: e.weight)
            entries.append(Entry(
                id=len(entries), term=h, category=src.category, kind="code_word", weight=0.45, cue=None,
                label_hint=src.label_hint, lang="zh", source=f"generated: homophone of {src.term}",
                file=src.file, line=src.line, variants=(h,), form="homophone"))
    _tone_and_toy_forms(entries, known, emoji_words)
    _typo_forms(entries, known)
    from .vi_written_forms import add_vi_written_forms  # ng@ v0i, ngàvoi

    add_vi_written_forms(entries, known, _vi)
    for ini, sources in sorted(found.items()):
        if len({e.category for e in sources}) != 1:
            continue  # hg = 虎骨 or 海龟: too ambiguous
        src = max(sources, key=lambda e: e.weight)
        entries.append(Entry(
            id=len(entries), term=ini, category=src.category, kind="code_word", weight=0.45 if len(ini) == 2 else 0.6,
            cue=None, label_hint=src.label_hint, lang="zh", source=f"generated: pinyin initials of {src.term}",
            file=src.file, line=src.line, variants=(ini,), form="initials"))
    return emoji_words


def _typo_forms(entries: list[Entry], known: set[str]) -> None:
    """English misspellings of strong English product terms (elephnt, ivroy: typos.py), one entry
    per source entry with form "typo": matched as whole words only, never in the squeezed
    pre-filter (a typo form sits inside ordinary words: ottos in photos)."""
    from .typos import english_words, masked_variants, short_word_typos, typo_variants

    strong = [e for e in entries if e.kind in PRODUCT_KINDS and e.weight >= 0.45 and e.form is None]
    # words a reader fills in when a letter is masked: English words (rhino, ivory, tusk) and the words of
    # the English entries' own terms (pangolin, hawksbill; their variants hold pinyin and Vietnamese too)
    words = english_words() | {w for e in strong if e.lang == "en" and e.term.isascii() for w in e.term.lower().split()}
    for e in strong:
        ascii_variants = [v for v in e.variants if v.isascii()]
        typos = [t for v in ascii_variants for t in typo_variants(v) + short_word_typos(v)] if e.lang == "en" else []
        # masks only of the names and product forms that are the product by themselves (weight >= 0.6)
        masks = [t for v in ascii_variants for t in masked_variants(v, words)] if e.weight >= 0.6 else []
        for forms, why in ((typos, "a misspelling of"), (masks, "a letter masked in")):
            forms = [t for t in dict.fromkeys(forms) if normalize(t).text not in known]
            if forms:
                entries.append(Entry(
                    id=len(entries), term=forms[0], category=e.category, kind=e.kind, weight=e.weight, cue=None,
                    label_hint=e.label_hint, lang="en", source=f"generated: {why} {e.term}",
                    file=e.file, line=e.line, variants=tuple(forms), form="typo"))


def _tone_and_toy_forms(entries: list[Entry], known: set[str], emoji_words: dict[str, str]) -> None:
    """Vietnamese part + animal names with the part word's tone wrong (ngá voi, sưng tê giác), weaker
    than the name; and per animal of the lexicon the toy names (voi bông, 毛绒老虎, plush tiger) as
    benign look-alikes, instead of a hand list per animal (generated_forms.py)."""
    from .generated_forms import emoji_animals, toy_forms, vi_animal, vi_wrong_tone_forms

    tones: dict[str, dict[int, Entry]] = {}
    animals: dict[str, set[str]] = {}  # animal -> the part words it follows
    sources = [e for e in entries if e.kind in ("name", "product_form") and e.weight >= 0.6 and e.form is None
               and e.category != "none"]
    for e in sources:
        for v in e.variants:
            found = vi_animal(v) if _vi(e, v) else None
            if found:
                animals.setdefault(found[1], set()).add(found[0])
    # an animal is what follows two part words or more (ngà voi, răng voi; móng hổ, cao hổ)
    # or that the lexicon names on its own (tê tê, tê giác)
    named = {v.lower() for e in entries if e.kind == "name" and e.category != "none" for v in e.variants}
    vi_names = frozenset(a for a, parts in animals.items() if len(parts) >= 2 or a in named)
    for e in sources:
        for v in e.variants:
            if _vi(e, v):
                for g in vi_wrong_tone_forms(v, vi_names):
                    if normalize(g).text not in known:
                        tones.setdefault(g, {})[e.id] = e
    by_src: dict[int, list[str]] = {}
    for g, of in sorted(tones.items()):  # of the name it misspells most firmly
        src = max(of.values(), key=lambda e: (e.weight, -e.id))
        by_src.setdefault(src.id, []).append(g)
    for sid, forms in sorted(by_src.items()):
        src = entries[sid]
        entries.append(Entry(
            id=len(entries), term=forms[0], category=src.category, kind="code_word",
            weight=round(min(0.6, src.weight * 0.7), 2), cue=None, label_hint=src.label_hint, lang="vi",
            source=f"generated: a wrong tone mark of {src.term}", file=src.file, line=src.line,
            variants=tuple(forms), form="tone"))
    # the animals: Vietnamese from what follows a part word in two names or more, of one category;
    # Chinese and English from the animal emoji the lexicon writes out (🐘 大象 elephant)
    names = {"vi": sorted(vi_names)}
    zh, en = [], []
    # an animal leads the Chinese names of its parts (象牙, 虎骨, 犀角): emoji of a part or a form do not
    leads: dict[str, int] = {}
    for e in sources:
        if e.kind == "name":
            for v in e.variants:
                if is_cjk(v[:1]):
                    for n in (1, 2):
                        leads[v[:n]] = leads.get(v[:n], 0) + 1
    for core, zh_name, en_name in emoji_animals(emoji_words):
        if leads.get(core, 0) < 2:
            continue
        zh.extend(n for n in {zh_name, zh_name[1:] if len(zh_name) == 2 and zh_name[0] in "大小老" else zh_name}
                  if len(n) >= 2)
        if en_name:
            en.append(en_name)
    names["zh"], names["en"] = sorted(set(zh)), sorted(set(en))
    src = next((e for e in entries if e.kind == "benign_context" and e.cue == "toy"), None)
    if src is None:
        return  # a lexicon with no toy look-alike of its own (a test's): nothing to file the forms under
    for lang, animal_names in names.items():
        for a in animal_names:
            forms = tuple(f for f in toy_forms(a, lang) if normalize(f).text not in known)
            if forms:
                entries.append(Entry(
                    id=len(entries), term=forms[0], category="none", kind="benign_context", weight=0.8, cue="toy",
                    label_hint=None, lang=lang, source=f"generated: a toy {a}", file=src.file, line=src.line,
                    variants=forms, form="toy"))


def _vi(e: Entry, v: str) -> bool:
    """A Vietnamese variant with marks (ngà voi has only à, which French writes too: the entry says vi)."""
    return not v.isascii() and (is_vietnamese(v) or e.lang == "vi")
