"""A colour named after another material (màu hổ phách / amber-coloured / 琥珀色, jade-green) is a
colour of the item, not that legal material (q12, issue 12, from train_vi7's "left for code" list:
tiger-bone liquor 'màu hổ phách' read as amber): it must not cancel the product named beside it.
Guards: things that are only amber-coloured (a shirt, glass, rice wine) and real amber stay out."""
import pytest

FLAG = [
    # the code word alone, no trade cue: 0.61 with the session-12 model, 0.55 after the session-13 retrain
    # (a strict xfail then), flagged again after the session-15 retrain (17,261 listings)
    ("Rượu xương ông 30 nhà ngâm", "Rượu đã lên màu hổ phách, tặng sếp hợp lý"),
    ("Cao ông 30 nấu tại nhà", "Cao đen bóng, ngâm rượu ra màu hổ phách, 100g"),
    ("大猫骨 泡酒", "酒色琥珀色，送礼佳品"),
    ("老虎骨头 泡的酒", "五年了，琥珀色，送长辈"),
]

PASS = [
    ("Áo sơ mi màu hổ phách", "Áo sơ mi nam màu hổ phách, size L, 250k"),
    ("Vòng thủy tinh màu hổ phách", "Vòng tay thủy tinh màu hổ phách, 50k"),
    ("Rượu nếp cái hoa vàng", "Rượu nếp màu hổ phách, thơm, 120k/lít"),
    ("Vòng hổ phách tự nhiên", "Hổ phách Baltic, màu vàng mật, có giấy kiểm định"),
    ("琥珀色 玻璃 花瓶", "琥珀色玻璃花瓶，高30厘米"),
    ("蜜蜡 手串 琥珀 天然", "天然琥珀蜜蜡手串，琥珀色正，带证书"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_a_colour_of_another_material_does_not_cancel_the_product(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, a.explanation


@pytest.mark.parametrize("title,description", PASS)
def test_amber_coloured_things_and_amber_stay_out(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, a.explanation
