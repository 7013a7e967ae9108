"""A maw word and a Mexican origin in one sentence: the totoaba told by where it comes from (issue 12,
kind 3; train_en11 0205, "the dried maw that costs more than gold, only from Mexico").

The lexicon lists the phrasings (maw from mexico, mexican maw, 墨西哥花胶, bóng cá mễ); a seller who puts
words between the two ("the dried maw ... only from Mexico", "swim bladder, big size, Mexico origin")
is missed. domain.md (totoaba): the swim bladder of the Gulf of California's totoaba is the only maw
traded by its Mexican origin; croaker maw from elsewhere is legal food (花胶 as the lexicon's food cue).
So a maw or swim-bladder word and the country named as the goods' source (from Mexico, Mexico origin,
来自墨西哥; not 'flew to Mexico', nor the adjective 'Mexican', which is a cuisine: Mexican restaurant,
fish maw soup) in the same sentence, and nothing saying the maw is farmed
or of a legal species, read as a totoaba code word; the maw's own food cue in that sentence is dropped.
Runs only where the lexicon found the Mexican origin cue and no totoaba name (most texts: one test).

q41 (train_zh13 0113): a maw sold under a legal origin that the seller himself takes back ("花胶 巴西大公
（其实不是巴西的）", "标题写巴西是为了过审", "not really Brazilian", "không phải hàng Brazil") no longer
clears as food: the stated origin is the cover (domain.md, totoaba: sold as other croaker maw). Where a maw
food look-alike stands, a legal source country is denied or named as a label for the filter (a wink in its
clause, winked_covers.labelled), and the text also gives a totoaba sign (a totoaba code word or name such as
加利福尼亚湾, the Mexican origin, or a wink), the maw's food look-alikes are dropped. A seller who denies
one origin to name another legal one without any such sign ("不是巴西的，是秘鲁的") keeps the food cue.
"""
from __future__ import annotations

from .lazy_regex import lazy_compile
from .lexicon import Entry
from .winked_covers import labelled

ORIGIN = "墨西哥"  # the lexicon's Mexican origin cue (config/keywords/totoaba.yaml)
WEIGHT = 0.6  # as the lexicon's "'money' maw" beside a Mexican origin
_ENTRY: list = []
# a maw or swim-bladder word
# mx3: and the maw words a translation app writes for 花胶/鱼鳔/公肚 (flower glue/gum, fish bubble, male belly;
# not 'fish glue', also a woodworking glue), as sellers writing to Chinese buyers in English do (train_mx3: "flower glue big size from Mexico sea")
_MAW = lazy_compile(r"(?<![a-z])(?:maws?|swim ?blad+ers?|fish blad+ers?|air blad+ers?|buches?|blad+ers?|"
                    r"flower (?:glue|gum)s?|fish bub+les?|(?:male|female) bel+(?:y|ies))(?![a-z])|"
                    r"花胶|鱼胶|鱼肚|鱼鳔|鱼泡|鳔|bong bóng cá|bóng cá")
# the maw said farmed or of a legal species (or the cuisine adjective 'Mexican')
_DOUBT = lazy_compile(r"(?<![a-z])(?:farmed|farm[- ]raised|aquaculture|cultured|croaker|cod|hake|basa|pangasius|"
                      r"legal species|not from mexico|no totoaba|not totoaba|avoid|ban+ed|il+egal)(?![a-z])|养殖|鳕鱼|巴西|"
                      r"mexican")
_SENTENCE_BREAK = lazy_compile(r"\n|[。！？!?；;]|\.(?=\s|$)")
# the country as the goods' source: from / ex / product of / origin before it, origin after it
_SOURCE_BEFORE = lazy_compile(r"(?:(?<![a-z])(?:from|ex|of|origin|made in|caught in|sourced in|imported from)\s?[:：]?\s?(?:the\s)?"
                              r"|来自|产地[:：]?|产自|原产|直发)$")
_SOURCE_AFTER = lazy_compile(r"\s?(?:origin|sourced|caught|source|direct|来的|货|产|直发)")


def _entry() -> Entry:
    if not _ENTRY:
        _ENTRY.append(Entry(
            id=-1, term="maw from mexico", category="totoaba", kind="code_word", weight=WEIGHT, cue=None,
            label_hint=None, lang="en", source="EIA_TOTOABA (domain.md: totoaba maw traded by its Mexican origin)",
            file="classifiers/maw_origin.py", line=0, variants=("maw from mexico",)))
    return _ENTRY[0]


