"""Papers beside a live animal of a CITES-listed group (issue 12: the zh6/en7/vi6 papered pets and
paper-requiring buyers flagged as unpapered; WPL Art. 28-29 and CITES Art. VII: a captive-bred App II
animal changes hands legally with its licence, 专用标识 or CITES permit).

What the papers a listing names answer, and what still doubts them:
- a no-papers phrase is no paper: the 有证 inside 没有证 / 有证没证都行 and the "paperwork" inside "can't give
  paperwork" belong to the phrase (`papers_in_denials`, on the matches);
- a no-papers phrase refused is denied, as 不要没证的 already is by the matcher's negation: 没证的别来,
  无证勿扰 (the refusal after it), không mua hàng không giấy, won't buy without papers, 拒收无证 (before it)
  (`refused_no_papers`, on the matches);
- a transfer or rehoming story (转让, 轉讓, rehoming, free to a good home, tìm chủ mới) reads as "no papers"
  only where no paper is named: beside a licence, 专用标识, a CITES permit or a breeder's invoice it is
  how a keeper passes the animal on (`rehoming_answered`, on the features). A no-papers cue that denies
  or defers the papers (没证, no papers, pending, found it) stays;
- a buyer who names the papers asks for them (求购…带证, 求收 有證, "WTB ... CITES papers only", "cần mua ...
  có giấy"): the demand is a legal channel, not live-animal demand, unless the buyer also waives them
  (有证没证都收, không cần giấy: a no-papers cue left standing) (`buyer_requires_papers`);
- the platform's own private messages (私信, 私聊, DM, PM, ib, inbox) are how every marketplace talks and
  do not doubt the papers; a move to another app (加微信, WhatsApp, Zalo, Telegram, LINE) or a handle
  does (`moves_off_platform`).
"""
from __future__ import annotations

import re

from .lazy_regex import lazy_compile

# --- on the matches (match_rules.after_rules, only when a no-papers cue was found) ---

# a refusal right after the no-papers phrase, in its clause (没证的别来, 无证勿扰, 冇证唔要)
_REFUSED_AFTER = lazy_compile(r"(?:的|者|的人|的朋友|的货)?\s?(?:别来|勿扰|免问|免谈|别问|不要|不收|不考虑|绕道|请绕道|勿来|勿进|唔要|唔收)"
                               r"|\s?(?:thì |thi )?(?:không|ko|k|hok) (?:mua|nhận|nhan|lấy|lay|bán|ban)(?![^\W\d_])|\s?(?:xin )?miễn"
                               r"|\s?(?:,\s?)?(?:no deal|need not apply|don't bother|dont bother|no sale)")
# a refusal before it, in its clause: a buyer or seller who will not deal in unpapered animals
_REFUSED_BEFORE = lazy_compile(
    r"(?:(?:không|ko|k|hok|chẳng|khong)\s(?:mua|nhận|nhan|lấy|lay|bán|ban|chơi|choi|ship)"
    r"|(?:won't|wont|will not|don't|dont|do not|never)\s(?:buy|take|accept|sell|want)"
    r"|拒收|拒绝|谢绝|拒买|不买|不收|不卖)(?:\s?[^\s,，。;；.!?！？\n]+){0,2}\s?$")
# a secrecy cue that is a lack of papers (không có giấy, không hóa đơn): refused like a no-papers one
_PAPER_WORDS = ("giấy", "giay", "hóa đơn", "证", "paper", "permit", "receipt")
_CLAUSE = lazy_compile(r"[,，。;；.!?！？\n:：]")
# q28: the regime needs none, right after the no-papers phrase ("App II so no CITES paper needed inside the
# EU", "no papers required for CB"): the law the seller explains, not papers missing, where a paper of the
# seller's own is named in the same text (normalised: doubled letters squeezed, needed -> neded)
_NONE_NEEDED = lazy_compile(r"(?: (?:paper|permit|doc|document|certificate|cert|paperwork|license|licence)s?)?"
                             r" (?:is |are )?(?:ne+ded|required|neces+ary)\b")
