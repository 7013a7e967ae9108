"""A cabinet or drawer the goods were kept in is their provenance, not the item (classifiers/kept_in.py).
The demo marketplace's '鲮鲤甲 老药材 … 老家药柜里留下来的' fell to 0.49 with the session-13 model because
the pharmacy-cabinet look-alike (老药柜/药柜) covered the pangolin scales kept in it."""
import pytest

KEPT = [
    ("鲮鲤甲 老药材", "老家药柜里留下来的，一小包，约100克，便宜处理。"),
    ("穿山甲片 一小包", "外婆的药柜里剩下的，便宜出"),
    ("犀角片 几片", "爷爷的药柜里翻出来的，懂的来"),
    ("老虎骨 一小截", "百子柜裡收著的，老物件，私聊"),
]
CABINETS = [
    ("老药柜 一个 百子柜", "抽屉上写着犀角 虎骨 穿山甲，清代，品相好"),
    ("清代老药柜", "药柜里面早就空了，只剩标签：犀角 虎骨"),
    ("老药柜 一个", "抽屉里放过犀角和虎骨，现在空了，柜子出"),
]


@pytest.mark.parametrize("title,description", KEPT)
def test_goods_kept_in_a_cabinet_are_flagged(expect, title, description):
    expect.flagged(title, description)


@pytest.mark.parametrize("title,description", CABINETS)
def test_the_cabinet_itself_stays_out(expect, title, description):
    expect.not_flagged(title, description)


def test_the_cabinet_is_remote_where_the_goods_were_kept(clf):
    a = clf.assess({"title": "鲮鲤甲 老药材", "description": "老家药柜里留下来的，一小包，约100克，便宜处理。"})
    cabinets = [m for m in a.matches if m.kind == "benign_context" and "柜" in m.term]
    assert cabinets and all(m.remote for m in cabinets)
