"""A post that retells a report and names the trade's code words as words (q53; train_en17 "Left for code" 3).

"TIL hornbill casques are called 'red ivory' ... read an EIA piece", "Báo cáo mới của WJC nêu ... với các từ
như "hàng trắng"", 报告指出，商贩把象牙称为"白料": the poster passes on what a report, article or study found,
and the product and code words it names are quoted as words (called 'X', traded as 'X', các từ như "X",
称为"X"). LABELING.md: news, explainers and conservation posts that name the products sell nothing and are
benign (trap_media). The lexicon's conservation entries hold the reporters' and NGOs' own wording (analysts
say, the traffic report, 记者暗访) but not a reader's retelling (TIL, read an EIA piece, theo báo cáo), and a
bare 'report' or 'TIL' is no frame: a seller writes "read the report? mine is real, pm".

Read here, only where both stand and nothing is offered:
- a retelling: TIL (as written, in capitals), read/saw an X piece/article/report/study, according to a report,
  a report by/from, an NGO's report or finding (EIA, TRAFFIC, WJC, WWF, IFAW...); báo cáo (mới) của/từ,
  theo báo cáo, nghiên cứu của, đọc bài; 报告显示/指出, 据…报告/调查, 看了一篇…文章/报道, 研究发现;
- code words named as words: called / known as / traded as / sold as / dubbed / nicknamed / referred to as
  right before a quote, 'code words like', các từ như / gọi là / từ lóng before a quote, 称为 / 叫做 / 俗称 /
  暗语 before a quote;
- no offer: no sale or demand cue, no contact handle, no amount of money, and none of the poster's own piece,
  own contact words or an offer said plainly (mine is real, serious buyers, pm me, còn 2 chiếc, 我这个, 有意者,
  加微信); a price mode (按克计价) or a channel named as where the trade happens (朋友圈) is the report's speech.
Then the listing reads as talk about the trade (benign_conservation, talk_about, its trade cues dropped as
feature_kinds drops them for two frame words). Hooked in features.extract; the substring precheck keeps
every other listing to a few `in` tests.
"""
from __future__ import annotations

from .hook_gates import AnyWord
from .lazy_regex import lazy_compile
from .study_offers import _AMOUNT

# what a retelling or a naming frame cannot do without (lower-cased text; TIL is checked as written)
_ANCHORS = ("report", "piece", "article", "stud", "investigat", "according", "báo cáo", "nghiên cứu", "đọc bài",
            "phóng sự", "điều tra", "报告", "报道", "文章", "调查", "研究", "報告", "報導", "調查", "记者", "暗访")
_ANY_ANCHOR = AnyWord(_ANCHORS)  # one automaton pass for the 21 `in` tests (sp25, issue 13)
_RETOLD = lazy_compile(
    r"\b(?:read|reading|saw|seen|watched|found) (?:an?|the|this|that|some) (?:[\w'-]+ ){0,3}"
    r"(?:piece|article|report|story|study|investigation|expos[eé]|paper|thread)\b"
    r"|\baccording to (?:an?|the|this|that) (?:[\w'-]+ ){0,3}(?:report|study|investigation|survey|article)\b"
    r"|\b(?:new|latest|recent|a|the) (?:[\w'-]+ ){0,2}(?:report|study|investigation) (?:by|from|of)\b"
    r"|\b(?:eia|traffic|wjc|wildlife justice commission|wwf|ifaw|iucn|c4ads|unodc|wcs)(?:'s)? "
    r"(?:report|piece|study|investigation|found|says|said|shows)\b"
    r"|báo cáo (?:mới )?(?:của|từ)|theo (?:một )?báo cáo|nghiên cứu (?:mới )?của|đọc (?:được )?bài"
    r"|报告(?:显示|指出|称|提到|说)|据.{0,10}(?:报告|调查|研究)|(?:看|读)了?(?:一篇|篇|个)?.{0,8}(?:报告|报道|文章|调查)"
    r"|研究(?:显示|发现|指出)|记者(?:暗访|调查|发现)|調查發現|调查(?:发现|显示)|暗访"
    r"|phóng sự|điều tra (?:cho thấy|phát hiện)")
