"""A product name among the SEO keywords of a registered herbal supplement's title (q19, issue 12; from
train_en11 0182 in the "Left for code" list): cleared only with a keyword title naming a supplement form,
an ingredient list of three or more items with no product among them, and a registration or approval
number. Guards: real horn powder sold in capsules, the product among the ingredients, no registration
number (en11-0182 itself has none; q22 clears it by its declaration "Does not contain any animal product",
test_q22_herbal_declaration.py), a wink beside the papers."""
import pytest

REGISTERED_HERBAL = [
    ("Rhino Horn Men Vitality Herbal Supplement Capsule 30pcs Natural Fast",
     "VigorMax capsules. Ingredients: tongkat ali, ginseng root, tribulus, maca. NPN 80045123. 30 capsules per bottle."),
    ("Bear Bile Liver Detox Herbal Supplement Capsules 60 caps Natural Cleanse",
     "LiverPure capsules. Ingredients: milk thistle, dandelion root, artichoke leaf, turmeric. Reg. No. 7781234. 60 capsules."),
    ("犀牛角 男士 草本 保健品 胶囊 正品 60粒 玛卡 人参 补肾", "成分：玛卡、人参、枸杞、淫羊藿。国食健字G20150123。每瓶60粒。"),
    ("Viên uống Sừng Tê Giác bổ thận tráng dương thảo dược chính hãng hộp 60 viên",
     "Thành phần: nhân sâm, ba kích, dâm dương hoắc, nhục thung dung, kỷ tử. SĐK: VD-2345-19. Hộp 60 viên nang."),
]

STAY_FLAGGED = [
    ("Rhino Horn Powder Men Energy Booster Herbal Supplement Capsule 60pcs",
     "Pure rhino horn powder in capsules, 100% horn, 60 capsules. Ships discreetly."),
    ("Rhino Horn Powder Capsules Men Energy Booster Natural Strong Supplement 60pcs",
     "Ingredients: rhino horn powder, ginseng, maca. Reg. No. 2231457. DM for bulk."),
    ("Tiger Bone Joint Pain Relief Herbal Supplement Capsules 90ct Natural Strong",
     "FlexiRoot joint capsules. Ingredients: turmeric root, boswellia, ginger, devil's claw root. 90 capsules per bottle."),
    ("Bear Bile Capsules Liver Detox Herbal Supplement 60 caps Natural Pure",
     "Ingredients: milk thistle, dandelion, artichoke. Reg. No. 7781234. Real bear bile inside, you know what I mean."),
    ("犀牛角粉 胶囊 男士 保健品 正品 60粒 补肾 壮阳", "成分：犀牛角粉、人参、玛卡。国食健字G20150123。私聊。"),
]


@pytest.mark.parametrize("title,description", REGISTERED_HERBAL)
def test_registered_herbal_keyword_title_is_cleared(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, a.explanation


@pytest.mark.parametrize("title,description", STAY_FLAGGED)
def test_real_powder_and_unregistered_stay_flagged(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, a.explanation
