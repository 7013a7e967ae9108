"""q23 (issue 12 kind 3): the plural 'you know' (你们懂, 你們懂, 大家懂的, Cantonese 你哋明) said instead of
naming the material, also on one line of a clearance list beside legal materials (trade_cues.yaml), and
its look-alike: a quality boast (品质你懂的, 质量你们懂, 做工大家都懂) is no wink (boast_winks.py), on legal
materials too. Stay out: boasts, an office joke, a sofa."""
import pytest

FLAG = [
    ("清仓 文玩", "小叶紫檀 200，星月菩提 50，一块白的老牌子（纹路自己看，你们懂）面议，核桃一对 100"),
    ("出个小件", "白白的小挂件，有纹路，你們懂，同城面交。"),
    ("老物件", "老物件一个，黄黄的，有细纹，你们懂，价格私。"),
    ("老件", "阿爷留低嘅老件，白色有纹，你哋明，有意PM。"),
]
STAY_OUT = [
    ("小叶紫檀手串", "小叶紫檀手串，金星满布，品质你们懂，300包邮。"),
    ("小叶紫檀手串 老料", "小叶紫檀手串，金星满布，品质你懂的，300包邮。"),
    ("牛骨梳", "牛骨梳子，手工打磨，质量你懂的，50一把。"),
    ("牛角梳", "水牛角梳子，做工大家都懂的，80一把。"),
    ("加班", "周末又加班，打工人的苦你们懂，晒一下我的犀牛玩偶。"),
    ("宜家沙发", "宜家沙发九成新，你们懂，自提。"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_plural_wink_goes_to_review(expect, title, description):
    expect.flagged(title, description)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_quality_boasts_and_jokes_stay_out(expect, title, description):
    expect.not_flagged(title, description)
