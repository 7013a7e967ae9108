"""A cover material the seller himself calls a filter dodge is denied (issue 12, q41: train_zh13 0075).

A seller who writes a replica or legal material and says in the same clause that he wrote it to get
past the platform ("树脂仿古牌（写树脂是怕被删）", "标树脂防和谐", "写牛骨是为了过审", "树脂只是为了过审",
"為了過審才寫樹脂") takes the cover back as plainly as "不是树脂" does: the material named is the label, not
what the piece is. So the look-alike named inside such a wink (a labelling verb 写/标/填 before it or 是
after it, the wink's phrase in the same clause) is denied, and with it every look-alike of the same
entry in the listing and the replica words written in one run with it (树脂仿古: 仿古 is the same label).
feature_kinds then reads the denied cover as a wink (negated_benign_material), as for 不是树脂.

Not a wink about something else in the clause: the material must be written as the label (写/标 before
it, or 是/只是 between it and the wink), within a few characters of the wink; "材质写树脂，你买回去试" with
no wink in that clause denies nothing. Runs in match_rules.after_rules where a wink and a replica or
legal-material look-alike are both hits (hook_gates: the wink), before the denial rules read `negated`.
"""
from __future__ import annotations

from .hook_gates import needs
from .lazy_regex import lazy_compile

_CUES = ("replica", "legal_material")
# the labelling verb right before the material: 写树脂, 标的树脂, 写成牛骨, 标注树脂, 填的树脂
_LABEL_BEFORE = lazy_compile(r"(?:写|标|标注|填|挂)(?:的是|的|成|着|了|个|上)?$")
# between the material and a wink after it: nothing, or 是 / 只是 / 就是 / 是因为 (树脂只是为了过审)
_GAP_AFTER = lazy_compile(r"(?:的)?[\s,，]?(?:只是|就是|其实是|是因为|是|因为|主要是|纯粹是)?[\s,，]?")
# between a wink before the material and it: 为了过审才写树脂, 怕被删所以标的树脂
_GAP_BEFORE = lazy_compile(r"^[\s,，]?(?:才|所以|就|只好|只能|才会|我才|我就)?$")
_NEAR = 8  # characters at most between the material and the wink


@needs(hits=(("trade_cue", "wink"),))  # hook_gates: nothing to do without a wink
def deny_winked_covers(hits: list, t: str) -> None:
    """Marks negated the look-alikes a wink in their clause calls a label for the filter (module doc)."""
    winks = [m for m in hits if m.kind == "trade_cue" and m.cue == "wink" and not m.negated]
    if not winks:
        return
    covers = [m for m in hits if m.kind == "benign_context" and m.cue in _CUES and not m.negated]
    if not covers:
        return
    named = [c for c in covers if any(labelled(t, c.n_start, c.n_end, w) for w in winks)]
    if not named:
        return
    keys = {c.canonical for c in named}
    words = {t[c.n_start:c.n_end] for c in named}
    denied = [c for c in covers if c.canonical in keys or any(w in t[c.n_start:c.n_end] for w in words)]
    for c in covers:  # a replica word written in one run with a denied one (树脂仿古: 仿古)
        if c not in denied and c.cue == "replica" and any(
                d.n_start < c.n_end and c.n_start < d.n_end for d in denied):
            denied.append(c)
    for c in denied:
        c.negated = True


def labelled(t: str, a: int, b: int, w) -> bool:
    """Is t[a:b] (a look-alike, a cover origin: maw_origin.py) written as the label that wink w explains
    (same clause, a few characters apart)?"""
    if a < w.n_end and w.n_start < b:
        return False  # the wink's own words (问就是树脂: the wink entry speaks for itself)
    if b <= w.n_start <= b + _NEAR:
        gap = t[b:w.n_start]
        if "\n" in gap or not _GAP_AFTER.fullmatch(gap):
            return False
        return bool(_LABEL_BEFORE.search(t, max(0, a - 3), a)) or gap.strip(" ,，的") != ""
    if w.n_end <= a <= w.n_end + _NEAR:
        gap = t[w.n_end:a]
        head = _LABEL_BEFORE.search(gap)
        return "\n" not in gap and head is not None and bool(_GAP_BEFORE.match(gap[:head.start()]))
    return False