_CB_CLAIM = "人工繁育"  # the bare captive-bred claim (live_papers._CB_CLAIM): the seller's word, no paper


def papers_in_denials(hits: list, t: str) -> list:
    """The hits without the legal-channel words inside a no-papers phrase (有证 in 没有证), with the
    no-papers phrases a refusal turns down marked negated, and those the regime's 'needed' follows
    where the text names a paper of the seller's own ('no CITES paper needed ... breeder invoice
    supplied'). `hits`: one text's RawMatches."""
    phrases = [m for m in hits if m.kind == "trade_cue" and (m.cue == "no_papers" or (
        m.cue == "secrecy" and any(w in m.term.lower() for w in _PAPER_WORDS)))]
    own_papers = None
    for m in phrases:
        if m.negated:
            continue
        after = t[m.n_end:m.n_end + 16]
        if _NONE_NEEDED.match(t, m.n_end):
            if own_papers is None:
                own_papers = any(h.kind == "legal_channel" and not h.negated and h.entry.term != _CB_CLAIM
                                 for h in hits)
            if own_papers:
                m.negated = True  # the regime needs none, and the seller names papers of his own
                continue
        before = t[max(0, m.n_start - 30):m.n_start]
        cut = [x.end() for x in _CLAUSE.finditer(before)]
        if cut:
            before = before[cut[-1]:]
        if (_REFUSED_AFTER.match(after) or _REFUSED_BEFORE.search(before)
                or (t[m.n_end - 3:m.n_end] == " no" and after.startswith((" deal", " sale")))):  # no papers no deal
            m.negated = True
    denied_cb = _cb_papers_denied(hits, phrases, t)
    return [h for h in hits if not (h.kind == "legal_channel" and (id(h) in denied_cb or any(
        p.n_start <= h.n_start and h.n_end <= p.n_end for p in phrases)))]


# q27 (train_zh12 0170): the bare captive-bred claim (CB, 人工繁殖, captive bred: the seller's word, no
# document) with the papers denied in the same breath (CB的，没证 / captive bred, no papers / 人工繁殖 但无证)
# is no legal channel: the seller says there is nothing to show for it. Only the bare claim (a licence
# named beside 没证 is the phrase's own, handled above) and only a denial standing right by it: before
# or after it in the same sentence, at most CB_GAP characters apart; a refused denial (没证的别来) is
# negated above and denies nothing.
CB_CLAIM = "人工繁育"  # the bare claim's entry (legal_channels.yaml; live_papers._CB_CLAIM)
CB_GAP = 8
_SENTENCE_END = lazy_compile(r"[。;；.!?！？\n]")


def _cb_papers_denied(hits: list, phrases: list, t: str) -> set:
    """ids of the bare captive-bred claims with a no-papers phrase right by them (see above)."""
    out = set()
    denials = [p for p in phrases if p.cue == "no_papers" and not p.negated]
    if not denials:
        return out
    for h in hits:
        if h.kind != "legal_channel" or h.cue != "captive_bred" or h.entry is None or h.entry.term != CB_CLAIM:
            continue
        for p in denials:
            if p.n_start >= h.n_end:
                a, b = h.n_end, p.n_start
            elif h.n_start >= p.n_end:
                a, b = p.n_end, h.n_start
            else:
                continue
            if b - a <= CB_GAP and _SENTENCE_END.search(t, a, b) is None:
                out.add(id(h))
                break
    return out


def winks_in_papers(hits: list) -> list:
    """The hits without a wink that starts inside a paper's name: 识的 ("those who know") in 专用标识的
    is the paper's last character and a particle, not a wink."""
    papers = [m for m in hits if m.kind == "legal_channel"]
    return [h for h in hits if not (h.kind == "trade_cue" and h.cue == "wink" and any(
        p.n_start < h.n_start < p.n_end for p in papers))]


# --- on the features (live_papers.live_listed) ---

