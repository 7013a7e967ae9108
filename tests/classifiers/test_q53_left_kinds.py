"""q53: kinds left for code by the data helpers of train_zh17, train_hk1, train_en17 and train_mx2
(tests/data/README.md, their "Left for code" lists), each in new wording beside look-alikes that must stay out.

1. A whole tusk or horn with no material and no bare colour, told by its anatomy (空心小, 髓腔, 牙尖, 外皮完整)
   or by the horn's shape word beside 'the black one' (黑的那个，角的，整支) with a weight, a private price or a
   price by phone (whole_piece_tells.py, hooked in code_keys._whole_codes). Stay out: agarwood, bamboo, lotus
   root, ginseng sold whole with the same words, a black buffalo/deer/goat horn, a colour of named goods.
2. A post retelling a report (TIL, read an EIA piece, according to a report by, theo báo cáo của, 研究发现) that
   names the code words as words (called 'X', traded as 'X', các từ như "X", 被称为"X") and offers nothing
   (retold_reports.py, hooked in features.extract). Stay out: the same frames with a price, a contact, the
   poster's own piece or an offer said plainly (mine are old stock, serious buyers, em có 2 khúc, 我这个).
3. A food look-alike of another species group beside a product the title names: 花胶 / fish maw (the legal
   maw of the totoaba group) beside shark fin of unclear species in a year-goods list speaks for no fin
   (food_groups.py, hooked in features.extract). Stay out: a vegetarian fin, fin soup bowls, a maw dish,
   a shop whose fin is suspended, plants whose names are food look-alikes beside a likeness (像小熊爪).
4. A protected product named only as others' word or a grade ("some call it 'totoaba grade', but this is
   croaker", so-called, 号称/有人叫它…级, người ta gọi là) with a legal look-alike of its group declared after a
   contrast (actually, in fact, 其实, thực ra) is named to be ruled out (grade_comparisons.py, a scope mark).
   Stay out: 'totoaba grade' with a Mexican origin, 'but mine is the real one', a quoted or winked
   declaration ('croaker' ;)), the product declared after the contrast.
5. (lexicon, config/keywords/rhino_horn.yaml `# q53:`) cattle horn by the bull's or steer's name (bull horn cup,
   steer horns) as the legal material beside 'not rhino horn'. Stay out: 'bull horn' in quotes with a wink,
   'not bull horn, real rhino'.
"""
import pytest

WHOLE_PIECES = [
    ("原支 一根 1.5公斤", "空心小 外皮完整 私聊"),
    ("原根 小号", "2.3斤 髓腔浅 带尖 朋友圈不发 加微信"),
    ("整支 新到 一根", "牙尖完整 空心短 3公斤 私聊价格"),
    ("白的那个 整支", "上次说的，空心小，1.5公斤，私聊"),
    ("还要黑的那支吗", "角的，整根，两斤多，价格电话里说"),
    ("上次那个黑的，角的，整根", "朋友带回来的，价钱电话里说"),
    ("原支到貨 一條", "空心好細 外皮完整 兩斤半 私訊"),
]
WHOLE_STAYS = [
    ("原支 沉香 空心", "外皮完整 1.8公斤 加V"),
    ("原支 竹子", "空心 外皮完整 3斤 私聊"),
    ("原根莲藕 空心", "2斤 自提"),
    ("整支 人参", "带须 外皮完整 50克 私聊"),
    ("黑的那个 整支", "牛角的，价钱电话讲"),
    ("黑的那个 整支", "鹿角的，价钱电话讲"),
    ("黑的那个 整支 角的", "羊角 1斤 私聊"),
    ("白的那个 整支", "1.5公斤，私聊"),
    ("黑的那个 整根", "雨伞，价钱电话讲"),
    ("原支 天麻 带尖", "空心少 外皮完整 一斤 私聊"),
]


