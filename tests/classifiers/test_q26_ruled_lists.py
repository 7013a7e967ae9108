"""q26 (issue 12: negation over a list in event rules). An expo's, a fair's or a group's rules ('No star or
radiated tortoises at this show', 'No sale of wild-caught animals') deny what they list, every item of
the list and a trade cue after 'No sale of' too. A seller's own 'No lowballers, ...', 'No papers or
receipts for this ivory' keeps the product offered.
Listings written for this test (not copied from the training sets)."""
import pytest

FLAG = [
    ("Radiated tortoise babies", "No papers, no questions. Radiated tortoise hatchlings $400 each, DM"),
    ("Ivory bangle", "No lowballers or time wasters, ivory bangle 60mm, $500, DM me"),
    ("Ivory bangle", "No papers or receipts for this ivory bangle, sold as is, $500"),
    ("Star tortoise for sale",
     "No star or radiated tortoises are legal here, but I have two Indian star tortoise babies, WhatsApp me"),
]

STAY_OUT = [
    ("Turtle & Tortoise Swap Meet, Saturday",
     "Vendors: red-eared sliders, box turtles (captive-bred with paperwork), sulcata hatchlings with CB papers, supplies "
     "and food.\nRules: No Indian star or radiated tortoises. No sale of wild-caught animals. Wildlife officers will "
     "attend.\nEntry $5"),
    ("Spring Reptile Show - vendor rules",
     "Over 50 breeders: ball pythons, crested geckos, corn snakes, Russian and sulcata tortoises with captive-bred "
     "paperwork.\nShow rules: No sale of wild-caught reptiles. No Egyptian or spider tortoises on any table. All "
     "chelonians need CB documentation.\nAdmission $8"),
    ("Antique fair - dealer rules",
     "Sunday antiques fair, 80 dealers: furniture, silver, ceramics, clocks.\nDealer rules: No ivory, rhino horn or "
     "tortoiseshell items on any stand. No sale of items without provenance.\nFree entry"),
    ("爬宠交流会 本周日",
     "参展：球蟒、守宫、鬃狮蜥、人工繁育苏卡达（带证）。\n展会规定：严禁出售辐射陆龟、印度星龟，禁止带入野外捕捉的动物。\n门票20元"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_sellers_terms_keep_the_product(expect, title, description):
    expect.flagged(title, description)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_rules_deny_their_list(expect, title, description):
    expect.not_flagged(title, description)


def test_rule_denies_every_item(clf):
    a = clf.assess({"title": "Show rules", "description": "No star or radiated tortoises. 严禁出售辐射陆龟、印度星龟。"})
    named = [m for m in a.matches if m.kind in ("name", "product_form", "code_word")]
    assert named and all(m.negated for m in named)
