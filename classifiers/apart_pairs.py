"""An animal standing apart from the part it gave (issue 12: the product is described, not named).

"Claw necklace, gold cap, tiger", "T-bones & skins 🐯", "tooth pendant ... (tiger)": the lexicon
knows "tiger claw", "tiger bone", "tiger skin" as products, but here the animal (its name, or its
emoji) and the part word stand apart, so no lexicon term matches. `pair_apart` pairs them: an
animal word and a part word that the lexicon joins into a product of one species group, in the
same short listing or the same line/sentence of a longer one, make a product match of that
group's entry, whose term names both as the seller wrote them.

Where the pairs come from: the lexicon's own product terms of two Latin words, an animal word and
an anatomical part word (tiger claw, pangolin scales, hornbill casque, rhinoceros horn); the
animal emoji from the emoji package's English names (🐯 tiger face -> tiger, 🦏 rhinoceros). No
hand list of species.

Look-alikes stay out: an animal word or part word inside another lexicon hit (tiger print, Tiger
Balm, tiger lily, X brand, shark tooth) does not pair; nor does anything in a listing that a
look-alike says is another kind of item (toy, pet, food, brand, vehicle, software, media, place,
idiom, colour). Runs for topical listings that name no product (matcher.Matcher._find).
"""
from __future__ import annotations

import re
import threading

from .lazy_regex import lazy_compile
from .lexicon import PRODUCT_KINDS
from .match_rules import _BRAND_AFTER
from .normalize import normalize

try:  # CPython stores a str holding a character above U+FFFF, and only such a str, 4 bytes a character
    from ._textfast import has_astral as _has_astral
except ImportError:
    def _has_astral(text: str) -> bool:
        return any(ord(c) > 0xFFFF for c in text)

# anatomical parts a traded animal gives (the part half of the lexicon's two-word products)
_PARTS = frozenset(
    "claw claws talon talons tooth teeth fang fangs tusk tusks bone bones skull skin skins pelt pelts hide hides "
    "fur scale scales horn horns casque shell shells bile gall whisker whiskers penis".split())
# words before a part in the lexicon's products that are no animal of one group: a colour, a state,
# and 'cat' (of 'big cat', 'leopard cat'; alone, a house cat)
_MODIFIERS = frozenset("red white black yellow golden wild real raw old carved natural genuine whole big cat".split())
_WORD = lazy_compile(r"[a-z]+")
# what ends a line or a sentence: in a long listing the pair must share one
_BREAK = lazy_compile(r"\n|[。！？!?；;]|\.(?= |$)")
_SHORT_CHARS, _SHORT_LINES = 160, 3
# look-alikes that say what the item is when it is no wildlife product (a plush toy, a dog chew...)
_OTHER_ITEM = frozenset(("toy", "pet", "food", "brand", "vehicle", "digital", "media", "place", "idiom", "colour"))
_ANIMAL_USES = 3  # lexicon terms an animal word must be in (see _pair_tables)
PAIR_WEIGHT = 0.7  # named apart: less firm than the lexicon's own compound (no 'unambiguous product')

_tables: dict[int, tuple] = {}
_formed = threading.local()  # pairs formed in this thread so far (the matcher's emoji path reads it)


def formed() -> int:
    """How many pairs pair_apart has formed in this thread so far."""
    return getattr(_formed, "n", 0)


