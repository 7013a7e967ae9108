"""'Golden jade' is a jade when the jade is named (train_en17, false flags).

The hornbill casque is traded in English as "golden jade" (hornbill.yaml's red ivory entry, HORNBILL_SCMP),
and golden-yellow nephrite and jadeite are sold under the same two words. A listing that names the jade
mineral or where it is mined (nephrite, jadeite, Hetian/Hotan, Xinjiang, Burmese, type A) or a gem-lab
report (NGTC, GIA) sells jade: the code word's hit is dropped, and the listing is judged by whatever else
it names. It stands where the casque shows through anyway: the casque, hornbill or red ivory named, the
red skin or rim over yellow, a bird's head, or a Borneo origin (domain.md: the helmeted hornbill is
poached in Borneo and Sumatra), so "golden jade, red skin on top, not nephrite lol" is still a casque.
"""
from __future__ import annotations

from .hit_lists import drop_where
from .hook_gates import needs
from .lazy_regex import lazy_compile

_CODE = "golden jade"  # the variant of the red ivory entry, as normalised
# the jade mineral, its mines or a gem-lab report (normalised: lower case)
_JADE = lazy_compile(r"(?<![a-z])(?:nephrite|jadeite|hetian|hotan|xinjiang|burmese jade|myanmar jade|type a|"
                     r"ngtc|gia report|gia jade|jade report|gem lab|gemological)(?![a-z])|和田玉|翡翠|碧玉|黄玉")
# the casque showing through: named, its red layer, a bird's head, a Borneo or Sumatra origin, a denied jade
_CASQUE = lazy_compile(r"(?<![a-z])(?:casques?|hornbills?|red ivory|helmeted|red (?:skin|rim|edge|top|layer|cap)|"
                       r"bird'?s? head|borneo|kalimantan|sarawak|sabah|sumatra|"
                       r"not (?:a |real )?(?:nephrite|jadeite|jade))"
                       r"(?![a-z])|鹤顶|盔犀鸟")


@needs(words=(_CODE,))
def jade_named(hits: list, t: str) -> list:
    """`hits` without the 'golden jade' code word where the jade is named and no casque tell stands (module doc)."""
    if not _JADE.search(t) or _CASQUE.search(t):
        return hits
    return drop_where(hits, lambda m: m.kind == "code_word" and m.category == "hornbill"
                      and t[m.n_start:m.n_end] == _CODE)
