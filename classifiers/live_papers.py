"""Does a live animal on sale come with papers shown: the live-animal part of the feature pass
(feature_kinds.extract calls live_listed once it knows the listing's named products). A live animal of
a group CITES lists, offered with no papers, rehomed or found, goes to a reviewer (live_listed,
live_unpapered); an App II animal with papers that can be shown (a certificate, a licence, a legal-source
proof or a breeder's document, none of them pending) and nothing doubting them is a pet sale
(live_papered); a papered App I animal or primate stays in review (PAPERED_APP_I).

Plain Python, and compiled as it is with feature_kinds.py: classifiers/_feature_kinds.pyx includes this
file after feature_kinds.py, so its compiled functions replace the ones feature_kinds imported from here
(rebuild the extensions after editing this file; tests compare the compiled pass with the Python one). So
no `from __future__` import here, and no Cython-only syntax.
"""
from .matcher import RawMatch
from .paper_claims import buyer_requires_papers, moves_off_platform, rehoming_answered
from .legal_regime import is_paper_phrase
from .strict_listed import appendix, cites_permit_answers, strict_listed, unpapered_illegal


# q24: a key of f that is no model feature (the learned parts skip it): the papered animal is App I or a
# primate, which model.decide still sends to a reviewer when it is named outright (by design)
PAPERED_APP_I = "papered_app_i"
_SALE_CUES = ("cue_sale", "cue_contact", "cue_price", "cue_wild", "cue_demand", "cue_no_papers")
# papers that can be shown: a certificate, a licence, a legal-source proof (合法来源证明 is filed as an exemption)
_PAPERS_SHOWN = ("legal_certificate", "legal_licence", "legal_exemption")
_PAPERS = ("legal_captive_bred",) + _PAPERS_SHOWN
_MARK = "脚环"  # q30: the entry of leg rings and chips (legal_channels.yaml): a mark on the animal, shown with its papers
_CB_CLAIM = "人工繁育"  # the entry of the bare claim (captive bred, CB, 人工繁殖: legal_channels.yaml), no document
# what doubts the papers (contact: only a move to another app, paper_claims.moves_off_platform)
_PAPERS_DOUBTED = ("cue_wink", "cue_secrecy", "cue_wild")


def live_listed(f: dict, why: dict, live: list[RawMatch]) -> bool | None:
    """A live animal of a group CITES lists offered for sale: with no papers, or rehomed/found, it goes
    to a reviewer; an App II animal with its papers and nothing doubting them is a pet sale. Papers
    named answer a rehoming story, and make a buyer's demand a request for papered animals
    (paper_claims). True when it turned benign contexts into papers (_papers_not_benign)."""
    listed = [m for m in live if m.entry.cites in ("I", "II") or m.category == "live_animal"]
    if not listed:
        return
    if _shown(f, why):
        rehoming_answered(f, why)  # 转让 / rehoming beside a licence: no claim that there are none
        if len(listed) == len(live) and not _doubted(f, why):
            buyer_requires_papers(f, why)  # 求购…带证: a legal channel, not live-animal demand
    if len(listed) == len(live) and _papered(f, why, listed):  # the animal itself, not a part (plastron)
        f["live_papered"] = 1.0
        why["live_papered"] = listed + [m for k in _PAPERS for m in why.get(k, ())]
        if f.get("cue_secrecy") and _in_person(why):  # q26: 面交 with the permit transferred: no secrecy
            del f["cue_secrecy"], why["cue_secrecy"]
        if any(m.entry.cites == "I" or strict_listed(m) for m in listed):
            f[PAPERED_APP_I] = 1.0  # no model feature: model.decide keeps a papered App I animal in review
            return _papers_not_benign(f, why)
        return
    # a wild-caught word (野生, wild caught, bắt rừng) on live-animal names says the animal is alive and
    # has no captive papers; on a part (野生穿山甲片) it says nothing about a live sale
    if not (f.get("cue_live") or f.get("cue_no_papers")
            or (f.get("cue_wild") and all(m.category == "live_animal" for m in listed))):
        return
    f["live_listed"] = 1.0
    why["live_listed"] = listed
    legal = any(k.startswith("legal_") for k in f)
    if f.get("cue_no_papers") or (not legal and any(f.get(k) for k in _SALE_CUES)):
        f["live_unpapered"] = 1.0
        why["live_unpapered"] = listed + why.get("cue_no_papers", [])


