"""What the item is outweighs a lone animal word: brand names (X牌), the title's head noun (car
parts, garments, software, tickets, figurines), and the platform's own category (the listing
contract's optional `category`). Hand-written listings."""
import pytest




@pytest.mark.parametrize("title", [
    "熊猫牌 奶粉 900g", "Tiger brand balm 30g", "Tiger seat covers universal fit", "Shark fin antenna for Toyota",
    "犀牛 展览门票 两张", "毛絨公仔 小熊貓", "穿山甲 激活码", "Rhino 3D license key", "象牙白 车衣",
    "穿山甲 钻头 工具", "Owl night light lamp", "Monkey wrench set",
])
def test_the_item_is_something_else(clf, title):
    a = clf.assess({"title": title})
    assert not a.flagged, a.explanation


def test_an_animal_name_as_a_brand_is_suppressed(clf):
    a = clf.assess({"title": "鳄鱼牌 皮带 男士"})
    assert all(m.suppressed_by for m in a.matches if m.kind == "name")


def test_the_platform_category_counts_but_a_labeled_files_category_does_not(clf):
    listing = {"title": "犀牛 摆件 一对"}
    assert "category_benign" in dict(clf.assess({**listing, "category": "玩具 > 毛绒玩具"}).contributions)
    # in a labeled file, `category` is the gold answer (LABELING.md): never read as the platform's
    labeled = clf.assess({**listing, "category": "toy", "label": "benign"})
    assert not [m for m in labeled.matches if m.field == "category"]


def test_a_product_form_keeps_its_weight_whatever_the_title_ends_with(clf):
    a = clf.assess({"title": "象牙手镯 老料 送 毛绒玩具"})
    assert a.flagged, a.explanation
