"""q37 (issue 12, kind: item scope in lists). In a short comma list of goods or animals, a look-alike on
an item that is a thing of its own (ox bone comb, resin figurines, plush tiger, candles, a legal pet)
speaks of that item only, never of a protected item elsewhere in the list (item_context.py, inline_lots'
item rule). Stay out: lists with no protected item, a look-alike the product word is part of
(牛骨仿象牙筷子), a protected word negated, a bare material that is the product's own ("resin, 5cm"),
toy and menu lists.
Second kind (pet_scope.py): an animal described, not named, as an entry of its own of a line whose other
entries name pets, in a post that says no papers: the pets do not cover it. Stay out: pet lists with no
described entry, a description inside a pet's own entry, papers shown."""
import pytest

FLAG = [
    ("", "resin figurines, ox bone comb, ivory bangle, pm me"),
    ("", "plush tiger, toy elephant, tiger bone wine, pm"),
    ("", "scented candles, tiger claw pendant, wool scarf, message me"),
    ("bán", "vòng sừng trâu, lược xương bò, vòng ngà voi, inbox"),
    ("闲置", "树脂手串, 牛骨梳子, 象牙筷子, 私聊"),
]
STAY_OUT = [
    ("闲置出", "水晶手串、牛骨仿象牙筷子、木梳 私聊"),
    ("moving sale", "ivory-coloured vase, ox bone comb, teak box, pm me"),
    ("toys", "plush tiger, toy elephant, rubber rhino, pm"),
    ("菜单", "虎皮青椒、象拔蚌、熊掌豆腐、龙虾"),
    ("pet shop", "leopard geckos, ball pythons, bearded dragons, DM"),
    ("", "leopard geckos, ball pythons, no star tortoises, dm"),
    ("", "ivory bangle, faux, resin, 58mm, dm"),
    ("", "tiger claw pendant, resin replica, message me"),
    ("", "carved ox bone pendant, looks like ivory, 5cm, dm"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_other_items_lookalikes_do_not_clear(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, (description, a.explanation)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_stay_out(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, (description, a.explanation)


UNPAPERED = [
    ("rehoming my reptiles", "3 crested geckos, 2 corn snakes, and one of the rare ones, star pattern shell, "
                             "about 10cm, no papers, dm"),
    ("reptiles", "selling 2 bearded dragons, 1 ball python, plus a little one with a star pattern shell, "
                 "no paperwork, cash"),
    ("出爬宠", "豹纹守宫两只、球蟒一条，还有一只背甲星星纹的小家伙，没证，私聊"),
]
PET_LISTS = [
    ("reptiles", "leopard geckos, ball pythons, corn snakes, all captive bred, pickup only"),
    ("reptiles", "leopard geckos (tangerine), ball pythons, corn snakes, sulcata tortoise with papers, dm"),
    ("reptiles", "2 leopard geckos (nocturnal, big eyes), ball pythons, corn snakes, no papers, pickup"),
]


@pytest.mark.parametrize("title,description", UNPAPERED)
def test_described_entry_among_pets_without_papers(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, (description, a.explanation)


@pytest.mark.parametrize("title,description", PET_LISTS)
def test_pet_lists_stay_out(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, (description, a.explanation)
