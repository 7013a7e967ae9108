"""q22 (issue 12, false flags; train_en11 0182 in the "Left for code" list): a keyword-stuffed herbal
supplement title ("Rhino Horn Powder ... Herbal Supplement Capsule") over a list of plant ingredients is
cleared by the label's own declaration that it holds nothing animal, as by a registration number
(classifiers/herbal_keyword_titles.py). Stay flagged: real powder in capsules that says it is pure horn,
the product among the ingredients, a declaration beside a wink, no declaration and no number."""
import pytest

CLEARED = [
    ("Tiger Bone Joint Support Herbal Supplement Capsules 90ct Natural Strong Flex",
     "FlexRoot capsules. Ingredients: turmeric, boswellia, ginger root, white willow bark. Contains no animal ingredients. 90 capsules."),
    ("Bear Bile Liver Cleanse Herbal Supplement Capsules 60ct Detox Natural Pure",
     "Ingredients: milk thistle, artichoke, dandelion root, schisandra. 100% vegan, does not contain animal products."),
    ("Rhino Horn Extreme Male Herbal Supplement Tablets 30ct Natural Power Boost",
     "Ingredients: horny goat weed, maca, tribulus, ginseng. Free from animal derivatives. 30 tablets."),
]
STAY_FLAGGED = [
    ("Rhino Horn Powder Men Energy Booster Herbal Supplement Capsule 60pcs",
     "Pure rhino horn powder in capsules, 100% horn. Does not contain any fillers. 60 capsules."),
    ("Rhino Horn Powder Capsules Men Energy Booster Natural Strong Supplement 60pcs",
     "Ingredients: ginseng, maca, real rhino horn powder. 100% vegan capsule shell. DM for bulk."),
    ("Tiger Bone Joint Pain Relief Herbal Supplement Capsules 90ct Natural Strong",
     "Ingredients: turmeric root, boswellia, ginger. Does not contain animal products ;) you know what I mean."),
]


@pytest.mark.parametrize("title,description", CLEARED)
def test_declared_plant_only_herbal_title_is_cleared(expect, title, description):
    expect.not_flagged(title, description)


@pytest.mark.parametrize("title,description", STAY_FLAGGED)
def test_real_powder_stays_flagged(expect, title, description):
    expect.flagged(title, description)
