"""Behaviour of the classifier with the bundled lexicon and model."""
import os
import random

import pytest




def assess(clf, title, description="", price=""):
    return clf.assess({"title": title, "description": description, "price": price})


@pytest.mark.parametrize("title, description", [
    ("象.牙 筷子 十双 整料", "老师傅手工，价格私聊"),
    ("穿山甲片 炮制好的 500克", "量少，先到先得"),
    ("Genuine elephant ivory bangle", "Not resin, not bone. WhatsApp for price."),
    ("犀角杯 回流老件", "鱼子纹清晰，可送任何机构鉴定"),
    ("虎骨酒 九十年代 老酒 两瓶", ""),
    ("鶴頂紅 鼻煙壺 老件", "有興趣請私訊"),
    ("Pangolin scales wholesale per kg", "Telegram @scales_trade"),
])
def test_illegal_offers_are_flagged(clf, title, description):
    a = assess(clf, title, description)
    assert a.flagged, a.explanation
    assert a.categories


@pytest.mark.parametrize("title, description", [
    ("大象牙膏 120g 三支装 清新薄荷", "国货老牌，保质期三年"),
    ("象牙白 衬衫 女 春季新款", "颜色：象牙白 / 黑色"),
    ("《走出象牙塔》二手书 九成新", ""),
    ("Ivory lace wedding dress size 8", "Worn once, professionally cleaned."),
    ("穿山甲 毛绒玩具 公仔 25cm", "PP棉填充，适合3岁以上"),
    ("Leaving the Ivory Tower - paperback", ""),
    ("虎皮鹦鹉 一对 送笼子", "家养，只限同城自提"),
    ("下奶汤料包 通草 王不留行 不含穿山甲", ""),
])
def test_benign_look_alikes_are_not_flagged(clf, title, description):
    a = assess(clf, title, description)
    assert not a.flagged, a.explanation


def test_word_boundary_rejects_cross_word_hits(clf):
    a = assess(clf, "大象牙膏 儿童款")
    assert not any(m.canonical == "象牙" and not m.suppressed_by for m in a.matches)


def test_english_inflections_match_by_lemma(clf):
    a = assess(clf, "Two elephant tusks, 18 lbs each")
    assert any(m.category == "ivory" for m in a.matches)
    b = assess(clf, "horny goat weed capsules")
    assert not any(m.term.lower() == "horn" for m in b.matches)


def test_denied_replica_is_a_wink_not_a_disclaimer(clf):
    wink = assess(clf, "白玉牙雕 观音挂件", "纹理自然 不是树脂 不是骨 懂的老铁直接拍")
    plain_replica = assess(clf, "树脂 仿象牙 观音摆件 工艺品", "材质：树脂合成，高20cm")
    assert wink.flagged and not plain_replica.flagged
    assert wink.score > plain_replica.score


def test_explanation_names_the_terms(clf):
    a = assess(clf, "象牙手镯 老料", "加微看货")
    assert "象牙" in a.explanation
    assert a.to_dict()["matches"][0]["field"] in ("title", "description")


def test_empty_listing_is_benign(clf):
    a = clf.assess({})
    assert a.label == "benign" and not a.flagged and a.matches == []


def test_one_megabyte_description_is_bounded_and_warned(clf):
    rng = random.Random(1)
    big = "".join(rng.choice("的一是了我不人在他有这个上们来到时大地为子中你说生国年着就那和要她出也得里后自以会") for _ in range(1_000_000))
    a = assess(clf, "象牙 手镯", big)
    assert a.flagged
    assert any("only the first" in w for w in a.warnings)


def test_binary_junk_and_wrong_types_do_not_crash(clf):
    junk = os.urandom(4096).decode("latin-1")
    a = clf.assess({"title": junk, "description": b"\xff\xfe\x00binary", "price": 12.5, "seller": ["x"]})
    assert a.label in ("benign", "suspicious", "illegal")
    assert any("description: bytes" in w for w in a.warnings)
    assert any("seller: expected text" in w for w in a.warnings)


def test_non_mapping_is_a_clear_error(clf):
    with pytest.raises(TypeError, match="JSON object"):
        clf.assess(["not", "a", "listing"])


def test_versions_are_reported(clf):
    assert clf.lexicon_version and clf.model_version


@pytest.mark.parametrize("title, description", [
    ("猛犸象牙 吊坠 观音", "附进口证明和证书"),
    ("熊胆粉 0.5g*10瓶", "养殖场直供，有批准文号"),
    ("Mammoth ivory pendant with CITES-exempt certificate", "Siberian mammoth, certificate included."),
])
def test_legal_channels_go_to_review_not_benign(clf, title, description):
    a = assess(clf, title, description)
    assert a.label == "suspicious", a.explanation
    assert a.flagged


def test_replica_prefix_makes_a_product_a_replica(clf):
    for title in ("仿象牙 筷子 密胺 10双装", "树脂象牙 观音摆件 工艺品"):
        a = assess(clf, title)
        assert not a.flagged, a.explanation
        assert not [m for m in a.matches if m.category == "ivory" and m.kind == "name" and not m.suppressed_by]


def test_buying_word_before_a_product_is_demand(clf):
    a = assess(clf, "高价收 山甲片 生熟都要")
    assert a.flagged and "demand" in a.cues


@pytest.mark.parametrize("title", ["Carved bovine bone netsuke, clear Schreger lines", "骨雕 笔筒 牛骨 侧面有交叉纹"])
def test_legal_material_with_a_tell_of_ivory_is_a_cover_story(clf, title):
    a = assess(clf, title)
    assert a.flagged, a.explanation


