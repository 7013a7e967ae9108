"""Legal-regime items (issue 12 kind 6) and Viet Nam's bear farms: a prohibited product offered with
a paper claimed beside it goes to a reviewer, who checks the paper.

A product whose trade is banned or needs a registration or an exemption (elephant ivory, rhino horn,
tiger and leopard parts, pangolin scales, hawksbill, hornbill casque, Vietnamese farm bear bile; a
primate or other animal the lexicon gives no App II status) is sometimes offered with a paper:
"có giấy trại", "có số đăng ký", "đăng ký với kiểm lâm", a certificate, "declared in 2005", "pre-1947
with certificate". The lexicon files some of these paper phrases as benign contexts, because for legal
stock (farmed softshell turtles, pythons, deer velvet, registered medicines) they do clear a listing;
on a prohibited product they are the claim a reviewer must check [S: domain.md §3 "Legal-channel
detectors lower scores but still route to review"; rhino horn "documented antiques may be owned but
not traded"; ivory: commercial sale banned in mainland China since 2017, Hong Kong 2021]. So here a
paper phrase, and a colour word describing the named item (ruột trắng ngà: the mammoth's core), are
not look-alikes that explain the product away.

Viet Nam's bear farms: bile farms are being phased out (247 bears left in Apr 2023 [S: domain.md,
ENV via GlobalGiving]); a farm's registration covers keeping chipped bears, not selling bile (the
lexicon's 'mật gấu nuôi' entry: extraction banned since 2005, ENV). So "trại có đăng ký" beside bear
bile is a paper to check, and "the bears went to a rescue centre" (cứu hộ) inside an offer is part of
the seller's story, not a post about the trade.

What stays out: a paper phrase with no prohibited product firmly named (ba ba giống có giấy trại,
thuốc bổ gan có số đăng ký); an App II live animal with its papers (features.live_papered); a
licensed Chinese bear-bile drug (国药准字: its own legal_drug_approval entry, not a Vietnamese paper
phrase); a post about the trade (two or more reporting/asking words: talk_about); any other
look-alike that says what the item is (a toy, a replica, a declared legal material, media, a brand).

hk1 (train_hk1 0199): pre-convention ivory (公約前) is suspicious with its AFCD licence and illegal without
(tests/data/README.md house rules), so an age claim that names no paper does not count as one where the
text denies the licence (a no-papers cue: 冇牌照, 冇證).

Runs in features.extract on the topical path only (after feature_kinds.extract): the
nothing-found path does not reach it.
"""
from __future__ import annotations

from .hook_gates import AnyWord
from .lexicon import PRODUCT_KINDS
from .normalize import fold_diacritics
from .ranger_papers import is_ranger_word
from .strict_listed import cites_permit_answers, strict_listed

# categories whose trade is banned or needs a registration/exemption (domain.md §1 product table)
_PROHIBITED = frozenset(("ivory", "pangolin", "rhino_horn", "tiger", "leopard", "hornbill", "turtle_shell", "bear"))
# words of a paper, registration or issuing office, as written (matched without tone marks)
_PAPER_WORDS = ("giay", "dang ky", "dang ki", "chung nhan", "xac nhan", "sdk", "so dk",
                "cert", "permit", "licen", "paper", "document", "registered", "registration",
                "证", "證", "登记", "登記", "执照", "執照")
# benign cues that only say what the item's colour or the provenance story is
_STORY_CUES = ("colour", "conservation")
# a rescue centre the animals went to (a conservation word that is part of a farm's story)
_RESCUE_WORDS = ("cuu ho", "rescue", "sanctuary", "救助", "救护", "救護")
# the bare captive-bred claim's entry (CB, 人工繁殖, captive bred: legal_channels.yaml), no document
_CB_CLAIM = "人工繁育"
_OFFER = ("cue_sale", "cue_price", "cue_contact", "contacts_found", "cue_demand")
# what a paper or a provenance story shows up as: a legal channel, or the benign contexts the lexicon
# files paper phrases (legal material, medicine), item colours and rescue stories under; a listing
# with none of them (most topical listings) is not read further
_GATE = ("legal_certificate", "legal_licence", "legal_exemption", "legal_captive_bred",
         "benign_legal_material", "benign_medicine", "benign_conservation", "benign_colour")


def _paper_phrase(term: str) -> bool:
    t = fold_diacritics(term.lower())
    return _ANY_PAPER_WORDS(t)


def is_paper_phrase(m) -> bool:
    """A benign context that is a paper phrase (giấy trại, đăng ký với kiểm lâm) or a ranger word as a
    paper's issuer (ranger_papers): on a papered App I animal, a paper (feature_kinds, q29)."""
    return _paper_phrase(m.term) or (m.cue == "legal_material" and is_ranger_word(m.term))