# q13: words that say a paper is not there yet (legal_channels.yaml: exemption pending, 证在办, đang làm giấy)
_PENDING_WORDS = ("pending", "applied", "applying", "to follow", "to be transferred", "waiting", "awaiting",
                  "đang làm", "đang xin", "chờ giấy", "在办", "办理中", "辦理中", "申请中", "申請中", "办证中", "辦證中",
                  "还没下来", "還沒下來", "未下来")


def _is_pending(m) -> bool:
    """Pending as written, or not in the seller's hands (q16: someone else's word, never received)."""
    if m.unheld:
        return True
    low = m.term.lower()
    return any(w in low for w in _PENDING_WORDS)


def _not_pending(m, pending: list) -> bool:
    """A paper claim that is not itself pending and not part of a pending phrase (CITES permit | pending)."""
    if _is_pending(m):
        return False
    return not any(p.field == m.field and p.n_start < m.n_end and m.n_start < p.n_end for p in pending)


def _papered(f: dict, why: dict, listed: list[RawMatch]) -> bool:
    """Papers claimed (CB, breeder's invoice, import papers, 专用标识, giấy CITES), nothing doubting them,
    and every animal named specifically (weight >= 0.4 or an appendix) App II: App I species, primates
    and native class II turtles (no appendix in the lexicon) stay in review (WPL Art. 28-29)."""
    # "captive bred" alone is the seller's word, not a paper: with no certificate, licence or breeder's
    # document (invoice, 繁殖证明, chip number) beside it the reviewer asks for one (an App II animal
    # sold without papers goes to review)
    # q13: a paper applied for, pending or to follow (Article 10 to be transferred, CITES permit pending,
    # đang làm giấy, 证在办) is not a paper shown (_shown): the animal stays in review until it is there
    if not _shown(f, why) or f.get("cue_demand") or _doubted(f, why):
        return False
    if f.get("cue_no_papers"):  # what rehoming_answered left: papers denied, deferred or the animal wild-taken
        return False
    # q16: a primate, or an App I animal without a CITES permit named (Art. VII.4), the reviewer checks
    papers = [m for k in _PAPERS for m in why.get(k, ())]
    if any(strict_listed(m) and not cites_permit_answers(m, papers) for m in listed):
        return False
    # q24: an emoji (🦅, 🦜) beside a named App II animal stands for that animal, not for another one
    # q29: an App I species named under an entry with no appendix (vẹt xám) counts as App I (appendix)
    named = any(appendix(m) in ("I", "II") and m.entry.form is None for m in listed)
    with_appendix = [m for m in listed if appendix(m) in ("I", "II")]
    if not with_appendix and _keeper_registered(why, listed):
        return True
    return (bool(with_appendix)
            and all(appendix(m) in ("I", "II") or _same_words(m, with_appendix) for m in listed
                    if (m.weight >= 0.4 or m.entry.cites) and not (named and m.entry.form == "emoji")))


# q48: the entries of a registration for keeping the animal, issued for it (飼養登記證 from the 農委會,
# 宠物登记证): the keeper's papers for a kept, not wild-taken animal
_KEEPER_REGS = ("人工饲养登记", "宠物登记")


def _keeper_registered(why: dict, listed: list) -> bool:
    """q48 (live2-0103: 黃金蟒 with 農委會飼養登記證明): a live animal named under a mixed group entry with no
    appendix (蟒蛇: Burmese and reticulated pythons with the king cobra; App I names and the house rule's
    class I names, 眼镜王蛇 and 水巨蜥, stay in review) with the keeper's registration for it shown: the registration says which
    status the animal is kept under, as an appendix would (_papered)."""
    if not any(m.entry.term in _KEEPER_REGS and not _is_pending(m) for m in why.get("legal_licence", ())):
        return False
    return all(m.category == "live_animal" and m.entry.label_hint == "suspicious" and not m.entry.cites
               and not strict_listed(m) and not unpapered_illegal(m) for m in listed)