def _pair_tables(entries) -> tuple[dict, dict]:
    """(animal word -> {part word -> entry}, emoji -> animal word), from the lexicon (cached per
    entry list)."""
    key = id(entries)
    got = _tables.get(key)
    if got is not None and got[0] is entries:
        return got[1], got[2]
    pairs: dict[str, dict[str, object]] = {}
    parts_n = _parts_normalized()
    # an animal word names one species group: half or more of the wildlife terms it is in are that
    # group's, and 3 or more (rhino, tiger, pangolin; not red, carved, wild: words of many groups)
    word_cats: dict[str, dict] = {}
    word_uses: dict[str, int] = {}
    for e in entries:
        if e.form is not None or e.category == "none":
            continue
        for v in e.variants:
            if v.isascii():
                for w in set(v.lower().split()):
                    cats = word_cats.setdefault(w, {})
                    cats[e.category] = cats.get(e.category, 0) + 1
                    word_uses[w] = word_uses.get(w, 0) + 1
    for e in entries:
        if e.kind not in ("name", "product_form") or e.weight < 0.6 or e.form is not None or e.category == "none":
            continue
        for v in e.variants:
            if not v.isascii():
                continue
            written = v.lower().split()
            words = normalize(v).text.split(" ")
            if len(words) != len(written) or len(words) > 4:
                continue
            for i in range(len(words) - 1):  # tiger claw, real bear claw, bear claw necklace
                animal, part, first = words[i], words[i + 1], written[i]
                if not (part in parts_n and animal.isalpha() and animal not in parts_n and first not in _MODIFIERS):
                    continue
                if word_uses.get(first, 0) >= _ANIMAL_USES and word_cats[first].get(e.category, 0) >= 0.5 * word_uses[first]:
                    best = pairs.setdefault(animal, {}).get(part)
                    if best is None or e.weight > best.weight:
                        pairs[animal][part] = e
    emoji_animals: dict[str, str] = {}
    try:
        import emoji as emoji_pkg
    except ImportError:  # the emoji package is a dependency; without it only words pair
        emoji_pkg = None
    if emoji_pkg is not None:
        for ch, data in emoji_pkg.EMOJI_DATA.items():
            if len(ch) != 1 or not (0x1F400 <= ord(ch) <= 0x1F43F or 0x1F980 <= ord(ch) <= 0x1F9AF):
                continue  # the animal emoji blocks only (not ⛰ mountain)
            name = data.get("en", "").strip(":").lower().split("_")
            animal = next((w for w in name if w in pairs), None)
            if animal is not None and (len(name) == 1 or name[1:] == ["face"]):  # 🐯 tiger_face, 🐅 tiger; not 🧸 teddy_bear
                emoji_animals[ch] = animal
    _tables[key] = (entries, pairs, emoji_animals)
    return pairs, emoji_animals


def plain_tables(entries) -> tuple[dict, dict]:
    """_pair_tables as plain data (entry ids for entries), for the lexicon cache (compiled.py):
    working them out takes ~60 ms, ~a quarter of a classify process's start."""
    pairs, emoji = _pair_tables(entries)
    return {a: {p: e.id for p, e in parts.items()} for a, parts in pairs.items()}, dict(emoji)


def seed_tables(entries, plain: tuple[dict, dict]) -> None:
    """Take _pair_tables from what plain_tables stored (entry ids are positions in `entries`)."""
    pairs, emoji = plain
    _tables[id(entries)] = (entries, {a: {p: entries[i] for p, i in parts.items()} for a, parts in pairs.items()},
                            dict(emoji))


def emoji_animals(entries) -> frozenset:
    """The animal emoji that can pair with a part word (for the matcher's topicality check)."""
    return frozenset(_pair_tables(entries)[1])


def could_pair(t: str, text: str, entries) -> bool:
    """Does original `text` hold an animal emoji and normalised `t` one of that animal's part words
    (the cheap check before a listing the pre-filter let go is read for a pair)?"""
    pairs, emoji = _pair_tables(entries)
    parts = {p for ch in set(text) if ch in emoji for p in pairs[emoji[ch]]}
    if bool(parts) and any(w in parts for w in _WORD.findall(t)):
        return True
    return _could_live(t, text, entries)


def pair_apart(hits: list, norm, text: str, entries, cls, field: str) -> list:
    """`hits` plus a product match for an animal and its part written apart (see module doc), or
    else (q22) a live animal's emoji code word read apart in a short post (_live_apart).
    norm: the Normalized text the hits came from; text: the original; cls: the match class."""
    got = _pair_parts(hits, norm, text, entries, cls, field)
    if got is not hits or not _has_astral(text):
        return got
    return _live_apart(hits, norm, text, entries, cls, field)


