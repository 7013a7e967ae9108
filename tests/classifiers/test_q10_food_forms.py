"""q10 (issue 12, kind: a product + a food/medicine form word): "tiger bone cake", "lion bone cake",
"bone glue cake" (the glue cake is the product: domain.md, tiger bone glue/cake, WJC/PanNature) are
not food: the food word right after the part names the product's form. A food that only shares a
word (a cake shop, bone broth, 龟苓膏) stays out."""
import pytest

FLAG = [
    ("Lion bone cake ~ tiger substitute", "Bone cake from big cat, same effect as tiger. Laos made."),
    ("Big cat bone cake 100g", "bone cake from the big one, boiled 3 days, for joints. PM"),
    ("Tiger bone cake, old stock", "real tiger bone cake, 2 pieces, message me"),
]
STAY_OUT = [
    ("Dog bone cake for birthdays", "Dog birthday cake shaped like a bone, peanut butter, 6 inch"),
    ("Bone broth jelly cubes", "beef bone broth jelly, 500g, frozen, collagen"),
    ("龟苓膏 一箱", "广西梧州龟苓膏 24碗装 清热"),
    ("Chocolate bone cake topper", "bone shaped cake topper for dog party, food safe plastic"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_bone_cake_flags(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, (title, a.explanation)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_food_stays_out(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, (title, a.explanation)
