"""'App II' as a CITES appendix, not the software word 'app' (q28, issue 12, train_en13 left for code).

Keepers and dealers shorten the appendix: "galagos (App II)", "App. I species", "App I/II", "CITES app
2", "cites-app ii" [S: CITES Appendices; keepers' forum usage]. The lexicon's software entry (benign
context, cue digital: 'app', 'apk', 'plugin') read that 'app' as an app, a benign context that cleared
a papered primate and anything else beside it. A CITES appendix is a legal context, never software.

The 'app' is an appendix when a roman numeral (ii, iii; 'i' only before a stop, a bracket or a slash,
or after 'app.', since 'the app I use' is the pronoun) follows it, or when 'cites' is right before it
('CITES app 2'). What stays out: 'app' followed by anything else ('Tiger app for iPhone', 'rhino 3d app
v2', 'the app I use'). Called from match_rules.after_rules for a digital benign context hit only.
"""
from __future__ import annotations

import re

from .lazy_regex import lazy_compile

# after 'app': an optional dot, a roman numeral, then no letter or digit; a bare 'i' only after 'app.',
# before a stop, bracket or slash, or before a word of the listing ('App I species', 'App I and II')
_NUMERAL = lazy_compile(r"\.? ?(?:iii|ii)(?!\w)|\. ?i(?!\w)"
                         r"| ?i(?=\s?[)\]/,;:]|\.(?!\w)|$| (?:species|listed|listing|status|permits?|animals?|"
                         r"specimens?|birds?|reptiles?|and ii|or ii|& ii)\b)", re.IGNORECASE)
# a digit only in brackets or after 'cites' ('(App 2)', 'CITES app 2'): 'app 2' alone may be a version
_DIGIT = lazy_compile(r"\.? ?[123](?![\w.])")
_CITES_BEFORE = lazy_compile(r"cites[ -]?$", re.IGNORECASE)


def is_appendix(text: str, m) -> bool:
    """The 'app' hit m (digital benign context) is a CITES appendix: 'app' as written, with a roman
    numeral after it, or 'cites' right before it. text: as written (m.start/m.end index it; the
    normalised text squeezes 'ii' to 'i')."""
    if text[m.start:m.end].lower() != "app":
        return False
    return bool(_NUMERAL.match(text, m.end) or _CITES_BEFORE.search(text[max(0, m.start - 6):m.start])
                or (text[m.start - 1:m.start] == "(" and _DIGIT.match(text, m.end)))
