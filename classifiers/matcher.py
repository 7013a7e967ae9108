"""Finding lexicon terms in listing text.

1. Pre-filter: one Aho-Corasick pass over the squeezed text; most listings stop here.
2. Precise pass: Aho-Corasick over the offset-mapped normalised text.
3. Word boundaries: jieba (with the lexicon as user dictionary) for Chinese, so 大象牙膏 is not
   ivory when 牙膏 is the word; spaCy tokens and lookup lemmas for English, so "tusks" is "tusk"
   but "horny" is not "horn".
   A space the seller typed is a boundary too (雪豹皮 帽子).
4. Overlaps: a benign look-alike covering a product term suppresses it (象牙白 covers 象牙); a
   longer product term replaces the shorter ones inside it; a qualifier in front decides
   (猛犸象牙 + 象牙吊坠 is mammoth).
5. The word before a term: negation (不是/非/不含/not/no/không phải) is recorded; a replica word (仿, faux)
   makes it a replica; a buying word (收, wtb) makes it demand.
Steps 4 and 5 run compiled (_matchfast.pyx): in Python their bookkeeping cost ~30 µs a listing.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from . import _acfast

from ._matchfast import (Reject, Resolver, any_cover, any_hiding, any_strong, has_product_key, hidden_strong,
                         split_kept)
from .segmenters import Segmenters
from .assessment import Match
from .lexicon import KINDS, Entry, Lexicon
from .normalize import (Normalized, add_emoji_words, emoji_words, fold_diacritics, is_latin_letter,
                        normalize, normalize_prepared, prepare, squeeze, squeeze_prepared, use_char_table)
from ._textfast import has_astral, has_marked_latin, normalize_prepared as _normalize_prepared, squeeze_prepared as _squeeze_prepared
from .match_rules import BRAND, after_rules  # BRAND: what features and tests import from here
from .match_tables import compile_tables  # the automata's inputs (a Matcher without cached tables builds them)
from .match_scope import CLAUSE_BREAK as _CLAUSE_BREAK
from .source_digest import compiled
from .carved_subjects import carved_subjects
from .colour_codes import colour_codes
from .quoted_codes import quoted_codes
from .maw_origin import gulf_maw, maw_origin
from .origin_parts import origin_parts
from .carried_colours import carried_colours
from .white_tells import white_tells
from .apart_pairs import could_pair, emoji_animals, formed as pairs_formed, pair_apart, seed_tables
from .writing_tricks import spelled_out
from .read_tricks import read_tricks
from .filler_chars import drop_fillers
from .marked_folds import keep_agreeing
from .quoted_names import KeyWeights, names_product_unquoted, quoted_spans, quoted_winks
from .fang_tells import fang_tells
from .horn_initials import initial_hits
from .reject_gate import emoji_search, lets_through, unkeyed_reading

# match_scope.py compiled as it is (tests compare the two), unless built from other bytes (source_digest)
if (_compiled_scope := compiled("_match_scope")) is not None:
    scope_context = _compiled_scope.scope_context
else:
    from .match_scope import scope_context

log = logging.getLogger(__name__)

# Cantonese (after t2s): 唔系 = 不是, 冇 = 没有, 唔 = 不
_ZH_NEGATORS = ("不是", "并非", "绝非", "不含", "没有", "没掺", "唔系", "唔是", "唔含", "冇", "无", "非", "不", "唔")
_ZH_NOT_NEGATION = ("非洲", "非常", "非遗", "非诚", "无论", "无证", "无手续", "不错", "不议价", "不退", "不开")
_EN_NEGATORS = ("not", "no", "non", "never", "without", "isn't", "isnt", "nor", "free")
# Vietnamese (marked and unmarked): a word that negates alone, or a head before a verb (không phải,
# chả phải, k có, không chứa; không phải là): "không phải nhựa" is "not plastic", like 不是树脂
_VI_NEGATORS = ("không", "khong", "ko", "hok", "hông", "chẳng")
_VI_NEG_HEADS = _VI_NEGATORS + ("k", "chang", "chả", "cha", "đâu", "dau")
_VI_NEG_VERBS = ("phải", "phai", "fải", "fai", "có", "co", "chứa", "chua", "là", "la", "pha", "lẫn", "lan", "dùng", "dung", "bán", "ban",
                 "trộn", "tron", "độn", "tạp")  # q42: không pha trộn X, không độn X: X is not mixed in
MAX_SPANS = 400  # lexicon hits examined per text (overlap checks are quadratic in hits)
_REPLICA_PREFIXES = ("仿", "高仿", "仿真", "人造", "人工", "合成", "树脂", "塑料", "亚克力", "faux", "imitation",
                     "fake", "replica", "resin", "plastic", "synthetic", "artificial", "vegetable", "acrylic")
_DEMAND_PREFIXES = ("收", "收购", "求购", "回收", "求", "wtb", "buying", "want", "wanted")
# quotation marks around a material ('bone'): as engine.py reads them
QUOTES = frozenset("'\"‘’“”「」『』«»`")
_QUOTE_CHARS = "".join(sorted(QUOTES))
# A species epithet after a genus that is also a word (Python regius, Ara macao, Falco cherrug): a
# lowercase Latin word with a Latin ending, and not one of the common English words ending so.
# Latin letters with marks (Vietnamese, also French/Spanish): CJK text never has them
_MARKED_LATIN = re.compile("[\u00c0-\u024f\u1e00-\u1eff]")


_SPLITTERS = frozenset(" .-_*·•'/|~+")


def _split_kept_py(t: str) -> tuple[str, list[int]] | None:
    """_matchfast.split_kept in Python (tests compare the two): t without each splitter between
    two Latin letters (i vory, iv.ory), and the index in t of each character kept; None if none."""
    kept = [i for i, ch in enumerate(t) if not (
        ch in _SPLITTERS and 0 < i < len(t) - 1 and is_latin_letter(t[i - 1]) and is_latin_letter(t[i + 1]))]
    return None if len(kept) == len(t) else ("".join(t[i] for i in kept), kept)


def _by_start_end(span: tuple) -> tuple:
    return span[1], span[2]




@dataclass(slots=True)
class RawMatch(Match):
    """A Match as the classifier works with it: the public fields plus the lexicon entry and
    where it sits in the normalised text. Assessments list these (they are Matches)."""
    entry: Entry | None = None
    n_start: int = 0  # offsets in normalised text
    n_end: int = 0
    demand: bool = False  # preceded by a buying word (收, 求购, wtb)
    replica: bool = False  # preceded by a replica word (仿, faux); then suppressed_by names it
    quoted: bool = False  # in quotation marks ('bone', “树脂”): set by the engine, which sees the original text
    given: bool = False  # a look-alike given with a named product (送 毛绒玩具, tặng kèm, comes with a free toy)
    remote: bool = False  # a context word or cue in a long post, away from the product it could be about
    diet: bool = False  # a food word a live animal eats (吃水果, ăn trái cây, eats fruit): no food for sale
    held: bool = False  # a question word about a piece the poster holds (held_piece.py): no frame, at most review
    unheld: bool = False  # a paper someone else vouches for or the seller never got (unheld_papers)
    wild: bool = False  # a live animal the text says was caught in the wild (wild_taken)


def _automaton(tables: dict, name: str) -> _acfast.Automaton:
    """The automaton of tables[name + "_keys"]: from its stored tables (name + "_ac", what the
    lexicon cache holds) when they load, else built (~0.1 s for the precise keys)."""
    data = tables.get(name + "_ac")
    if data is not None:
        try:
            return _acfast.Automaton(data)
        except (TypeError, ValueError):
            log.warning("the stored %s automaton does not load; building it", name)
    return _acfast.build(tables[name + "_keys"])


class Matcher:
    def __init__(self, lexicon: Lexicon, jieba_cache_dir: str | None = None, tables: dict | None = None):
        """`tables`: what compile_tables() returns, e.g. from the lexicon cache (compiled.py);
        without it they are built from the lexicon here."""
        self.lexicon = lexicon
        self._entries = lexicon.entries
        add_emoji_words(lexicon.emoji_words)  # before any text is normalised
        t = tables if tables is not None else compile_tables(lexicon)
        if "apart_pairs" in t:
            seed_tables(self._entries, t["apart_pairs"])
        if "char_table" in t and t.get("emoji_all") == emoji_words():
            use_char_table(t["char_table"])  # built for these emoji words: no need to compute it
        # the two automata as _acfast tables, stored in the lexicon cache: ahocorasick_rs gives the
        # same matches but cannot store an automaton, and rebuilt them at every start (~40% of it)
        self._precise = _automaton(t, "precise")
        self._precise_ids = t["precise_ids"]  # pattern index -> entry ids
        self._precise_keys = t["precise_keys"]
        self._key_weight = KeyWeights(self._precise_ids, self._entries)  # quoted_names: a quoted animal's name (q49)
        self._key_is_product = t["key_is_product"]
        self._key_folded = t["key_folded"]
        self._squeezed = _automaton(t, "squeezed")
        self._longest_squeezed = max(map(len, t["squeezed_keys"]), default=0)  # hidden_strong's reach
        self._key_not_cover = t["key_not_cover"]
        self._squeezed_everyday = t["squeezed_everyday"]
        self._squeezed_precise = t["squeezed_precise"]
        self._key_last_words = t["key_last_words"]
        self._emoji_forms = t.get("emoji_form_keys", frozenset())
        self._resolver = Resolver(self._entries, RawMatch, KINDS, "".join(sorted(_CLAUSE_BREAK)), _ZH_NEGATORS,
                                  _ZH_NOT_NEGATION, _EN_NEGATORS, _REPLICA_PREFIXES, _DEMAND_PREFIXES,
                                  _VI_NEGATORS, _VI_NEG_HEADS, _VI_NEG_VERBS, t.get("key_emoji_part", b""))
        self.words = Segmenters(t["zh_words"], t.get("jieba"), t.get("lemmas"), t.get("special_cases"),
                                t.get("en_tokens"), jieba_cache_dir)

    def warm_up(self) -> None:
        self.words.warm_up()

    def rejecter(self, fields: tuple, max_chars: int) -> Reject | None:
        """A compiled check that a listing is surely ordinary: the engine's raw_matches finds
        nothing in it and warns of nothing (see _matchfast.Reject); None where the compiled
        normalisation is not built. fields, max_chars: the engine's field keys and cut."""
        from .normalize import _compiled

        tf = _compiled()
        if tf is None:
            return None
        rej = Reject(self._precise.find_matches_as_indexes, self._squeezed.find_matches_as_indexes,
                     self._key_is_product, self._squeezed_everyday, self._key_not_cover, fields, max_chars,
                     _QUOTE_CHARS, tf, self._longest_squeezed)
        find, strong = self._squeezed.find_matches_as_indexes, self._strong
        return lets_through(rej, self._animal_emoji(), fields[0][0], fields[1][0],
                             lambda text: names_product_unquoted(text, squeeze, find, strong),
                             tuple(k for keys in fields for k in keys))

    # -- matching --
    def prefilter(self, text: str, everyday: bool = True) -> bool:
        """True when the text may name a wildlife product (cheap, over-matching). everyday=False:
        an everyday word (正品, genuine) alone does not count."""
        if not text:
            return False
        hits = self._squeezed.find_matches_as_indexes(squeeze(text))
        return bool(hits) and (everyday or self._strong(hits))

    def _everyday_rechecked(self, sq: str) -> list:
        """The squeezed pre-filter hits of the squeezed text `sq`; where all are everyday words and one
        of them can hide a strong key (coded 2), the overlapping hits instead: the search reports the
        earliest-ending key and moves on, so an everyday word hides a longer key it begins or lies in
        (手感 in 手感冬暖夏凉; q13). As _matchfast.Reject."""
        hits = self._squeezed.find_matches_as_indexes(sq)
        if hits and not any_strong(hits, self._squeezed_everyday) and any_hiding(hits, self._squeezed_everyday):
            find = self._squeezed.find_matches_as_indexes
            if hidden_strong(find, sq, hits, self._squeezed_everyday, self._longest_squeezed):  # around the hits
                return find(sq, overlapping=True)
        return hits

    def _strong(self, squeezed_hits: list) -> bool:
        return any_strong(squeezed_hits, self._squeezed_everyday)

    def strong(self, squeezed_hits: list) -> bool:
        """prefilter(text, everyday=False) from the squeezed pre-filter hits of a non-empty text."""
        return any_strong(squeezed_hits, self._squeezed_everyday)

    def _topical_squeezed(self, squeezed_hits: list, spans, norm, text: str) -> bool:
        """A squeezed pre-filter hit makes a text topical, except everyday words (正品, genuine,
        natural, sold as is) with no cover material beside them: a replica word, or a legal
        material in quotation marks ('bone'; 实木 or wood as written is furniture talk). `spans`:
        the precise hits of `norm`, the normalised `text`, or a callable giving them."""
        if not squeezed_hits:
            return False
        if any_strong(squeezed_hits, self._squeezed_everyday):
            return True
        # quoted as the engine sees it (RawMatch.quoted)
        return any_cover(spans() if callable(spans) else spans, self._key_not_cover, norm.starts, norm.ends, text,
                         _QUOTE_CHARS)

    def _topical_squeezed_at(self, squeezed_hits: list, spans: list, starts, ends, text: str) -> bool:
        """_topical_squeezed with the normalised text's offsets given as they are (no Normalized)."""
        if not squeezed_hits:
            return False
        if any_strong(squeezed_hits, self._squeezed_everyday):
            return True
        return any_cover(spans, self._key_not_cover, starts, ends, text, _QUOTE_CHARS)

    def scan(self, field: str, text: str, notes: list[str] | None = None,
             norm_out: list[str] | None = None, pre: tuple | None = None) -> list[RawMatch] | None:
        """find() when `text` is topical, else None. Topical: the precise pass finds a product term
        (most listings that get this far), or else the squeezed pre-filter form does (象***牙,
        i-v-o-r-y: then the listing's cues still count). Both forms share one preparation.
        pre: what _matchfast.Reject gave for this text (its first steps, done already)."""
        if pre is not None and pre[0] == text:
            prepared, (t, starts, ends), spans = pre[1], pre[2], pre[3]
            return self._scan_normalized(field, text, notes, norm_out, prepared, t, starts, ends, spans)
        prepared = prepare(text)
        if prepared is None:
            hits = self._everyday_rechecked(squeeze(text)) if text else []
            if not hits:
                return None
            norm = self._rewritten(text, normalize(text))
            if not self._topical_squeezed(hits, lambda: self._precise_spans(norm.text),
                                          norm, text) and not unkeyed_reading(text):
                return None
            if norm_out is not None:
                norm_out.append(norm.text)
            return self._find(field, text, norm, notes)
        # normalize_prepared/squeeze_prepared without their wrappers, the Normalized built only
        # for a topical text: most texts stop here
        t, starts, ends = _normalize_prepared(*prepared)
        spans = self._precise_spans(t)
        return self._scan_normalized(field, text, notes, norm_out, prepared, t, starts, ends, spans)

    def _scan_normalized(self, field: str, text: str, notes, norm_out, prepared: tuple, t: str, starts, ends,
                         spans: list) -> list[RawMatch] | None:
        """scan() from the normalised text and its precise spans on."""
        got = self._rewrite(text, t, starts, ends)
        if got is not None:
            t, starts, ends = got
            spans = self._precise_spans(t)
        spans = quoted_spans(t, self._precise.find_matches_as_indexes, self._key_is_product, self._key_not_cover,
                             spans, text, starts, self._key_weight)
        if has_product_key(spans, self._key_is_product, t):
            if norm_out is not None:
                norm_out.append(t)  # the learned text part reads it too
            return self._find(field, text, Normalized(t, starts, ends), notes, spans)
        squeezed = self._everyday_rechecked(_squeeze_prepared(prepared[0]))
        if squeezed and any_strong(squeezed, self._squeezed_everyday):
            unbroken = drop_fillers(self._find_overlapping, t, starts, ends, self._is_product_key)  # 象丶牙
            if unbroken is not None:
                t, starts, ends = unbroken
                spans = self._precise_spans(t)
            split = self._split_word_spans(t, spans)  # i vory, pango lin, ng a v oi
            if split:
                spans = sorted(spans + split, key=_by_start_end)
        if self._topical_squeezed_at(squeezed, spans, starts, ends, text):
            if norm_out is not None:
                norm_out.append(t)
            return self._find(field, text, Normalized(t, starts, ends), notes, spans)
        if has_astral(text) and self._animal_emoji_in(text) is not None and could_pair(t, text, self._entries):
            before = pairs_formed()  # 'T-bones & skins 🐯' (topical only when a pair forms)
            found = self._find(field, text, Normalized(t, starts, ends), notes, spans)
            if not found or pairs_formed() == before:
                return None
            if norm_out is not None:
                norm_out.append(t)
            return found
        if unkeyed_reading(text):
            if norm_out is not None:
                norm_out.append(t)
            return self._find(field, text, Normalized(t, starts, ends), notes, spans)
        return None

    def _rewrite(self, text: str, t: str, starts, ends):
        """The normalised text with the writing tricks of read_tricks.py read (nga` voi, ⚪料 but not
        a ● bullet, 象丶牙), or None when there is none."""
        return read_tricks(text, t, starts, ends, self._find_overlapping, self._is_product_key, self._key_pair)

    def _rewritten(self, text: str, norm: Normalized) -> Normalized:
        got = self._rewrite(text, norm.text, norm.starts, norm.ends)
        return norm if got is None else Normalized(*got)

    def _find_overlapping(self, s: str) -> list:
        return self._precise.find_matches_as_indexes(s, overlapping=True)

    def _is_product_key(self, k: int) -> bool:
        return self._key_is_product[k] == 1

    def _key_pair(self, two: str) -> bool:
        """Whether a product term begins with these two characters (象牙 in 象●牙); the set is made
        the first time a text with a colour dot asks, not at start-up."""
        pairs = self.__dict__.get("_key_pairs")
        if pairs is None:
            pairs = self.__dict__["_key_pairs"] = frozenset(
                k[:2] for k, p in zip(self._precise_keys, self._key_is_product) if p and len(k) >= 2)
        return two in pairs

    def _animal_emoji(self) -> frozenset:
        """The animal emoji that can pair with a part word (apart_pairs), worked out once."""
        got = self.__dict__.get("_animal_emoji_set")
        if got is None:
            got = self.__dict__["_animal_emoji_set"] = emoji_animals(self._entries)
        return got

    def _animal_emoji_in(self, text: str):
        """The first animal emoji in text (a regex match), or None."""
        search = self.__dict__.get("_animal_emoji_search")
        if search is None:
            emoji = self._animal_emoji()
            search = self.__dict__["_animal_emoji_search"] = emoji_search(emoji) if emoji else (lambda _: None)
        return search(text)

    def _split_word_spans(self, t: str, spans: list) -> list:
        """Product terms in Latin script split at odd places by a space or a mark (i vory, ivo ry,
        iv.ory, rhi no horn, ng a v oi), which the normaliser does not join (it joins single letters
        only): the squeezed keys are looked for in `t` with the separators between Latin letters
        taken out, and a hit counts when it starts and ends on word boundaries, is 5+ letters, and
        was written split (as written, the precise pass has judged it already)."""
        split = split_kept(t)  # _split_kept_py in C: in Python a loop over every character
        if split is None:
            return []
        joined, kept = split
        to_precise = self._squeezed_precise
        taken = {(s, e) for _, s, e in spans}
        out = []
        for k, a, b in self._squeezed.find_matches_as_indexes(joined, overlapping=True):
            p = to_precise[k]
            if p < 0 or b - a < 5 or self._squeezed_everyday[k]:
                continue
            s, e = kept[a], kept[b - 1] + 1
            if e - s == b - a or (s, e) in taken or "\n" in t[s:e]:
                continue  # written whole (the precise pass judged it), or across lines
            if (s > 0 and is_latin_letter(t[s - 1])) or (e < len(t) and is_latin_letter(t[e])):
                continue  # inside a longer word
            if not all(is_latin_letter(c) or c in _SPLITTERS for c in t[s:e]):
                continue
            out.append((p, s, e))
        return out

    def find(self, field: str, text: str, notes: list[str] | None = None,
             norm_out: list[str] | None = None) -> list[RawMatch]:
        """Lexicon hits in `text`; a note is appended to `notes` when hits were cut at MAX_SPANS."""
        norm = self._rewritten(text, normalize(text))
        if norm_out is not None:
            norm_out.append(norm.text)
        return self._find(field, text, norm, notes)

    def _precise_spans(self, t: str) -> list:
        """(key index, start, end) of the lexicon keys in the normalised text `t`, by start then end.
        Vietnamese typed on a phone often has a tone mark wrong or missing on one syllable (nga vôi,
        hỗ cốt, mât gấu): where `t` has marked Latin letters, the keys of the unmarked forms (the
        lexicon's folded variants, kept only where no everyday phrase folds the same way) are also
        looked for in `t` with every mark removed; a span counts only where the seller's marks
        differ from it and nothing was found on exactly that span as written. Only keys that are
        the unmarked spelling of a marked variant qualify: a term that is unmarked itself (con beo,
        leopard) is another word when marked (con béo, the chubby one). In a text written with
        marks, a span must also agree with the marks the seller wrote (marked_folds.py: màu đen
        pha is no đèn pha, nhập Nga có no ngà cổ)."""
        spans = self._precise.find_matches_as_indexes(t, overlapping=True)
        if not has_marked_latin(t):  # _MARKED_LATIN.search(t) is None, without the regex engine
            return spans
        folded = fold_diacritics(t)
        unmarked = self._key_folded
        extra = [sp for sp in self._precise.find_matches_as_indexes(folded, overlapping=True)
                 if unmarked[sp[0]] and t[sp[1]:sp[2]] != folded[sp[1]:sp[2]]]
        if not extra:
            return spans
        taken = {(s, e) for _, s, e in spans}
        extra = [sp for sp in extra if (sp[1], sp[2]) not in taken]
        if extra:  # in a text written with marks, only the readings the seller's marks allow (đen pha is no đèn pha)
            extra = keep_agreeing(t, extra, spans, self._precise_ids, self._entries, self.__dict__.setdefault("_fold_forms", {}))
        return sorted(spans + extra, key=_by_start_end) if extra else spans

    def _find(self, field: str, text: str, norm, notes: list[str] | None, spans: list | None = None) -> list[RawMatch]:
        t = norm.text
        words = self.words
        dictionary = words.table if words.table is not None else words.dictionary()
        inflected = words.inflected_end

        def inflected_end(n_start: int, n_end: int) -> bool:
            return inflected(t, n_start, n_end)

        if spans is None:
            spans = quoted_spans(t, self._precise.find_matches_as_indexes, self._key_is_product, self._key_not_cover,
                                 self._precise_spans(t), text, norm.starts, self._key_weight)
        code_word = _maker(field, text, norm, "code_word")  # what the rules below add, as the text shows it
        hits, cut = self._resolver.resolve(t, norm.starts, norm.ends, spans, self._precise_ids, MAX_SPANS,
                                           dictionary, inflected_end, text, field)
        if "RH" in text:  # Genuine RH, full horn: the initials a few words from a horn form (horn_initials, q49)
            hits = initial_hits(hits, t, text, norm.starts, lambda e, term, ns: RawMatch(
                term=term, canonical=e.term, category=e.category, kind=e.kind, field=field, start=norm.starts[ns[0]],
                end=norm.ends[ns[1] - 1], weight=e.weight, entry=e, n_start=ns[0], n_end=ns[1]))
        if hits:
            hits = spelled_out(after_rules(hits, t, text, self._emoji_forms), text)  # I-V-O-R-Y is a wink
            hits = colour_codes(hits, t, text, lambda e, term, ns, ts: RawMatch(  # 白 56 纹清 克价私; 货单 白:/黑:
                term=term, canonical=e.term, category=e.category, kind="code_word", field=field, start=ts[0],
                end=ts[1], weight=e.weight, entry=e, n_start=ns[0], n_end=ns[1]))
            hits = quoted_codes(hits, t)  # “大白”，原支的: a quoted colour code beside a raw-form or origin word
            hits = maw_origin(hits, t, code_word)  # the dried maw ... only from Mexico
            hits = origin_parts(hits, t, code_word)  # medicine from Africa ... per gram (q43)
            # after quoted_codes: a quoted code it drops (“白的” paint) leaves no wink behind
            hits = quoted_winks(hits, text, t)  # Tanduk "badak": the quoted word is a wink
        hits = gulf_maw(hits, t, text, code_word)  # swim bladder 0.9kg, from Baja (q51)
        hits = fang_tells(hits, t, _maker(field, text, norm, "descriptor", cue=True))  # nanh vàng ... có rãnh giữa (q44)
        if hits:
            hits = carved_subjects(hits, t)  # carved koi: the subject, not a pet; hanko stamps: seals
            hits = white_tells(hits, t)  # 白色麻雀 凍暖夏涼 手感重 有紋: two ivory tells on a white form
        # after white_tells: a bare white form it drops (白的手串) may still be colour goods carried back
        hits = carried_colours(hits, t, code_word)  # 勐拉回来 带了 黑的、红的 … 留言 (zh19)
        hits = pair_apart(hits, norm, text, self._entries, RawMatch, field)  # claw necklace ... tiger
        if hits:
            scope_context(hits, t)
        if cut and notes is not None:
            notes.append(f"{field}: more than {MAX_SPANS} lexicon hits; only the first were examined")
        return hits


def _maker(field: str, text: str, norm, kind: str, cue: bool = False):
    """What a rule calls to add a RawMatch of lexicon entry e at normalised offsets ns (start, end),
    named as the seller wrote it (term when the text shows nothing there); cue: the entry's cue too."""
    starts, ends = norm.starts, norm.ends

    def make(e, term, ns):
        s, end = starts[ns[0]], ends[ns[1] - 1]
        m = RawMatch(term=text[s:end] or term, canonical=e.term, category=e.category, kind=kind, field=field,
                     start=s, end=end, weight=e.weight, entry=e, n_start=ns[0], n_end=ns[1])
        if cue:
            m.cue = e.cue
        return m

    return make
