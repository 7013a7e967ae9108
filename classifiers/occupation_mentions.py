"""A ranger or police word that is a relative's job is no conservation talk (q20, issue 12 kind 6/2).

The lexicon reads kiểm lâm, công an, 森林公安, 林业局 and police as conservation words: a post that calls
the rangers, reports a seller or tells of a seizure offers nothing. In a family story they are the
job of the person the goods came from: 'bố em hồi trước làm kiểm lâm ... 2 cái nanh và 5 cái móng,
ai cần thì mua', '我爸以前是森林公安，留下几片甲', 'my late uncle was a police officer, these were in his
drawer' - the job is the provenance story (often of confiscated goods), not a frame about the trade.
So such a word right after a relative and a job verb (làm, là, 是, 当过, was, worked as) is dropped.

What stays out: the rangers or police acting (gọi kiểm lâm, 报了森林公安, called the police, kiểm lâm
bắt): no job verb before the word; a job verb with no relative (the rangers' own notice).
Runs in engine.raw_matches beside the other look-alike marks, on listings with a conservation
look-alike only; the regexes are compiled on first use.
"""
from __future__ import annotations

from .lazy_regex import lazy_compile
from .normalize import fold_diacritics
from .hook_gates import AnyWord, needs

# conservation look-alikes that are an occupation (as matched, lower case, without tone marks)
_JOBS = ("kiem lam", "cong an", "police", "ranger", "warden", "森林公安", "林业局", "林業局", "护林", "護林", "警察")
_BACK = 30  # characters of the clause before the word read for the relative and the job verb

# the text right before the word (folded, lower case) ends with a relative and a job verb
_KIN_VI = r"\b(?:bo|ba|cha|ong|ong noi|ong ngoai|chu|bac|cau|duong|anh|anh trai|chong|me|di|em trai|con trai)\b"
_KIN_ZH = r"(?:爸|爹|父亲|父親|爷爷|爺爺|外公|姥爷|舅|叔|伯|老公|丈夫|哥|弟|儿子|兒子|家里人|家人)"
_KIN_EN = r"\b(?:dad|father|grandfather|grandpa|granddad|uncle|husband|brother|son|relative)\b"
_VERB_VI = r"\b(?:lam|la|tung lam|tung la|lam ben|lam o|lam nghe|lam trong nganh|nghi huu tu|ve huu tu|xuat than)\s*$"
_VERB_ZH = r"(?:是|当过|當過|做过|做過|干过|幹過|曾是|在|退休前是|以前是|原来是|原來是)\s*$"
_VERB_EN = r"\b(?:was|is|worked as|served as|used to be|retired as|retired from)(?:\s+(?:an?|the|in the))?\s*$"
_JOB_BEFORE = lazy_compile(rf"(?:{_KIN_VI}[^.,;!?\n]*{_VERB_VI}|{_KIN_ZH}[^。，,；;！!？?\n]*{_VERB_ZH}"
                           rf"|{_KIN_EN}[^.,;!?\n]*{_VERB_EN})")


def _job(term: str) -> bool:
    t = fold_diacritics(term.lower())
    return _ANY_JOBS(t)


# scope_marks gate (issue 13): returns unless a conservation look-alike
@needs(hits=(("benign_context", "conservation"),))
def mark(matches: list, texts: dict, lookalikes: list) -> None:
    """Drops occupation look-alikes that name a relative's job. lookalikes: the benign-context matches."""
    jobs = [m for m in lookalikes if m.cue == "conservation" and _job(m.term)]
    if not jobs:
        return
    dropped = set()
    for m in jobs:
        text = texts.get(m.field) or ""
        before = fold_diacritics(text[max(0, m.start - _BACK):m.start].lower())
        if _JOB_BEFORE.search(before):
            dropped.add(id(m))
    if dropped:
        matches[:] = [m for m in matches if id(m) not in dropped]
        lookalikes[:] = [m for m in lookalikes if id(m) not in dropped]


# sp25 (issue 13): each `any(w in text for w in WORDS)` above in one automaton pass (hook_gates.AnyWord)
_ANY_JOBS = AnyWord(_JOBS)