_NAMED = lazy_compile(
    r"\b(?:called|known as|traded as|sold as|dubbed|nicknamed|referred to as|marketed as)\s*['\"‘’“”]"
    r"|\bcode ?words? (?:like|such as)\b"
    r"|(?:các từ như|những từ như|từ lóng|mật danh|gọi là)\s*['\"‘’“”]"
    r"|(?:称为|称作|叫做|叫作|被叫|俗称|暗语|黑话|行话)[:：]?\s*['\"‘’“”「]"
    # the quoted word, then what it stands for: 用“白料”代指象牙, 'white gold' to mean ivory, "hàng trắng" để chỉ ngà
    r"|['\"’”」]\s*(?:代指|指代|暗指|代称|来指|来代替|代替)|['\"’”]\s*(?:to mean|meaning|stands? for)\b"
    r"|['\"’”]\s*(?:để chỉ|ám chỉ|thay cho)")
# the poster's own piece or an offer said without a cue word (mine is real, serious buyers, còn 2 chiếc, 我这个)
_OWN = lazy_compile(
    r"\b(?:mine|my (?:one|piece|pieces|stock|bangle|bracelet|beads|carving)|this (?:one )?is (?:the )?real|ours|our stock|"
    r"serious (?:buyers?|enquir\w*)|buyers? only|available|in stock|for sale|selling|sell|offers?|interested|collect\w*|ship\w*|"
    r"post(?:age)?|deliver\w*|pick ?up|dm|pm|inbox|ib|hmu|(?:message|whatsapp|text|call|contact|email|dm|pm) me)\b"
    r"|hàng (?:em|mình|bên em|shop)|bên em|em có|mình có|còn \d|còn hàng|có sẵn|bán|giao|ship|inbox|liên hệ|quan tâm"
    r"|我这|我的|本店|现货|現貨|有意|联系|聯繫|出售|转让|轉讓|出手|包邮|包郵|私|拍下|下单|加微|加v|加我|vx|zalo")
_TIL = lazy_compile(r"(?:^|[\s(\[])TIL\b")
# (a price mode without an amount, 按克计价, and a channel named as where the trade happens, 朋友圈, are quoted
# speech in a report: _AMOUNT reads amounts, _OWN the poster's own contact words)
_SELLING = ("cue_sale", "cue_demand", "contacts_found")
_QUOTED_TRADE = ("product_and_trade", "cover_with_wink", "cover_with_tell", "denied_with_wink", "negated_benign_material")


def retold(listing) -> bool:
    """The listing retells a report and names code words as words, with no amount of money (module doc)."""
    raw = str(listing.get("title") or "") + " " + str(listing.get("description") or "")
    text = raw.lower()
    if "TIL" not in raw and not _ANY_ANCHOR(text):
        return False
    if _NAMED.search(text) is None:
        return False
    if _RETOLD.search(text) is None and _TIL.search(raw) is None:
        return False
    return _AMOUNT.search(text) is None and _OWN.search(text) is None


def retold_report(f: dict, why: dict, matches: list, listing) -> None:
    """Read a retold report as talk about the trade (module doc): sets benign_conservation and talk_about and
    drops the trade cues, in place; nothing where anything is offered."""
    if not listing or any(k in f for k in _SELLING) or not retold(listing):
        return
    f["benign_conservation"] = 1.0
    why.setdefault("benign_conservation", [])
    f["talk_about"] = max(f.get("talk_about", 0.0), 2 / 3)
    why.setdefault("talk_about", [])
    if "no_product" not in f:
        f["product_and_benign"] = 1.0
    for k in [k for k in f if k.startswith("cue_") or k in _QUOTED_TRADE]:
        del f[k]
        why.pop(k, None)
