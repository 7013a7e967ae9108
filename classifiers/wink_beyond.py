"""A wink that points past the legal pet listed: the pet is the cover (q43; train_en15 0043 "Sugar glider AND
a 'special' one ... something special for experienced keepers, can't post here. DM", 0097 "Ball pythons
hatchlings ... Ask for the others 👀").

A legal pet named (pets.yaml: sugar glider, ball python, 玉米蛇, rùa tai đỏ) outweighs its description and
its live cues, and its benign weight cancelled the wink beside it. But a wink about OTHER animals than
the one listed (ask about the special ones, the rare ones, the others, something special, can't post
here; 还有特殊的, 稀有品种私聊, 不方便发出来; mấy bé đặc biệt, không đăng được) says the listing is a shop
window for goods the seller will not name: domain.md §6 (legal-product cover, "captive-bred" claims),
LABELING.md (live animals that may be protected: suspicious). So the pet is read as a cover name, as a
pet word in quotation marks is ('puppy'): `quoted` set on its match, which features read as a cover
material, and the wink beside it as a cover story (model.decide: suspicious at least).

What stays out: a pet listing that offers more of the same kind ("ask about other colours / morphs /
sizes", "more babies available", 其他颜色私聊): those are no wink entries, and "ask about the others in
the litter" names the same kind right after the wink; a wink that is about the
listed item itself with no pointer past it ("the special one" of a clutch, "you know what it is");
a wink denied (không phải...); and any listing where no legal pet is named (legal materials beside a
wink are features.cover_with_wink's already).
Runs in engine.raw_matches after the quoted-cover marks, on listings with a wink hit only (one test).
"""
from __future__ import annotations

from .normalize import fold_diacritics

# what makes a wink point at other goods: a plural or 'other', a rarity, or a thing the seller cannot post
_PAST = ("other", "ones", "rare", "special", "can't post", "cannot post", "cant post", "can't list", "cannot list",
         "can't show", "not allowed to post", "not listed", "特殊", "特别", "稀有", "别的", "其他", "不能发", "不方便发",
         "不能挂", "不能上架", "特殊", "特別", "稀有", "不能發", "不方便發", "dac biet", "hiem", "khong dang",
         "ko dang", "khong tien dang")


# what the 'others' are when the seller says so: more of the same animals ("the others in the litter")
_SAME_KIND = ("litter", "clutch", "same", "colour", "color", "morph", "size", "sex", "male", "female", "sibling",
              "brother", "sister", "窝", "窩", "颜色", "顏色", "同胎", "màu", "lứa", "size")


def _points_past(m, texts: dict) -> bool:
    t = fold_diacritics(m.term.lower())
    if not any(p in t for p in _PAST):
        return False
    after = (texts.get(m.field) or "")[m.end:m.end + 30].lower()  # "ask about the others in the litter"
    return not any(w in after for w in _SAME_KIND)


def mark(matches: list, texts: dict) -> None:
    """Marks a legal pet named beside a wink that points past it as a cover name (module doc)."""
    winks = pets = None
    for m in matches:
        if m.kind == "trade_cue" and m.cue == "wink" and not (m.negated or m.remote or m.given):
            winks = True if winks is None else winks
        elif m.kind == "benign_context" and m.cue == "pet" and not (m.negated or m.remote or m.given or m.diet):
            pets = [m] if pets is None else pets + [m]
    if not (winks and pets):
        return
    if not any(_points_past(m, texts) for m in matches if m.kind == "trade_cue" and m.cue == "wink"
               and not (m.negated or m.remote or m.given)):
        return
    for p in pets:
        p.quoted = True
