"""Session 11 (lead): two readings that a retrain had left on the edge.

- A pet food the animal eats ("eating pellets", 开食吃饲料, ăn cám) is the diet of the animal sold, as a
  fruit it eats is (match_scope._eats): it says the animal is alive and feeding, not that food is sold.
- A seller's warning against counterfeits (假酒请勿购买，我家正宗; "fakes, don't buy them, ours is real") is a
  boast of authenticity, not conservation talk (fake_warnings.py)."""
import pytest

FLAG = [
    ("Spotted pond turtle pair, imported", "Geoclemys hamiltonii, 12cm, eating pellets. Docs? Ask."),
    ("Radiated tortoise babies", "3 con, eating pellets and greens well, ship nationwide, ib"),
    ("金钱龟苗 两只", "已开食 吃饲料 包活 私聊"),
    ("虎骨酒 老酒", "假酒请勿购买，我家正宗，九十年代的"),
    ("犀角杯 老件", "仿品请勿购买 本店只出真品 微信详聊"),
    ("Tiger bone wine, old stock", "Fake ones around, don't buy them. Ours is the real thing, DM"),
]
STAY_OUT = [
    ("Turtle food pellets 500g", "Floating pellets for aquatic turtles, they love eating pellets, high protein"),
    ("乌龟饲料 龟粮 500克", "小乌龟开食专用 吃饲料不挑 包邮"),
    ("用其他药材代替", "老方子里的虎骨现在已买不到，请勿购买，用其他药材代替"),
    ("假象牙泛滥", "网上很多假象牙，请勿购买，发现请举报"),
    ("Beware of fake ivory", "Most 'ivory' online is fake or illegal. Do not buy it. Report sellers to the platform."),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_flags(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, (title, a.explanation)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_stays_out(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, (title, a.explanation)