def _pair_parts(hits: list, norm, text: str, entries, cls, field: str) -> list:
    """pair_apart for an animal and its part word."""
    for m in hits:
        if m.kind in PRODUCT_KINDS and m.suppressed_by is None and not m.negated and m.weight >= 0.5:
            return hits  # a product is named already (an animal's bare name or emoji is no product)
        if m.kind == "benign_context" and m.cue in _OTHER_ITEM and not m.negated:
            return hits  # a toy, a pet, food, a brand...: the item is something else
    t = norm.text
    parts_n = _parts_normalized()
    if _part_search()(t) is None:
        return hits  # no part word in the text, not even inside another word: no pair
    pairs, emoji_animals = _pair_tables(entries)
    animals: list[tuple[int, int, str]] = []  # (n_start, n_end, animal word)
    parts: list[tuple[int, int, str]] = []
    for w in _WORD.finditer(t):
        word = w.group(0)
        if word in pairs:
            animals.append((w.start(), w.end(), word))
        elif word in parts_n:
            parts.append((w.start(), w.end(), word))
    if not parts:
        return hits
    if emoji_animals and _has_astral(text):  # the animal emoji are all above U+FFFF
        starts = norm.starts
        for i, ch in enumerate(text):
            a = emoji_animals.get(ch)
            if a is not None:
                n = _norm_index(starts, i)
                if n is not None:
                    animals.append((n, n + 1, a))
    if not animals:
        return hits
    # spans other hits hold (tiger print, Tiger Balm, shark tooth); not the animal's own weak name,
    # nor a legal material that is the part word itself (bone: the cover the pair sees through)
    covered = [(m.n_start, m.n_end) for m in hits if not (
        (m.kind in PRODUCT_KINDS and m.weight < 0.5 and m.suppressed_by is None) or (m.kind == "benign_context" and m.cue == "legal_material"
                                                        and not m.negated  # 'not bone': no part at all
                                                        and t[m.n_start:m.n_end] in parts_n))]
    short = len(t) <= _SHORT_CHARS and t.count("\n") < _SHORT_LINES
    breaks = [] if short else [b.start() for b in _BREAK.finditer(t)]
    out = None
    words: list[tuple[int, int]] = []  # the paired animal and part words
    for a0, a1, animal in animals:
        if _inside(covered, a0, a1) or t.startswith(_BRAND_AFTER, a1):
            continue  # inside a look-alike, or a brand (Tiger brand bone china)
        for p0, p1, part in parts:
            e = pairs[animal].get(part)
            if e is None or _inside(covered, p0, p1) or (breaks and _broken(breaks, a0, p0)):
                continue
            lo, hi = min(a0, p0), max(a1, p1)
            s, end = norm.starts[lo], norm.ends[hi - 1]
            written = text[s:end] if end - s <= 60 and "\n" not in t[lo:hi] else \
                f"{text[norm.starts[p0]:norm.ends[p1 - 1]]} … {text[norm.starts[a0]:norm.ends[a1 - 1]]}"
            if "\n" in t[lo:hi]:  # q18: on two lines (the emoji in the title, the part in the description):
                lo, hi = p0, p1  # the match is the part word's, in the part's own field
                s, end = norm.starts[lo], norm.ends[hi - 1]
            m = cls(term=written, canonical=e.term, category=e.category, kind="product_form", field=field, start=s,
                    end=end, cue=None, negated=False, suppressed_by=None, weight=min(e.weight, PAIR_WEIGHT),
                    entry=e, n_start=lo, n_end=hi)
            if out is None:
                out = []
            out.append(m)
            words.append((a0, a1))
            words.append((p0, p1))
            break  # one pair per animal mention
    if not out:
        return hits
    _formed.n = getattr(_formed, "n", 0) + len(out)
    # a garment or accessory word away from the animal (the necklace's gold cap) is part of the
    # jewellery, not a print of the animal on clothing (tiger print dress is covered above)
    for b in hits:
        if b.kind == "benign_context" and b.cue == "legal_material" and any(
                w0 <= b.n_start and b.n_end <= w1 for w0, w1 in words):
            b.remote = True  # the part word itself: the animal's, not a legal material
        elif b.kind == "benign_context" and b.cue == "fashion" and not any(
                b.n_end >= w0 - 1 and w1 >= b.n_start - 1 for w0, w1 in words):
            b.remote = True
    return hits + out


