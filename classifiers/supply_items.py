"""A keeping supply sold as an item of its own beside an animal on another item of the list (q52, train_live3 0034).

'搬家清一下：1. 60cm鱼缸带过滤 150；2. 龟台两个 20；3. 不锈钢鸟笼 80；4. 还有一只大眼睛的小夜猴，白天缩成一团睡觉 …
没证，价格私聊': the fish tank reads as the goldfish pet look-alike (its entry holds 鱼缸, 水族箱), and a pet
look-alike anywhere clears the loris described on item 4 (described_live skips any benign context;
match_scope does not treat a pet as an item of its own, since a pet on a list is often the animal described).
A tank, a cage or a turtle dock is no pet: it is goods, sold on its own item. Here a pet look-alike whose
own words name a keeping supply (鱼缸, 水族箱, 鸟笼, 笼子, fish tank, aquarium, cage, terrarium, bể cá, lồng),
on a list line (inline_lots: separators, lots or numbered items), in an item holding no animal, while another
item of that line holds a live animal named or described, is marked `remote`: it covers nothing.

A supply in the title written as on such an item of the description is that item too (the title sums the list up).
What stays: a supply in the animal's own item ('小仓鼠连笼子'), a pet named (仓鼠, goldfish: not a supply word),
a supply on a line of its own or in prose ('送鱼缸'), a list with no animal on another item.
A scope mark (scope_marks.MARKS), gated on a pet look-alike.
"""
from __future__ import annotations

from .hook_gates import needs
from .inline_lots import is_list_line, item_index
from .lazy_regex import lazy_compile

_SUPPLY = lazy_compile(r"鱼缸|魚缸|水族箱|龟缸|龜缸|龟台|龜台|鸟笼|鳥籠|笼子|籠子|爬箱|饲养箱|飼養箱"
                       r"|\b(?:fish ?tanks?|tanks?|aquariums?|cages?|terrariums?|vivariums?|enclosures?)\b"
                       r"|bể cá|bể thủy sinh|\blồng\b|\bchuồng\b|hồ cá", flags=0)
_ANIMAL_KINDS = ("name", "code_word", "descriptor")
_ANIMAL_CATS = ("live_animal", "pangolin")


@needs(hits=(("benign_context", "pet"),))
def mark(matches: list, texts: dict, lookalikes: list) -> None:
    """Marks remote a keeping supply's pet look-alike on its own item of a list beside an animal (module doc)."""
    desc = texts.get("description") or ""
    pets = [b for b in lookalikes if b.cue == "pet" and not (b.negated or b.remote or b.given)
            and _SUPPLY.search(b.term.lower())]
    supplies = [b for b in pets if b.field == "description"]
    if not supplies:
        return
    animals = [m for m in matches if m.field == "description" and m.kind in _ANIMAL_KINDS
               and m.category in _ANIMAL_CATS and m.suppressed_by is None and not m.negated]
    if not animals:
        return
    for b in supplies:
        lo = desc.rfind("\n", 0, b.start) + 1
        hi = desc.find("\n", b.start)
        hi = len(desc) if hi < 0 else hi
        line = desc[lo:hi]
        if not is_list_line(line):
            continue
        own = item_index(line, b.start - lo)
        items = {item_index(line, m.start - lo) for m in animals if lo <= m.start < hi}
        if items and own not in items:
            b.remote = True
    # the title that sums up the list ('周末清仓 鱼缸 龟台 鸟笼 还有个小东西') names the same supply item
    sold = {b.term.lower() for b in supplies if b.remote}
    for b in pets:
        if b.field == "title" and b.term.lower() in sold:
            b.remote = True
