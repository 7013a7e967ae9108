"""q48 (train_live2 / train_en15 'Left for code'). Kinds:
(a) a size written apart from the Chinese word before it (水巨 1米2, 金钱龟 12 公分) is joined as when written
    together (normalize._join_cjk_sizes and its compiled twin), so the lexicon's size phrase (水巨1米) matches;
(d) a bare 'bone' in a text that names a big-cat bone product (tiger glue = 虎骨胶, cao hổ, tiger bone wine)
    is that product's bone, not the legal bone material (coded_bone.py);
(e) an App I species named right after the generic parrot-egg word (trứng vẹt xám) keeps its strength
    (egg_species.py).
Each kind: wordings that moved, and look-alikes that must stay where they were."""
import importlib

import pytest

N = importlib.import_module("classifiers.normalize")


def _assess(clf, title, description, price=""):
    return clf.assess({"title": title, "description": description, "price": price})


# (a) sizes spaced off the Chinese word
JOINED = [
    ("水巨 1米2 开口好", "水巨1米2 开口好"),
    ("金钱龟 12 公分", "金钱龟12公分"),
    ("金錢龜 12 公分", "金钱龟12公分"),
    ("水巨  1.5米", "水巨1.5米"),
    ("象牙 30 厘米", "象牙30厘米"),
]
NOT_JOINED = [
    ("微信 123 联系", "微信 123 联系"),  # a number with no unit
    ("价格 300 元", "价格 300 元"),
    ("size 12 公分", "size 12 公分"),  # no Chinese word before
    ("水巨 1米2", None),
]


@pytest.mark.parametrize("raw,want", JOINED)
def test_size_joined_both_paths(raw, want):
    assert N._normalize_slow(raw).text == want
    assert N.normalize(raw).text == want


@pytest.mark.parametrize("raw,want", NOT_JOINED[:3])
def test_number_without_unit_stays_apart(raw, want):
    assert N._normalize_slow(raw).text == want
    assert N.normalize(raw).text == want


def test_offsets_point_at_what_was_written():
    raw = "水巨 1米2"
    n = N.normalize(raw)
    i = n.text.index("1")
    assert raw[n.starts[i]:n.ends[i]] == "1"
    s = N._normalize_slow(raw)
    assert list(s.starts) == list(n.starts) and list(s.ends) == list(n.ends)


SIZES = [
    ("水巨 1米2 开口好 吃鸡架", "五爪金龙，身上黄斑，吃鸡架吃鱼。无证，同城面交。"),
    ("出水巨 2米 开口稳", "自己养的，无证，同城自提。"),
    ("水巨 1 米 8 活体", "吃鸡肉，脾气好，私聊。"),
]
SIZES_STAY = [
    ("水巨大 1米2 的鱼缸", "二手鱼缸，水巨大容量，1米2长，自提。"),
    ("大水缸 1米2", "养鱼用，自提。"),
]


@pytest.mark.parametrize("title,description", SIZES)
def test_spaced_size_flags(clf, title, description):
    a = _assess(clf, title, description)
    assert a.flagged, (title, a.explanation)


@pytest.mark.parametrize("title,description", SIZES_STAY)
def test_spaced_size_look_alikes_stay_out(clf, title, description):
    a = _assess(clf, title, description)
    assert not a.flagged, (title, a.explanation)


# (d) a bare bone beside a named big-cat bone product
BONE = [
    ("Cao hổ (tiger glue) 100g", "Cao hổ nguyên chất, tiger glue block 100g, bone from a whole animal boiled 3 days."),
    ("Tiger bone wine 500ml", "Real tiger bone wine, bones soaked 5 years. DM."),
    ("虎骨胶 一块", "Pure, the bone was boiled for three days, DM for price."),
]
BONE_STAY = [
    ("Bone carving tiger figurine", "Hand carved tiger statue, bone material, 10cm."),
    ("Tiger balm and bone broth", "Balm for muscles, bone broth powder 500g."),
]


def _bone_material(a):
    return [m for m in a.matches if m.kind == "benign_context" and m.cue == "legal_material"
            and m.term.lower() in ("bone", "bones")]


@pytest.mark.parametrize("title,description", BONE)
def test_bone_of_named_product_is_no_legal_material(clf, title, description):
    a = _assess(clf, title, description)
    assert a.flagged and not _bone_material(a), (title, a.explanation)


def test_bone_material_stays_without_bone_product(clf):
    a = _assess(clf, *BONE_STAY[0])
    assert _bone_material(a) and not a.flagged, a.explanation


@pytest.mark.parametrize("title,description", BONE_STAY)
def test_bone_look_alikes_stay_out(clf, title, description):
    assert not _assess(clf, title, description).flagged


# (e) an App I parrot named with the generic egg word
EGGS = [
    ("Trứng vẹt xám có phôi, ấp 10 ngày", "Trứng vẹt xám có phôi, soi đèn thấy mạch máu, ship kèm máy ấp. Không giấy."),
    ("Bán trứng vẹt xám châu phi", "Trứng có phôi, không giấy tờ, ship toàn quốc."),
    ("Trứng vẹt xám", "Có phôi 7 ngày, không giấy tờ, inbox."),
]
EGGS_STAY = [
    ("Trứng vẹt xám giả bằng gỗ trang trí", "Quả trứng gỗ sơn màu, đồ chơi cho vẹt."),
]


@pytest.mark.parametrize("title,description", EGGS)
def test_app_i_eggs_illegal(clf, title, description):
    a = _assess(clf, title, description)
    assert a.label == "illegal", (title, a.explanation)
    assert any(m.canonical == "非洲灰鹦鹉" and m.suppressed_by is None for m in a.matches)