_PARTS_N: list = []
_PART_SEARCH: list = []


def _part_search():
    """pair_apart's cheap first test: a function that returns a normalised part word standing as a
    word of its own in the text (bounded by no [a-z], as _WORD reads words), or None where no word of
    the text is a part word. One Aho-Corasick scan in C, then a look at the ends of its few matches
    (a regex of the 35 words costs ~4x more). Leftmost-longest hides no whole-word part: a match
    overlapping one would have to run over the non-letter beside it, and the part words are letters."""
    if not _PART_SEARCH:
        from ahocorasick_rs import AhoCorasick, MatchKind

        find = AhoCorasick(sorted(_parts_normalized()), matchkind=MatchKind.LeftmostLongest).find_matches_as_indexes
        words = sorted(_parts_normalized())

        def search(t: str):
            n = len(t)
            for k, i, j in find(t):
                if (i == 0 or not "a" <= t[i - 1] <= "z") and (j == n or not "a" <= t[j] <= "z"):
                    return words[k]
            return None

        _PART_SEARCH.append(search)
    return _PART_SEARCH[0]


def _parts_normalized() -> frozenset:
    """The part words as the normaliser writes them (tooth -> toth, teeth -> teth)."""
    if not _PARTS_N:
        _PARTS_N.append(frozenset(normalize(p).text for p in _PARTS))
    return _PARTS_N[0]


def _norm_index(starts, i: int) -> int | None:
    """The first normalised character that came from original character i."""
    for n, s in enumerate(starts):
        if s == i:
            return n
        if s > i:
            return None
    return None


def _inside(spans: list, a: int, b: int) -> bool:
    return any(s < b and a < e for s, e in spans)


def _broken(breaks: list, a: int, b: int) -> bool:
    lo, hi = (a, b) if a < b else (b, a)
    return any(lo < x < hi for x in breaks)


# q22 (issue 12, kind 3; train_en11 0126 "big kitty for sale 🐯" / "orange with stripes, 4 months, very
# gentle"): the lexicon's live code words written with an animal emoji (big kitty 🐯, baby 🦧) are read
# with the emoji anywhere in a short post, where the post also tells of a young or tame animal (an age
# in months or weeks, hand-raised, gentle, looking for a home) and offers it (a sale or contact cue).
# Not where anything says the item is something else (a toy, a print, clothes: the look-alikes above,
# or words of them), nor a house cat's sale (tabby, vaccinated, litter trained: the emoji is the cat's
# colour). The table comes from the lexicon's variants, worked out the first time a post needs it.
_LIVE: dict[int, tuple] = {}
_SALE_ONLY = frozenset(("for", "sale", "available", "selling"))
# the young or tame animal, the offer, something else the post is (the normalised text writes a doubled
# letter once: bottle as botle, looking as loking); compiled on first use
_LIVE_YOUNG = lazy_compile(
    r"(?<![a-z\d])\d{1,2}\s?(?:months?|mos?|weks?|wks?)(?![a-z])|(?<![a-z])(?:hand[- ]?raised|bot+le[- ]?fed|"
    r"tame|gentle|playful|cud+ly|lo+king for (?:a |an |some|new|his|her)|new home|forever home|"
    r"ne+ds? (?:a )?big (?:garden|yard|space|room))(?![a-z])")
_LIVE_OFFERED = lazy_compile(
    r"(?<![a-z])(?:for sale|selling|price|whatsap+|wa|dm|pm|inbox|telegram|contact)(?![a-z])|\+\d")