# the legal maw sources a totoaba maw is sold as (croaker and other maws: Brazil, Peru, South America,
# West Africa, India, Pakistan, Australia), in the normalised text (simplified, lower case)
_COVER_ORIGIN = lazy_compile(r"巴西|秘鲁|南美|乌拉圭|阿根廷|厄瓜多尔|智利|巴拿马|非洲|印度|巴基斯坦|澳洲|澳大利亚|缅甸|印尼|"
                             r"(?<![a-z])(?:brazil|brasil|peru|south america|uruguay|argentina|ecuador|chile|panama|africa|"
                             r"india|pakistan|australia)(?:n|ian)?(?![a-z])")
# a denial right before the origin (其实不是巴西的, 并非巴西, not really from Brazil, không phải hàng Brazil; the
# normalised text writes a doubled letter once: realy)
_DENIED_BEFORE = lazy_compile(r"(?:不是|并非|并不是|绝不是|不系|唔系|唔是|(?<![a-z])(?:not|isn'?t|never)(?: real+y| actual+y)?"
                              r"(?: from| of)?(?: the)?|không phải(?: từ| hàng| của)?|ko phải|k phải) ?$")


def _food_cover_denied(hits: list, t: str) -> list:
    """`hits` without the maw's food look-alikes where its stated legal origin is taken back and a totoaba
    sign stands (module doc, q41); as they were otherwise."""
    food = [m for m in hits if m.kind == "benign_context" and m.cue == "food" and m.category == "totoaba"
            and not m.negated]
    if not food:
        return hits
    winks = [m for m in hits if m.kind == "trade_cue" and m.cue == "wink" and not m.negated]
    if not winks and not any(m.category == "totoaba" and m.kind in ("name", "code_word") and not m.negated
                             or m.kind == "trade_cue" and m.canonical == ORIGIN and not m.negated for m in hits):
        return hits  # no totoaba sign: an honest correction of the source (不是巴西的，是秘鲁的)
    for g in _COVER_ORIGIN.finditer(t):
        if not (_DENIED_BEFORE.search(t, max(0, g.start() - 22), g.start()) or any(
                labelled(t, g.start(), g.end(), w) for w in winks)):
            continue
        other = _COVER_ORIGIN.search(t, g.end(), g.end() + 10)  # 不是巴西的，是秘鲁的: corrected to another source
        if other is None or any(c in t[g.end():other.start()] for c in "\n。.;；") or _DENIED_BEFORE.search(
                t, max(0, other.start() - 22), other.start()):
            gone = {id(m) for m in food}
            return [m for m in hits if id(m) not in gone]
    return hits


def _coded_food(hits: list, t: str, origins: list) -> list:
    """mx3: `hits` without the maw food cues that share a sentence (or the title line) with the Mexican origin
    where a totoaba code word or name is already found: the food reading the module drops beside its own code
    word is dropped beside the lexicon's too ("fish maw big size from Mexico sea"). The origin need not be
    written as a source here (the code word says it); 'Mexican' (a cuisine) and a farmed/legal-species doubt
    in the sentence keep the food cue."""
    food = [m for m in hits if m.kind == "benign_context" and m.cue == "food" and m.category == "totoaba"]
    if not food:
        return hits
    gone = set()
    for o in origins:
        if "mexican" in t[o.n_start:o.n_end]:
            continue
        a = max((g.end() for g in _SENTENCE_BREAK.finditer(t, 0, o.n_start)), default=0)
        g = _SENTENCE_BREAK.search(t, o.n_end)
        b = g.start() if g else len(t)
        if _DOUBT.search(t, a, b):
            continue
        gone.update(id(m) for m in food if a <= m.n_start < b)
    return [m for m in hits if id(m) not in gone] if gone else hits


