"""A seller's reply in a thread is an offer, whatever the other replies say (q26, issue 12 kind 5).

Forum threads, Reddit posts, video comments and group chats put several voices in one listing:
'5楼（牙骨斋）：我这有一串血牙108，要的私我' among '本版禁止发布违法信息，发现请点举报' and
'我之前买过一串被骗了'; 'OP: the other one is still available though, DM' under 'slow lorises are
trafficked and it's illegal' and 'Reported'; 'chủ kênh: có nha, bạn ib mình, con non 1tr5' above
'cu li là động vật quý hiếm đó, bán là phạm pháp'. The conservation and media look-alikes (违法, 举报,
reported, phạm pháp, 科普) weigh heavily against a listing and make it "talk about the trade"
(feature_kinds talk_about), which clears the trade cues too: here the bystanders' warnings clear the
seller's own offer. A warning in another voice is about the offer, not a frame of it: so when one
speaker of a thread offers a protected product (a contact cue in their replies, or the thread's own
poster's sale word, 'Bán 3 bé cu li', 低价出; the product named in them, in the reply they answer or in
the title) and says no such word themselves, the frame words of the other speakers' replies (and of
the text above the first reply) are marked remote and count for nothing, and the learned text part
skips the lines that hold them (engine: focus). q36 widened the reply heads: whom a reply answers
(4楼 回复 楼主, 答主回复用户C), lettered commenters (用户A), moderators (版主, Mod note, QTV), members.
q39: numbered replies (Reply #3, Comment #2), admins, Dcard floors (B3：, only under 原PO：), 弹幕 and Host;
a buyer's reply with a contact (B3：我有興趣，私訊) is a trade voice too, and the poster's title frame (怎么处理)
is cleared when another voice offers or asks (declined_requests reads the same heads for a host's refusal).
q46: heads after a dash or a chat log's time ('— Bình luận (Nam):', '[20:15] kbro:'), and a moderator's or the
platform's notice on a line of its own ('[Bình luận đã bị ẩn …]', '该回复已被管理员屏蔽', 'Thread locked.') is a
voice of its own, not part of the reply above it (train_adv3 0142: an admin's line cleared a seller's reply).

What stays out: a post with no reply markers (news, NGO posts, explainers, shop pages: the engine's
scoping decides those); a thread where nobody says how to reach them or the poster sells nothing
(identification threads, 'is this legal?' questions, a bystander's '象牙是按克卖的': their warnings
stay frames); a speaker who warns or reports in their own replies (a warner who says 'DM me the link,
I reported it' offers nothing); a thread about an item with no protected product named firmly (a buffalo-horn comb, a rosewood mala).
Runs in engine.raw_matches beside the other look-alike marks (scope_marks), on listings with a frame
look-alike in the description only; the speaker regex runs on line starts only after cheaper checks.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from .lazy_regex import lazy_compile
from .lexicon import PRODUCT_KINDS
from .hook_gates import needs

# look-alikes that say what the post is (feature_kinds._FRAME_CUES): a warning, a report, a documentary
_FRAMES = frozenset(("conservation", "media"))
# the cue of an offer that only the offering voice gives: a way to reach them (私我, DM, ib, 加V, zalo); a
# price alone is talked about by bystanders too (象牙是按克卖的, 'they go for $300')
_OFFER_CUES = frozenset(("contact",))
# ... but the thread's own poster who names the goods with a sale word (Bán cu li con, 出, selling) offers
# them: bystanders quote prices and say 'sell', the post above the replies is the poster's own
_POSTER_CUES = frozenset(("sale",))
# a reply that sends the poster to an authority ('可以私訊林務局', 'pm me for the wildlife service's number',
# 'ib kiểm lâm') gives a way to reach someone, but offers nothing (q39)
_AUTHORITY = ("林务局", "林務局", "林业局", "林業局", "海关", "海關", "海巡", "森林公安", "公安局", "警察局", "派出所", "农委", "農委",
              "渔护署", "漁護署", "动保", "動保", "wildlife service", "fish and wildlife", "usfws", "police", "customs",
              "hotline", "authorities", "kiểm lâm", "công an", "hải quan", "đường dây nóng")
_MIN_REPLIES, _MIN_SPEAKERS = 3, 2  # a thread: three reply lines or more, two voices or more
SKIP = "thread_skip"  # the texts key under which mark leaves the description lines the text part skips
OP = "op"  # the thread's own poster (OP, 楼主, chủ thớt, 作者回复, 主播); the text above the first reply is theirs


# what may stand before a reply's head: a bullet or dash ('— Bình luận (Nam):', '– Lan Anh:', q46) and a
# chat log's time ('[20:14] jinx:', '10:21 Lan:')
_LEAD = (r"(?:[-*•>·—–―]+[ \t]*)?"
         r"(?:[\[【(（]?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[ap]m)?[\]】)）]?[ \t]+)?")


# a reply's head at the start of a line: who speaks, then a colon. Groups: floor (5楼), op (楼主,
# OP, chủ kênh, 答主, 店主), anon (Reply, 评论, Bình luận, user, 用户, a moderator, an anonymous member,
# with an optional number or capital: 用户C), posted (Posted by X, Reply from X), member (Thành viên
# Lan), handle (u/x, @x, snake_case or letters+digits), bracket ([Hùng]), name (in brackets after the
# head); then whom it answers, if said (4楼 回复 楼主)
_SPEAKER = lazy_compile(
    r"[ \t]*" + _LEAD + r"(?:"
    r"(?P<floor>\d{1,4})[ \t]*(?:楼|樓|层|層|f|#)"
    r"|(?-i:B)(?P<bfloor>\d{1,4})"
    r"|(?P<op>楼主|樓主|层主|層主|lz|原po|原帖主|作者回复|作者回覆|作者|博主|up主|主播|答主|店主|掌柜|op|thread[ _]?starter"
    r"|original poster|host|streamer|chủ thớt|chu thot|chủ kênh|chu kenh|chủ shop|chủ bài|chu bai|chủ page|chủ tus|tác giả)"
    r"(?:[ \t]+(?:update|edit|again)|[ \t]*(?:回复|回覆|replied|replies))?"
    r"|(?P<anon>top comment|reply|comment|评论|評論|回复|回覆|网友|網友|用户|用戶|路人|游客|bình luận|binh luan"
    r"|trả lời|phản hồi|khách|người dùng|user|poster|guest|viewer|弹幕|彈幕|观众|觀眾"
    r"|版主|吧务|吧務|管理员|管理員|admin|administrator|mod|moderator|modbot|automoderator|mod note|moderator note|quản trị viên|qtv"
    r"|anonymous|anonymous member|người tham gia ẩn danh|thành viên ẩn danh)"
    r"(?:[ _]?#?[ ]?(?P<num>\d{1,3})|[ _]?(?P<letter>(?-i:[A-Z]))\b)?"
    r"|(?:posted|replied|reply|comment|answered) (?:by|from)[ \t]+(?P<posted>[^\s:：]{1,30})"
    r"|(?:thành viên|thanh vien|member)[ \t]+(?P<member>[^\s:：]{1,20}(?:[ \t][^\s:：]{1,20}){0,2})"
    r"|(?P<handle>(?:u/|@)[\w.-]{1,30}|[a-z][a-z0-9]*(?:[_.][a-z0-9]+)+|[a-z]{2,}\d+)"
    r"|\[(?P<bracket>[^\]\n]{1,20})\]"
    r")[ \t]*(?:[（(](?P<name>[^)）\n]{1,24})[)）])?"
    # whom the reply answers ('4楼 回复 楼主', '答主回复用户C', 'OP reply to u/x', 'chủ shop trả lời Lan'):
    # the speaker is the head's, the one answered up to three words after the reply word
    r"(?:[ \t]*(?:回复|回覆|reply(?:ing)? to|replied to|trả lời|phản hồi)[ \t]*@?[^\s:：]{1,20}"
    r"(?:[ \t][^\s:：]{1,20}){0,2})?"
    r"[ \t]*[:：]", re.I)


# a short personal name as a reply's head, once the thread is known to be one (Thảo Vy:, Hà:)
_NAMED = lazy_compile(r"[ \t]*" + _LEAD + r"(?P<who>[^\W\d_][^\W\d_'’.-]*(?: [^\W\d_]+){0,2})[ \t]*[:：]")


# a moderator's or the platform's notice on a line of its own, with no head: '[Bình luận đã bị ẩn do vi phạm]',
# '该回复已被管理员屏蔽', 'Thread locked by moderator', '【系统消息】本群禁止…' (q46). It is a voice of its own (NOTICE),
# not the reply above it: under a seller's reply it would make the seller a warner
_NOTICE = lazy_compile(
    r"[ \t]*" + _LEAD + r"[\[【(（]?[ \t]*(?:"
    r"(?:该|此|這|这|本|您的)?(?:回复|回覆|评论|評論|留言|帖子|帖|楼层|樓層|内容|內容|消息|訊息)(?:已被|已經被|已经被|被)"
    r"|已被管理员|已被管理員|系统消息|系統消息|系统提示|系統提示|群公告|管理员提示|管理員提示"
    r"|\[?(?:removed|deleted)\]|(?:comment|post|reply|message|thread)s?[ \t]+(?:removed|deleted|hidden|locked)"
    r"|(?:this|the)[ \t]+(?:comment|post|reply|message|thread)[ \t]+(?:has[ \t]+been|was|is)[ \t]+"
    r"(?:removed|deleted|hidden|locked)"
    r"|(?:removed|deleted|hidden|locked)[ \t]+by[ \t]+(?:a[ \t]+|the[ \t]+)?(?:mod|moderator|admin)"
    r"|thread[ \t]+(?:locked|closed)|locked[ \t]+by"
    r"|(?:bình luận|binh luan|bài viết|bai viet|tin nhắn|tin nhan|bài|bai)[ \t]+(?:này[ \t]+|nay[ \t]+)?"
    r"(?:đã|da)[ \t]+(?:bị|bi)[ \t]+(?:ẩn|an|xóa|xoá|xoa|khóa|khoá|khoa|gỡ|go)"
    r"|(?:đã|da)[ \t]+(?:bị|bi)[ \t]+(?:ẩn|xóa|xoá|khóa|khoá|gỡ)[ \t]+(?:bởi|boi)"
    r")", re.I)
NOTICE = "notice"  # the speaker key of those notices


def replies(desc: str) -> list[tuple[int, int, str | None]] | None:
    """The description's parts as (start, end, speaker): the text above the first reply is the thread
    poster's (OP), a header line ('Bình luận:', 'Comments:') nobody's (None), each reply its speaker's
    until the next reply head. None when the text is no thread (fewer than three replies or one voice)."""
    head = _SPEAKER
    lines = desc.split("\n")
    found = []  # (line index, speaker key or None for a header)
    floors = []  # lines with a Dcard floor head (B3：)
    pos = 0
    starts = []
    for i, line in enumerate(lines):
        starts.append(pos)
        pos += len(line) + 1
        m = head.match(line)
        if m is None:
            if line and _NOTICE.match(line):
                found.append((i, NOTICE))
            continue
        if (m.group("member") or "X")[:1].islower():
            continue  # 'Thành viên Lan:' speaks, 'Member since:' is a field
        if m.group("bfloor"):
            floors.append(i)
        found.append((i, _key(m, i, line)))
    if floors and OP not in {k for _, k in found}:
        # Dcard's B1, B2 are floors only under the poster's own head (原PO：); a vitamin list has B1: B2:
        found = [(i, k) for i, k in found if i not in floors]
    said = [k for _, k in found if k is not None]
    if not said:
        return None
    if len(said) < _MIN_REPLIES or len(set(said)) < _MIN_SPEAKERS:
        # a chat of named people beside a reply head: 'Thảo Vy:', 'Chị Mai:' beside 'Chủ thớt:'; a name of
        # several words capitalised each (not 'Chất liệu:'), or one word that speaks twice (not 'Giá:')
        seen = {i for i, _ in found}
        named = _NAMED
        people = []
        for i, line in enumerate(lines):
            if i not in seen:
                m = named.match(line)
                if m is not None and len(line) > m.end():
                    people.append((i, m.group("who")))
        once = {}
        for _, who in people:
            once[who] = once.get(who, 0) + 1
        found.extend((i, "n:" + who.casefold()) for i, who in people
                     if (" " in who and all(w[:1].isupper() for w in who.split())) or once[who] >= 2)
        found.sort()
        said = [k for _, k in found if k is not None]
        if len(said) < _MIN_REPLIES or len(set(said)) < _MIN_SPEAKERS:
            return None
    parts = []
    first = found[0][0]
    if first > 0:
        parts.append((0, starts[first], OP))
    for j, (i, key) in enumerate(found):
        end = starts[found[j + 1][0]] if j + 1 < len(found) else len(desc)
        parts.append((starts[i], end, key))
    return parts


def _key(m, i: int, line: str) -> str | None:
    """Who speaks: a name given in brackets, the poster, a handle, a numbered commenter; an unnamed
    reply (Reply:, Top comment:, 5楼:) is a voice of its own; a head with nothing after it a header."""
    if not line[m.end():].strip():
        return None  # 'Bình luận:', 'Comments:' on a line of its own
    if m.group("op"):
        return OP
    name = m.group("name") or m.group("posted") or m.group("member") or m.group("handle") or m.group("bracket")
    if name:
        return "n:" + name.strip().lstrip("@").casefold()
    if m.group("anon") and (m.group("num") or m.group("letter")):
        return "a:" + m.group("anon").casefold() + (m.group("num") or m.group("letter"))
    return f"line:{i}"


def _protected(m) -> bool:
    """A product term as the offer names it: not denied, covered or away from its item; a wildlife
    category, a firm name or one the lexicon sends to review (mammoth ivory) or a live animal."""
    return (m.kind in PRODUCT_KINDS and m.category != "none" and m.suppressed_by is None and not m.negated
            and not (m.given or m.remote or m.diet)
            and (m.weight >= 0.5 or m.category == "live_animal"
                 or (m.entry is not None and m.entry.label_hint == "suspicious")))


# scope_marks gate (issue 13): returns unless a look-alike of cue _FRAMES
@needs(hits=(("benign_context", "conservation"), ("benign_context", "media")))
def mark(matches: list, texts: dict, lookalikes: list) -> None:
    """Marks remote the frame look-alikes of the other voices of a thread in which one voice offers a
    protected product. lookalikes: the benign-context matches."""
    frames = [m for m in lookalikes if m.cue in _FRAMES and m.field in ("title", "description") and not m.negated
              and not m.remote]
    if not frames:
        return
    # the title is the poster's own (q39): its frame (怎么处理, is it legal?) is the poster's, cleared with
    # theirs when another voice offers or asks to buy; it never makes the poster a warner
    topics = [m for m in frames if m.field == "title"]
    if topics:
        frames = [m for m in frames if m.field == "description"]
    offers = [m for m in matches if m.kind == "trade_cue" and m.field in ("title", "description")
              and (m.cue in _OFFER_CUES and m.field == "description" or m.cue in _POSTER_CUES)
              and not m.negated and not m.remote]
    if not offers:
        return
    products = [m for m in matches if m.field in ("title", "description") and _protected(m)]
    if not products:
        return
    desc = texts.get("description") or ""
    if desc.count("\n") < _MIN_REPLIES - 1:
        return
    parts = replies(desc)
    if parts is None:
        return
    starts = [p[0] for p in parts]

    def part(m) -> int:
        return bisect_right(starts, m.start) - 1

    named = {part(m) for m in products if m.field == "description"}
    in_title = any(m.field == "title" for m in products)
    framed = {parts[part(m)][2] for m in frames}
    sellers = set()
    for m in offers:
        i = part(m) if m.field == "description" else 0  # the title is the poster's
        who = parts[i][2] if m.field == "description" else OP
        if who is None or who in framed or who in sellers or (m.cue in _POSTER_CUES and who != OP):
            continue  # a header, a voice that warns or reports itself, a bystander's 'they sell it'
        if m.field == "description" and m.cue in _OFFER_CUES:
            said = desc[parts[i][0]:parts[i][1]].lower()
            if any(w in said for w in _AUTHORITY):
                continue  # 私訊林務局問問: the contact is an authority's
        own = {j for j, p in enumerate(parts) if p[2] == who}
        if in_title or own & named or i - 1 in named:
            sellers.add(who)
    if not sellers:
        return
    quiet = set()
    for m in frames:
        i = part(m)
        if parts[i][2] not in sellers:
            m.remote = True
            quiet.add(i)
    if OP not in sellers:
        for m in topics:
            m.remote = True
    # the learned text part reads no more of the warnings than the rules do (engine: focus)
    texts[SKIP] = frozenset(line for i in quiet for line in range(
        desc.count("\n", 0, parts[i][0]), desc.count("\n", 0, max(parts[i][0], parts[i][1] - 1)) + 1))


def focus(t: str, title: str, desc: str, skip: frozenset) -> str:
    """What the learned text part reads of normalised `t` (title, newline, description): without the
    description lines in `skip` (another voice's warnings, mark above); all of it when the
    normalised text does not keep the lines as written."""
    lines = t.split("\n")
    off = title.count("\n") + 1
    if len(lines) != off + desc.count("\n") + 1:
        return t
    return "\n".join(line for i, line in enumerate(lines) if i - off not in skip)