RETOLD = [
    ("Rhino horn is called 'black gold' in Hanoi", "according to the report by C4ADS, traders say it cures hangovers", "en"),
    ("Hornbill casque carvings traded as 'red gold'",
     "Saw an EIA report: helmeted hornbill casque carved in Lao border towns, called 'blood ivory' by carvers.", "en"),
    ("Pangolin scales called 'CSJ' on Facebook",
     "TIL from a TRAFFIC piece: pangolin scales move as 'CSJ' or 'armour' in Lagos", "en"),
    ("Tiger bone glue sold as 'cao hổ' bars",
     "according to a WJC investigation, tiger bone glue is dubbed 'cao' on social media, bars of 100g", "en"),
    ("看了一篇调查文章，穿山甲片被叫做“片”", "太可怕了", "zh"),
    ("据EIA报告，犀角在越南被叫做“黑货”", "看完心情复杂", "zh"),
    ("象牙手镯 网上叫“白料”", "研究发现，象牙手镯在二手平台被称为“白料”“老料”", "zh"),
    ("[转帖] 调查：网店里的“黑料”", "记者调查发现，有商家在朋友圈用“黑料”“黑货”代指犀角，按克计价，行话很多", "zh"),
]
RETOLD_STAYS = [
    ("Ivory bangle, TIL they call it 'white gold'", "$300, DM", "en"),
    ("Ivory bangle, TIL they call it 'white gold'", "old one from grandma, message me", "en"),
    ("Rhino horn cup", "read a report that it's called 'black gold'. genuine, 320g, whatsapp me", "en"),
    ("Hornbill casque carving", "called 'red ivory' in the EIA report, this is the real one, serious buyers only", "en"),
    ("Red ivory beads", "according to the report by TRAFFIC these are called 'golden jade'. Mine are old stock, available now", "en"),
    ("Hornbill casque", "Saw an EIA report, they call it 'red ivory'. Have two blanks, serious buyers", "en"),
    ("Báo cáo của WJC gọi là \"hàng trắng\"", "vòng ngà 5tr, ib zalo", "vi"),
    ("白料手镯", "看了一篇报道，行内俗称“白料”，我这个是老货，有意者联系", "zh"),
    ("犀角杯", "据报告被称为“黑料”，老货一只，微信联系", "zh"),
    ("象牙手镯", "报告显示被称为“白料”，本店现货 私聊", "zh"),
    ("白料手镯 按克", "记者调查发现用“白料”代指象牙，按克计价，私聊", "zh"),
    ("Hornbill casque", "Saw an EIA report, they call it 'red ivory'. PM", "en"),
]


@pytest.mark.parametrize("title,description,lang", RETOLD)
def test_report_retold_with_code_words_named(expect, title, description, lang):
    expect.not_flagged(title, description, lang)


@pytest.mark.parametrize("title,description,lang", RETOLD_STAYS)
def test_report_words_beside_an_offer_stay_flagged(expect, title, description, lang):
    expect.flagged(title, description, lang)


def test_retold_module_reads_only_reports():
    from classifiers.retold_reports import retold

    assert retold({"title": "TIL casques are called 'red ivory'", "description": "read an EIA piece"})
    assert not retold({"title": "open til 9pm", "description": "beads called 'red ivory', see the report"})
    assert not retold({"title": "Hornbill casque", "description": "called 'red ivory', read an EIA piece, mine is real"})
    assert not retold({"title": "Ivory bangle", "description": "read the report, $300"})


FOOD_ITEMS = [
    ("鱼翅 + 花胶 年货", "排翅一副 品种不清楚 880元；花胶 300元；瑶柱 180元", "zh"),
    ("Shark fin & fish maw CNY set", "dried shark fin 500g, species not sure; fish maw 200g; scallops", "en"),
    ("Vây cá mập + bong bóng cá khô", "vây cá mập khô 1kg không rõ loài; bong bóng cá 500k", "vi"),
    ("海味 鱼翅 鱼胶 礼盒", "散翅半斤 不知道什么鲨 鱼胶两只 过年送礼", "zh"),
]
FOOD_STAYS = [
    ("素翅 + 花胶 年货", "素翅 魔芋做的 200元；花胶 300元", "zh"),
    ("鲍参翅肚 年货 礼盒", "鲍鱼、海参、花胶，鲨鱼翅暂停供应", "zh"),
    ("Fish maw & vegetarian shark fin", "imitation shark fin from konjac, fish maw 200g", "en"),
    ("花胶鸡汤 外卖", "花胶炖鸡 一人份 68元", "zh"),
    ("Shark fin soup bowls & fish maw", "porcelain bowls for shark fin soup, plus dried fish maw 200g", "en"),
    ("出闲置 绿植 虎尾兰 象牙红", "虎尾兰两盆；熊童子，叶子像小熊爪；自提", "zh"),
]


