"""An App I / China class I / Viet Nam IB animal described (not named firmly), offered with no paper (q52).

train_live3 'Left for code' (labels): 'Big cobalt blue macaw, yellow eye ring, 4 years, talks. No docs' (the
hyacinth), '背上有星星的乌龟 … 无证' (a star tortoise), 'Long arms, swings all day, sings loud at sunrise' (a
gibbon), '黑底黄点，舌头分叉 … 水里岸上都能待' (a water monitor): strict_listed.strict_unpapered labels an animal of
the house rule's illegal list illegal only when its NAME is written (射纹龟, hyacinth macaw, gibbon); described,
or named by its group word only (macaw, 陆龟, 猴仔, 大四脚蛇), the learned label says suspicious. The lexicon
already has descriptors that point at one such species (descriptors.yaml: the star tortoise's shell rays, the
hyacinth's cobalt and eye ring, the African grey's grey body and red tail, the gibbon's arms and song, the
king cobra's snake diet, the big-headed turtle's head, the water monitor's size and tongue, the red panda's
ringed tail, the otter-free ones below). One of them, not negated or covered, offered (a sale, price,
contact, live, wild or no-papers cue, a price in the price field, or the described_offer / priced_unpapered / vague_live_framed floors
of the same listing), with no paper, look-alike or reviewer's rule in the way and no live-animal name other
than a group word of that species' own group, sets strict_unpapered: model.decide labels a flagged listing
illegal (a listing the learned score clears is not flagged by this; it only names the label).

What stays out: a paper of any kind named, any benign or legal context (a plush, a pet named), a post about
the trade, an owner's question, a guess or an identification question (what is it, 是什么龟, con gì), a found
animal given away, another species named firmly (a savannah monitor, a sulcata), a descriptor of another
group than the name's (a parrot that 'sings'). Called from features.extract after the live-animal floors.
"""
from __future__ import annotations

from .described_live import priced_field  # a price in the price field, not the placeholder
from .lazy_regex import lazy_compile
from .strict_listed import _OFFERED

# descriptor canonical (descriptors.yaml) -> the group words of the same animal that may stand beside it
_PARROTS = frozenset(("鹦鹉", "大型鹦鹉", "金刚鹦鹉"))
_TORTOISES = frozenset(("陆龟",))
_PRIMATES = frozenset(("猴子", "小猴", "猕猴"))
_LIZARDS = frozenset(("大四脚蛇", "巨蜥"))
_SPECIES = {
    # radiated / star tortoises (App I)
    "辐射纹": _TORTOISES, "星星花纹": _TORTOISES, "shelled babies with the star pattern": _TORTOISES,
    "sunburst shell": _TORTOISES, "放射状的花纹": _TORTOISES, "star shell ones": _TORTOISES,
    "yellow radiating lines": _TORTOISES,
    # gibbons (App I, China I, VN IB)
    "手臂特别长": _PRIMATES, "荡来荡去": _PRIMATES, "没尾巴的猴": _PRIMATES, "sings at sunrise": _PRIMATES,
    # slow loris (App I, China I, VN IB) by what only a loris does
    "tiny big-eyed monkey": _PRIMATES, "咬人有毒": _PRIMATES, "raises its arms": _PRIMATES,
    "bite makes you swell": _PRIMATES, "mắt như hạt nhãn": _PRIMATES, "leo cây chậm": _PRIMATES,
    "晚上先出嚟": _PRIMATES,
    # orangutan (App I)
    "shaggy orange hair": _PRIMATES,
    # king cobra (China I, VN IB)
    "eats other snakes": frozenset(), "吃别的蛇": frozenset(),
    # big-headed turtle (App I, VN IB), sea turtles (App I, China I)
    "can't pull its head in": frozenset(), "有鳍的龟": frozenset(),
    # water monitor (China I, VN IB), Komodo dragon (App I)
    "大蜥蜴": _LIZARDS, "biggest lizard": _LIZARDS,
    # clouded leopard (App I)
    "cloud-shaped blotches": frozenset(),
    # hyacinth macaw, African grey (App I)
    "全身宝蓝": _PARROTS, "全身灰 红尾": _PARROTS,
    # red panda (App I)
    "尾巴一圈圈": frozenset(),
}
# the listing's own floors say it is offered too (a price in the price field with a description, a deposit)
_FLOORS = ("described_offer", "priced_unpapered", "vague_live_framed")
_NO = ("paper_unchecked", "held_question", "talk_about", "negated_product", "live_papered", "strict_unpapered",
       "item_is_other", "category_benign")
# the seller asks what the animal is, hedges on the species, claims to have bred it (a bare captive-bred claim
# is no paper, but a reviewer checks it), or gives a found one away: a reviewer identifies it
_ASKED = lazy_compile(r"what (?:is|kind|species|type)|identify|\bid\b|not sure|unsure|什么龟|什么鸟|什么猴|是什么|是啥|啥品种|"
                      r"什么品种|不知道|不确定|不清楚|唔知|係咩|乜嘢|請教|请教|con gì|loài gì|giống gì|không rõ|không biết|"
                      r"繁殖|自繁|自己繁|\bbred\b|\bcb\b|captive|nhà đẻ|sinh sản"
                      r"|\bfound\b|\bfree\b|捡到|撿到|捡的|撿的|送有缘|免费|免費")


def described_strict(f: dict, why: dict, matches: list, listing) -> None:
    """Sets strict_unpapered for a house-rule species described and offered with no paper (module doc)."""
    if listing is None or any(f.get(k) for k in _NO):
        return
    if not (any(f.get(k) for k in _OFFERED) or any(f.get(k) for k in _FLOORS) or priced_field(listing)):
        return
    for k in f:
        if k.startswith(("legal_", "benign_")) and f[k]:
            return
    descs = [m for m in matches if m.kind == "descriptor" and m.canonical in _SPECIES and m.suppressed_by is None
             and not (m.negated or m.given or m.remote or m.held)]
    if not descs:
        return
    groups = set().union(*(_SPECIES[m.canonical] for m in descs))
    for m in matches:
        if m.kind in ("name", "code_word", "product_form") and m.suppressed_by is None and not m.negated:
            if m.category != "live_animal" or m.canonical not in groups:
                return  # another animal or product named: its own rules decide
    title, desc = listing.get("title"), listing.get("description")
    text = "\n".join(s for s in (title, desc) if isinstance(s, str)).lower()
    if _ASKED.search(text):
        return
    f["strict_unpapered"] = 1.0
    why["strict_unpapered"] = descs[:2]
