"""Kinds of misses found on tests/data/train_adv1.jsonl (a fresh hand-written zh/en/vi set in the voice
of the EVASIVE seller: full-width letters, homophones, symbols and zero-width spaces inside words,
invented code words, emoji for words, spaced letters, pinyin and initials, reversed order, 'see photo 3',
negation as a wink; and benign look-alikes using the same tricks innocently; scored held out before the
lexicon entries were added). The first part of each list is listings of that set that failed before the
d-adv1 entries (ids in the comments); the rest is new wording for the same kinds: the tiger as a 'big
kitty' before a part word, IFAW's white 'plastic' in quotes, the shark emoji for fins, monkey paste as
cao 🐒, voọc in digits, rùa núi vàng as RNV, LL甲 for 鲮鲤甲, the ivory emoji pair reversed or joined by
của, a big parrot called a 'talker' by colour; hospitals (穿三甲医院), rubber dog chews (橡牙棒),
crampons (老虎爪) and shop signs (I V O R Y) must stay out."""
import pytest


# (title, description, lang): must be flagged (illegal or suspicious)
FLAG = [
    # listings of train_adv1 missed before (adv1-0075, 0123, 0081, 0203, 0206, 0236, 0143, 0017, 0150, 0060)
    ("Big kitty bones for wine 🐯", "Full set of big kitty bones from up north, for wine. Serious only.", "en"),
    ("📿 white 'plastic' beads (the expensive kind)", "White 'plastic' beads, the expensive kind if you get me. 12mm.", "en"),
    ("🦈 fin soup kit, dried fins included",
     "Banquet kit: 🦈 fins (dried, mixed sizes), chicken stock, crab meat. Species? Don't know, from a wholesaler.", "en"),
    ("Dried fin, assorted, restaurant surplus", "Assorted dried fins, restaurant closing.", "en"),
    ("Cao 🐒 nấu 72 giờ", "Cao 🐒 nấu 72 giờ, bồi bổ.", "vi"),
    ("V00c con 2 tháng, đã tập ăn lá",
     "V00c con (chữ o thay bằng số 0 cho khỏi bị quét), đuôi dài, mặt đen, đã tập ăn lá và chuối. Chỉ giao tay.", "vi"),
    ("RNV con 10cm ăn khỏe",
     "RNV con (núi vàng nha), 10cm, mai vàng đốm đen, ăn rau muống khỏe. Không giấy tờ, giao Sài Gòn.", "vi"),
    ("LL甲 生片 半斤", "LL甲（鲮鲤甲）生片半斤，颜色正，片大。", "zh"),
    ("Vòng 🦷🐘 12 ly, đeo hợp mệnh Kim", "Vòng 🦷 của 🐘 thật, 12 ly, 17 hạt, vân đẹp.", "vi"),
    ("Big green bird, no band, must go",
     "Big green talker, red on the wings and head, no band no papers, came with the house. Cage not included.", "en"),
    # new wording for the same kinds
    ("Big kitty claws x2, silver capped", "from an old hunter, real, not resin", "en"),
    ("White \"plastic\" bangle, heavy", "the expensive kind of plastic, yellowed, 58mm, no papers", "en"),
    ("Dried 🦈 fins 1kg", "restaurant grade, species unknown, cash only", "en"),
    ("Rượu ngâm 🐒 nguyên con", "bình 10 lít ngâm 5 năm, ai cần ib", "vi"),
    ("Bé v0oc chà vá 3 tháng", "ăn lá, quen người, giao tay", "vi"),
    ("Rùa rnv size 8cm", "khỏe, ăn rau, không giấy", "vi"),
    ("LL甲片 炮制 一两", "老中医用的，通乳，一两起", "zh"),
    ("Nhẫn 🦷🐘 bọc bạc", "nhẫn 🦷 của 🐘, vân chéo", "vi"),
    ("Big blue talker, must rehome", "big blue and gold talker, no band, no papers", "en"),
]

# (title, description, lang): must stay out (benign look-alikes using the same tricks)
PASS = [
    # listings of train_adv1 flagged before (adv1-0160, 0053, 0204, 0029)
    ("陪诊师｜带您穿三甲医院不迷路 协和 301 北医三院",
     "外地来京看病的叔叔阿姨看过来：挂号、取号、缴费、检查排队全程陪同，熟门熟路带您穿三甲医院各个楼，不跑冤枉路。", "zh"),
    ("狗狗磨牙 橡牙棒 耐咬 天然橡胶", "天然橡胶做的磨牙棒，俗称橡牙棒，狗狗清洁牙齿，耐咬不碎。", "zh"),
    ("老虎爪 冰爪 10齿 防滑鞋套", "户外登山冰爪，10齿锰钢，冬季徒步防滑。", "zh"),
    ("I V O R Y - bridal boutique logo neon sign", "Custom neon made for a bridal shop called IVORY, warm white.", "en"),
    # train_adv1 look-alikes that were already right and must stay so
    ("白\u200b象 牙膏 老牌国货 3支装", "白象牙膏，薄荷味，3支装，生产日期新鲜。", "zh"),
    ("象牙海岸可可 白巧克力 进口 100g", "科特迪瓦（象牙海岸）可可豆制作，白巧克力，奶香浓郁。", "zh"),
    ("Vòng tay giả ngà — không phải ngà, nhựa thôi", "Không phải ngà, nhựa thôi nha khách, màu trắng ngà, đeo cho đẹp.", "vi"),
    ("🐘🦷 Elephant toothbrush holder for kids", "Ceramic elephant holds two toothbrushes, dishwasher safe.", "en"),
    ("TOTO Washlet bidet seat C5", "TOTO washlet, elongated, like new.", "en"),
    # new wording for the same kinds
    ("三甲医院 专家号 代挂 陪诊服务", "穿梭各大三甲医院，陪诊师全程陪同", "zh"),
    ("宠物磨牙玩具 橡牙 骨头造型", "狗咬胶，天然橡胶，耐咬", "zh"),
    ("Custom neon sign R H I N O gym logo", "LED neon sign for a gym called RHINO", "en"),
    ("Big kitty cat tree 180cm", "for big kitties like maine coons, sisal posts", "en"),
]


@pytest.mark.parametrize("title,description,lang", FLAG)
def test_adv1_evasive_listing_reaches_a_reviewer(expect, title, description, lang):
    expect.flagged(title, description, lang)


@pytest.mark.parametrize("title,description,lang", PASS)
def test_adv1_lookalike_stays_out(expect, title, description, lang):
    expect.not_flagged(title, description, lang)
