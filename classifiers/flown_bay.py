"""'bay' as a flight, not the ✈ sell code (q24, issue 12 kind 7, Vietnamese).

Vietnamese sellers write 'bay' (the ✈ emoji, "fly") for bán (sell) to get past Facebook's filters
[S: TIASANG, the lexicon's 'bay' entry]. A personal shopper's post says the same word for the trip
she flies: 'chị bay chuyến cuối năm', 'em bay sang Nhật', 'tháng này mình bay về', 'vé máy bay'.
There the word has a person (or an aircraft, a ticket) before it, or a trip word after it, and it is
no sale cue.

What stays out: the emoji itself (✈ written as such is the code, whoever writes it); 'bay' with no
person, aircraft or tense word before it and no trip word after it ('bay 2 vòng ngà', 'hàng mới, bay
giá tốt'). Called from match_rules.after_rules for a sale cue whose term is 'bay' only.
"""
from __future__ import annotations

import re

from .lazy_regex import lazy_compile
from .normalize import fold_diacritics

# a person (pronoun or kin word), an aircraft or ticket, a trip right before the word (without tone marks)
_BEFORE = lazy_compile(r"(?:^|[\s,.;:!?(])(?:chi|em|anh|minh|toi|tui|tao|me|bo|ba|vo|chong|con|ban|ong|ba|co|chu|di|"
                        r"may|ve may|chuyen|duong|sap|moi|se|da|dang|vua|lai|thuong|hay|cung)\s$")
# a trip word right after it: where to, which flight, when
_AFTER = lazy_compile(r"\s(?:chuyen|sang|qua|ve|di|ra|vao|vo|tu|toi|den|len|xuong|nhat|han|my|uc|thai|sg|hn|"
                       r"thang|tuan|ngay|dot)\b")


def is_flight(t: str, text: str, m) -> bool:
    """The 'bay' hit m speaks of a flight: not the emoji as written, with a person, aircraft or
    tense word before it or a trip word after it. t: the normalised text (m.n_start/n_end index it);
    text: as written (m.start/m.end)."""
    if "✈" in text[m.start:m.end]:
        return False
    before = fold_diacritics(t[max(0, m.n_start - 12):m.n_start])
    after = fold_diacritics(t[m.n_end:m.n_end + 8])
    return bool(_BEFORE.search(before) or _AFTER.match(after))
