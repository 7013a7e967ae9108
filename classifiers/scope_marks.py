"""Look-alike scope marks (q12, issue 12): what a look-alike in a topical listing speaks of.

Each mark reads the raw matches of a topical listing with its look-alikes (benign-context matches)
and marks a look-alike remote or negated when it speaks of something else than the product, or drops
the code words the look-alikes explain. They run in order, in one place (engine.raw_matches), only
when the listing has a look-alike: most topical listings have none.

To add one: a module with `mark(matches, texts, lookalikes) -> None` (texts: the fields as written,
matches' start/end index them), listed in MARKS with a comment saying what it reads.

Issue 13: a mark that does nothing without a look-alike of some cue declares it where it is written
(`hook_gates.needs(hits=(("benign_context", cue), ...))`), and mark_scope calls it only where the listing
has one (one set of the look-alikes' cues, hook_gates.Gate). The gate reads the look-alikes as they are
before the first mark: no mark makes a look-alike or changes a cue (two drop some, which only leaves a
gated mark with nothing to do). A mark without a declaration is always called.
"""
from __future__ import annotations

from . import (a_not_a, auction_lots, colour_phrases, denied_status, fake_comparisons, grade_comparisons, guessed_materials,
               held_piece, late_denials, listed_media,
               honest_corrections, kept_in, legality_questions, likeness, spaced_lists, test_tools, title_lists,
               occupation_mentions, pet_scope, reported_threads, rescue_fee, singled_out, supply_items, thread_replies,
               withheld_goods)
from .hook_gates import Gate

MARKS = (
    colour_phrases.mark,  # màu hổ phách, 琥珀色: a colour, not the material
    likeness.mark,  # không như nhựa, unlike resin: the replica denied
    fake_comparisons.mark,  # vi16: móng thật có lõi, móng giả bằng nhựa thì không: the fake's material
    fake_comparisons.mark_not_carried,  # vi16: ai cần đồi mồi thật thì shop không có: the product not carried
    likeness.mark_named_likeness,  # q41: 熊掌豆腐 … 形似熊掌: the dish's likeness, no product
    likeness.mark_dish_mentions,  # q47: 熊掌豆腐 … 名字叫熊掌: a dish named once covers its later mentions
    likeness.mark_sizes,  # rabbit-sized, cỡ con hamster, 跟兔子差不多大: a pet as a size reference
    pet_scope.mark,  # a pet covers its own item of a list
    supply_items.mark,  # q52: 1. 鱼缸 … 4. 大眼睛的小夜猴: the tank is goods of its own item, no pet
    spaced_lists.mark,  # q50: 'toys - tools - lamps - ivory bangle - books': each spaced item is its own
    title_lists.mark,  # q50: 'Yard sale — household, tools, decor' over a pangolin line: the title's list is other goods
    withheld_goods.mark,  # 'hàng rừng về' beside măng khô: the goods are food
    kept_in.mark,  # lead s13: 老家药柜里留下来的: the cabinet the goods were kept in, not the item
    test_tools.mark,  # lead s13: fluorescence under UV lamp: the test's lamp, not the goods
    legality_questions.mark,  # em không muốn vi phạm pháp luật: the owner's own question, an asking word
    held_piece.mark,  # 买了个手把件 有交叉纹 怎么处理: a question about a piece in hand
    rescue_fee.mark,  # cứu hộ ... phí 5 triệu: a rescue that asks money
    auction_lots.mark,  # 拍品 ... 来源：旧藏 ... 估价: provenance, not news
    a_not_a.mark,  # 要不要买: a buyer's question, not a warning
    occupation_mentions.mark,  # bố em làm kiểm lâm: a relative's job, not a frame
    denied_status.mark,  # 不属于保护动物: a seller's denial of a protected status, no conservation talk
    honest_corrections.mark,  # q41: 手镯 牛骨 … 这个是牛骨，不是象牙: the product named only to be ruled out
    grade_comparisons.mark,  # q53: 'totoaba grade' some call it, but this is croaker: others' word, ruled out
    thread_replies.mark,  # 5楼：血牙108 要的私我 ... 10楼：已举报: a bystander's warning, not the seller's frame
    reported_threads.mark,  # q47: 求助 这是什么 … 4楼：建议举报: a seller's words quoted in a thread that reports them
    singled_out.mark,  # trap1: 'mostly plastic … the white one is the real stuff': the replica is the rest of the lot
    late_denials.mark,  # q54: 'Goat horn this is not.': the look-alike denied, the noun first
    listed_media.mark,  # q54: '② 老郵票冊 NT$1,500' among the goods: the stamps are an item sold, not talk
    guessed_materials.mark,  # q54: 'heavier than normal camel bone', 'bone or other', 当骨头卖: a guess, not the material
)
_GATE = Gate(*MARKS)  # the marks whose declared look-alike cue a listing has (module doc)


def mark_scope(matches: list, texts: dict) -> None:
    """Runs the marks of MARKS over a topical listing's raw matches, in order: those the gate opens."""
    lookalikes = [m for m in matches if m.kind == "benign_context"]
    if lookalikes:
        on = _GATE.open("", lookalikes)
        for mark in MARKS:
            if mark in on:
                mark(matches, texts, lookalikes)
    else:  # q24: a rescue or find told without a conservation look-alike (#cuuho, nhặt về) that asks a fee
        rescue_fee.mark_unframed(matches, texts)
