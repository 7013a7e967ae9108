"""q22 (issue 12, kind 3/4: colour codes with their trade cues; train_zh10 0228, 0115, 0197, 0107 and
vi10 0160 in the "Left for code" lists). A colour code counts where the trade's cues stand with it,
even when they are not next to it:
- a quoted colour ('white', 'black', 'white stuff', “白的”) in a chat or a freight offer, with two cues
  anywhere in the text, one of them about where the goods come from or how they travel (an African
  origin, a customs promise, another wildlife tell) and the other a weight or private contact
  (classifiers/quoted_codes.py);
- a white jewellery form written without 色 (白吊坠, 白手镯) or bangle blanks (手镯料子) beside a white
  standing alone, with two tells, the trade's own among them (by the gram, old stock, an African
  origin, private dealing), no material named; in a list of goods, the form's own line
  (classifiers/white_tells.py).
Stay out: quoted colours of clothes, sugar or paint by weight, a shop's colour list with a weight and a
DM, sneakers, phones and hair quoted by colour from Lagos or Mombasa, white gold or jade sold by the gram,
jade bangle stock, a moving sale whose white bangle is acrylic, a white bangle with only old stock and a DM."""
import pytest

FLAG = [
    ("Group: new arrivals", "Dar es Salaam side container landed. 'white' 350kg, a few 'black' too.\nPrice per kg, inbox only"),
    ("Cargo Kenya to 厦门", "Mombasa to 厦门 weekly: timber, hides, and “白的” small lots. 包清关, door to door."),
    ("Freight offer", "Douala → Guangzhou. Dried fish, 'the white', shells. Customs clearance included, DM for rates."),
    ("白手镯 一只", "白手镯一只，内径56，满纹，老料，私聊"),
    ("小挂件 出", "白的挂件 12克，克价实在，纹路清楚，朋友从坦桑带回"),
    ("料子 到了", "坦桑朋友带回来一批料，白的，镯料，先交订金排队"),
    ("Dọn nhà bán hết", "Tủ lạnh 2tr\nQuạt đứng 300k\nNồi cơm điện 200k\nvòng tay trắng đồ cụ, vân đẹp, ib\nXe đạp 500k"),
]
STAY_OUT = [
    ("Bulk sugar", "'white' 50kg sugar bags from Mozambique, per kg price, DM"),
    ("T-shirt wholesale", "Colours: 'white', 'black', navy. 200kg lot, shipped from Lagos. DM for price"),
    ("Shop update", "New hoodies in 'white', 1.2kg parcel, DM to order"),
    ("Sea freight", "Lagos to 广州, cocoa and cashews, 'white' sesame 20 tons. 包清关."),
    ("白金吊坠", "18K白金吊坠 3.2克 克价 私聊"),
    ("白手镯 和田玉", "白手镯 和田玉 老料 内径56 私聊"),
    ("翡翠手镯料子", "缅甸翡翠 手镯料子 白的 种水好 按克 私聊"),
    ("搬家清货", "冰箱 800\n洗衣机 500\n白手镯 亚克力 两只 20元\n沙发 300\n自行车 150"),
    ("Moving out", "fridge\nsofa\nwhite bangle, acrylic, dm\nlamp\ndesk"),
    # a bare quoted colour is a colour unless it stands as the goods sold by weight
    ("Sneakers available", "Air Force 1 in 'white', shipping from Lagos, DM to order"),
    ("iPhone 13", "'black' 128GB, UK used, Lagos pickup, WhatsApp me"),
    ("Hair extensions", "Brazilian 'black' 1kg bundles, Mombasa delivery, DM"),
    ("新到货", "非洲 'white' 腰果 500公斤 私聊"),
    # old stock and a DM are any shop's words: not two tells
    ("Clearance", "white bangle, old stock, DM"),
    ("搬家", "电视\n冰箱\n白手镯 老料 私聊\n沙发\n桌子"),
    ("星月菩提 白手串", "白手串 老料 高密 私聊"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_colour_code_with_its_trade_cues_flags(expect, title, description):
    expect.flagged(title, description)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_colour_of_other_goods_stays_out(expect, title, description):
    expect.not_flagged(title, description)
