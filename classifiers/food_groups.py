"""A food look-alike explains only its own species group's words (q53; train_mx2 "Left for code" 0149).

The lexicon's food look-alikes carry the group whose product they imitate or are mistaken for: 花胶 / fish
maw is the legal maw beside the totoaba's (totoaba), 素翅 / 碗仔翅 the vegetarian fin (other_wildlife), 虎皮青椒
a tiger word in a dish (tiger), 熊掌 as a dish name (bear). feature_kinds counts such a food as benign_food
(an ordinary dried-seafood or dish listing) unless its own group's product is strongly named or described.
In a year-goods or dried-seafood list ("鱼翅 + 花胶 年货 list: 排翅 big fin, species unsure; 花胶 RM 300")
the maw is one more item: it says nothing about the shark fin named beside it, whose species is unclear
(domain.md, LABELING.md: shark fin of unclear species is suspicious). So where the title names a product and
no named product is of a food's group, that food is no benign_food (a product only in the description, 像小熊爪
beside plant names that are food look-alikes, leaves the foods as they are); a food of no group (category none: soup, recipe, a
dish word) stays the post's frame. Hooked in features.extract after feature_kinds (whose compiled copy
is left as it is): only listings with benign_food and a named product pay for it.
"""
from __future__ import annotations

from .lexicon import PRODUCT_KINDS


def other_group_foods(f: dict, why: dict, matches: list) -> None:
    """Drop benign_food (and product_and_benign where nothing else benign stands) when every food look-alike
    behind it belongs to a species group no named product belongs to (module doc); in place."""
    foods = why.get("benign_food") or ()
    if not foods:
        return
    groups = {m.category for m in matches if m.kind in PRODUCT_KINDS and m.suppressed_by is None
              and not m.negated and not m.remote and not m.given}
    if not any(m.field == "title" and m.kind in PRODUCT_KINDS and m.suppressed_by is None and not m.negated
               for m in matches):
        return  # the product only in the description (像小熊爪 in a plant sale): the foods stay the post's frame
    if not groups:
        return
    for m in foods:
        if m.category == "none" or m.category in groups:
            return
    del f["benign_food"]
    why.pop("benign_food", None)
    if "product_and_benign" in f and not any(k.startswith("benign_") for k in f):
        del f["product_and_benign"]
        why.pop("product_and_benign", None)
