"""Impact preview of a lexicon change: what the lexicon with the change would flag or miss,
before it goes live (issue 11). Pure: classifiers and listings in, figures out; the store is
read by review/proposals.py.

Only listings that contain one of the changed entries' keys (any variant, generated forms
included, in the squeezed pre-filter form) can be assessed differently, so the rest are assessed
once (labeled data: they count in precision/recall before and after alike) or not at all (the
undecided listings: one Aho-Corasick pass each). That keeps a preview over 100,000 stored
listings quick.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ahocorasick_rs import AhoCorasick

from classifiers import Classifier, Lexicon
from classifiers.evaluate import Item, Scores
from classifiers.model import POSITIVE
from classifiers.normalize import add_emoji_words, squeeze

SAMPLE = 25  # listings shown per list
SNIPPET = 400  # characters of each text shown
SHOWN_TLP = ("CLEAR", "GREEN")  # only these cases' text may be shown to volunteers
Progress = Callable[[str, int, int | None], None]


def _sig(e) -> tuple:
    return (e.term, e.variants, e.category, e.kind, e.cue, e.weight, e.label_hint, e.needs_epithet, e.form)


def changed_entries(before: Lexicon, after: Lexicon) -> list:
    """The entries of either lexicon that the other does not have exactly (by content)."""
    a = {_sig(e) for e in before.entries}
    b = {_sig(e) for e in after.entries}
    return [e for e in before.entries if _sig(e) not in b] + [e for e in after.entries if _sig(e) not in a]


class DeltaFilter:
    """Does a listing contain one of the changed entries' keys (over-matching, never missing)?"""

    def __init__(self, entries: list, emoji_words: dict):
        # The emoji the lexicons write out as words (🦡 -> 獾), installed in the normaliser as the
        # classifier's matcher does: without them a listing that writes the term as an emoji is
        # squeezed without the emoji-to-word step and missed, whenever no classifier of the
        # changed lexicon was built in this process before (a fresh worker, a benchmark).
        add_emoji_words(emoji_words)
        keys = sorted({sq for _, sq, _, _ in Lexicon(entries=entries, version="delta", emoji_words=emoji_words).keys()})
        self.keys = keys
        self._ac = AhoCorasick(keys) if keys else None

    def __call__(self, listing: dict) -> bool:
        if self._ac is None:
            return False
        text = "\n".join(str(listing.get(k) or "") for k in ("title", "description", "price", "price_text", "seller"))
        return bool(self._ac.find_matches_as_indexes(squeeze(text)))


def _mask_contacts(text: str, contacts: list) -> str:
    """Contact handles (WeChat, QQ, phone...) replaced by [contact]: volunteers never see them."""
    for c in contacts:
        value = c.value if hasattr(c, "value") else c.get("value", "")
        if value:
            text = re.sub(re.escape(value), "[contact]", text, flags=re.IGNORECASE)
    return text


def _shown(listing: dict, assessment, delta_terms: set[str]) -> dict:
    """What a preview shows of one listing: title and description (contacts masked, cut) and
    the matches of the changed entries at their offsets in that text."""
    contacts = list(assessment.contacts)
    out = {"id": str(listing.get("id") or listing.get("listing_id") or ""), "fields": {}}
    for name in ("title", "description"):
        text = str(listing.get(name) or "")[:SNIPPET]
        spans = sorted((m.start, m.end) for m in assessment.matches
                       if m.field == name and m.canonical in delta_terms and m.end <= len(text))
        parts, at = [], 0
        for start, end in spans:  # [[text, highlighted?], ...]: the template escapes each part
            if start < at:
                continue
            parts.append([_mask_contacts(text[at:start], contacts), False])
            parts.append([_mask_contacts(text[start:end], contacts), True])
            at = end
        parts.append([_mask_contacts(text[at:], contacts), False])
        out["fields"][name] = [p for p in parts if p[0]]
    return out


@dataclass
class Side:
    scores: Scores = field(default_factory=Scores)


def _pct(x):
    return None if x is None else round(x, 4)


def _figures(s: Scores) -> dict:
    return {"n": s.n, "tp": s.tp, "fp": s.fp, "fn": s.fn, "tn": s.tn, "precision": _pct(s.precision),
            "recall": _pct(s.recall), "f1": _pct(s.f1)}


@dataclass
class Known:
    """A listing's result read back from review/preview_cache.py: score and label are all the
    figures need; the rare listing whose flag changes is assessed again for its matches."""
    score: float
    label: str

    @property
    def flagged(self) -> bool:
        return self.label != "benign"  # as the classifier decides `flagged`