# no-papers cues that deny or defer the papers or say 'from the wild' (no papers, 无证, pending, found it),
# unlike a rehoming story
PAPER_DENIALS = ("no ", "no-", "without", "not ", "pending", "follow", "don't", "dont", "lost", "found", "rescued",
                 "can't", "cannot", "shy of", "không", "ko ", "k ", "chưa", "nhặt", "tak", "tiada", "tanpa", "tidak",
                 "walang", "没", "无", "冇", "不", "唔", "捡", "执到", "丢", "抓", "捉", "掏", "别问", "wild", "caught",
                 "taken", "bundok", "jungle", "forest", "optional", "with or without", "or no ", "无所谓", "cũng được")
# q45: papers shown only in private (证号加我看, 证私聊看, papers shown in DM, giấy tờ ib xem): withheld papers
# are no papers shown, so a no-papers cue that says so stays beside a licence named (rehoming_answered)
PAPER_DENIALS += ("加我看", "私聊", "私信", "私发", "不公开", "request", " dm", "dm ", "in private", "privately",
                  "inbox", " ib", "ib ", "tính sau", "làm sau", "đang làm", "chưa thấy", "补")
# a word naming another app or a handle in the written contact cue (加微信, WhatsApp me, kết bạn zalo)
_OFF_PLATFORM = ("微", "wx", "vx", "v信", "v我", "v号", "加v", "加威", "加卫", "威信", "薇", "卫信", "维信", "徽信", "围信",
                 "绿泡泡", "qq", "扣扣", "加扣", "企鹅", "飞机", "电报", "tg", "telegram", "whatsapp", "whats app",
                 "line", "signal", "wickr", "kik", "snapchat", "zalo", "zl", "kakao", "viber", "朋友圈", "好友",
                 "sđt", "sdt", "text me", "call")


def moves_off_platform(f: dict, why: dict) -> bool:
    """A contact cue that moves the deal off the platform: a handle found, or a cue naming an app."""
    if f.get("contacts_found"):
        return True
    return any(any(w in m.term.lower() for w in _OFF_PLATFORM) for m in why.get("cue_contact", ()))


def rehoming_answered(f: dict, why: dict) -> None:
    """Papers are named: the no-papers cues that only tell a transfer or rehoming story go."""
    cues = why.get("cue_no_papers")
    if not cues:
        return
    left = [m for m in cues if m.wild or any(d in m.term.lower() for d in PAPER_DENIALS)]  # wild: wild_taken
    if len(left) == len(cues):
        return
    if left:
        why["cue_no_papers"] = left
    else:
        f.pop("cue_no_papers", None)
        why.pop("cue_no_papers", None)


def buyer_requires_papers(f: dict, why: dict) -> bool:
    """A demand for a live listed animal with the papers named (the caller checks they are shown) and
    no waiver left (a no-papers cue, after rehoming_answered): the buyer asks for papered animals.
    The demand cue goes; the papers stay for the caller to weigh."""
    if not f.get("cue_demand") or f.get("cue_no_papers"):
        return False
    f.pop("cue_demand", None)
    why.pop("cue_demand", None)
    return True


# --- q25: a rehoming story about a thing (on the matches, match_rules.after_rules) ---

def rehoming_of_things(hits: list) -> None:
    """A transfer or rehoming story (free to good home, 转让, tìm chủ mới) says "no papers" only of an
    animal: where no live animal is named or described and no live cue is found (a piano, a carving,
    a bangle), it is how the seller passes the thing on, a sale cue (cue sale), not a no-papers one. A
    cue that denies or defers papers (no papers, 无证, pending) or says 'found/wild' stays."""
    for m in hits:
        if m.category == "live_animal" or (m.kind == "trade_cue" and m.cue == "live"):
            return
    for m in hits:
        if m.kind == "trade_cue" and m.cue == "no_papers" and not m.negated and not m.wild and not any(
                d in m.term.lower() for d in PAPER_DENIALS):
            m.cue = "sale"
