"""Finding lexicon terms in listing text.

1. Pre-filter: one Aho-Corasick pass over the squeezed text; most listings stop here.
2. Precise pass: Aho-Corasick over the offset-mapped normalised text.
3. Word boundaries: jieba (with the lexicon as user dictionary) for Chinese, so 大象牙膏 is not
   ivory when 牙膏 is the word; spaCy tokens and lookup lemmas for English, so "tusks" is "tusk"
   but "horny" is not "horn".
4. Overlaps: a benign look-alike covering a product term suppresses it (象牙白 covers 象牙); a
   longer product term replaces the shorter ones inside it.
5. Negation: 不是/非/不含/not/no just before a term is recorded on the match.
"""
from __future__ import annotations

import logging
import os
import tempfile
import threading
from dataclasses import dataclass

import ahocorasick

from .lexicon import PRODUCT_KINDS, Entry, Lexicon
from .normalize import Normalized, is_cjk, normalize, squeeze

log = logging.getLogger(__name__)

_ZH_NEGATORS = ("不是", "并非", "绝非", "不含", "没有", "没掺", "无", "非", "不")
_ZH_NOT_NEGATION = ("非洲", "非常", "非遗", "非诚", "无论", "无证", "无手续", "不错", "不议价", "不退", "不开")
_EN_NEGATORS = ("not", "no", "non", "never", "without", "isn't", "isnt", "nor", "free")
_CLAUSE_BREAK = set("，。！？；：、,.;:?!\n()（）【】|/")


@dataclass
class RawMatch:
    entry: Entry
    field: str
    n_start: int  # offsets in normalised text
    n_end: int
    start: int  # offsets in original text
    end: int
    text: str = ""  # the seller's own writing of the term
    negated: bool = False
    suppressed_by: str | None = None


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


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

    def find(self, field: str, text: str) -> list[RawMatch]:
        norm = normalize(text)
        t = norm.text
        hits: list[RawMatch] = []
        for end_idx, (key, ids) in self._precise.iter(t):
            n_start, n_end = end_idx - len(key) + 1, end_idx + 1
            o_start, o_end = norm.span(n_start, n_end)
            for eid in ids:
                hits.append(RawMatch(self._entries[eid], field, n_start, n_end, o_start, o_end, text[o_start:o_end]))
        if not hits:
            return []
        hits = self._check_boundaries(norm, hits)
        hits = _resolve_overlaps(hits)
        for h in hits:
            h.negated = _negated(t, h.n_start)
        return hits

    def _check_boundaries(self, norm: Normalized, hits: list[RawMatch]) -> list[RawMatch]:
        t = norm.text
        zh_bounds: set[int] | None = None
        en_tokens = None
        kept = []
        for h in hits:
            first, last = t[h.n_start], t[h.n_end - 1]
            ok = True
            # start
            if is_cjk(first):
                if zh_bounds is None:
                    zh_bounds = self._zh_boundaries(t)
                ok = h.n_start in zh_bounds
            elif _is_latin(first):
                ok = h.n_start == 0 or not (t[h.n_start - 1].isascii() and t[h.n_start - 1].isalpha())
            # end
            if ok and is_cjk(last):
                if zh_bounds is None:
                    zh_bounds = self._zh_boundaries(t)
                ok = h.n_end in zh_bounds
            elif ok and _is_latin(last) and h.n_end < len(t) and t[h.n_end].isascii() and t[h.n_end].isalpha():
                if en_tokens is None:
                    en_tokens = self._en_tokens(t)
                ok = _inflected_end(en_tokens, t, h)
            if ok or h.entry.kind == "benign_context":
                # benign look-alikes are allowed to cross boundaries: they only ever suppress
                kept.append(h)
        return kept

    def _zh_boundaries(self, text: str) -> set[int]:
        bounds = {0, len(text)}
        pos = 0
        for word in self._get_jieba().cut(text, HMM=False):
            pos += len(word)
            bounds.add(pos)
        return bounds

    def _en_tokens(self, text: str):
        doc = self._get_nlp()(text)
        return [(tok.idx, tok.idx + len(tok.text), tok.lemma_ or tok.text) for tok in doc]


def _inflected_end(tokens, text: str, h: RawMatch) -> bool:
    """The match ends inside an English word: accept when that word's lemma is the key's last word
    (tusk~tusks, scale~scales), reject otherwise (horn~horny)."""
    key_last = text[h.n_start:h.n_end].split(" ")[-1]
    for start, end, lemma in tokens:
        if start <= h.n_end - 1 < end:
            return start >= h.n_start and lemma.lower() == key_last
    return False


def _resolve_overlaps(hits: list[RawMatch]) -> list[RawMatch]:
    """Benign look-alikes suppress product terms they cover; longer terms win over inner ones."""
    benign = [h for h in hits if h.entry.kind == "benign_context"]
    for h in hits:
        if h.entry.kind in PRODUCT_KINDS:
            for b in benign:
                if b.n_start <= h.n_start and h.n_end <= b.n_end and (b.n_end - b.n_start) > (h.n_end - h.n_start):
                    h.suppressed_by = b.entry.term
                    break
    out = []
    for h in hits:
        inner = any(
            o is not h and (o.entry.kind == h.entry.kind or (o.entry.kind in PRODUCT_KINDS and h.entry.kind in PRODUCT_KINDS))
            and o.n_start <= h.n_start and h.n_end <= o.n_end
            and (o.n_end - o.n_start) > (h.n_end - h.n_start) and o.suppressed_by is None
            for o in hits
        )
        if not inner:
            out.append(h)
    # A benign term that sits inside a product term is not benign there (仿 inside 仿佛? rare; 骨 inside 虎骨)
    products = [h for h in out if h.entry.kind in PRODUCT_KINDS and h.suppressed_by is None]
    return [
        h for h in out
        if not (h.entry.kind == "benign_context" and any(
            p.n_start <= h.n_start and h.n_end <= p.n_end and (p.n_end - p.n_start) > (h.n_end - h.n_start)
            for p in products))
    ]


def _negated(text: str, n_start: int) -> bool:
    """A negation word right before the term, in the same clause (不是树脂, not resin, 不含穿山甲)."""
    window = ""
    i = n_start - 1
    while i >= 0 and len(window) < 8 and text[i] not in _CLAUSE_BREAK:
        window = text[i] + window
        i -= 1
    if not window:
        return False
    stripped = window.rstrip()
    for neg in _ZH_NEGATORS:
        pos = stripped.rfind(neg)
        if pos >= 0 and len(stripped) - (pos + len(neg)) <= 1:  # 不是树脂, 不是真象牙; not 不是树脂 相牙
            tail = stripped[pos:]
            if not any(tail.startswith(x) for x in _ZH_NOT_NEGATION):
                return True
    words = stripped.replace("-", " ").split()
    return any(w in _EN_NEGATORS for w in words[-2:])
