"""Stamps, postcards and records sold as items of a list of goods are goods, not talk about the trade
(classifiers/listed_media.py; train_zh4 0278, train_zh13 0218 kind). Fresh wordings: a product offered on
its own list line beside stamp albums and records; stay-outs: news digests and newsletters written as lists,
lists of books about the trade, yard sales whose only 'ivory' is a colour or a toy."""
import pytest

FLAG = [
    ("zh, dash list", "清理老爸的收藏",
     "一批东西打包或单出：\n- 红木笔筒一个 ¥300\n- 老邮票册三本 ¥500\n- 犀角杯一只 没证书 价格私聊\n- 旧唱片二十张 ¥20一张"),
    ("en, numbered list", "Estate clearance, everything listed",
     "Items:\n1. Stamp album, 1960s, £40\n2. Carved ivory tusk section, no paperwork, offers\n3. Box of vinyl records, £2 each\n4. Brass kettle £15"),
    ("zh-Hant, circled numbers", "家中旧物出清", "① 老明信片一套 NT$600\n② 象牙印章一枚 無證 私訊\n③ 黑膠唱片 NT$150/張\n④ 竹筆筒 NT$300"),
    ("en, bullets", "Moving sale, all must go",
     "• Postcards from the 1950s $15\n• Rhino horn libation cup, inherited, no papers, best offer\n• LP records $3 each\n• Desk lamp $10"),
    ("vi, dash list", "Dọn nhà bán thanh lý",
     "Danh sách:\n- Album tem cũ 200k\n- Vòng ngà voi thật, không giấy tờ, ib giá\n- Đĩa than cũ 50k/đĩa\n- Quạt cây 150k"),
]

PASS = [
    ("news digest, zh", "野保周报", "本周看点：\n- 海关查获一批象牙制品，涉案三百万\n- 纪录片《象牙游戏》今晚播出\n- 新发行的保护动物邮票\n- 读者来信"),
    ("newsletter, en", "Conservation club newsletter",
     "This month:\n- Customs at Heathrow seized 20 kg of rhino horn\n- Book review: a new history of the ivory trade\n"
     "- Stamp fair on Saturday, wildlife stamps\n- Members meeting Tuesday"),
    ("books about the trade", "Books on wildlife crime, lot",
     "Lot of books:\n- \"Ivory: Power and Poaching\" hardback $12\n- \"Killing for Profit\" (rhino horn trade) $10\n"
     "- \"The Last Rhinos\" $8\n- DVD \"The Ivory Game\" $5"),
    ("themed stamps", "保护动物主题邮票", "- 大熊猫邮票一套 ¥50\n- 东北虎邮票小型张 ¥30\n- 犀牛明信片 ¥10\n- 象牙白 邮册 ¥20"),
    ("yard sale, colour", "Yard sale Saturday", "- Stamp albums $5\n- Records $1 each\n- Ivory-coloured lamp $10\n- Kids bike $20"),
    ("flea market, toy", "跳蚤市场摊位", "1. 邮票册 ¥30\n2. 老唱片 ¥10\n3. 象牙白色的花瓶 ¥50\n4. 塑料象牙玩具 ¥5"),
]


@pytest.mark.parametrize("kind,title,description", FLAG)
def test_product_beside_listed_media_is_flagged(expect, kind, title, description):
    expect.flagged(title, description, note=kind)


@pytest.mark.parametrize("kind,title,description", PASS)
def test_media_lists_stay_out(expect, kind, title, description):
    expect.not_flagged(title, description, note=kind)