def test_generic_eggs_stay_in_review(clf):
    a = _assess(clf, "Trứng vẹt có phôi", "Trứng vẹt lovebird có phôi, ship toàn quốc.")
    assert a.label == "suspicious", a.explanation


@pytest.mark.parametrize("title,description", EGGS_STAY)
def test_egg_look_alikes_stay_out(clf, title, description):
    assert not _assess(clf, title, description).flagged


# (c) food or supplies for the species listed after 'for' (supply_for.py)
SUPPLIES = [
    ("Cám viên cho vẹt lớn (macaw, vẹt xám, cockatoo) 1kg",
     "Cám viên dinh dưỡng nhiều hạt, bổ sung vitamin, dành cho vẹt cỡ lớn như macaw, vẹt xám, cockatoo. Túi zip 1kg."),
    ("Parrot seed mix 2kg", "Premium seed mix for African grey, macaw, cockatoo and amazons. Sealed bag."),
    ("Bird food 1kg", "Pellets for macaw and african grey, fresh date."),
    ("Thức ăn cho vẹt xám và vẹt macaw", "Hạt dinh dưỡng, túi 500g."),
    ("大型鸚鵡飼料 2公斤", "營養均衡，適合金剛鸚鵡、非洲灰鸚鵡、葵花鳳頭，密封包裝。"),
]
SUPPLIES_STAY_FLAGGED = [
    ("Bán vẹt xám con", "Vẹt xám non 3 tháng, tặng kèm cám viên cho vẹt. Không giấy."),
    ("African grey for sale", "Young African grey, comes with seed mix for parrots. No papers, cash only."),
    ("Cám cho vẹt, bán vẹt xám", "Cám viên cho vẹt 1kg. Có bán vẹt xám non, không giấy."),
]


@pytest.mark.parametrize("title,description", SUPPLIES)
def test_supplies_for_species_stay_out(clf, title, description):
    a = _assess(clf, title, description)
    assert not a.flagged, (title, a.explanation)


@pytest.mark.parametrize("title,description", SUPPLIES_STAY_FLAGGED)
def test_bird_sold_beside_supplies_stays_flagged(clf, title, description):
    a = _assess(clf, title, description)
    assert a.flagged, (title, a.explanation)


# (b) a kitten word beside a wild cat named or described is the wild cat's age (kitten_head.py)
KITTENS = [
    ("Mèo con lông đốm lạ, hoang dã", "Mèo con lông đốm lạ lắm, tính hơi hoang, không biết lai gì."),
    ("Mèo con lai mèo rừng", "Bắt được ở rẫy, 2 tháng tuổi, ăn thịt sống."),
    ("Leopard cat kitten", "Wild caught leopard cat kitten, 8 weeks, eats raw meat. Cash only."),
    ("出小猫咪 豹猫崽", "山里捡的豹猫崽，野性大，同城自提。"),
]
KITTENS_STAY = [
    ("Mèo con tam thể", "Mèo con 2 tháng, đã tẩy giun, ngoan."),
    ("Kitten with leopard print collar", "Sweet tabby kitten, 10 weeks, comes with a leopard print collar."),
    ("孟加拉豹猫 小猫咪", "家养孟加拉猫，疫苗齐全。"),
]


def _kitten_pet(a):
    return [m for m in a.matches if m.kind == "benign_context" and m.term.lower() in ("mèo con", "kitten", "小猫咪")]


@pytest.mark.parametrize("title,description", KITTENS)
def test_kitten_word_covers_no_wild_cat(clf, title, description):
    a = _assess(clf, title, description)
    assert a.flagged and not _kitten_pet(a), (title, a.explanation)


def test_spotted_kitten_goes_to_review_firmly(clf):
    a = _assess(clf, *KITTENS[0])
    assert a.label == "suspicious" and a.score >= 0.9, a.explanation


@pytest.mark.parametrize("title,description", KITTENS_STAY)
def test_house_kittens_stay_out(clf, title, description):
    a = _assess(clf, title, description)
    assert not a.flagged and _kitten_pet(a), (title, a.explanation)


# (c) a keeper's registration named for an animal of a mixed group entry with no appendix (live_papers)
REGISTERED = [
    ("合法人工繁殖 黃金蟒 附登記證明", "人工繁殖黃金蟒，附農委會飼養登記證明，可過戶。"),
    ("网纹蟒 转让", "人工繁殖网纹蟒，有饲养登记证，可过户，面交。"),
    ("緬甸蟒 白化", "已辦寵物登記，附登記證明，可過戶。"),
]
REGISTERED_STAY_FLAGGED = [
    ("眼镜王蛇 转让", "有饲养登记证，可过户。"),  # king cobra: the house rule's class I, stays in review
    ("水巨蜥 转让", "有饲养登记证，可过户。"),
    ("黄金蟒 出", "野生的，饲养登记证在办，私聊。"),  # pending and wild
    ("黄金蟒 转让", "自己养的，无证，同城面交。"),
]


@pytest.mark.parametrize("title,description", REGISTERED)
def test_registered_python_is_a_pet_sale(clf, title, description):
    a = _assess(clf, title, description)
    assert not a.flagged, (title, a.explanation)


@pytest.mark.parametrize("title,description", REGISTERED_STAY_FLAGGED)
def test_class_i_or_unregistered_stays_flagged(clf, title, description):
    a = _assess(clf, title, description)
    assert a.flagged, (title, a.explanation)
