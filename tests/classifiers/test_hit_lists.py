from classifiers.hit_lists import drop_where


def test_drop_where_keeps_order_and_the_list_itself_when_nothing_goes():
    hits = [1, 2, 3, 4, 5]
    assert drop_where(hits, lambda m: m > 9) is hits
    assert drop_where(hits, lambda m: m % 2 == 0) == [1, 3, 5]
    assert drop_where(hits, lambda m: True) == []
    assert hits == [1, 2, 3, 4, 5]  # the caller's list is never changed