def test_plain_cow_bone_craft_is_benign(clf):
    assert not assess(clf, "Carved cow bone pendant, koi fish", "Sealed with beeswax, cattle by-product").flagged


def test_a_term_inside_a_contact_handle_is_not_a_product(clf):
    a = assess(clf, "good stuff", "vx: ivory_88a")
    assert not [m for m in a.matches if m.category == "ivory"]
    assert a.contacts and a.contacts[0].value == "ivory_88a"


@pytest.mark.parametrize("title", ["Hornbill kayak paddle, carbon", "Carved rhino wood figurine", "水牛角 手串 黑色 天然"])
def test_an_animal_name_or_look_alike_alone_is_not_enough(clf, title):
    assert not assess(clf, title).flagged


def test_keyword_spam_is_cut_and_warned(clf):
    a = assess(clf, "象牙白 衬衫", "象牙白 " * 200_000)
    assert any("lexicon hits" in w for w in a.warnings)
    assert any("only the first" in w and "description" in w for w in a.warnings)


def test_a_space_the_seller_typed_is_a_word_boundary(clf):
    a = assess(clf, "雪豹皮 帽子 老手工")
    assert any(m.canonical == "雪豹皮" for m in a.matches)


def test_vietnamese_without_diacritics_matches(clf):
    a = assess(clf, "Vay te te kho, hang chuan", "Gia theo kg, inbox zalo")
    assert a.flagged and "pangolin" in a.categories


def test_short_vietnamese_words_do_not_collide_with_english(clf):
    a = assess(clf, "Dog crate, large", "Smoke-free home, ask the vet, the cop next door bought one too")
    assert a.matches == [] or not [m for m in a.matches if m.kind in ("name", "code_word", "product_form")]
    assert not clf.matcher.prefilter("Smoke-free home, ask the vet")


@pytest.mark.parametrize("title", ["非象牙 手镯 懂的来 内径57", "不是穿山甲片 你懂的 私聊"])
def test_a_product_denied_next_to_a_wink_goes_to_review(clf, title):
    a = assess(clf, title)
    assert a.flagged and a.label in ("suspicious", "illegal"), a.explanation
    assert "wink" in a.explanation


def test_a_plain_denial_without_a_wink_is_not_flagged(clf):
    a = assess(clf, "树脂 手镯 非象牙 仿古 工艺品")
    assert not a.flagged, a.explanation


@pytest.mark.parametrize("title", ["Mammoth ivory tusk section, no papers", "猛犸 手串 无证 便宜出"])
def test_legal_but_risky_material_goes_to_review(clf, title):
    a = assess(clf, title)
    assert a.flagged, a.explanation


def test_mammoth_fossil_model_for_kids_is_benign(clf):
    assert not assess(clf, "猛犸象 化石 科普 模型 骨架 拼装").flagged


def test_latin_cues_and_look_alikes_are_whole_words(clf):
    a = assess(clf, "Mammoth Ivory Wolf Pendant - Siberian, Hand Carved")
    assert not any(m.canonical == "ivory white" for m in a.matches), [m.canonical for m in a.matches]  # not "ivory wool"
    assert "contact-evasion" not in a.cues  # "ib" (inbox) is not inside "Siberian"
    assert "contact-evasion" in assess(clf, "ivory bangle, ib for price").cues


def test_a_cover_material_in_scare_quotes_is_a_wink(clf):
    quoted = assess(clf, "'bone' buddha beads, creamy, dm")
    assert any(m.quoted for m in quoted.matches) and quoted.flagged, quoted.explanation
    assert "quotes" in quoted.explanation
    assert not any(m.quoted for m in assess(clf, "bone buddha beads, creamy, dm").matches)
    zh = assess(clf, "“牛骨” 手串 有交叉纹 懂的来")
    assert any(m.quoted for m in zh.matches) and zh.flagged, zh.explanation


def test_a_symbol_the_squeezed_form_reads_as_a_letter_does_not_hide_a_product(clf):
    # the pre-filter form maps @ to "a" (p@ngolin); between Chinese characters it is a separator
    a = assess(clf, "象@牙 手镯 老料")
    assert any(m.canonical == "象牙" or m.category == "ivory" for m in a.matches), a.explanation


def test_unpaired_surrogates_are_replaced_not_a_crash(clf):
    a = clf.assess({"title": "象牙\ud800手镯 老料", "description": "\udfff", "seller": "a\ud83d"})
    assert a.flagged
    assert any("surrogate" in w for w in a.warnings)
    assert a.matches[0].start == 0


def test_a_legal_material_next_to_a_wink_is_a_cover_story(clf):
    a = assess(clf, "泡酒 药材 老货", "泡酒用的骨头，强筋健骨，名字不方便写，懂的来")
    assert a.flagged, a.explanation
    assert not assess(clf, "牛骨 梳子 手工", "天然牛骨，纹路自然，厂家直销").flagged


def test_english_inflection_check_agrees_with_the_spacy_tokenizer(clf):
    m = clf.matcher
    nlp = m.words.nlp()

    def by_tokenizer(text, n_start, n_end):
        for tok in nlp.tokenizer(text):
            if tok.idx <= n_end - 1 < tok.idx + len(tok.text):
                lemma = m.words.lemmas.get(tok.text, tok.text)
                return tok.idx >= n_start and lemma.lower() == text[n_start:n_end]
        return False

    for word in ["tusks", "horny", "scales", "cannot", "gonna", "dont", "ivories", "teeth", "hornbills", "wanna"]:
        for end in range(1, len(word) + 1):
            assert m.words.inflected_end(word, 0, end) == by_tokenizer(word, 0, end), (word, end)
