"""q52 (train_live3 "Left for code", labels): an App I / China class I / Viet Nam IB animal described, or named only
by its group word, offered with no paper, is labelled illegal as the same animal named would be
(described_strict.py sets strict_unpapered from a species descriptor). Before, strict_listed acted on firm names
only and these came out suspicious.
Stay out (the learned label stands): an identification question or a hedge on the species, a captive-bred claim,
another species named (苏卡达), a descriptor of another group than the name's (a parrot that 'sings'), papers,
a plush.
"""
import pytest

from classifiers import features as feat
from classifiers import model as model_mod

DESCRIBED = [
    ("小陆龟 两只", "背甲上一个个星星一样的花纹，吃草，没证。", "¥3000"),
    ("Tortoises, star markings", "Two small tortoises with star markings on the shell, eat greens. No paperwork.", "$700"),
    ("Big blue parrot", "All cobalt blue macaw with a yellow eye ring, hand tame, no docs.", "$12,000"),
    ("长手臂的猴仔", "手臂特别长，早上会叫，一岁，冇證。", "HK$15000"),
    ("Con khỉ nhỏ mắt to", "mắt như hạt nhãn, leo cây chậm, không giấy tờ, pass lại.", "3tr"),
    ("大四脚蛇 一米二", "舌头分叉，会游泳的蜥蜴，野外抓的。", "¥1800"),
    # only a price in the price field says it is offered; the gibbon's dawn song in English and Vietnamese
    ("Black ape baby", "Long arms, sings loud at dawn, one year old.", "$8,000"),
    ("Con khỉ đen", "tay dài, hú buổi sáng, 1 tuổi.", "25tr"),
]

STAY = [
    ("小陆龟 背上有星星", "不知道什么品种，背上星星花纹，有人要吗", "¥800"),
    ("Tortoise with star markings - what is it?", "Star markings on shell, anyone know the species? Selling.", "$200"),
    ("陆龟 星星花纹 自家繁殖", "背上星星花纹，自家繁殖，无证。", "¥2000"),
    ("鹦鹉 会唱歌", "小鹦鹉会唱歌，荡来荡去，无证。", "¥300"),
    ("苏卡达陆龟 星星花纹", "苏卡达，背上星星花纹？没有证。", "¥600"),
    ("Star tortoise plush", "Star markings tortoise plush toy, soft.", "$20"),
    ("Radiated-look tortoises with CITES", "Star markings on the shell, CITES permit and captive bred certificate.", "$900"),
]


def _features(clf, title, description, price):
    listing = {"title": title, "description": description, "price": price}
    norm, texts = [], {}
    raw, contacts, _ = clf.raw_matches(listing, norm, texts, None)
    f, _why = feat.extract(raw, len(contacts), clf.quoted_material(listing) if raw else None, listing)
    if raw and norm and clf.model.text is not None:
        f["text_model"], _ = clf.text_logit(norm[0])
    return listing, f


@pytest.mark.parametrize("title,description,price", DESCRIBED)
def test_described_house_species_is_illegal(clf, title, description, price):
    listing, f = _features(clf, title, description, price)
    assert f.get("strict_unpapered")
    assert clf.assess(listing).label == "illegal"
    without = {k: v for k, v in f.items() if k != "strict_unpapered"}
    assert model_mod.decide(clf.model, without, clf.threshold)[1] == "suspicious"  # the label before


@pytest.mark.parametrize("title,description,price", STAY)
def test_asked_hedged_bred_or_other_species_keeps_learned_label(clf, title, description, price):
    listing, f = _features(clf, title, description, price)
    assert not f.get("strict_unpapered")
    assert clf.assess(listing).label != "illegal"


# strict_listed's house names (q52): the golden coin turtle (China class I) and the lesser sulphur-crested
# (= yellow-crested, App I) cockatoo; the plain sulphur-crested cockatoo (App II) and a papered 金钱龟 stay out
HOUSE_NAMED = [
    ("Golden coin turtle, adult", "Golden coin turtle, red belly, no papers.", "$9,000"),
    ("金钱龟 一只 无证", "金钱龟，野外的，没有证，私聊。", "¥20000"),
    ("Lesser sulphur-crested cockatoo", "Lesser sulphur-crested, tame, talks, no paperwork.", "$3,500"),
]
HOUSE_STAY = [
    ("Sulphur-crested cockatoo", "Sulphur-crested cockatoo 5 yrs, talks, no papers.", "$1,800"),
    ("金钱龟 人工繁育 带证", "金钱龟苗，人工繁育，附驯养繁殖许可证和专用标识。", "¥3000"),
]


@pytest.mark.parametrize("title,description,price", HOUSE_NAMED)
def test_house_names_added(clf, title, description, price):
    listing, f = _features(clf, title, description, price)
    assert f.get("strict_unpapered") and clf.assess(listing).label == "illegal"


@pytest.mark.parametrize("title,description,price", HOUSE_STAY)
def test_app_ii_cockatoo_and_papered_coin_turtle_stay(clf, title, description, price):
    _, f = _features(clf, title, description, price)
    assert not f.get("strict_unpapered")
