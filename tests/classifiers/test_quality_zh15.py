"""Kinds of misses found on tests/data/train_zh15.jsonl (a fresh hand-written Chinese set, 160 simplified and 80
traditional, 45 of them Hong Kong Cantonese: 小红书, 得物/识货, 孔夫子/微拍堂, 微店, 群接龙, border-market 代购, 1688
wholesale, 快手 live, 百度知道, Carousell/连登/FB groups, 露天/蝦皮/PTT; scored held out before the lexicon entries
below were added). Rhino horn as the TCM alias 乌角 (乌犀角 shortened) with a horn form, and described by the
base pores collectors call 鬃眼/满天星; pangolin 甲片 described by its sand roasting (金黄起泡) or its lactation
use; the hornbill casque as 'a bird's head' or by its red face with a yellow rim; ivory by 'no bone pores' in
more wordings (看不到骨眼, Cantonese 冇骨眼); an owl by the head that turns round; the African grey (App I) by its
grey plumage and red tail. Guards: second-hand books and photo books sold by grade and publisher, wine and
cigarette labels collected as paper, a grey car with red tail lights, a red T-shirt with yellow trim, sand-roasted
chestnuts, nail tips, toast, an owl toy, 乌木 and a black-bone chicken, a place called 乌角, gypsophila.
The set-level floor sits a little below the figure reached with the current model (F1 0.969, 4 of 94 look-alikes
flagged)."""
import json
from pathlib import Path

import pytest

SET = Path(__file__).resolve().parents[1] / "data" / "train_zh15.jsonl"

# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # rhino horn as 乌角 with a horn form (zh15-0095, then new wording)
    ("清 乌角 杯 老藏家出", "乌角杯一只，包浆厚，懂的来"),
    ("乌角料 一块 私聊", "老乌角料，颜色深，重，私聊价格"),
    ("乌角 素杯 老藏", "底部满天星，老藏家出，私聊"),
    # rhino horn by its base pores
    ("老角杯 鬃眼清晰", "角杯一只，底部鬃眼清晰，闻着有香味，不退换"),
    ("旧藏 角雕 满天星毛孔", "角雕小件，满天星毛孔，老藏家出"),
    # pangolin scales by their roasting or their use (zh15-0017, then new wording)
    ("甲片 砂炒 一两起", "砂炒金黄，片片起泡，产妇下奶用"),
    ("通乳甲片 半斤 现货", "老药铺的，炒过，宝妈专用"),
    ("催奶甲片 炒好的 私聊", "炒到起泡，一两起卖，要的私"),
    # an owl by its turning head (zh15-0159)
    ("救的小鸟 头能转一圈 有人要吗", "眼睛圆圆大大的，吃生肉，晚上叫，养不了出了"),
    # the hornbill casque by its colours or as a bird's head (zh15-0215)
    ("红顶黄皮 小牌子 老料", "红色带黄边的挂牌，很轻，懂的来"),
    ("红黄雕件 长辈说是鸟的头", "红带黄边小雕件，长辈说是鸟的头，出掉"),
    # ivory by 'no bone pores' (zh15-0199)
    ("老手镯 看不到骨眼 偏黄", "有细细的网纹，看不到骨眼，比牛骨重，私聊"),
    ("「骨」手镯 冇骨眼", "實物冇骨眼，有網紋，識貨PM"),
    # the African grey by its plumage (flagged; the label is left to the model here)
    ("出 灰身红尾 大鹦鹉", "会学人说话，亲人，无证，便宜出"),
]

# (title, description): must come out illegal (an App I parrot described, sold without papers; zh15-0053)
ILLEGAL = [
    ("灰毛红尾巴 鹦鹉 会说话 没证", "三岁，会叫名字，没证件，同城面交"),
    ("灰羽红尾 老鸟 转让", "养了八年，会吹口哨会叫人，没有证件，包活"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    ("《象牙雕刻艺术》 文物出版社 九五品", "书脊完好，内页干净，无笔记无划线"),
    ("穿山甲 生态摄影集 签名版", "一版一印，摄影集，书角略有磨损"),
    ("《犀角雕刻》图书 八五品", "人民美术出版社，版权页完整，内页干净"),
    ("老酒标 虎骨酒 一张", "纸质收藏，只有酒标，无酒"),
    ("豹骨酒 烟标 酒标 一组", "纯纸质，商标纸收藏，品相一般"),
    ("灰色红尾灯 汽车 改装", "灰色车身，红尾灯总成，原厂拆车件"),
    ("红色带黄边 T恤 童装", "纯棉，红色带黄边，110码"),
    ("砂炒栗子 现炒 金黄", "现炒板栗，砂炒，香甜"),
    ("甲片 穿戴甲 美甲 短款", "手工穿戴甲片，红色带金边，送胶"),
    ("金黄起泡 烤面包 吐司", "烤箱出炉，表面金黄起泡"),
    ("猫头鹰 毛绒玩具 头能转", "按一下头能转一圈，儿童玩具"),
    ("乌木 手串 黑檀", "乌木手串，非洲黑檀，密度高"),
    ("乌角鸡 土鸡 散养", "乌鸡散养一年，土鸡蛋"),
    ("乌角 小镇 旅游攻略", "乌角古镇两日游，住宿推荐"),
    ("满天星 干花 花束", "满天星干花，送女朋友"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_zh15_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "zh")


@pytest.mark.parametrize("title,description", ILLEGAL)
def test_zh15_app_one_parrot_is_illegal(expect, title, description):
    assert expect.flagged(title, description, "zh").label == "illegal"


@pytest.mark.parametrize("title,description", PASS)
def test_zh15_lookalike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "zh")


@pytest.fixture(scope="module")
def zh15_set():
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_zh15_set_floor(set_figures, zh15_set):
    """Flagging F1 on the whole set and false flags on its look-alikes stay near the figure reached."""
    fig = set_figures(zh15_set)
    assert len(zh15_set) == 240
    assert fig.f1 >= 0.95, fig
    assert fig.fp <= 6, fig