def _same_words(m: RawMatch, with_appendix: list[RawMatch]) -> bool:
    """q28: a name with no appendix that overlaps, in its field, a name that has one and names the animal
    as firmly (weight) is the same animal read by another entry: 'Varanus' (the mangrove monitor entry
    and the genus entry), 'Fennec fox kit' (the fennec and a pet-fox word). A specific name over a
    group word ('Spider tortoise' over 'tortoises') is not."""
    return any(a.field == m.field and a.n_start < m.n_end and m.n_start < a.n_end and a.weight >= m.weight
               for a in with_appendix)


def _papers_not_benign(f: dict, why: dict) -> bool:
    """q29: a papered App I animal or primate: the paper phrases the lexicon files as benign contexts (giấy
    phép trại nuôi, đăng ký với kiểm lâm: farm papers that clear farmed App II stock) are the papers the
    reviewer checks, a licence, not a look-alike. True when the benign contexts changed."""
    papers = [m for m in why.get("benign_legal_material", ()) if is_paper_phrase(m)]
    if not papers:
        return False
    left = [m for m in why["benign_legal_material"] if not is_paper_phrase(m)]
    if left:
        why["benign_legal_material"] = left
    else:
        del f["benign_legal_material"], why["benign_legal_material"]
    f["legal_licence"] = 1.0
    why["legal_licence"] = why.get("legal_licence", []) + papers
    return True


def _doubted(f: dict, why: dict) -> bool:
    """A wink, secrecy, a wild origin or a move to another app beside the papers (the platform's own
    private messages, 私信/DM/ib, are no doubt: paper_claims.moves_off_platform; nor is meeting the buyer
    in person, _in_person)."""
    return any(f.get(k) for k in _PAPERS_DOUBTED if k != "cue_secrecy" or not _in_person(why)) or bool(
        f.get("cue_contact") and moves_off_platform(f, why))


# q26: handing the animal over in person (面交, 当面交易, meet in person, local pickup, giao tận tay): how a
# papered animal changes hands, with the permit transferred and filed (过户, 备案) and no courier for a live
# animal; secrecy only where no paper is shown (cash, no post: 现金交易, 不邮寄 stay secrecy)
_IN_PERSON = ("面交", "当面交易", "當面交易", "一手交钱一手交货", "一手交錢一手交貨", "meet in person", "pickup only",
              "pick up only", "local pickup", "giao tận tay", "giao tan tay", "gặp trực tiếp", "gap truc tiep")


def _in_person(why: dict) -> bool:
    """Every secrecy cue of the listing is an in-person handover (面交, meet in person)."""
    cues = why.get("cue_secrecy", ())
    return bool(cues) and all(any(w in m.term.lower() for w in _IN_PERSON) for m in cues)


def _shown(f: dict, why: dict) -> bool:
    """Papers named that can be shown: a certificate, a licence, a legal-source proof or a breeder's
    document (not the bare captive-bred claim), none of them pending (_not_pending)."""
    pending = [m for k in _PAPERS for m in why.get(k, ()) if _is_pending(m)]
    if pending:  # q30: a leg ring or chip beside papers still being made (脚环有，证在办) marks the bird, it is no paper
        return any(_not_pending(m, pending) and m.entry.term != _MARK for k in _PAPERS_SHOWN for m in why.get(k, ())) or any(
            m.entry.term != _CB_CLAIM and _not_pending(m, pending) for m in why.get("legal_captive_bred", ()))
    return any(_not_pending(m, pending) for k in _PAPERS_SHOWN for m in why.get(k, ())) or any(
        m.entry.term != _CB_CLAIM and _not_pending(m, pending) for m in why.get("legal_captive_bred", ()))
