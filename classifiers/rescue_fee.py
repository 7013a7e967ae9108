"""A rescue that asks money is a sale with a cover story (q20, issue 12 kind 3).

'Nhà mình cứu được bé tê tê ... ai nhận nuôi hỗ trợ phí thuốc 5 triệu', '救助了一只穿山甲 转给有缘人
需要一点营养费', 'rescued a slow loris, rehoming fee': the lexicon's conservation words (cứu hộ,
救助, rescue, 受伤的, mắc lưới) weigh heavily against a listing (they clear news and "where do I take
this injured pangolin?" posts), and here they clear the offer of a named protected animal or product.
A private rescuer who hands a protected animal over for a fee (nutrition money, medicine, fuel,
ransom) is selling it: the rescue is the story, the fee the price. So when a rescue word stands beside
a fee and a handover or offer, the conservation look-alikes are dropped (they are the story, not a
frame) and the fee counts as a price cue (a trade cue match on the fee's words).

What stays out: a rescue with no fee (news, a found animal taken to a centre); a fee with no rescue
word; a rescue that names no protected animal firmly (a shelter's dogs and cats: pets are no
products); a charity frame (donation, 捐款, WWF, quyên góp: a symbolic adoption or a fundraiser);
the animal handed to the rangers or a centre (bàn giao, 移交, handed over to); 'miễn phí' (free),
'chi phí' (a cost) and 'châu Phi' are no fee.
Runs in engine.raw_matches beside the other look-alike marks, on listings with a conservation
look-alike only; the regexes are compiled on first use.
"""
from __future__ import annotations

from .lazy_regex import lazy_compile
from .legal_regime import _PROHIBITED
from .lexicon import PRODUCT_KINDS
from .matcher import RawMatch
from .normalize import fold_diacritics
from .hook_gates import AnyWord, needs

# rescue vocabulary among the conservation look-alikes (as written, without tone marks, lower case)
_RESCUE = ("cuu ho", "cuu duoc", "giai cuu", "cuu song", "rescue", "救助", "救护", "救護", "救下", "救了")
# a charity frame (a donation, a symbolic adoption) or an authority's rescue: no private sale
_CHARITY = ("charity", "fundrais", "volunteer", "wwf", "ifaw", "捐", "公益", "义卖", "认养",
            "quyen gop", "tu thien",
            # the animal handed to an authority or centre, its costs paid by one: a rescue report
            "ban giao", "chuyen giao", "tiep nhan", "tai tro", "chi tra", "移交", "送往", "承担",
            "handed over", "handed to", "turned over", "funded by")
# q40: a donation is a charity frame unless it is asked for the animal handed to a home ("looking for
# experienced home, donation", price: donation); an organisation that takes donations stays a charity
_DONAT = "donat"
_HOME = lazy_compile(r"\b(?:experienced|new|forever|good|right|loving|permanent|suitable|private) (?:home|owner|keeper)s?\b"
                     r"|\brehom|\badopter|\bto (?:the )?right (?:person|people)\b")
_ORGANISATION = lazy_compile(r"sanctuar|\bzoo|\bcent(?:re|er)\b|non-?profit|\b501|foundation|\bngo\b|\btrust\b|society"
                             r"|registered|rspca|aspca|humane|wildlife (?:hospital|rehab)|rehabilitat|release")
# categories whose trade is banned or needs a permit (legal_regime's list) and live animals
_PROTECTED = _PROHIBITED | {"live_animal"}
# an offer among the matched trade cues
_OFFER_CUES = frozenset(("contact", "sale", "demand", "price"))


# a fee asked, in the folded (no tone marks, lower case) text; group 'offer': a fee that is itself the
# handover (ransom, rehoming fee)
_FEE = lazy_compile(
    r"(?P<offer>tien chuoc|(?:rehoming|re-homing|adoption|adopt) fee|领养费|转让费|赎金)"
    r"|营养费|随缘金|辛苦费|奶粉钱|医药费|药费|路费|红包|\d+\s*(?:元|块|rmb)"
    r"|(?<!mien )(?<!chau )(?<!chi )\bphi\b|tien (?:dau|cong|thuoc|an|xang|nuoi)|ung ho \d|chuyen \d"
    r"|\b\d+(?:[.,]\d+)?\s*(?:tr|trieu|k|nghin|ngan|vnd)\b"
    r"|\bfees?\b|[$£€]\s*\d|\b\d+\s*(?:usd|dollars|baht)\b")


# giving the animal to someone: adoption, taking it over, coming to fetch it
_HANDOVER = lazy_compile(r"领养|转给|转让|接手|找人接|有缘人|找家|nhan nuoi|ai nhan|qua don|den don|de lai|thi giao"
                         r"|rehom|adopt|take (?:him|her|it) home|new home")


def _rescue(term: str) -> bool:
    t = fold_diacritics(term.lower())
    return _ANY_RESCUE(t)


def _protected(m) -> bool:
    return (m.kind in PRODUCT_KINDS and m.category in _PROTECTED and m.suppressed_by is None and not m.negated
            and not (m.given or m.remote or m.diet)
            and (m.weight >= 0.5 or (m.entry is not None and m.entry.label_hint == "suspicious")))


