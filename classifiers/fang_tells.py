"""A groove or a hollow root told of a bare fang (q44, train_vi14 0084: "Chiếc nanh vàng cũ dài 8cm, thợ bảo là
nanh heo rừng nhưng cong ít, có rãnh giữa"): nanh, fang, canine and 牙 alone are no product words, so the
lexicon's fang tells (nanh có rãnh máu, chân nanh rỗng) match only written as one phrase; a seller who describes
a fang in his own words (the groove in the middle, a blood groove, a hollow root, 血槽, 牙根空心) a few words
away from it gives the big cat's canine's tell all the same. Where a bare fang word and such a tell share a
sentence, the tell is read as a tiger descriptor (appearance): one tell, a hint the model weighs, as a
lexicon tell is. Only in listings the lexicon already made topical: letting a text with no lexicon word past
the pre-filter took a regex scan of every ordinary listing (several us a line), so such a text stays ordinary.

Stay out: a fang named for another animal (nanh heo rừng, dog fang, 狼牙: the fang word followed or preceded by
its animal), a knife's fuller (dao có rãnh máu, blood groove on a blade, 刀 血槽), teeth at the dentist (nha
khoa, nướu, dental, 牙科), fossils (hóa thạch, fossil, 化石: a Spinosaurus tooth's flutes), and a listing that
already names a tiger part or has a tiger tell. Called by the matcher after its after_rules, for listings the
lexicon made topical; a substring test decides first.
"""
from __future__ import annotations

from .hook_gates import AnyWord
from .lazy_regex import lazy_compile
from .lexicon import PRODUCT_KINDS, Entry

WEIGHT = 0.4  # as the lexicon's 'nanh có rãnh máu' (vietnamese.yaml, vi14)
FANG_TELL = "groove or hollow root on a fang"
_ENTRY: list = []
_SENTENCE = lazy_compile(r"[^\n.!?。！？;；]+")
# a fang word alone: not followed (vi: nanh heo) or preceded (en: dog fang) by another animal
_FANG = lazy_compile(
    r"(?<![^\W\d_])nanh(?! (?:heo|lợn|chó|sói|voi|hà mã|cá sấu|rắn|mèo|khỉ|gấu|hổ|cọp|báo|beo))(?![^\W\d_])"
    r"|(?<![^\W\d_])(?<!dog )(?<!wolf )(?<!boar )(?<!pig )(?<!snake )(?<!vampire )(?<!shark )(?<!bear )"
    r"(?:fangs?|canines?)(?![^\W\d_])|獠牙|犬齿|犬牙|(?<![狼狗猪象鲨虎豹熊鳄蛇])牙(?!科|医|龈|刷|膏|签|线|套)")
_TELL = lazy_compile(
    r"(?<![^\W\d_])rãnh(?! nướu)(?![^\W\d_])|(?:chân|gốc|lõi|ruột) (?:nanh )?rỗng|"
    r"(?<![^\W\d_])(?:blo{1,2}d )?gro{1,2}ve[sd]?(?![^\W\d_])|blo{1,2}d channel|hol{1,2}ow (?:ro{1,2}t|base|core)|pulp cavity|"
    r"血槽|牙根空心|空心牙根|牙根是空的|髓腔")
_STAY_OUT = lazy_compile(
    r"(?<![^\W\d_])(?:dao|kiếm|rựa|mã tấu|nha khoa|niềng|nướu|hóa thạch|knife|knives|blade|sword|dagger|bayonet|dental|"
    r"dentist|orthodont\w*|fos{1,2}il\w*|spinosaurus|dinosaur|megalodon|resin|plastic|replica|nhựa)(?![^\W\d_])|"
    r"刀|剑|牙科|牙医|正畸|化石|树脂|仿")
_CJK_FANG_TELLS = ("血槽", "牙根空心", "空心牙根", "牙根是空的", "髓腔")
# the tells' words as the normalised text writes them (a doubled letter once: grove, holow, blod)
_TELL_WORDS = ("rãnh", "rỗng", "grove", "groove", "holow", "hollow", "channel", "pulp") + _CJK_FANG_TELLS


def _entry() -> Entry:
    if not _ENTRY:
        _ENTRY.append(Entry(
            id=-1, term=FANG_TELL, category="tiger", kind="descriptor", weight=WEIGHT,
            cue="appearance", label_hint=None, lang=None,
            source="VN_NANHHO (the blood groove and hollow root of a real tiger fang)",
            file="classifiers/fang_tells.py", line=0, variants=(FANG_TELL,)))
    return _ENTRY[0]


def fang_tells(hits: list, t: str, make) -> list:
    """`hits` with a tiger descriptor added on a groove or hollow-root word that shares a sentence with a bare
    fang word (module doc). make(entry, term, t_span): a RawMatch for the span in t."""
    if not ("nanh" in t or "fang" in t or "canine" in t or "牙" in t):
        return hits
    if not _ANY_TELL_WORDS(t):
        return hits
    if any(m.category == "tiger" and (m.kind == "descriptor" or (m.kind in PRODUCT_KINDS and not m.negated))
           for m in hits):
        return hits  # a tiger part named or a lexicon tell already there
    for s in _SENTENCE.finditer(t):
        a, b = s.span()
        tell = _TELL.search(t, a, b)
        if tell is None or _FANG.search(t, a, b) is None or _STAY_OUT.search(t, a, b) is not None:
            continue
        if "\u4e00" <= t[tell.start()] <= "\u9fff" and t[tell.start():tell.end()] not in _CJK_FANG_TELLS:
            continue
        return hits + [make(_entry(), t[tell.start():tell.end()], tell.span())]
    return hits


# sp25 (issue 13): each `any(w in text for w in WORDS)` above in one automaton pass (hook_gates.AnyWord)
_ANY_TELL_WORDS = AnyWord(_TELL_WORDS)
