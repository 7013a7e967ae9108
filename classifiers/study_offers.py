"""A seller's study words beside an offer: conservation, news or study words ("today i learned", "read
the traffic report", 保护动物, bảo tồn) do not make a firmly named product offered with an amount and a
bare contact channel ("80 usd each, whatsapp", "$900, DM", 800元 私聊, 2tr ib) a report (en17).

feature_kinds already drops the conservation frame where a contact handle is extracted and the product is
priced by weight ("is it banned?" beside zalo 0912...). A bare channel word (DM, whatsapp, inbox, 私聊,
ib) with an amount of money is the same offer without the number. What is read:

- a product named firmly in the title (weight >= 0.75, not denied, not covered): what the listing offers (a
  wholesaler's disclaimer naming a protected maw in its description is no offer of it), and a conservation
  word in the reading;
- no handle extracted (that case is feature_kinds'), and a contact trade cue of the listing's own (not
  a word of another item of a long post);
- an amount of money in the text (a currency sign or word before/after digits, 200k, 2tr, 800元);
- no report, appeal or event around it: a channel addressed to the poster's group (DM us, message us, WhatsApp
  hotline, tip line, to report), a reward, a donation, a fine, a seizure's worth (worth $3 million),
  a talk, screening or course with its ticket price:
  those are the NGO's and the newsroom's wording, which quote a channel and an amount too.

Then the listing is read again without its conservation words (`without_study`); the caller re-extracts.
Only listings with a conservation feature and a product weight of 0.75 pay for the text search.
"""
from __future__ import annotations

from .lazy_regex import lazy_compile
from .lexicon import PRODUCT_KINDS

# an amount of money: a sign before digits, digits before a currency word, Vietnamese k/tr/triệu, 元/块
_AMOUNT = lazy_compile(
    r"(?:[$£€¥₱₦]|\brm|\bs\$|\bhk\$|\bnt\$|\bus\$|\bkes|\bksh|\bngn|\brs\.?|\binr|\bphp)\s?\d"
    r"|\b\d[\d,.]*\s?(?:usd|gbp|eur|dollars?|bucks|quid|rm|myr|sgd|hkd|php|pesos?|naira|ksh|kes|rand|zar|rs|inr|"
    r"k|tr|triệu|trieu|củ|cu|nghìn|ngàn|đ|vnd)\b"
    r"|\d\s?(?:元|块|蚊|万|萬)")
# the channel addressed to an organisation or a reporting line, rewards, donations, fines, seizures' worth
_REPORTING = lazy_compile(
    r"\b(?:dm|message|whatsapp|text|call|contact|email|inbox|pm)\s+us\b|hotline|tip ?line|tip-?offs?\b|helpline|"
    r"\bto report\b|\breport (?:it|them|sellers?|this|any)\b|\brewards?\b|\bdonat\w*|\bfundrais\w*|\bsponsor\w*|"
    r"\bvolunteer\w*|\bregist\w*|\btickets?\b|\bentry fee\b|\bentry\b|\bseminar|\bwebinar|\bworkshop|\btalks?\b|"
    r"\bscreening|\bexhibit\w*|\blectures?\b|\bcourses?\b|\bmembership|讲座|講座|门票|門票|报名|報名|展览|展覽|"
    r"hội thảo|vé vào|đăng ký|triển lãm|chiến dịch|tình nguyện|khảo sát|\bcampaigns?\b|\bsurvey\w*|志愿|志願|\bfined?\b|\bworth (?:of )?(?:about |over |around )?[$£€]|\b(?:million|billion)\b|"
    r"举报|举報|舉報|捐款|捐赠|悬赏|罚款|价值|價值|tố giác|báo cáo|đường dây nóng|quyên góp|ủng hộ quỹ|trị giá|xử phạt")

_FIRM = 0.75


def without_study(matches, listing) -> list | None:
    """The matches without their conservation words, where a firmly named product is offered with an
    amount and a bare contact channel (module doc); None where the reading stands."""
    firm = own_contact = False
    for m in matches:
        if m.given or m.remote or m.diet:
            continue
        if m.kind == "trade_cue" and m.cue == "contact" and not m.negated:
            own_contact = True
        elif (m.kind in PRODUCT_KINDS and m.weight >= _FIRM and m.suppressed_by is None
              and not m.negated and m.field == "title"):
            firm = True
    if not (firm and own_contact) or not listing:
        return None
    text = " ".join(str(listing.get(k) or "") for k in ("title", "description")).lower()
    if _AMOUNT.search(text) is None or _REPORTING.search(text) is not None:
        return None
    return [m for m in matches if not (m.kind == "benign_context" and m.cue == "conservation")]
