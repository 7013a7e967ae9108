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
    # catalogues written as "Lot N" sentences on one line: legal materials, costume jewellery and books
    # of OTHER lots cancelled the ivory lot; commas inside one lot do not split it
    ("Weekly general sale - highlights",
     "Lot 1 Canteen of cutlery. Lot 2 Brass carriage clock. Lot 3 Rosewood jewellery box with mother-of-pearl "
     "inlay. Lot 4 Pair of carved ivory temple dogs on wooden bases, early 20th c. Lot 5 Bag of costume "
     "jewellery. Lot 6 Box of books and sheet music. Online bidding."),
    ("Đấu giá đồ cũ tuần này",
     "Lô 1 bộ dao dĩa inox. Lô 2 tẩu thuốc sừng trâu. Lô 3 hộp gỗ hương khảm xà cừ. Lô 4 cặp kỳ lân ngà voi "
     "thật chạm tay. Lô 5 tranh sơn dầu phong cảnh. Lô 6 thùng sách cũ. Đặt giá online."),
    ("Thanh lý đồ cổ",
     "Lô 1 tượng gỗ mít. Lô 2 vòng tay nhựa resin. Lô 3 đĩa than nhạc Trịnh. Lô 4 móng hổ bịt bạc thật. "
     "Lô 5 sừng trâu tạc thuyền buồm. Xem hàng chủ nhật."),
    # ①②③ on one line (normalised to 1 2 3 before a CJK word)
    ("本周杂项拍卖", "①不锈钢餐具一箱 ②铜座钟 ③红木首饰盒 螺钿镶嵌 ④象牙雕狮子一对 带木座 民国 ⑤仿珠宝一袋 ⑥旧书一箱 网上出价"),
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
    # counted quantities (1批 2根 3袋) in a seizure report are not a run of lots to sell
    ("海关通报", "海关近日查获走私物品：1批象牙制品 2根犀角 3袋穿山甲鳞片 4张豹皮，已移交森林公安调查处理。"),
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


# a shop's stock written on the first description line: the title names the protected animal, the
# pets and aquarium goods are the OTHER items of that line, not a look-alike for it
STOCK = [
    ("Indian star tortoise babies 3 pc",
     "Fish Point Pune new stock: guppies, goldfish, koi, budgies, aquarium plants, Indian star tortoise "
     "babies 3 pc, eating well, shop price less. Call now."),
    ("Rùa sao Ấn Độ con 2 bé",
     "Cá cảnh Minh Anh về hàng: cá vàng, cá koi, chim yến phụng, bể kính, rùa sao Ấn Độ con 2 bé, ăn khỏe, "
     "giá rẻ hơn shop. Gọi ngay."),
    ("印度星龟苗 3只",
     "水族店上新：金鱼、锦鲤、虎皮鹦鹉、鱼缸配件、印度星龟苗 3只，吃食正常，比店里便宜，周末营业到晚上九点，欢迎来店自提，速来。"),
]


@pytest.mark.parametrize("title,desc", STOCK)
def test_other_items_of_a_stock_line_do_not_cancel_the_titled_animal(clf, title, desc):
    a = clf.assess({"title": title, "description": desc})
    assert a.flagged, a.explanation
    assert not any(k in ("product_and_benign", "benign_pet", "benign_food") for k, _ in a.contributions), a.contributions


@pytest.mark.parametrize("title,desc", [
    # the same stock line naming no protected animal
    ("Fresh stock at Fish Point", "Guppies, goldfish, koi, budgies, aquarium plants, red-eared slider babies, "
     "eating well. Call now."),
    # prose with commas that opens with the titled animal describes it: the title's line stays one place
    ("Russian tortoise, CB, with table", "Captive bred Russian tortoise, 4 yrs, male, 12cm, comes with "
     "tortoise table, UVB and substrate, rehoming."),
])
def test_stock_line_guards(clf, title, desc):
    a = clf.assess({"title": title, "description": desc})
    assert not a.flagged, a.explanation
