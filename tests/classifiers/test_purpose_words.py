"""A place or show word (zoo, museum, exhibition) that says who an item is for or how good it is
("tusk for museum display", "rhino horn, museum grade", "gibbon for zoo") is not what the item is:
it must not explain a wildlife product away as a ticket or a visit. Tickets, visits and toys from
such places stay out. (Fresh wording; the kind was found on en6's held-out misses.)"""
import pytest

FLAG = [
    ("Elephant tusk for museum display, old", ""),
    ("Tiger skin for exhibition use only", "full with head, Telegram"),
    ("Rhino horn for collection, museum grade", "whole tip, 380g"),
    ("Live gibbon for zoo? licence only", "young male"),
    ("犀牛角 博物馆级 收藏品", "整支 私聊"),
    ("Bán sừng tê giác cho bảo tàng", "hàng chuẩn, ib"),
]
STAY_OUT = [
    ("Zoo tickets for two, elephant show", "Saturday, can't go"),
    ("Museum visit: ivory carvings exhibition, tickets 50", "guided tour"),
    ("Tiger plush from the zoo shop", "never played with"),
    ("Tickets for the zoo, tiger cub feeding show", ""),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_product_for_a_museum_or_zoo_reaches_a_reviewer(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, (title, a.explanation)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_tickets_and_visits_stay_out(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, (title, a.explanation)