def maw_origin(hits: list, t: str, make) -> list:
    """`hits` with a totoaba code word added where a maw word and the Mexican origin share a sentence
    (module doc). make(entry, term, t_span): a RawMatch for the maw word's span."""
    for m in hits:
        if m.kind == "benign_context" and m.category == "totoaba":
            hits = _food_cover_denied(hits, t)  # q41: 花胶 巴西大公（其实不是巴西的）
            break
    origins = [m for m in hits if m.kind == "trade_cue" and m.canonical == ORIGIN and not m.negated]
    if not origins:
        return hits
    # mx3: a totoaba code word already found (the lexicon's side-by-side 'from mexico sea', 墨西哥来的): only
    # the maw food cues beside the origin go (_coded_food)
    if any(m.category == "totoaba" and m.kind in ("name", "code_word") for m in hits):
        return _coded_food(hits, t, origins)
    for o in origins:
        written = t[o.n_start:o.n_end]
        if "mexican" in written:
            continue
        if not (written.startswith("from") or _SOURCE_BEFORE.search(t, max(0, o.n_start - 16), o.n_start)
                or _SOURCE_AFTER.match(t, o.n_end)):
            continue  # flew to Mexico: a place, not where the goods come from
        a = max((g.end() for g in _SENTENCE_BREAK.finditer(t, 0, o.n_start)), default=0)
        g = _SENTENCE_BREAK.search(t, o.n_end)
        b = g.start() if g else len(t)
        if _DOUBT.search(t, a, b):
            continue
        w = _MAW.search(t, a, b)
        if w is None:
            continue
        food = {id(m) for m in hits if m.kind == "benign_context" and m.category == "totoaba"
                and a <= m.n_start < b}
        kept = [m for m in hits if id(m) not in food]
        return kept + [make(_entry(), t[w.start():w.end()], w.span())]
    return hits


# q51 (train_en17 0065): the totoaba's home coast named with words between it and the maw ("swim bladder
# 0.9kg, from Baja", "fish maw, big, caught near San Felipe", 花胶 … 加州湾过来的). The lexicon joins the two
# only side by side (maw from baja, 加州湾花胶), and a text with a maw word and 'Baja' holds no product key,
# so the matcher's topical gate never let it reach this module. `gulf_near` is that gate's extra test:
# two substring tests first (GATE_WORDS below: no text without Baja or Sonora pays more), then the maw
# word, the coast as the goods' source and nothing saying farmed/legal species or a restaurant/trip in one
# sentence. 'Baja' alone, a Baja fish-taco stand or a San Felipe fishing charter is not topical. Words as
# written, lower case after the first letter ('BAJA' in capitals is not read, on either path alike).
# gulf_maw (topical texts only) looks for every place word; a field of ASCII only for the Latin ones.
_GULF_LATIN = ("aja", "elipe", "onora", "ortez", "alifornia")
_GULF_WORDS = _GULF_LATIN + ("加州", "加利福", "特斯")


def _place_word(text: str) -> bool:
    """Whether `text` holds one of the place words (substring tests only)."""
    for w in _GULF_LATIN if text.isascii() else _GULF_WORDS:
        if w in text:
            return True
    return False
_GULF = lazy_compile(r"(?<![a-z])(?:baja(?: california)?(?: sur)?|san felipe|sonora|sea of cortez|gulf of california|"
                     r"golfo de california|vinh california|vịnh california)(?![a-z])|加州湾|加州灣|加利福尼亚湾|"
                     r"加利福尼亞灣|科尔特斯海|科爾特斯海")
_GULF_SOURCE_BEFORE = lazy_compile(r"(?:(?<![a-z])(?:from|ex|of|origin|caught|fished|netted|sourced|imported|"
                                   r"shipped|direct|straight)(?: (?:in|near|off|at|from|out of|by))?(?: the)?"
                                   r"|từ|hàng|来自|来自于|來自|产自|產自|原产|原產|产地[:：]?|產地[:：]?|直发|直發)\s?[:：]?\s?$")
_GULF_SOURCE_AFTER = lazy_compile(r"\s?(?:origin|sourced|caught|source|direct|catch|about|goods|stock|"
                                  r"过来|過來|来的|來的|货|貨|产|產|直发|直發|về)")
# not the goods' source: a dish, a restaurant, a trip, a charter, a tour (besides _DOUBT's farmed/legal maw)
_GULF_DOUBT = lazy_compile(r"(?<![a-z])(?:soup|restaurants?|tacos?|menu|trips?|charters?|tours?|holidays?|"
                           r"vacation|hotel|resort|cruise|recipes?|cook\w*)(?![a-z])|餐厅|餐廳|汤|湯|旅游|旅遊|"
                           r"nhà hàng|canh|súp|du lịch")
