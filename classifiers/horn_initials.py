"""Rhino horn by its bare initials 'RH' a few words from a horn form (q49; train_en16 0020 "RH available,
full piece 1.2kg / Genuine RH, full horn 1.2kg with base. Also shavings.").

Sellers on WhatsApp and Telegram cut rhino horn to RH, as r.h. with dots (domain.md: code words and
initials). The lexicon lists RH right before a horn form (RH tips, RH shavings, RH full horn: the en16
entries) and leaves bare RH out: it is relative humidity (RH 60%, %RH), the Rh blood group (Rh negative),
the RH furniture brand (Restoration Hardware), the right hand of car parts, golf clubs and holsters. A
seller who puts a comma, a dash or a word or two between the letters and the form ("Genuine RH, full
horn", "RH — tips and shavings", "RH for sale: tips, powder") is missed. So RH written in capitals, as a
word of its own, with a horn form (horn, tips, shavings, powder, cup, chips, slices, offcuts) within
WORDS words in the same sentence, reads as the lexicon's RH code word, where nothing in the text says
what else the letters are: a humidity or temperature word or a percentage at the letters, a blood word,
the furniture brand or a piece of furniture, a left/right-hand part (LH, mirror, door, golf, holster), a
car or a brass horn, a legal or fake horn (buffalo, cow, resin), a signature (signed RH).

Cheap first: only a text holding the two capitals "RH" is read at all (a substring test); the matcher
asks near() where the text is otherwise not topical (and the batch check lets such a text through), and
adds the code word in its hits (initial_hits).
"""
from __future__ import annotations

from bisect import bisect_left

from .lazy_regex import lazy_compile
from .lexicon import Entry

WORDS = 4  # words between the letters and the horn form, either way
WEIGHT = 0.55  # as the lexicon's RH tips entry (rhino_horn.yaml, en16)
_ENTRY = Entry(id=-1, term="RH tips", category="rhino_horn", kind="code_word", weight=WEIGHT, cue=None,
               label_hint=None, lang="en", source="generated: RH a few words from a horn form (the en16 RH tips entry "
               "without the form next to it; domain.md: initials)", file="classifiers/horn_initials.py", line=0,
               variants=("RH tips",))
# the letters as a word of their own, in capitals (Rh is the blood group; rh a typing of anything)
_LETTERS = lazy_compile(r"(?<![A-Za-z0-9%.&])RH(?![A-Za-z0-9%+&])")
# a horn form word (lower-cased text; a doubled letter may be written once, as the normaliser writes it)
_FORM = lazy_compile(r"(?:horns?|tips?|shavings?|powder|cups?|chips|slices|of+cuts?)")
_WORD = lazy_compile(r"[^\W_]+(?:[.,][0-9]+)?")
_SENTENCE_END = lazy_compile(r"[!?\n]|\.(?![0-9])")
# what else the letters are, anywhere in the text (the lexicon's own RH hits go too there)
_OTHER = lazy_compile(
    r"%\s?rh\b|\brh\s?%|\brh\s?[0-9]+(?:[.,][0-9]+)?\s?%|[0-9]\s?%\s?rh\b|humid|hygro|thermo|temperature|\btemp\b|"
    r"°\s?[cf]\b|\bdew\b|sensor|grow ?tent|incubat|\bnegative|\bpositive|\bblood|\bdonors?\b|rhesus|\brh ?[-+](?![a-z0-9])|"
    r"restoration|hardware|\bsofas?\b|\bcouch|sectional|furniture|cabinet|dres+er|\bchairs?\b|\btables?\b|"
    r"\bbeds?\b|\blinen|velvet|catalog|\blh\b|(?:left|right)[- ]?hand|\bleft (?:side|and right)|\bmir+or|"
    r"\bdo+rs?\b|\blamps?\b|"
    r"(?:head|tail|fog|brake|side|park) ?lights?|"
    r"bumper|fender|\bgolf|put+er|\bwedge|\bglove|\bshaft|holster|\bsheath|\bscope|\bcars?\b|"
    r"\btrucks?\b|vehicle|motorcycle|[0-9] ?v\b|\brelay|klaxon|\bair ?horn|french horn|trumpet|"
    r"mouthpiece|\bbras+\b|\bvalves?\b|powder (?:room|coat)|cup ?holder|shoe ?horn|signed|monogram|initials|engraved")
# a legal or fake horn named (not denied: "not buffalo" is the rhino horn's tell): the horn form is that horn's
_LEGAL_HORN = lazy_compile(
    r"(?<!not )(?<!no )(?<!non-)(?<!non )\b(?:buf+alo|water buf+alo|cows?|ox|cat+le|goats?|sheep|rams?|antelope|"
    r"kudu|yak|resin|faux|fake|replica|plastic|acrylic)\b")
_DENIAL = frozenset(("no", "not", "non", "never", "without", "nor", "isnt", "isn", "fake", "faux"))


def near(text: str) -> bool:
    """Whether `text` holds RH a few words from a horn form and nothing that makes the letters
    something else (module doc)."""
    return "RH" in text and bool(_letters_near(text))


def _letters_near(text: str) -> list[tuple[int, int]]:
    """(start, end) in `text` of each RH read as rhino horn (module doc)."""
    found = [m.start() for m in _LETTERS.finditer(text)]
    if not found:
        return []
    low = text.lower()
    if _OTHER.search(low) or _LEGAL_HORN.search(low):
        return []
    out = []
    for at in found:
        a = max((m.end() for m in _SENTENCE_END.finditer(low, 0, at)), default=0)
        end = _SENTENCE_END.search(low, at)
        b = end.start() if end else len(low)
        words = [m for m in _WORD.finditer(low, a, b)]
        i = next((k for k, m in enumerate(words) if m.start() == at), None)
        if i is None or i > 0 and words[i - 1].group() in _DENIAL:
            continue  # not RH, no RH: the seller has none
        if any(_FORM.fullmatch(m.group()) for m in words[max(0, i - WORDS):i + WORDS + 1]):
            out.append((at, at + 2))
    return out


def initial_hits(hits: list, t: str, text: str, starts, make) -> list:
    """`hits` with the RH code word added on each RH read as rhino horn that no hit covers yet (the
    lexicon's RH tips). t: the normalised text, starts: the offset in `text` of each of its
    characters; make(entry, term, t_span): a RawMatch on the letters. Where the text says what else
    the letters are, the lexicon's own RH hits go too (RH tips for golf drivers, RH horn relay 12V)."""
    if _OTHER.search(text.lower()):  # the letters are something else: so are the lexicon's RH tips (golf RH tips)
        return [m for m in hits if m.canonical != _ENTRY.term or m.category != _ENTRY.category]
    spans = _letters_near(text)
    if not spans:
        return hits
    extra = []
    for a, b in spans:
        i = bisect_left(starts, a)
        if i + 1 >= len(starts) or starts[i] != a or starts[i + 1] != a + 1 or t[i:i + 2] != "rh":
            continue
        if any(m.n_start <= i < m.n_end and m.kind in ("name", "code_word", "product_form") for m in hits):
            continue  # the lexicon read it already (RH tips, RH shavings)
        extra.append(make(_ENTRY, text[a:b], (i, i + 2)))
    return sorted(hits + extra, key=lambda m: (m.n_start, m.n_end)) if extra else hits