def labeled_impact(name: str, listings: Iterable[dict], before: Classifier, after: Classifier,
                   delta: DeltaFilter, delta_terms: set[str], progress: Progress | None = None,
                   may_show: Callable[[dict], bool] = lambda _: True, known: list | None = None,
                   record: tuple[list, list] | None = None) -> dict:
    """Precision/recall/F1 before and after on labeled listings (label: illegal|suspicious|benign),
    and the listings whose flag changes (shown only when `may_show` allows).

    `known`: the before classifier's (score, label) of each labeled listing in order, kept from an
    earlier preview; `record`: two lists that receive the (score, label) before and after."""
    b, a = Scores(), Scores()
    newly, no_longer, hidden = [], [], 0
    n = newly_n = dropped_n = i = 0
    for listing in listings:
        n += 1
        gold = str(listing.get("label") or "")
        if gold not in ("illegal", "suspicious", "benign"):
            continue
        old = Known(*known[i]) if known is not None else before.assess(listing)
        i += 1
        new = after.assess(listing) if delta(listing) else old
        if record is not None:
            record[0].append((old.score, old.label))
            record[1].append((new.score, new.label))
        b.add(Item(listing=listing, gold=gold, f={}, pred_score=old.score, pred_label=old.label))
        a.add(Item(listing=listing, gold=gold, f={}, pred_score=new.score, pred_label=new.label))
        if old.flagged != new.flagged:
            if isinstance(old, Known):
                old = before.assess(listing)
            target = newly if new.flagged else no_longer
            newly_n += new.flagged
            dropped_n += not new.flagged
            if not may_show(listing):
                hidden += 1
            elif len(target) < SAMPLE:
                shown = _shown(listing, new if new.flagged else old, delta_terms)
                shown.update(gold=gold, before=[old.label, round(old.score, 3)], after=[new.label, round(new.score, 3)],
                             right=(new.flagged == (gold in POSITIVE)))
                target.append(shown)
        if progress and n % 500 == 0:
            progress(name, n, None)
    return {"name": name, "before": _figures(b), "after": _figures(a), "newly_flagged": newly,
            "no_longer_flagged": no_longer, "hidden": hidden, "newly_n": newly_n, "no_longer_n": dropped_n}


def undecided_impact(listings: Iterable[dict], before: Classifier, after: Classifier, delta: DeltaFilter,
                     delta_terms: set[str], progress: Progress | None = None,
                     may_show: Callable[[dict], bool] = lambda _: True) -> dict:
    """How many listings nobody decided would be flagged now that were not, and the reverse."""
    n = candidates = newly_n = dropped_n = 0
    newly, dropped = [], []
    for listing in listings:
        n += 1
        if progress and n % 5000 == 0:
            progress("undecided listings", n, None)
        if not delta(listing):
            continue
        candidates += 1
        old, new = before.assess(listing), after.assess(listing)
        if old.flagged == new.flagged:
            continue
        if new.flagged:
            newly_n += 1
            if may_show(listing) and len(newly) < SAMPLE:
                newly.append({**_shown(listing, new, delta_terms), "before": [old.label, round(old.score, 3)],
                              "after": [new.label, round(new.score, 3)]})
        else:
            dropped_n += 1
            if may_show(listing) and len(dropped) < SAMPLE:
                dropped.append({**_shown(listing, old, delta_terms), "before": [old.label, round(old.score, 3)],
                                "after": [new.label, round(new.score, 3)]})
    return {"n": n, "containing_change": candidates, "newly_flagged": newly_n, "no_longer_flagged": dropped_n,
            "newly_sample": newly, "no_longer_sample": dropped}


def examples_impact(must_match: list[str], must_not_match: list[str], after: Classifier,
                    delta_terms: set[str], op: str = "add") -> list[dict]:
    """Each example assessed with the change (sigma-test's must-match / must-not-match):
    - a term (add, add_variants, change): must-match passes when it is flagged and a changed
      entry matches in it; must-not-match passes when it is not flagged;
    - a benign look-alike (add_benign): must-match passes when the look-alike matches and the
      listing is not flagged; must-not-match (a real trade listing) passes when still flagged;
    - a retired term: must-match (real hits) pass when still flagged without it, must-not-match
      (its false flags) when no longer flagged."""
    out = []
    for want, texts in ((True, must_match), (False, must_not_match)):
        for text in texts:
            listing = {"title": text, "description": ""}
            a = after.assess(listing)
            hit = any(m.canonical in delta_terms and not m.negated and (op == "add_benign" or not m.suppressed_by)
                      for m in a.matches)
            if op == "add_benign":
                ok = (hit and not a.flagged) if want else a.flagged
            elif op == "retire":
                ok = a.flagged if want else not a.flagged
            else:
                ok = (a.flagged and hit) if want else not a.flagged
            out.append({"text": text[:SNIPPET], "must_match": want, "flagged": a.flagged, "label": a.label,
                        "score": round(a.score, 3), "term_matched": hit, "passed": bool(ok),
                        "fields": _shown(listing, a, delta_terms)["fields"]})
    return out