@pytest.mark.parametrize("title,description,lang", FOOD_ITEMS)
def test_food_of_another_group_speaks_for_no_fin(expect, title, description, lang):
    a = expect.flagged(title, description, lang)
    assert a.label == "suspicious", a.explanation  # shark fin of unclear species: review (LABELING.md)


@pytest.mark.parametrize("title,description,lang", FOOD_STAYS)
def test_foods_of_their_own_group_or_frame_stay_out(expect, title, description, lang):
    expect.not_flagged(title, description, lang)


GRADES = [
    ("Bong bóng cá totoaba-grade", "có người gọi là totoaba nhưng thực ra là bong bóng cá đù, 300g", "vi"),
    ("Fish maw, \"totoaba style\" thick", "some call it totoaba style, in fact it is croaker maw from Karachi, 500g", "en"),
    ("金钱鳘级 鱼胶", "有人叫它金钱鳘级，其实是普通鳕鱼胶，一斤装", "zh"),
    ("Dried fish maw, so-called totoaba", "so-called totoaba, actually Indian croaker maw, 2 pcs", "en"),
    ("Fish maw, totoaba-quality look", "actually it is Pakistan croaker maw, some call it totoaba quality, 400g", "en"),
]
GRADE_STAYS = [
    ("Totoaba-grade maw, pm for price", "some call it totoaba grade but mine is the real Mexican one", "en"),
    ("Fish maw", "totoaba grade, thick, from Sonora, 2 pieces", "en"),
    ("Fish maw totoaba grade", "people call it totoaba but actually it is 'croaker' ;) pm", "en"),
    ("Ivory bangle, some call it bone", "actually real elephant ivory, pm", "en"),
    ("Totoaba maw, big", "totoaba grade, real one from Mexico, 500g", "en"),
]


@pytest.mark.parametrize("title,description,lang", GRADES)
def test_product_named_as_others_word_or_grade_is_ruled_out(expect, title, description, lang):
    expect.not_flagged(title, description, lang)


@pytest.mark.parametrize("title,description,lang", GRADE_STAYS)
def test_grade_words_beside_the_real_thing_stay_flagged(expect, title, description, lang):
    expect.flagged(title, description, lang)


def test_grade_mark_gate_skips_nothing_it_would_change(both_ways):
    from classifiers import scope_marks

    for title, description, _ in GRADES + GRADE_STAYS:
        gated, ungated = both_ways({"title": title, "description": description}, scope_marks._GATE)
        assert gated == ungated


BULL_HORNS = [
    ("Bull horn cup, not rhino horn", "this is a bull horn cup, hollow, growth rings, light, from a ranch in Texas"),
    ("Carved bull horn cup — NOT rhino", "not rhino horn, just bull horn, hollow with growth rings, $40"),
    ("Steer horn drinking cup", "people ask if it's rhino horn cup: no, it's steer horn, hollow and light"),
    ("Bull horn libation-style cup", "not rhino horn lol, bull horn from Spain, growth rings visible, £30"),
]
BULL_STAYS = [
    ("Horn cup, 'bull horn' ;)", "the special kind, heavy, fibrous, DM"),
    ("Rhino horn cup", "not bull horn, real rhino, heavy, 300g, whatsapp"),
]


@pytest.mark.parametrize("title,description", BULL_HORNS)
def test_bull_horn_is_the_legal_material(expect, title, description):
    expect.not_flagged(title, description, "en")


@pytest.mark.parametrize("title,description", BULL_STAYS)
def test_bull_horn_winked_or_denied_stays_flagged(expect, title, description):
    expect.flagged(title, description, "en")


@pytest.mark.parametrize("title,description", WHOLE_PIECES)
def test_whole_piece_told_by_anatomy_or_shape(expect, title, description):
    expect.flagged(title, description, "zh")


@pytest.mark.parametrize("title,description", WHOLE_STAYS)
def test_whole_things_of_other_goods_stay_out(expect, title, description):
    expect.not_flagged(title, description, "zh")


def test_whole_piece_tells_module():
    from classifiers.whole_piece_tells import anatomy_kinds, pointer_colour

    assert anatomy_kinds("原支\n空心小 外皮完整") == 2 and anatomy_kinds("原支沉香\n空心 外皮完整") == 0
    assert pointer_colour("黑的那个,角的,整支") == "黑" and pointer_colour("黑的那个,整支,雨伞") is None
    assert pointer_colour("白的那个,整支,1.5公斤") is None
