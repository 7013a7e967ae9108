"""spaCy's English tokenizer, ported, so the inflection check never has to import spaCy.

segmenters.Segmenters.inflected_end asks which token of a piece of text holds a match's last character (tusks
-> tusk, horny -> no). Importing spaCy for that costs ~1.2 s, paid by every process that meets one
awkward piece (#pangolin, anti-poaching, cites-exempt). This is spaCy's Tokenizer (tokenizer.pyx:
_tokenize_affixes, _split_affixes, _attach_tokens, _apply_special_cases) in Python, run on the
rules spaCy itself hands out (`rules()`: its prefix, suffix, infix and URL patterns, its special
cases, and the token sequences its special-case matcher looks for), stored in the lexicon cache.
Its own cache changes no answer (a piece always tokenises the same way), so it is left out. Tests
compare this with spaCy's tokenizer over the dev and demo texts and generated pieces.
"""
from __future__ import annotations

import re

import _sre


def rules() -> dict:
    """What the tokenizer needs from spaCy's English, as plain data (built once, with spaCy)."""
    import spacy
    from spacy.attrs import intify_attrs
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer

    nlp = spacy.blank("en")
    tok = nlp.tokenizer
    if tok.token_match is not None or not tok.faster_heuristics:
        raise ValueError("spaCy's English tokenizer changed: en_tokens.py does not port it")
    patterns = {}
    for name in ("prefix_search", "suffix_search", "infix_finditer", "url_match"):
        p = getattr(tok, name).__self__
        patterns[name] = (p.pattern, p.flags)
    special = {orth: tuple(intify_attrs(t, _do_deprecated=True)[ORTH] for t in subs) for orth, subs in tok.rules.items()}
    # the special-case matcher's phrases: each such rule as the tokenizer splits it without special
    # cases (a tokenizer with no rules, spaCy's own _tokenize_affixes(string, False))
    plain = Tokenizer(nlp.vocab, rules={}, prefix_search=tok.prefix_search, suffix_search=tok.suffix_search,
                      infix_finditer=tok.infix_finditer, token_match=None, url_match=tok.url_match)
    phrases = []
    for orth in sorted(tok.rules):
        if tok.find_prefix(orth) or tok.find_infix(orth) or tok.find_suffix(orth) or " " in orth:
            words = tuple(t.text for t in plain(orth))
            if words:
                phrases.append((words, orth))
    return {"patterns": patterns, "special": special, "phrases": tuple(phrases), "sre": compiled_forms(patterns)}


def compiled_forms(patterns: dict) -> dict:
    """Each pattern as re.compile hands it to _sre.compile (re._compiler.compile's steps): the
    code re's compiler makes of it, plain data for the lexicon cache. Compiling spaCy's suffix,
    infix and URL patterns costs ~120 ms, paid by every process at its first English topical
    listing; the cache's key names the Python, and _sre.MAGIC is checked again on use."""
    try:
        from re import _compiler, _parser
    except ImportError:  # another Python's re: the patterns are compiled as usual
        return {}
    out = {}
    for name, (pattern, flags) in patterns.items():
        try:
            p = _parser.parse(pattern, flags)
            code = _compiler._code(p, flags)
        except AttributeError:
            return {}
        groupindex = dict(p.state.groupdict)
        indexgroup = [None] * p.state.groups
        for k, i in groupindex.items():
            indexgroup[i] = k
        out[name] = (_sre.MAGIC, pattern, int(flags | p.state.flags), tuple(map(int, code)), p.state.groups - 1, groupindex,
                     tuple(indexgroup))
    return out


def compile_pattern(name: str, pattern: str, flags: int, forms: dict | None) -> re.Pattern:
    """re.compile(pattern, flags), from its compiled form (compiled_forms) when there is one for
    this pattern and this re engine."""
    form = (forms or {}).get(name)
    if form is not None and form[0] == _sre.MAGIC and form[1] == pattern:
        try:
            return _sre.compile(form[1], form[2], list(form[3]), form[4], dict(form[5]), tuple(form[6]))
        except (TypeError, ValueError, RuntimeError, OverflowError):  # not this engine's code after all
            pass
    return re.compile(pattern, flags)


