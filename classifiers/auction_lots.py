"""A lot's provenance line is no news source (q20, issue 12 kind 2).

An auction catalogue describes each lot with the same lines: 拍品 9 ... 来源：英国私人旧藏 ...
估价：GBP 3,000-5,000 (Lot 12 ... Provenance: ... Estimate: ...). The lexicon reads '来源：' (source:)
as the credit line of a reposted news story (a media look-alike, which clears quoted trade words);
in a lot description it says whose collection the piece came from, and the lot is offered for bids:
an auction is a sale (domain.md: auctions reposting ads; trade_cues' 'online bidding' entry). So when
the listing has a lot frame (拍品, 估价, lot number, estimate, auction) and its only media words are
such provenance lines, those look-alikes are dropped and the lot frame counts as a sale cue.

What stays out: news about an auction (据报道, 记者, a reporting word beside '来源：' is still news);
'来源：' with no lot frame (a reposted story); a lot frame with nothing wildlife named is never read
(this runs on topical listings with a media look-alike only; regexes compiled on first use).
"""
from __future__ import annotations

from .lazy_regex import lazy_compile
from .matcher import RawMatch
from .normalize import fold_diacritics
from .hook_gates import needs

# media look-alikes that are a catalogue's provenance line (as matched, lower case)
_PROVENANCE = ("来源", "provenance")
# a lot offered for bids: its number, its estimate, the sale it belongs to
_LOT_FRAME = lazy_compile(r"拍品|估价|估價|拍卖|拍賣|起拍|\blot\s*(?:no\.?\s*)?#?\s*\d+|\bestimate[sd]?\b|\bauction"
                          r"|dau gia|gia uoc tinh")


# scope_marks gate (issue 13): returns unless a media look-alike
@needs(hits=(("benign_context", "media"),))
def mark(matches: list, texts: dict, lookalikes: list) -> None:
    """Drops provenance-line media look-alikes in a lot description and adds the lot frame as a
    sale cue. lookalikes: the benign-context matches."""
    media = [m for m in lookalikes if m.cue == "media"]
    if not media or not all(any(w in m.term.lower() for w in _PROVENANCE) for m in media):
        return
    frame = None
    for field in ("title", "description"):
        text = texts.get(field) or ""
        folded = fold_diacritics(text.lower())
        if len(folded) != len(text):
            continue  # offsets would not be the text's
        found = _LOT_FRAME.search(folded)
        if found:
            frame = (field, found.start(), found.end(), text[found.start():found.end()])
            break
    if frame is None:
        return
    dropped = {id(m) for m in media}
    matches[:] = [m for m in matches if id(m) not in dropped]
    lookalikes[:] = [m for m in lookalikes if id(m) not in dropped]
    if not any(m.kind == "trade_cue" and m.cue in ("sale", "price") for m in matches):
        field, start, end, term = frame
        matches.append(RawMatch(term=term, canonical="auction lot", category="none", kind="trade_cue", field=field,
                                start=start, end=end, cue="sale", weight=0.5))
