"""The matcher's tables compiled from a lexicon: the automata's keys and ids, which keys make a
listing topical, jieba's added words, generated emoji forms, spaCy's lemma subset and tokenizer
exceptions. The compiled-lexicon cache (compiled.py) stores what these return, so a warm start
never runs them; a Matcher built without cached tables calls compile_tables itself."""
from __future__ import annotations

from ahocorasick_rs import AhoCorasick

from .lexicon import PRODUCT_KINDS, Entry, Lexicon, is_everyday
from .normalize import emoji_words, fold_diacritics, is_cjk, is_latin_letter, normalize, squeeze

# Phrases of topical cues that ordinary second-hand listings use every day (a vague-material wink
# that is also how any used item is sold): topical only beside a cover material, like 正品
EVERYDAY_PHRASES = frozenset(("sold as is", "the real deal"))

_SEGMENTING_KINDS = frozenset(PRODUCT_KINDS) | {"benign_context"}


def compile_tables(lexicon: Lexicon) -> dict:
    """The automata's inputs for a lexicon (the lexicon cache stores these; compiled.py)."""
    entries = lexicon.entries
    precise: dict[str, set[int]] = {}
    squeezed: set[str] = set()
    everyday: set[str] = set()  # squeezed keys of everyday words (正品, genuine): topical only beside another hit
    strong: set[str] = set()
    for p, s, eid, is_product in lexicon.keys():
        precise.setdefault(p, set()).add(eid)
        # only product terms can make a listing topical; cues alone cannot. Initials (xj) only
        # count in the precise form: squeezed, three letters turn up inside any English text
        # nor do genus names that need an epithet (pan, ara, boa sit inside any English text)
        # nor do typo forms (ottos sits inside photos), nor keys of one or two Latin letters (e.i. -> ei)
        if (is_product and entries[eid].form not in ("initials", "typo") and not entries[eid].needs_epithet
                and not (len(s) <= 2 and s.isascii())):
            squeezed.add(s)
            (everyday if is_everyday(entries[eid]) or p in EVERYDAY_PHRASES else strong).add(s)
    # an animal emoji next to a part or form word in any language (🦏 horn, 🐯 cốt, 🐘 bracelet): the product
    lexicon_keys = set(precise)
    forms = [v for e in entries if e.kind == "trade_cue" and e.cue == "form" for v in e.variants]
    from .generated_forms import emoji_part_keys  # pypinyin with it: only a cache build needs them (~0.2 s)

    generated, with_form = emoji_part_keys(
        precise, lambda i: entries[i].weight if entries[i].kind in PRODUCT_KINDS and entries[i].form is None else 0.0,
        {e: normalize(e).text for e in emoji_words()}, forms,
        lambda w: dict.fromkeys((normalize(w).text, normalize(fold_diacritics(w) if len(w) >= 4 else w).text)),
        category_of=lambda i: entries[i].category)  # 🐘白, 🦏 black: the colour code after the emoji
    for k, eids in generated.items():
        if k in lexicon_keys:
            continue  # the lexicon's own form says it already (象 ivory, from 'elephant ivory')
        precise[k] = set(eids)
        squeezed.add(squeeze(k))
        strong.add(squeeze(k))
    keys = list(precise)
    ids = [tuple(sorted(precise[k])) for k in keys]
    unmarked = _unmarked_spellings(entries, precise)
    squeezed_keys = sorted(squeezed)
    return {
        "precise_keys": keys,
        "precise_ids": ids,
        "key_is_product": bytes(max((_topicality(entries[i]) for i in e), default=0) for e in ids),
        # what makes everyday words count (正品 + 'bone', genuine + not resin): a cover material,
        # 0 = one (a replica word), 2 = one in quotation marks (a legal material), 1 = none
        "key_not_cover": bytes(_cover_code([entries[i] for i in e]) for e in ids),
        "squeezed_keys": squeezed_keys,
        # 0: a strong key; 1: an everyday word (正品, genuine); 2: an everyday word that can hide a
        # strong key from the squeezed search (_hiding_everyday): only then is it searched again
        "squeezed_everyday": _everyday_codes(squeezed_keys, everyday, strong),
        # jieba's added words decide where product terms may start and end: only products and
        # look-alike compounds (大象牙膏) of the lexicon itself belong there; a cue phrase (捡到一只小)
        # would cut a name (小鹰)
        "zh_words": [k for k, e in zip(keys, ids) if k in lexicon_keys and any(is_cjk(c) for c in k)
                     and any(entries[i].kind in _SEGMENTING_KINDS for i in e)],
        "key_emoji_part": bytes(k not in lexicon_keys for k in keys),  # generated: only where the emoji was written
        "emoji_form_keys": frozenset(k for k in with_form if k not in lexicon_keys),
        "key_last_words": frozenset(k.split(" ")[-1] for k in keys),
        # the unmarked spelling of one of its entries' marked variants (nga voi of ngà voi): what
        # Vietnamese typed with a wrong or missing mark is looked for as (Matcher._precise_spans)
        "key_folded": bytes(k in unmarked for k in keys),
        # squeezed key -> a precise key of the same product entries (-1: none), for the split-word
        # pass (Matcher._split_word_spans): a product term in Latin script, written whole
        "squeezed_precise": _squeezed_to_precise(keys, ids, squeezed_keys, entries),
    }