class EnTokenizer:
    """Tokens of a text as spaCy's English tokenizer gives them: [(offset, text), ...]."""

    def __init__(self, data: dict):
        p, forms = data["patterns"], data.get("sre")
        self._prefix = compile_pattern("prefix_search", *p["prefix_search"], forms).search
        self._suffix = compile_pattern("suffix_search", *p["suffix_search"], forms).search
        self._infix = compile_pattern("infix_finditer", *p["infix_finditer"], forms).finditer
        self._url = compile_pattern("url_match", *p["url_match"], forms).match
        self._special = data["special"]
        phrases: dict[str, list] = {}
        for words, orth in data["phrases"]:
            phrases.setdefault(words[0], []).append(words)
        self._phrases = phrases

    def __call__(self, text: str) -> list[tuple[int, str]]:
        if " " in text:
            raise ValueError("pieces hold no space (a space gives spaCy a flag this port leaves out)")
        words: list[str] = []
        start = 0
        in_ws = bool(text) and text[0].isspace()
        for i, ch in enumerate(text):  # runs of whitespace and of the rest, as _tokenize_affixes cuts them
            if ch.isspace() != in_ws:
                if start < i:
                    self._span(text[start:i], words)
                start = i
                in_ws = not in_ws
        if start < len(text):
            self._span(text[start:], words)
        if self._phrases:
            words = self._apply_special_cases(words)
        out = []
        at = 0
        for w in words:
            out.append((at, w))
            at += len(w)
        return out

    def _span(self, span: str, words: list[str]) -> None:
        special = self._special
        hit = special.get(span)
        if hit is not None:
            words.extend(hit)
            return
        prefixes: list[str] = []
        suffixes: list[str] = []
        string = span
        last_size = 0
        while string and len(string) != last_size:  # _split_affixes
            if string in special:
                break
            last_size = len(string)
            m = self._prefix(string)
            pre_len = m.end() - m.start() if m is not None else 0
            if pre_len:
                prefix, minus_pre = string[:pre_len], string[pre_len:]
                if minus_pre and minus_pre in special:
                    string = minus_pre
                    prefixes.append(prefix)
                    break
            m = self._suffix(string[pre_len:])
            suf_len = m.end() - m.start() if m is not None else 0
            if suf_len:
                suffix, minus_suf = string[-suf_len:], string[:-suf_len]
                if minus_suf and minus_suf in special:
                    string = minus_suf
                    suffixes.append(suffix)
                    break
            if pre_len and suf_len and pre_len + suf_len <= len(string):
                string = string[pre_len:-suf_len]
                prefixes.append(prefix)
                suffixes.append(suffix)
            elif pre_len:
                string = minus_pre
                prefixes.append(prefix)
            elif suf_len:
                string = minus_suf
                suffixes.append(suffix)
        words.extend(prefixes)  # _attach_tokens
        if string:
            hit = special.get(string)
            if hit is not None:
                words.extend(hit)
            elif self._url(string):
                words.append(string)
            else:
                start = 0
                for m in self._infix(string):
                    s, e = m.start(), m.end()
                    if s == 0:
                        continue
                    if s != start:
                        words.append(string[start:s])
                    if s != e:
                        words.append(string[s:e])
                    start = e
                if string[start:]:
                    words.append(string[start:])
        words.extend(reversed(suffixes))

    def _apply_special_cases(self, words: list[str]) -> list[str]:
        """Special cases that span tokens the affix rules cut (the tokenizer's phrase matcher)."""
        found = []
        phrases = self._phrases
        n = len(words)
        for i, w in enumerate(words):
            for p in phrases.get(w, ()):
                if tuple(words[i:i + len(p)]) == p:
                    found.append((i, i + len(p)))
        if not found:
            return words
        found.sort(key=lambda s: (s[1] - s[0], -s[0]))  # len_start_cmp: the longest, then the first, wins
        seen: set[int] = set()
        kept = []
        for s, e in reversed(found):
            if s not in seen and (e - 1) not in seen:
                kept.append((s, e))
            seen.update(range(s, e))
        kept.sort()
        out: list[str] = []
        i = 0
        for s, e in kept:
            out.extend(words[i:s])
            text = "".join(words[s:e])
            out.extend(self._special.get(text, words[s:e]))
            i = e
        out.extend(words[i:n])
        return out