_LIVE_OTHER = lazy_compile(
    r"(?<![a-z])(?:plush\w*|toys?|stuf+ed|prints?|printed|onesies?|costumes?|shirts?|t-shirts?|hodies?|"
    r"pajamas?|pyjamas?|stickers?|figurines?|mugs?|blankets?|pat+erns?|crochet|knit+ed|drawings?|paintings?|"
    r"posters?|cakes?|balm|ber|tabby|domestic|house cat|moggy|litter|vaccinated|vaccines?|neutered|spayed|"
    r"dewormed|pedigre+|bengal|mix(?:ed)? bred|puppy|puppies|dog|doggo|ted+y|maine co+n|ragdol+|persian|siamese|sphynx|"
    r"scot+ish fold|(?:british |exotic )?(?:short|long)hair|abys+inian|munchkin)(?![a-z])")


def _live_table(entries) -> dict:
    """animal emoji -> [(the code word's words as normalised, entry)], from the lexicon's live code words
    written with one animal emoji (big kitty 🐯 -> 🐯: big kity); sale words alone (🦧 for sale) left out."""
    key = id(entries)
    got = _LIVE.get(key)
    if got is not None and got[0] is entries:
        return got[1]
    animals = _pair_tables(entries)[1]
    table: dict[str, list] = {}
    for e in entries:
        if e.category != "live_animal" or e.kind not in PRODUCT_KINDS or e.form is not None:
            continue
        for v in e.variants:
            if v.isascii() or not _has_astral(v):
                continue
            chs = [c for c in v if c in animals]
            if len(chs) != 1:
                continue
            rest = v.replace(chs[0], " ").lower().split()
            if not rest or not all(w.isascii() and w.isalpha() for w in rest) or set(rest) <= _SALE_ONLY:
                continue
            words = normalize(" ".join(rest)).text.strip()
            if words and (words, e) not in table.get(chs[0], []):
                table.setdefault(chs[0], []).append((words, e))
    _LIVE[key] = (entries, table)
    return table


def _could_live(t: str, text: str, entries) -> bool:
    """Could _live_apart find a code word here (the matcher's cheap check before the full read)?"""
    if len(t) > _SHORT_CHARS or t.count("\n") >= _SHORT_LINES:
        return False
    table = _live_table(entries)
    return any(words in t for ch in set(text) if ch in table for words, _ in table[ch])


def _live_apart(hits: list, norm, text: str, entries, cls, field: str) -> list:
    """`hits` plus a live code word whose emoji stands apart from its words in a short post (see above)."""
    t = norm.text
    if len(t) > _SHORT_CHARS or t.count("\n") >= _SHORT_LINES:
        return hits
    table = _live_table(entries)
    if not any(ch in text for ch in table):  # the common case: no emoji of a live code word
        return hits
    for m in hits:
        if m.kind in PRODUCT_KINDS and m.suppressed_by is None and not m.negated and m.weight >= 0.5:
            return hits
    if _LIVE_YOUNG.search(t) is None or _LIVE_OTHER.search(t) is not None:
        return hits
    if _LIVE_OFFERED.search(t) is None and not any(
            m.kind == "trade_cue" and m.cue in ("contact", "price", "sale") and not m.negated for m in hits):
        return hits
    for i, ch in enumerate(text):
        for words, e in table.get(ch, ()):
            w = re.search(r"(?<![a-z])" + re.escape(words) + r"(?![a-z])", t)
            if w is None:
                continue
            lo, hi = w.span()
            if any(m.kind == "benign_context" and not m.negated and (m.cue in _OTHER_ITEM or m.cue in (
                    "fashion", "replica")) and not (lo <= m.n_start and m.n_end <= hi) for m in hits):
                return hits  # a toy, a print, a pet...: the item is something else (not 'kitty' of the code word)
            s, end = norm.starts[lo], norm.ends[hi - 1]
            m = cls(term=f"{text[s:end]} … {ch}", canonical=e.term, category=e.category, kind=e.kind, field=field,
                    start=s, end=end, cue=None, negated=False, suppressed_by=None, weight=min(e.weight, PAIR_WEIGHT),
                    entry=e, n_start=lo, n_end=hi)
            _formed.n = getattr(_formed, "n", 0) + 1
            return hits + [m]
    return hits
