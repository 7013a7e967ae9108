"""A kitten word is the head of the wild cat described beside it (q48, live2-0152: 'Mèo con lông đốm lạ,
hoang dã': a kitten with odd spotted fur, half wild).

The lexicon files the generic young-cat words (mèo con, kitten, kitty, 小猫咪, 猫咪, 奶猫) as a legal pet
(a house kitten: cub and live cues are benign with it). When the same listing names or describes a wild
cat (a Felidae entry: lông đốm như báo, lai mèo rừng, 豹猫, leopard cat; a leopard or tiger), the kitten
word says what age the wild cat is, not that it is a house cat: the pet hit is dropped and the wild cat is
read as the item. Breed names (英短, Bengal, 孟加拉豹猫) are not kitten words and stay.

What stays out: a kitten with no wild cat named or described, a wild cat that is covered (a leopard-print
collar, a Bengal breed, a plush) or denied ('không phải mèo rừng').
"""
from __future__ import annotations

from .hook_gates import needs
from .lexicon import PRODUCT_KINDS

# the generic young-cat words of the pet entries (as normalised: kitten -> kiten, kitty -> kity)
_KITTEN_WORDS = frozenset(("mèo con", "kiten", "kitens", "kity", "kities", "小猫咪", "猫咪", "奶猫", "小猫"))
_WILD_CATS = ("leopard", "tiger")
_WILD_CAT_NAMES = ("豹猫",)  # the leopard-cat entry carries no taxon


def _wild_cat(m) -> bool:
    return (m.kind in PRODUCT_KINDS or m.kind == "descriptor") and m.suppressed_by is None and not m.negated and (
        "Felidae" in (m.entry.taxon or "") or m.category in _WILD_CATS or m.canonical in _WILD_CAT_NAMES)


@needs(hits=(("benign_context", "pet"), ("benign_context", "other")))  # hook_gates: a pet word is there
def drop_kitten_head(hits: list, t: str) -> list:
    """`hits` without the kitten pet words when a wild cat is named or described (module doc)."""
    kittens = [m for m in hits if m.kind == "benign_context" and m.cue in ("pet", "other") and not m.negated
               and t[m.n_start:m.n_end] in _KITTEN_WORDS]
    if not kittens or not any(_wild_cat(m) for m in hits):
        return hits
    return [m for m in hits if m not in kittens]
