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
5. The word before a term: negation (不是/非/不含/not/no) is recorded; a replica word (仿, faux)
   makes it a replica; a buying word (收, wtb) makes it demand.
Steps 4 and 5 run compiled (_matchfast.pyx): in Python their bookkeeping cost ~30 µs a listing.
"""
from __future__ import annotations

import logging
import os
import tempfile
import threading
from dataclasses import dataclass

import ahocorasick

from ._matchfast import Resolver
from .lexicon import KINDS, Entry, Lexicon
from .normalize import is_cjk, normalize, normalize_prepared, prepare, squeeze, squeeze_prepared

log = logging.getLogger(__name__)

_ZH_NEGATORS = ("不是", "并非", "绝非", "不含", "没有", "没掺", "无", "非", "不")
_ZH_NOT_NEGATION = ("非洲", "非常", "非遗", "非诚", "无论", "无证", "无手续", "不错", "不议价", "不退", "不开")
_EN_NEGATORS = ("not", "no", "non", "never", "without", "isn't", "isnt", "nor", "free")
MAX_SPANS = 400  # lexicon hits examined per text (overlap checks are quadratic in hits)
_MAX_WORD = 5  # longest dictionary word considered when checking whether a word spans a boundary
_REPLICA_PREFIXES = ("仿", "高仿", "仿真", "人造", "人工", "合成", "树脂", "塑料", "亚克力", "faux", "imitation",
                     "fake", "replica", "resin", "plastic", "synthetic", "artificial", "vegetable", "acrylic")
_DEMAND_PREFIXES = ("收", "收购", "求购", "回收", "求", "wtb", "buying", "want", "wanted")
_WINDOW = 10  # characters of context each side that jieba sees around a Chinese hit
_CLAUSE_BREAK = set("，。！？；：、,.;:?!\n()（）【】|/")


@dataclass(slots=True)
class RawMatch:
    entry: Entry
    field: str
    n_start: int  # offsets in normalised text
    n_end: int
    start: int  # offsets in original text
    end: int
    text: str = ""  # the seller's own writing of the term
    negated: bool = False
    demand: bool = False  # preceded by a buying word (收, 求购, wtb)
    replica: bool = False  # preceded by a replica word (仿, faux); then suppressed_by names it
    suppressed_by: str | None = None


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _is_word_char(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch == "_")


class Matcher:
    def __init__(self, lexicon: Lexicon, jieba_cache_dir: str | None = None):
        self.lexicon = lexicon
        self._entries = lexicon.entries
        self._precise = ahocorasick.Automaton()
        self._squeezed = ahocorasick.Automaton()
        precise: dict[str, set[int]] = {}
        squeezed: set[str] = set()
        for p, s, eid, is_product in lexicon.keys():
            precise.setdefault(p, set()).add(eid)
            if is_product:  # only product terms can make a listing topical; cues alone cannot
                squeezed.add(s)
        for key, ids in precise.items():
            self._precise.add_word(key, (key, tuple(sorted(ids))))
        for key in squeezed:
            self._squeezed.add_word(key, key)
        self._precise.make_automaton()
        self._squeezed.make_automaton()
        self._zh_words = [k for k in precise if any(is_cjk(c) for c in k)]
        self._resolver = Resolver(self._entries, KINDS, "".join(sorted(_CLAUSE_BREAK)), _ZH_NEGATORS,
                                  _ZH_NOT_NEGATION, _EN_NEGATORS, _REPLICA_PREFIXES, _DEMAND_PREFIXES)
        self._jieba = None
        self._nlp = None
        self._lock = threading.Lock()
        self._jieba_cache_dir = jieba_cache_dir or os.path.join(tempfile.gettempdir(), "wildwatch-jieba")

    # -- lazily built word segmenters (only topical listings need them) --
    def _get_jieba(self):
        if self._jieba is None:
            with self._lock:
                if self._jieba is None:
                    import jieba

                    jieba.setLogLevel(logging.WARNING)
                    os.makedirs(self._jieba_cache_dir, exist_ok=True)
                    tok = jieba.Tokenizer()
                    tok.tmp_dir = self._jieba_cache_dir
                    tok.initialize()
                    for w in self._zh_words:
                        tok.add_word(w)
                    self._jieba = tok
        return self._jieba

    def _get_nlp(self):
        if self._nlp is None:
            with self._lock:
                if self._nlp is None:
                    import spacy

                    nlp = spacy.blank("en")
                    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
                    nlp.initialize()
                    self._lemmas = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
                    self._nlp = nlp
        return self._nlp

    def warm_up(self) -> None:
        self._get_jieba()
        self._get_nlp()

    # -- matching --
    def prefilter(self, text: str) -> bool:
        """True when the text may name a wildlife product (cheap, over-matching)."""
        if not text:
            return False
        s = squeeze(text)
        for _ in self._squeezed.iter(s):
            return True
        return False

    def scan(self, field: str, text: str, notes: list[str] | None = None) -> list[RawMatch] | None:
        """find() when the pre-filter lets `text` through, else None; both forms share one
        preparation (NFKC, lower case, simplified)."""
        prepared = prepare(text)
        if prepared is None:
            return self.find(field, text, notes) if self.prefilter(text) else None
        for _ in self._squeezed.iter(squeeze_prepared(prepared)):
            return self._find(field, text, normalize_prepared(prepared), notes)
        return None

    def find(self, field: str, text: str, notes: list[str] | None = None) -> list[RawMatch]:
        """Lexicon hits in `text`; a note is appended to `notes` when hits were cut at MAX_SPANS."""
        return self._find(field, text, normalize(text), notes)

    def _find(self, field: str, text: str, norm, notes: list[str] | None) -> list[RawMatch]:
        zh_cache: dict = {}

        def on_boundary(n_start: int, n_end: int) -> bool:
            return self._on_boundaries(norm, n_start, n_end, zh_cache)

        found, cut = self._resolver.resolve(norm.text, self._precise, MAX_SPANS, on_boundary)
        if cut and notes is not None:
            notes.append(f"{field}: more than {MAX_SPANS} lexicon hits; only the first were examined")
        entries = self._entries
        starts, ends = norm.starts, norm.ends
        hits = []
        for eid, n_start, n_end, negated, demand, replica, suppressed_by in found:
            o_start, o_end = starts[n_start], ends[n_end - 1]
            hits.append(RawMatch(entries[eid], field, n_start, n_end, o_start, o_end, text[o_start:o_end],
                                 negated, demand, replica, suppressed_by))
        return hits

    def _on_boundaries(self, norm, n_start: int, n_end: int, zh_cache: dict) -> bool:
        """Does [n_start, n_end) start and end on word boundaries (jieba for Chinese, spaCy for English)?
        Benign look-alikes and cues skip this: only product terms must be whole words. A space the
        seller typed there (雪豹皮 帽子) is a boundary whatever jieba would make of the joined text."""
        t = norm.text
        first, last = t[n_start], t[n_end - 1]
        if is_cjk(first):
            if (not _typed_gap(norm, n_start) and self._word_across(t, n_start)
                    and n_start not in self._zh_boundaries(t, n_start, n_end, zh_cache)):
                return False
        elif _is_latin(first) and n_start > 0 and _is_word_char(t[n_start - 1]):
            return False
        if is_cjk(last):
            if (not _typed_gap(norm, n_end) and self._word_across(t, n_end)
                    and n_end not in self._zh_boundaries(t, n_start, n_end, zh_cache)):
                return False
        elif _is_latin(last) and n_end < len(t) and _is_word_char(t[n_end]):
            if not t[n_end].isalpha():
                return False  # ivory_88, tusk2: part of a handle or code, not the word
            return self._inflected_end(t, n_start, n_end)
        return True

    def _word_across(self, text: str, pos: int) -> bool:
        """Could jieba put a word across `pos`? Only a dictionary word containing text[pos-1] and
        text[pos] can (HMM off), so when none exists the boundary holds and jieba need not run."""
        if pos <= 0 or pos >= len(text) or not (is_cjk(text[pos - 1]) and is_cjk(text[pos])):
            return False
        freq = self._get_jieba().FREQ
        for left in range(1, _MAX_WORD):
            if pos - left < 0:
                break
            for right in range(1, _MAX_WORD + 1 - left):
                if pos + right > len(text):
                    break
                if freq.get(text[pos - left:pos + right]):
                    return True
        return False

    def _zh_boundaries(self, text: str, start: int, end: int, cache: dict) -> set[int]:
        """Word boundaries (absolute offsets) around [start, end): jieba runs on the clause around
        the hit, at most _WINDOW characters each side, not on the whole listing."""
        a = start
        while a > 0 and start - a < _WINDOW and text[a - 1] not in _CLAUSE_BREAK and text[a - 1] != " ":
            a -= 1
        b = end
        while b < len(text) and b - end < _WINDOW and text[b] not in _CLAUSE_BREAK and text[b] != " ":
            b += 1
        key = (a, b)
        if key not in cache:
            bounds = {a, b}
            pos = a
            for word in self._get_jieba().cut(text[a:b], HMM=False):
                pos += len(word)
                bounds.add(pos)
            cache[key] = bounds
        return cache[key]

    def _inflected_end(self, text: str, n_start: int, n_end: int) -> bool:
        """The match ends inside an English word: accept when that word's lemma is the key's last
        word (tusk~tusks, scale~scales), reject otherwise (horn~horny). spaCy tokenises each
        whitespace-separated piece on its own, so only the piece holding the end is tokenised."""
        a = text.rfind(" ", 0, n_end - 1) + 1
        b = text.find(" ", n_end - 1)
        b = len(text) if b < 0 else b
        nlp = self._get_nlp()
        for tok in nlp.tokenizer(text[a:b]):
            start = a + tok.idx
            if start <= n_end - 1 < start + len(tok.text):
                lemma = self._lemmas.get(tok.text, tok.text)  # what the lookup lemmatizer assigns
                return start >= n_start and lemma.lower() == text[n_start:n_end].split(" ")[-1]
        return False


def _typed_gap(norm, pos: int) -> bool:
    """Did the original text have something (a space, a symbol) between normalised pos-1 and pos?"""
    if pos <= 0 or pos >= len(norm.text):
        return True
    return norm.starts[pos] > norm.span(pos - 1, pos)[1]
