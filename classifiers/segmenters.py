"""The word segmenters the matcher asks about word boundaries, built lazily: only topical listings
need them, and most listings end at the pre-filter.

- Chinese: jieba's dictionary (with the lexicon's words added) as a C table (_segfast.Dictionary),
  read from the lexicon cache when it holds one, else built from a jieba Tokenizer.
- English: whether a hit ending inside a word is an inflection of the key's last word (tusks ~
  tusk, but horny is no horn), from spaCy's tokenizer rules and lookup lemmas as the lexicon cache
  stores them (en_tokens.py), or from spaCy itself when there is no cache.
"""
from __future__ import annotations

import logging
import math
import os
import tempfile
import threading

from ._segfast import Dictionary

INFLECTION_WINDOW = 64  # characters of a long space-free stretch tokenised on each side of a hit
_TOKEN_MEMO = 4096  # pieces whose English tokens Segmenters.tokens keeps (a few hundred kB at most)
_OPENING = "(\"'[“"
_CLOSING = ",.:;!?)'\"]"


class Segmenters:
    def __init__(self, zh_words, dictionary_dump=None, lemmas=None, special_cases=None, en_rules=None,
                 jieba_cache_dir: str | None = None):
        """zh_words: the lexicon's Chinese words (jieba's additions); dictionary_dump: a callable giving
        the stored Dictionary or its dump() (None: build it); lemmas, special_cases, en_rules: the
        lemma table cut to what can decide a match, spaCy's tokenizer exceptions and rules."""
        self.zh_words = zh_words
        self.table = None  # the jieba Dictionary, once built or loaded
        self._dictionary_dump = dictionary_dump
        self._jieba = None
        self.nlp_pipeline = None
        self.lemmas = lemmas
        self.special_cases = special_cases
        self._en_rules = en_rules
        self._en_tokens = None
        self._token_memo: dict = {}
        self._lock = threading.Lock()
        self._jieba_cache_dir = jieba_cache_dir or os.path.join(tempfile.gettempdir(), "wildwatch-jieba")

    def jieba(self):
        """A jieba Tokenizer with the lexicon's Chinese words added (what the dictionary table is
        built from; the lexicon cache stores the table, so matching needs no Tokenizer)."""
        if self._jieba is None:
            with self._lock:
                if self._jieba is None:
                    import jieba

                    jieba.setLogLevel(logging.WARNING)
                    os.makedirs(self._jieba_cache_dir, exist_ok=True)
                    tok = jieba.Tokenizer()
                    tok.tmp_dir = self._jieba_cache_dir
                    tok.initialize()
                    for w in self.zh_words:
                        tok.add_word(w)
                    self._jieba = tok
        return self._jieba

    def dictionary(self) -> Dictionary:
        """jieba's FREQ (with the lexicon's words) as a C table; its route scores words by
        log(count / total)."""
        if self.table is None:
            dump = self._dictionary_dump() if self._dictionary_dump is not None else None
            with self._lock:
                if self.table is None and dump is not None:
                    if isinstance(dump, Dictionary):  # read from the lexicon cache
                        self.table = dump
                    else:
                        table, n_keys, n_nodes, logtotal = dump
                        self.table = Dictionary(None, logtotal, table, n_keys, n_nodes)
            if self.table is None:
                tok = self.jieba()
                with self._lock:
                    if self.table is None:
                        self.table = Dictionary(tok.FREQ, math.log(tok.total))
        return self.table

    def nlp(self):
        """spaCy's blank English pipeline with the lookup lemmatizer (only without a lexicon cache,
        or for tests that compare the port with it)."""
        if self.nlp_pipeline is None:
            with self._lock:
                if self.nlp_pipeline is None:
                    import spacy

                    nlp = spacy.blank("en")
                    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
                    nlp.initialize()
                    if self.lemmas is None:  # no lexicon cache: spaCy's own table
                        self.lemmas = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
                        self.special_cases = frozenset(nlp.tokenizer.rules)
                    self.nlp_pipeline = nlp
        return self.nlp_pipeline

    def warm_up(self) -> None:
        self.dictionary()
        if self._en_rules is None or self.lemmas is None:
            self.nlp()
        elif self._en_tokens is None:  # spaCy's rules from the lexicon cache: no spaCy to load
            from .en_tokens import EnTokenizer

            self._en_tokens = EnTokenizer(self._en_rules)

    def inflected_end(self, text: str, n_start: int, n_end: int) -> bool:
        """The match text[n_start:n_end] ends inside an English word: accept when that word's lemma is
        the key's last word (tusk~tusks, scale~scales), reject otherwise (horn~horny). spaCy
        tokenises each whitespace-separated piece on its own, so only the piece holding the end is
        tokenised, and of a long piece (Chinese text has no spaces) only a window around the hit:
        tokens are cut by local rules, and a whole piece per hit made long texts quadratic."""
        a = text.rfind(" ", max(0, n_start - INFLECTION_WINDOW), n_end - 1) + 1
        if a == 0 and n_start > INFLECTION_WINDOW:
            a = n_start - INFLECTION_WINDOW
        b = text.find(" ", n_end - 1, n_end + INFLECTION_WINDOW)
        b = min(len(text), n_end + INFLECTION_WINDOW) if b < 0 else b
        key_last = text[n_start:n_end].split(" ")[-1]
        piece = text[a:b]
        if self.lemmas is None:
            self.nlp()  # no lexicon cache: the lemma table comes from spaCy
        if piece.isascii() and piece.isalpha() and piece not in self.special_cases:
            # letters only and no tokenizer exception (cannot, gonna): spaCy keeps it one token
            return a >= n_start and self.lemmas.get(piece, piece).lower() == key_last
        word = plain_word(piece, self.special_cases)
        if word is not None:  # tusks, / (horns). : spaCy splits the marks off, the word is its token
            start = a + word[0]
            if start <= n_end - 1 < start + len(word[1]):
                return start >= n_start and self.lemmas.get(word[1], word[1]).lower() == key_last
        for idx, word in self.tokens(piece):
            start = a + idx
            if start <= n_end - 1 < start + len(word):
                lemma = self.lemmas.get(word, word)  # what the lookup lemmatizer assigns
                return start >= n_start and lemma.lower() == key_last
        return False

    def tokens(self, piece: str) -> list[tuple[int, str]]:
        """(offset, text) of spaCy's English tokens of a piece holding no space."""
        if self._en_rules is not None and " " not in piece:
            # the port is a pure function of the piece at ~100k instructions a piece (spaCy's suffix
            # regex searched at every position, once per affix cut), and a piece comes back for each
            # hit inside it (export\ntotoaba: four) and in listings that repeat a phrase: kept (bounded)
            memo = self._token_memo
            got = memo.get(piece)
            if got is None:
                if self._en_tokens is None:
                    from .en_tokens import EnTokenizer

                    self._en_tokens = EnTokenizer(self._en_rules)
                if len(memo) >= _TOKEN_MEMO:
                    memo.clear()
                got = memo[piece] = tuple(self._en_tokens(piece))
            return got
        nlp = self.nlp_pipeline or self.nlp()
        return [(tok.idx, tok.text) for tok in nlp.tokenizer(piece)]


def plain_word(piece: str, special_cases) -> tuple[int, str] | None:
    """(offset, word) when `piece` is ASCII letters between opening marks and closing punctuation
    ("tusks,", "(horns).") and no string spaCy's tokenizer checks on the way is one of its
    exceptions (etc., mr.): then it splits the marks off and the word is one token, as on its own
    (tests compare this with the tokenizer over every key's last word). Else None: ask spaCy."""
    core = piece.lstrip(_OPENING)
    lead = len(piece) - len(core)
    core = core.rstrip(_CLOSING)
    if not (core and core.isascii() and core.isalpha()):
        return None
    head, tail = piece[:lead], piece[lead + len(core):]
    for j in range(lead + 1):
        for k in range(len(tail) + 1):
            if head[j:] + core + tail[:k] in special_cases:
                return None
    return lead, core
