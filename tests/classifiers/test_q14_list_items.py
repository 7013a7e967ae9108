"""q14 (issue 12): what an item of a list is, one rule for long multi-item posts (moving-out sales,
estate and shop stock lists, lot lists, 朋友圈 posts): a line, a separator-delimited segment of a
line with several of them, or a numbered item of a line written as a run of "Lot N ..." sentences
(inline_lots.is_list_line / item_index). A look-alike (legal material, media, pet, colour) belongs to
its own item, so the goods of OTHER items do not cancel the one wildlife item; a news post that lists
seized products keeps its frame, and a look-alike in the wildlife item's own segment still counts.
"""
import pytest

from classifiers.inline_lots import is_list_line, item_index, numbered_heads

FLAG = [
    # a catalogue written as "Lot N" sentences on one line: commas inside a lot do not split it
    ("Saturday sale - catalogue preview",
     "Lot 1 Set of six silver teaspoons. Lot 2 Pair of brass candlesticks, Victorian. Lot 3 Walnut sewing "
     "box. Lot 4 Carved ivory netsuke of a rat, signed, 19th century. Lot 5 Box of old postcards and "
     "stamps. Lot 6 Oak mantel clock. Viewing Friday 10-4, commission bids welcome."),
    ("Phiên đấu giá đồ cổ cuối tuần",
     "Lô 1 bộ ấm chén gốm Bát Tràng. Lô 2 đôi chân nến đồng. Lô 3 hộp gỗ gụ khảm trai. Lô 4 tượng "
     "Phật bằng ngà voi thật chạm tay, cao 12cm. Lô 5 sách cũ và tem thư. Lô 6 đồng hồ treo tường. "
     "Xem hàng thứ 7, đặt giá qua inbox."),
    ("本周拍卖预展 老物件专场",
     "①清代青花瓷碗一只 ②铜香炉一个 ③红木笔筒 ④老象牙雕观音像 高15厘米 ⑤民国邮票一册 "
     "⑥老照片若干 周六现场看货 出价私聊"),
]

PASS = [
    # a news post listing seized products keeps its frame
    ("Hải quan Nội Bài thu giữ hàng lậu",
     "Hải quan sân bay Nội Bài vừa thu giữ: 3 sừng tê giác, 12kg vảy tê tê, 40 móng hổ, 2 tấm da báo, "
     "vật chứng đã bàn giao cho kiểm lâm để điều tra."),
    ("Customs report on wildlife seizures",
     "Lot 1 of the report: customs seized ivory carvings. Lot 2 covered rhino horn pieces. Lot 3 held "
     "pangolin scales and tiger claws. All items were handed to the wildlife authority for destruction."),
    # the look-alike is in the wildlife item's own lot: a resin copy stays a resin copy
    ("Saturday sale - catalogue preview",
     "Lot 1 Set of six silver teaspoons. Lot 2 Pair of brass candlesticks. Lot 3 Walnut sewing box. "
     "Lot 4 Resin faux ivory figure of Guanyin, modern copy. Lot 5 Box of postcards. Lot 6 Oak clock."),
    ("Lot list", "Lot 1 Ivory coloured lace tablecloth. Lot 2 Bone china tea set. Lot 3 Plush elephant "
     "toy. Lot 4 Tiger print silk scarf. Lot 5 Pine bookshelf, flat-pack."),
]


@pytest.mark.parametrize("title,desc", FLAG)
def test_a_wildlife_item_of_a_numbered_run_flags(clf, title, desc):
    a = clf.assess({"title": title, "description": desc})
    assert a.flagged, a.explanation


@pytest.mark.parametrize("title,desc", PASS)
def test_news_and_look_alikes_of_their_own_item_stay_out(clf, title, desc):
    a = clf.assess({"title": title, "description": desc})
    assert not a.flagged, a.explanation


def test_items_of_a_line():
    run = "lot 1 box of cutlery. lot 2 pair of brass candlesticks, victorian. lot 3 carved ivory figures, 20th c."
    assert len(numbered_heads(run)) == 3 and is_list_line(run)
    assert item_index(run, run.index("victorian")) == item_index(run, run.index("brass"))
    assert item_index(run, run.index("ivory")) != item_index(run, run.index("brass"))
    commas = "tv $300, books, bikes, turtle shell $500, rods"
    assert is_list_line(commas) and item_index(commas, commas.index("turtle")) == 3
    assert not is_list_line("a short sentence, with one comma")
    assert not numbered_heads("item 1 and item 2 only")
