"""What lets a listing past the compiled rejecter (_matchfast.Reject) in the batch path: a few
readings need no lexicon key in the squeezed text, so the rejecter alone would drop them. The
matcher's own not-topical exits ask the same (unkeyed_reading)."""
from __future__ import annotations

import re

from ._textfast import has_astral, has_quote
from .carried_colours import carried_listing, carried_near
from .horn_initials import near as rh_near
from .markup_text import has_markup
from .maw_origin import gulf_listing, gulf_near
from .normalize import RADICAL_FOLDS


def lets_through(reject, emoji: frozenset, title: str, description: str, quoted_name, markup_keys: tuple = ()):
    """A Reject that also lets through a listing whose title or description holds an animal emoji
    (scan() reads those for an animal apart from its part, apart_pairs) or names a product once a
    quote mark inside the name is taken out (Tanduk "badak": quoted_names; the compiled check
    squeezes with the marks kept) or holds markup, an entity or a URL (read as shown: markup_text):
    the batch path stays the engine's own. One plain function for
    both (cheaper to call than an object's __call__ or a second wrapper: this runs on every line)."""
    # one regex scan of the text (frozenset.isdisjoint(text) makes a str of every character: ~100
    # instructions a character, more than the whole compiled Reject on a long Chinese description)
    search = emoji_search(emoji) if emoji else None

    def check(listing, _reject=reject, _search=search, _keys=(title, description), _astral=has_astral,
              _quote=has_quote, _quoted=quoted_name, _markup_keys=markup_keys, _markup=has_markup,
              _folds=RADICAL_FOLDS, _rh=rh_near, _gulf=gulf_listing, _carried=carried_listing):
        folds = _folds[0]
        said = _reject(listing)
        if said is True:
            if _folds[0] != folds:  # a radical folded (象⺇牙: filler_chars): the engine's own path reads it
                return False
            gulf = carried = False
            for key in _keys:
                text = listing.get(key)
                if text.__class__ is str:
                    if _search is not None and _astral(text) and _search(text) is not None:
                        return False
                    if _quote(text) and _quoted(text):
                        return False
                    if "RH" in text and _rh(text):  # horn_initials: Genuine RH, full horn (q49)
                        return False
                    gulf = gulf or "aja" in text or "onora" in text  # maw_origin.GATE_WORDS (q51)
                    carried = carried or "回" in text or "带" in text or "帶" in text or "过" in text or "過" in text
            if gulf and _gulf(listing.get(_keys[0]), listing.get(_keys[1])):  # swim bladder ... from Baja (q51)
                return False
            if carried and _carried(listing.get(_keys[0]), listing.get(_keys[1])):  # 非洲回来带了…很白，留言 (zh19)
                return False
            for key in _markup_keys:  # markup_text: an entity or a tag inside a word reads otherwise
                text = listing.get(key)
                if text.__class__ is str and _markup(text):
                    return False
        return said

    return check


def emoji_search(emoji: frozenset):
    """The search method of a regex for any of these characters."""
    return re.compile("[" + "".join(re.escape(c) for c in sorted(emoji)) + "]").search


def unkeyed_reading(text: str) -> bool:
    """A reading that needs no lexicon key in the text, so the not-topical exits must let it through:
    bare RH a few words from a horn form (horn_initials, q49), a maw from the Gulf of California with
    words between (maw_origin.gulf_near, q51), colour goods carried back from Africa or a border market
    (carried_colours.carried_near, zh19). lets_through's batch check asks the same per listing."""
    return ("RH" in text and rh_near(text)) or gulf_near(text) or carried_near(text)