# scope_marks gate (issue 13): returns unless a conservation look-alike
@needs(hits=(("benign_context", "conservation"),))
def mark(matches: list, texts: dict, lookalikes: list) -> None:
    """Drops the conservation look-alikes of a rescue that asks a fee for a protected animal or
    product, and adds the fee as a price cue. lookalikes: the benign-context matches."""
    story = [m for m in lookalikes if m.cue == "conservation" and not m.negated]
    if not story:
        return
    if not any(_rescue(m.term) for m in story):
        # q40: no rescue told, a donation asked for a live animal handed to a home ("capuchin needs an
        # experienced home, donation"): the donation is the price, as a rescue's fee is
        if not any(_DONAT in m.term.lower() for m in story) or not any(
                _protected(m) and m.category == "live_animal" for m in matches):
            return
    elif not any(_protected(m) for m in matches):
        return
    _fee_asked(matches, texts, lookalikes, story)


# q24: the rescue or find told in words the lexicon files under no look-alike (a hashtag #cuuho, nhặt về,
# picked it up in the forest): looked for in the text, as written lower case, then without tone marks
_TOLD = ("cứu", "cuu", "nhặt", "nhat", "救", "捡到", "rescue", "found")
_TOLD_FOLDED = lazy_compile(r"cuu ?ho|cuu duoc|giai cuu|nhat (?:ve|duoc|dc)|救助|救下|救了|捡到|rescued|found (?:it|him|her)")


def mark_unframed(matches: list, texts: dict) -> None:
    """A rescue or find of a protected live animal told without a conservation look-alike
    ('đi rừng gặp em này nhặt về #cuuho ... ai nhận nuôi phí 2tr'): the fee asked for the handover
    counts as a price cue, as in mark(). Runs when the listing has no look-alike (scope_marks)."""
    if not any(m.category == "live_animal" and m.kind in PRODUCT_KINDS and m.suppressed_by is None
               and not (m.negated or m.given or m.remote or m.diet) for m in matches):
        return  # a live animal of a listed group, however weakly named (🐒, vẹt): the rescue says it is alive
    title, desc = (texts.get("title") or "").lower(), (texts.get("description") or "").lower()
    if not any(w in title or w in desc for w in _TOLD):
        return
    if not _TOLD_FOLDED.search(fold_diacritics(title + "\n" + desc)):
        return
    _fee_asked(matches, texts, [], [])


def _fee_asked(matches: list, texts: dict, lookalikes: list, story: list) -> None:
    """The fee and the handover or offer of a rescue: drops the story's look-alikes and adds the
    fee as a price cue (none when a charity frame or no fee or offer is found)."""
    fee = None
    offer = any(m.kind == "trade_cue" and m.cue in _OFFER_CUES and not m.negated for m in matches)
    donation = _donation_asked(texts)
    if donation is not None:
        fee, offer = donation, True
    for field in ("title", "description"):
        text = texts.get(field) or ""
        folded = fold_diacritics(text.lower())
        if len(folded) != len(text):
            continue  # offsets would not be the text's (a character lower-cased into two)
        found = _FEE.search(folded)
        if found and fee is None:
            fee = (field, found.start(), found.end(), text[found.start():found.end()])
            offer = offer or bool(found.group("offer"))
        offer = offer or _HANDOVER.search(folded) is not None
        if any(w in folded for w in _CHARITY) or (donation is None and _DONAT in folded):
            return
    if fee is None or not offer:
        return
    dropped = {id(m) for m in story}
    matches[:] = [m for m in matches if id(m) not in dropped]
    lookalikes[:] = [m for m in lookalikes if id(m) not in dropped]
    field, start, end, term = fee
    if any(m.kind == "trade_cue" and m.field == field and m.start < end and start < m.end for m in matches):
        return  # the lexicon reads the fee already (营养费 as a sale cue)
    matches.append(RawMatch(term=term, canonical="rescue fee", category="none", kind="trade_cue", field=field,
                            start=start, end=end, cue="price", weight=0.5))


def _donation_asked(texts: dict) -> tuple | None:
    """q40: a donation asked as the price of an animal handed to a home: 'donation' as the price field, or
    a donation word in a text that looks for the animal's home (experienced home, rehoming), and no
    organisation named (a sanctuary, a centre, a registered charity take donations for their work).
    (field, start, end, term) of the donation word, or None."""
    title, desc = (texts.get("title") or "").lower(), (texts.get("description") or "").lower()
    price = (texts.get("price") or "").lower()
    if _DONAT not in title and _DONAT not in desc and _DONAT not in price:
        return None
    whole = title + "\n" + desc
    if _ORGANISATION.search(whole) or any(w in whole for w in _CHARITY):
        return None
    if _DONAT not in price and not _HOME.search(whole):
        return None
    for field, text in (("title", texts.get("title") or ""), ("description", texts.get("description") or ""),
                        ("price", texts.get("price") or "")):
        i = text.lower().find(_DONAT)
        if i >= 0 and len(text.lower()) == len(text):
            j = i + len(_DONAT)
            while j < len(text) and text[j].isalpha():
                j += 1
            return field, i, j, text[i:j]
    return None


# sp25 (issue 13): each `any(w in text for w in WORDS)` above in one automaton pass (hook_gates.AnyWord)
_ANY_RESCUE = AnyWord(_RESCUE)