def _squeezed_to_precise(keys: list[str], ids: list[tuple], squeezed_keys: list[str], entries) -> list[int]:
    first: dict[str, int] = {}
    for i, (k, e) in enumerate(zip(keys, ids)):
        if k.isascii() or all(is_latin_letter(c) or c == " " for c in k):
            if any(entries[j].kind in PRODUCT_KINDS for j in e):
                first.setdefault(squeeze(k), i)
    return [first.get(s, -1) for s in squeezed_keys]


def _unmarked_spellings(entries, precise: dict[str, set[int]]) -> set[str]:
    out: set[str] = set()
    for e in entries:
        for v in e.variants:
            folded = fold_diacritics(v)
            if folded != v:
                k = normalize(folded).text.strip()
                if e.id in precise.get(k, ()):
                    out.add(k)
    return out


def lemma_subset(key_last_words: frozenset[str]) -> dict[str, str]:
    """The part of spaCy's English lookup lemma table (spacy-lookups-data, the file spaCy loads)
    that can decide a match: Segmenters.inflected_end only asks whether table.get(w, w).lower() is a key's
    last word, so an entry whose lemma and word are both no key's last word answers as a missing
    one does. A few hundred entries instead of 41,000, and no spaCy to load for them."""
    from .typos import en_lemma_table

    table = en_lemma_table()
    return {w: lemma for w, lemma in table.items() if lemma.lower() in key_last_words or w.lower() in key_last_words}


def special_cases() -> frozenset[str]:
    """spaCy's English tokenizer exceptions (cannot, gonna, e.g.): pieces it does not keep whole."""
    import spacy

    return frozenset(spacy.blank("en").tokenizer.rules)



def _cover_code(entries: list[Entry]) -> int:
    """A material a seller names to pass as legal (resin, 树脂, 'bone'): beside an everyday quality
    word (genuine, 天然) it may be a wink ("genuine 'bone'"), so the listing gets a full look. A
    legal material (实木, wood, jade, cow bone) counts only in quotation marks: as written it is
    what ordinary goods are made of (实木书桌 正品)."""
    cues = {e.cue for e in entries if e.kind == "benign_context"}
    return 0 if "replica" in cues else 2 if "legal_material" in cues else 1


def _topicality(e: Entry) -> int:
    """What a precise hit of the entry says about topicality: 0 nothing (cues; an emoji's animal),
    1 a product term, 2 a product term only as a whole Latin word (genus names, initials)."""
    if e.kind not in PRODUCT_KINDS or e.form == "emoji":
        return 0
    return 2 if e.needs_epithet or e.form == "initials" else 1


def _everyday_codes(squeezed_keys: list[str], everyday: set, strong: set) -> bytes:
    """Per squeezed key: 0 strong, 1 everyday, 2 everyday and able to hide a strong key from a
    search that reports the earliest-ending key and restarts after it: a word that lies in a strong
    key, where what the key has after the word holds no strong key of its own (手感 in 手感冬暖夏凉; not
    genuine in genuine ivory: ivory is found after it), or that a strong key ends with (a tie). A
    word whose last letters begin a key (genuine + eagle squeezed) is left to the first search, as
    every word was before: that search is paid by every ordinary listing with such a word."""
    strong_keys = [k for k in squeezed_keys if k in strong]
    if not strong_keys:
        return bytes(0 if s in strong else 1 for s in squeezed_keys)
    strong_ac = AhoCorasick(strong_keys)
    strong_set = set(strong_keys)
    words = [s for s in squeezed_keys if s in everyday and s not in strong]

    def tail_found(tail: str) -> bool:
        return bool(tail) and bool(strong_ac.find_matches_as_indexes(tail))

    hiding: set[str] = set()
    if words:
        words_ac = AhoCorasick(words)
        for k in strong_keys:  # a word inside a strong key, with key left after it
            for w, a, b in words_ac.find_matches_as_indexes(k, overlapping=True):
                if b < len(k) and not tail_found(k[b:]):
                    hiding.add(words[w])
    for w in words:  # a tie: a strong key ends where the word ends
        if any(w[i:] in strong_set for i in range(1, len(w))):
            hiding.add(w)
    return bytes(0 if s not in everyday or s in strong else 2 if s in hiding else 1 for s in squeezed_keys)
