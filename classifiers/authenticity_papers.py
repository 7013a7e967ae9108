"""An authenticity certificate is no permit (issue 12, q25; house rule in tests/data/README.md's first
section: "A private *authenticity* certificate ("proves it is real rhino horn") is not a permit, so it
is illegal").

A certificate that says the material is real (鉴定所出的真品证明, 检测证书, a certificate of authenticity,
COA, a jeweller's or lab's report, giấy giám định nội bộ) answers the buyer's doubt about fakes, not the
law's question: it is the seller's quality claim (trade_cue, cue quality, like 保真 / 100% real), so
the listing is not a legal-regime item for review (legal_regime.paper_unchecked) and the learned
legal-channel weight does not pull the label down.

What stays a paper (the reviewer checks it): a CITES permit, an AFCD licence, an Article 10 / Ivory Act
exemption, a relic or museum appraisal (文物鉴定证书, giấy giám định cổ vật / niên đại, bảo tàng), an
auction's or customs' papers, a registration, a drug approval number (国药准字); any of them named
anywhere in the listing keeps every certificate a paper (the authenticity note may be one of a set).

A collector's certificate (收藏证书, 收藏证: what a shop or a "collection association" hands out with a
carving) is the same private paper, though the lexicon files it with the exemptions: on a piece with
no age claimed it is no permit (q30); beside an age claim (民国, 清代, 老件, antique) it is the dealer's
age declaration the house rule sends to review, so it stays a paper.

Runs in match_rules.after_rules only when the text has a legal-channel hit, and reads the text only
when one of the authenticity words is in it (plain `in` tests).
"""
from __future__ import annotations

from .hook_gates import AnyWord

# words that say a certificate attests the material (normalised text: lowercase, simplified, ASCII
# punctuation); 鉴定证书 alone is a material appraisal (古玩鉴定证书, 鉴定所的): the relic kind is 文物
_AUTHENTIC = ("真品证明", "证明是真", "证明真", "保真证书", "鉴定证书", "鉴定所", "鉴定中心出", "检测证书", "检测报告", "鉴定报告",
              "材质鉴定", "材质证书", "质检证书", "国检", "ngtc",
              "authenticity", "authentic cert", " coa", "lab test", "lab-test", "lab report", "test report", "tested genuine",
              "jeweler", "jeweller", "appraiser", "appraisal", "gemolog", "private cert",
              "giám định", "giam dinh", "kiểm định", "kiem dinh", "chứng nhận hàng thật", "chứng nhận thật", "nội bộ", "noi bo")
# words of a real permit or a paper a reviewer must check, anywhere in the listing
_PERMIT = ("cites", "afcd", "article 10", "art 10", "art. 10", "a10", "section 10", "ivory act", "exemption", "exempt",
           "permit", "licence", "license", "registered", "registration", "import doc", "customs", "auction", "museum",
           "文物", "拍卖", "报关", "进口单", "进口证", "合法来源", "许可证", "执照", "登记", "国药准字", "博物馆", "进出口",
           "cổ vật", "co vat", "di vật", "niên đại", "nien dai", "bảo tàng", "bao tang", "đăng ký", "dang ky",
           "kiểm lâm", "kiem lam", "hải quan", "hai quan", "giấy phép", "giay phep")
# q30: a collector's certificate (the lexicon's exemption entry holds it), and the age claims that make
# it an antique's age declaration (reviewed) rather than a private paper on a modern piece
_COLLECTION = ("收藏证书", "收藏证")
_AGE_CLAIM = ("民国", "清代", "清朝", "明代", "明清", "老件", "古董", "古玩", "年代", "antique", "pre-ban", "pre ban", "vintage")
# the legal-channel cues that are permits or registrations themselves (a certificate is only a claim)
_PERMIT_CUES = ("licence", "exemption", "drug_approval")
_STOPS = "。.!?;\n"
_CLAUSE = ",:" + _STOPS
_BEFORE = 24  # characters read before a certificate, within its clause
_AFTER = 36  # characters read after it, within its sentence (a bracket after it is its note)


def authenticity_only(hits: list, t: str) -> None:
    """Turn into quality claims the certificate hits of normalised text t when one of them says it
    attests the material and no permit is named anywhere in the listing (see module doc): the
    listing's one certificate, however often it is named (带证书 in the title, 鉴定所出的 in the body)."""
    collection = any(w in t for w in _COLLECTION) and not _ANY_AGE_CLAIM(t)
    if not collection and not _ANY_AUTHENTIC(t):
        return  # the common case: no authenticity word at all
    if _ANY_PERMIT(t):
        return
    certs = []
    attested = False
    for m in hits:
        if m.kind != "legal_channel" or m.negated:
            continue
        if collection and any(w in t[m.n_start:m.n_end] for w in _COLLECTION):
            certs.append(m)  # 收藏证书 on a piece of no claimed age: the seller's own paper
            attested = True
        elif m.cue in _PERMIT_CUES:
            return  # a permit, exemption or approval number named: every paper goes to the reviewer
        elif m.cue == "certificate":
            certs.append(m)
    if attested or any(_attests(t, m.n_start, m.n_end) for m in certs):
        for m in certs:  # no permit named anywhere: 带证书 in the title is the same authenticity note
            m.kind, m.cue = "trade_cue", "quality"


def _attests(t: str, start: int, end: int) -> bool:
    """An authenticity word in the certificate's own words: itself, its clause before it, or its
    sentence after it (有证书(鉴定所出的真品证明), 'w/ certificate of authenticity')."""
    lo = max(start - _BEFORE, max(t.rfind(c, 0, start) for c in _CLAUSE) + 1)
    stops = [i for i in (t.find(c, end) for c in _STOPS) if i >= 0]
    hi = min(min(stops) if stops else len(t), end + _AFTER)
    window = t[lo:hi]
    return _ANY_AUTHENTIC(window)


# sp25 (issue 13): each `any(w in text for w in WORDS)` above in one automaton pass (hook_gates.AnyWord)
_ANY_AUTHENTIC = AnyWord(_AUTHENTIC)
_ANY_PERMIT = AnyWord(_PERMIT)
_ANY_AGE_CLAIM = AnyWord(_AGE_CLAIM)