def _rescue(term: str) -> bool:
    t = fold_diacritics(term.lower())
    return any(w in t for w in _RESCUE_WORDS)


def _prohibited(m) -> bool:
    """A firmly named product of a banned trade, or a weakly named one the lexicon sends to review
    (mammoth ivory). Live animals are read here only if App I or primates (strict_listed, q16): other
    animals' papers are features.live_papered's (farmed pheasants, civets with a ranger's registration
    are legal stock)."""
    return (m.category in _PROHIBITED and (m.weight >= 0.5 or m.entry.label_hint == "suspicious")) or strict_listed(m)


def _offered_alive(m, f: dict) -> bool:
    """An App I animal or primate (strict_listed) offered as the animal itself, with its papers not
    denied: named in the title or with a live cue (not the leather of a farmed crocodile), and no
    no-papers cue (then it is an unpapered animal, not a paper to check)."""
    if f.get("cue_no_papers") or f.get("live_unpapered"):
        return False
    return m.field == "title" or bool(f.get("cue_live"))


def paper_unchecked(f: dict, why: dict, matches: list) -> None:
    """Sets f["paper_unchecked"] (model.decide sends the listing to review) when a prohibited product
    is offered with a paper claimed, or a Vietnamese bear-farm product with a rescue story, and the
    only look-alikes are the paper phrase itself, a colour of the item or the provenance story."""
    for k in _GATE:
        if f.get(k):
            break
    else:
        return
    if f.get("talk_about", 0.0) >= 0.6 or f.get("live_papered") or "no_product" in f:
        return
    products = [m for m in matches if m.kind in PRODUCT_KINDS and m.suppressed_by is None and not m.negated
                and not (m.given or m.remote or m.diet) and _prohibited(m)]
    if not products:
        return
    papers = [m for m in matches if not (m.given or m.remote or m.negated) and (
        (m.kind == "legal_channel" and m.cue in ("certificate", "licence", "exemption", "captive_bred"))
        or (m.kind == "benign_context" and (_paper_phrase(m.term) or (
            m.cue == "legal_material" and is_ranger_word(m.term)))))]  # giấy ... của kiểm lâm (ranger_papers)
    if papers and (f.get("cue_secrecy") or f.get("cue_no_papers")):  # "K có giấy tờ": the paper inside its denial
        denials = why.get("cue_secrecy", []) + why.get("cue_no_papers", [])
        papers = [p for p in papers if not any(d.field == p.field and d.n_start < p.n_end and p.n_start < d.n_end
                                               for d in denials)]
        # hk1: an age or exemption claim with no paper in it (公約前, pre-1947, an antique piano) beside a
        # licence the seller denies (冇漁護署牌照, 冇牌照): the age is the story of an unlicensed piece
        if why.get("cue_no_papers") and not any(_paper_phrase(p.term) for p in papers):
            papers = []
    if any(m.category == "live_animal" for m in products):  # App I animals and primates (strict_listed)
        products = [m for m in products if m.category != "live_animal" or (
            _offered_alive(m, f) and not cites_permit_answers(m, papers))]
        if not products:
            return
        if all(m.category == "live_animal" for m in products):  # q29: "CB" alone is the seller's word, no paper
            papers = [p for p in papers if not (p.kind == "legal_channel" and p.entry.term == _CB_CLAIM)]
    offer = any(f.get(k) for k in _OFFER)
    bear_story = (any(m.category == "bear" for m in products) and offer
                  and any(_rescue(m.term) for m in why.get("benign_conservation", ())))
    if not papers and not bear_story:
        return
    paper_benign = {id(m) for m in papers}
    live_strict = any(m.category == "live_animal" for m in products)
    for k in f:
        if not k.startswith("benign_") or not f[k]:
            continue
        cue = k[len("benign_"):]
        left = [m for m in why.get(k, ()) if id(m) not in paper_benign]
        if left and cue == "legal_material" and live_strict:  # a farm or captive-breeding claim is the claim itself
            continue
        if left and cue not in _STORY_CUES:
            return  # a look-alike that says what the item is: a toy, a replica, a declared material...
        if left and cue == "conservation" and not (offer and (papers or all(_rescue(m.term) for m in left))):
            return  # a police or ranger word with no paper or offer of the poster's own: news, a report
    f["paper_unchecked"] = 1.0
    why["paper_unchecked"] = products[:2] + papers[:2]


# sp25 (issue 13): each `any(w in text for w in WORDS)` above in one automaton pass (hook_gates.AnyWord)
_ANY_PAPER_WORDS = AnyWord(_PAPER_WORDS)
