"""A thread that asks what a seller's code word is and reports the seller offers nothing (q47, train_zh16
left for code: zh16-0009, zh16-0139).

'【求助】朋友圈有人卖“HDH”，这是什么？ … 4楼：建议直接举报 … 楼主：已经举报了', '有冇人知深水埗嗰啲「老料」牌係咩嚟
… #4：影相報漁護署': the poster asks about goods someone else sells, and the replies name them and report the
seller. The seller's words (HDH 红顶 血料, 懂的来, 老料 回收) are quoted; the reporting words are what the thread
says. thread_replies.py handles the other case, a voice of the thread offering the goods (a contact in
its own reply, the poster's sale word): then the warnings are the bystanders' and count for nothing; this
mark runs after it and stays out whenever it found such a voice (a frame it marked remote) or any reply
gives a contact that is not an authority's.

Read: the description is a thread (thread_replies.replies), the poster asks (the title or the text above the
first reply holds an asking word), and some voice reports (举报, 已举报, 报警, 曝光, 防骗, 报渔护署, 森林公安).
Then the trade cues are quoted speech (marked remote) and the reporting look-alikes speak for the whole post
(the line scoping of long posts had marked those of other lines remote: undone).
"""
from __future__ import annotations

from .lazy_regex import lazy_compile
from .thread_replies import _AUTHORITY, OP, SKIP, replies
from .hook_gates import AnyWord, needs

_ASK = lazy_compile(r"求助|是什么|是什麼|是啥|什么东西|什麼東西|啥东西|係咩|系咩|係乜|系乜|咩嚟|乜嚟|想问|想問|请问|請問"
                    r"|有冇人知|有没有人知道|有沒有人知道|有人知道|懂的人|求科普|求解|what is (?:this|it)|\?|？")
_REPORT = lazy_compile(r"举报|舉報|檢舉|检举|报警|報警|曝光|防骗|防騙|报渔护署|報漁護署|森林公安|打110|reported|report (?:it|him|her|them)")
_HINTS = ("举", "舉", "检", "檢", "报", "報", "曝", "防", "森林", "110", "report")


# LIHKG's and some boards' floors written '#2：', '#1 樓主：' (thread_replies reads '2#' and '2楼')
_HASH = lazy_compile(r"[ \t]*#(\d{1,4})[ \t]*(楼主|樓主|lz|op)?[ \t]*[:：]", 0)


def _hash_floors(desc: str) -> list | None:
    """The description's parts as thread_replies.replies gives them, for '#n：' floors (three or more)."""
    if "#" not in desc:
        return None
    heads, pos = [], 0
    for line in desc.split("\n"):
        m = _HASH.match(line)
        if m is not None:
            heads.append((pos, OP if m.group(2) or m.group(1) == "1" else "f:" + m.group(1)))
        pos += len(line) + 1
    if len(heads) < 3 or len({k for _, k in heads}) < 2:
        return None
    parts = [(0, heads[0][0], OP)] if heads[0][0] > 0 else []
    for j, (a, key) in enumerate(heads):
        parts.append((a, heads[j + 1][0] if j + 1 < len(heads) else len(desc), key))
    return parts


# scope_marks gate (issue 13): returns unless a conservation or media look-alike
@needs(hits=(("benign_context", "conservation"), ("benign_context", "media")))
def mark(matches: list, texts: dict, lookalikes: list) -> None:
    frames = [m for m in lookalikes if m.cue in ("conservation", "media") and not m.negated]
    if not frames or SKIP in texts:  # thread_replies found a voice that offers
        return
    desc = texts.get("description") or ""
    if desc.count("\n") < 2 or not _ANY_HINTS(desc):
        return
    parts = replies(desc) or _hash_floors(desc)
    if parts is None:
        return
    title = texts.get("title") or ""
    op_text = title + "\n" + "".join(desc[a:b] for a, b, who in parts if who == OP)
    if _ASK.search(op_text) is None:
        return
    reporting = [(a, b) for a, b, who in parts if who is not None and _REPORT.search(desc, a, b) is not None]
    if not reporting:
        return
    for m in matches:
        if m.kind == "trade_cue" and m.cue == "contact" and m.field == "description" and not m.negated:
            for a, b, who in parts:
                if a <= m.start < b and who != OP and not any(w in desc[a:b].lower() for w in _AUTHORITY):
                    if not any(a2 == a for a2, _ in reporting):
                        return  # a reply that gives a way to reach its writer: someone may be selling
    for m in matches:
        if m.kind == "trade_cue" and m.field in ("title", "description"):
            m.remote = True  # the seller's words, quoted
    for m in frames:
        if m.field == "description":
            m.remote = False


# sp25 (issue 13): each `any(w in text for w in WORDS)` above in one automaton pass (hook_gates.AnyWord)
_ANY_HINTS = AnyWord(_HINTS)
