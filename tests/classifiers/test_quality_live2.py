"""Kinds of misses found on tests/data/train_live2.jsonl (a fresh hand-written live-animal set: 70 simplified
and 40 traditional/Cantonese/Taiwan Chinese, 90 Vietnamese; 闲鱼/转转, 贴吧, 微信/QQ groups, 快手/抖音 live,
Carousell/連登, 露天/PTT, Chợ Tốt, Facebook groups, Zalo, TikTok live; scored held out before the lexicon
entries below were added). Live animals described or nicknamed, not named: the African grey by 'grey body
(身子/身体), red tail'; the water monitor by the keepers' 水巨 with a count, length or feeding word; the golden
coin turtle by its keels and golden head or as 'rùa 3 vạch'; a kitten likened to a leopard or questioned as
wild; buyers taking any turtle in bulk; papers that are a copy, another keeper's, lapsed or a commune note.
The first listing of each kind is in the spirit of the set's miss (live2-0008, -0085, -0024, -0132, -0039,
-0038, -0150, -0093, -0161), the rest are new wording. Guards: tabby and Bengal cats, turtle figurines,
hornbill carvings, feeder insects, the imperial five-clawed dragon, a 金钱草 plant, papered animals.
The set-level floor sits a little below the figure reached with the current model (F1 0.957, 2 of 80
look-alikes flagged)."""
import json
from pathlib import Path

import pytest

SET = Path(__file__).resolve().parents[1] / "data" / "train_live2.jsonl"

# (title, description, lang): must be flagged (illegal or suspicious)
FLAG = [
    # the African grey by body and tail words
    ("大鹦鹉转让 灰色身子红色尾巴", "会叫主人名字，养了六年，没有证，只限同城", "zh"),
    ("出只会说话的鸟 灰色身体红尾巴", "学电话响学咳嗽，十岁左右，价格私聊", "zh"),
    # the water monitor by 水巨 with a count, length or feeding word
    ("出一条水巨 两米 性格稳", "吃鸡架吃鱼，没文件，面交", "zh"),
    ("水巨开口好 吃活鱼", "一米五左右，冇证，PM", "zh"),
    ("五爪金龙蜥蜴 一米", "身上黄斑，爬得快，同城自提", "zh"),
    # the golden coin turtle by looks or by the Vietnamese stripe name
    ("老种龟 背上三条黑线 头金黄色", "野外回来的，半斤左右，吃虾，懂的来", "zh"),
    ("Rùa ba vạch đầu vàng 4 lạng", "Hàng tự nhiên, ăn tôm tép, giao tay", "vi"),
    # a kitten likened to a leopard or questioned as wild
    ("小猫崽 花纹像豹 不亲人", "田里捡的，咬人，吃生肉，谁要", "zh"),
    ("出只小猫 不知道是家猫还是野猫", "身上有斑点，性子野，收点饭钱", "zh"),
    ("Mèo con lông đốm như báo", "Nhặt được ngoài rẫy, còn hoang, ai nuôi ib", "vi"),
    # buyers taking any turtle in bulk
    ("长期收龟 大小都要", "老龟大龟优先，现金结算，上门收", "zh"),
    ("Nhận mua rùa số lượng lớn", "Mua rùa núi, rùa suối, có xe tới tận nơi", "vi"),
    # papers that do not clear the animal
    ("凤头鹦鹉 黄冠 有证", "证件名字不是我，过户自己去办", "zh"),
    ("Vẹt mào vàng 3 tuổi", "Có giấy photo, bản chính chủ cũ giữ", "vi"),
    ("Trăn gấm 2m", "Có giấy phép nhưng giấy phép hết hạn rồi", "vi"),
]

# (title, description, lang): must come out illegal (an App I / class I animal by looks or keepers' name)
ILLEGAL = [
    ("转让 灰色身子红尾巴的鸟", "会说你好再见，无证，加微看视频", "zh"),
    ("出条水巨 一米二", "好开口，没手续，同城面交", "zh"),
    ("Rùa vàng 3 vạch 5 lạng", "Hàng rừng, không giấy, ship toàn quốc", "vi"),
]

# (title, description, lang): must stay out (benign look-alikes)
PASS = [
    ("狸花猫 小猫 三个月", "中华田园猫，虎斑花纹，打过疫苗，送猫砂盆", "zh"),
    ("孟加拉豹猫 CFA 血统", "猫舍繁育，有血统证书，已驱虫", "zh"),
    ("五爪金龙 刺绣 挂画", "手工刺绣五爪金龙，客厅装饰", "zh"),
    ("金钱草 盆栽 好养", "铜钱草水培，叶子圆圆的", "zh"),
    ("草龟苗 养殖场直供", "人工养殖草龟苗，带检疫证，批发零售", "zh"),
    ("龟摆件 铜龟 招财", "黄铜金钱龟摆件，背上三条线造型", "zh"),
    ("Tượng chim hồng hoàng bằng gỗ", "Gỗ hương tạc tay, cao 40cm, trưng phòng khách", "vi"),
    ("Sâu super, dế cho bò sát", "Thức ăn sống cho bò sát, giao nội thành", "vi"),
    ("Mèo mướp con 2 tháng", "Mèo nhà đẻ, lông vằn, cho miễn phí", "vi"),
    ("人工繁育黄缘 有驯养证和专用标识", "每只有溯源码，可查", "zh"),
]


@pytest.mark.parametrize("title,description,lang", FLAG)
def test_live2_trade_listing_reaches_a_reviewer(expect, title, description, lang):
    expect.flagged(title, description, lang)


@pytest.mark.parametrize("title,description,lang", ILLEGAL)
def test_live2_class_one_animal_is_illegal(expect, title, description, lang):
    assert expect.flagged(title, description, lang).label == "illegal"


@pytest.mark.parametrize("title,description,lang", PASS)
def test_live2_lookalike_stays_out(expect, title, description, lang):
    expect.not_flagged(title, description, lang)


@pytest.fixture(scope="module")
def live2_set():
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_live2_set_floor(set_figures, live2_set):
    """Flagging F1 on the whole set and false flags on its look-alikes stay near the figure reached."""
    fig = set_figures(live2_set)
    assert len(live2_set) == 200
    assert fig.f1 >= 0.94, fig
    assert fig.fp <= 4, fig