# the maw words without a bare 'bladder' (a bladder-infection tea ships from Baja too)
_GULF_MAW = lazy_compile(r"(?<![a-z])(?:maws?|swim ?blad+ers?|fish blad+ers?|air blad+ers?|buches?|totoaba)(?![a-z])|"
                         r"花胶|鱼胶|鱼肚|鱼鳔|鳔|魚鰾|魚膠|花膠|魚肚|bong bóng cá|bóng cá|bong bong ca|bong ca")
GULF_WEIGHT = 0.65  # the coast is the totoaba's only home; a little more than the country


def _gulf_sentence(t: str):
    """The (maw start, maw end) of a maw word in one sentence with the Gulf of California named as the
    goods' source (comment above), or None. The title and the description's first sentence are read as one
    (the engine joins them with a newline: 'Swim bladder 0.9kg' / 'dried, from Baja')."""
    t = t.replace("\n", " ", 1)  # the seam, same length: the spans stand
    for g in _GULF.finditer(t):
        a = max((s.end() for s in _SENTENCE_BREAK.finditer(t, 0, g.start())), default=0)
        s = _SENTENCE_BREAK.search(t, g.end())
        b = s.start() if s else len(t)
        if not (_GULF_SOURCE_BEFORE.search(t, max(0, g.start() - 22), g.start())
                or _GULF_SOURCE_AFTER.match(t, g.end())):
            continue
        if _DOUBT.search(t, a, b) or _GULF_DOUBT.search(t, a, b):
            continue
        w = _GULF_MAW.search(t, a, b)
        if w is not None:
            return w.span()
    return None


# The gate's words: the two places that are no lexicon key of their own (San Felipe, Sea of Cortez, Gulf of
# California, 加州湾, 加利福尼亚湾, 科尔特斯海 and vịnh California are: their texts reach _find already).
# Two substring tests a field, as horn_initials' "RH": the batch check and the engine's scan test the same.
GATE_WORDS = ("aja", "onora")


def gulf_listing(title, description) -> bool:
    """gulf_near on a listing's title and description joined as the engine joins them (the caller has found
    a gate word in one of them); a field that is no string counts as empty."""
    title = title if title.__class__ is str else ""
    description = description if description.__class__ is str else ""
    return _gulf_sentence(f"{title}\n{description}".lower()) is not None


def gulf_near(text: str) -> bool:
    """Whether the raw `text` holds a maw word and Baja or Sonora as its source in one sentence (comment
    above); two substring tests first."""
    return ("aja" in text or "onora" in text) and _gulf_sentence(text.lower()) is not None


def gulf_maw(hits: list, t: str, text: str, make) -> list:
    """`hits` with a totoaba code word on the maw word where the normalised `t` names the Gulf of California
    as the maw's source in its sentence, and no totoaba term of that weight stands; the maw's food cue in
    that sentence is dropped. make(entry, term, t_span) as for maw_origin."""
    if any(m.category == "totoaba" and m.kind in ("name", "code_word") and m.weight >= GULF_WEIGHT
           and not m.negated for m in hits) or not _place_word(text):
        return hits
    span = _gulf_sentence(t)
    if span is None:
        return hits
    t = t.replace("\n", " ", 1)
    a = max((s.end() for s in _SENTENCE_BREAK.finditer(t, 0, span[0])), default=0)
    s = _SENTENCE_BREAK.search(t, span[1])
    b = s.start() if s else len(t)
    kept = [m for m in hits if not (m.kind == "benign_context" and m.category == "totoaba" and a <= m.n_start < b)]
    if not _GULF_ENTRY:
        _GULF_ENTRY.append(Entry(
            id=-1, term="maw from the gulf of california", category="totoaba", kind="code_word", weight=GULF_WEIGHT,
            cue=None, label_hint=None, lang="en",
            source="EIA_TOTOABA (domain.md: the totoaba lives only in the Gulf of California)",
            file="classifiers/maw_origin.py", line=0, variants=("maw from the gulf of california",)))
    return kept + [make(_GULF_ENTRY[0], t[span[0]:span[1]], span)]


_GULF_ENTRY: list = []
