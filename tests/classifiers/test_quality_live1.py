"""Kinds of misses found on tests/data/train_live1.jsonl (a fresh hand-written set about LIVE animals: 90 Chinese
incl. 25 traditional/Cantonese, 80 English, 70 Vietnamese; pet groups, 闲鱼, 贴吧, live streams, Craigslist, Reddit,
Chợ Tốt, Zalo; scored held out before the lexicon entries below were added). Higher taxa sold alive by a
colloquial name (夜猫子 owl, a big swimming 四脚蛇, 大蟒, a leopard cub by its coin rosettes, a python by its
length, 'clouded kitten', bé hổ), described not named (a hornbill's casque, a hooked beak, an otter juggling
pebbles, the grey with a red tail as 灰毛, a net-patterned snake, a loris by its night habits), eggs sold to hatch
or dug from a nest, papers 'to follow' or 'being made'. Guards: lost-pet notices, cages sold for parrots, zoo
births, chicken hatching eggs, the night-owl idiom, coin-pattern dresses, Python books. The set-level floor
sits a little below the figure reached with the current model (F1 0.965, 2 of 96 look-alikes flagged)."""
import json
from pathlib import Path

import pytest

SET = Path(__file__).resolve().parents[1] / "data" / "train_live1.jsonl"

# (title, description, lang): must be flagged (illegal or suspicious)
FLAG = [
    # an owl as 夜猫子 with a buying or young word
    ("收夜猫子 活的 价格美丽", "长期收，大小都要，上门取货", "zh"),
    ("夜猫子幼鸟 两只 出", "树上掏的，吃肉，要的联系", "zh"),
    # a leopard cub by its rosettes
    ("金钱斑宝宝 一只", "刚断奶，很凶，私聊价格", "zh"),
    # a hornbill by its casque
    ("大鸟 嘴上有个盔 会叫", "黑白色，吃水果，没证件，私聊", "zh"),
    ("Big black and white bird, casque on its bill", "Loud honk, eats fruit, no papers, pickup only", "en"),
    # a raptor by its hooked beak, as a finder says it
    ("捡了只鸟 嘴巴是勾的 转给会养的", "爪子很利，吃生肉，给点饲料费就行", "zh"),
    # a found animal passed on for a 'feed fee' or 'milk money'
    ("山上捡的小猴 只收奶粉钱", "三个月，会自己吃香蕉，很粘人", "zh"),
    # an otter by its pebble juggling
    ("小萌宠 会抛石子 爱玩水", "东南亚过来的，定金锁单", "zh"),
    # parrot eggs sold to hatch
    ("金刚蛋 出几枚 受精的", "照蛋能看到血丝，自己孵", "zh"),
    ("Parrot eggs, fertile, shipped in a box", "From our big macaw pair, candled", "en"),
    ("Trứng vẹt có phôi", "Trứng vẹt to, về ấp nở, ship toàn quốc", "vi"),
    # a clouded leopard by the keepers' short form
    ("clouded cubs x2", "from Laos, serious only, DM", "en"),
    # a monitor and a python by colloquial or size words
    ("大四脚蛇 一条 会游泳", "一米多，河边抓的，不发快递", "zh"),
    ("野生大蟒 一条 出", "山上老乡抓的，要的联系", "zh"),
    ("15ft python, need gone", "No paperwork, comes with tub", "en"),
    # turtle eggs dug from a nest
    ("一窝龟蛋 河滩挖的", "十来个，要的拿去孵", "zh"),
    ("Dug up a nest of eggs on the beach", "Leathery eggs, anyone want them?", "en"),
    ("Trứng rùa mới đào", "Đào ngoài bãi cát sáng nay, ai lấy ib", "vi"),
    # papers 'to follow' / 'being made'
    ("大鸚鵡 識講嘢 紙補緊", "白色有冠，想放，有意PM", "zh"),
    ("Vẹt to, giấy tờ tính sau", "Vẹt to màu đỏ xanh, biết nói, cọc trước", "vi"),
    # Vietnamese: a tiger cub, a loris by its night habits, a pre-order of imported parrots
    ("Bé hổ 2 tháng, giao tận nơi", "Còn bú sữa, đặt cọc giữ bé", "vi"),
    ("Pet lạ, ban ngày cuộn tròn ngủ, tối mới dậy", "Mắt to tròn, ôm cành ngủ, ib xem hình", "vi"),
    ("Nhận cọc vẹt con nhập khẩu", "Loại to, giao tháng sau, ib", "vi"),
    # the African grey by grey plumage and red tail; a reticulated python by its net pattern
    ("出一只 灰毛红尾 会说话", "会学门铃，没脚环，同城", "zh"),
    ("大蛇 身上网状花纹 四米", "没有文件，要的来", "zh"),
]

# (title, description, lang): must come out illegal (App I / class I animals by these names)
ILLEGAL = [
    ("金钱斑崽 两个月", "可预定，定金到位安排", "zh"),
    ("Bé hổ con 3 tháng", "Lông vàng vằn đen, đặt trước giao tận nơi", "vi"),
    ("clouded kitten avail", "cloud pattern, big canines, DM", "en"),
]

# (title, description, lang): must stay out (benign look-alikes)
PASS = [
    ("寻鸟 鹦鹉飞走了", "我家玄凤从阳台飞走了，黄脸红脸蛋，捡到请联系，必有重谢", "zh"),
    ("LOST parrot - flew off Sunday", "Green quaker, called Kiwi, reward for safe return", "en"),
    ("Tìm vẹt lạc ở Q7", "Vẹt cockatiel xám bay mất chiều qua, ai thấy báo giúp, hậu tạ", "vi"),
    ("Lồng vẹt inox 304 size lớn", "Có cầu đậu, máng ăn, hợp cho vẹt xám, macaw", "vi"),
    ("Zoo welcomes three otter pups", "Part of the conservation breeding programme; keepers say they go on show in spring", "en"),
    ("夜猫子 熬夜 必备 咖啡", "夜猫子专用提神咖啡，30包", "zh"),
    ("铜钱纹 连衣裙", "金钱花纹印花，雪纺", "zh"),
    ("Python programming book, big python projects", "Learn Python with 12 projects, like new", "en"),
    ("Chicken hatching eggs, fertile, candled", "Fertile eggs from our Orpington flock, candled, incubator ready", "en"),
    ("Beach clean-up Saturday", "Last week we dug up bags of plastic on the beach, join us", "en"),
    ("鹦鹉站架 大号 不锈钢", "适合金刚、灰鹦鹉，带食盆", "zh"),
]


@pytest.mark.parametrize("title,description,lang", FLAG)
def test_live1_trade_listing_reaches_a_reviewer(expect, title, description, lang):
    expect.flagged(title, description, lang)


@pytest.mark.parametrize("title,description,lang", ILLEGAL)
def test_live1_app_one_animal_is_illegal(expect, title, description, lang):
    assert expect.flagged(title, description, lang).label == "illegal"


@pytest.mark.parametrize("title,description,lang", PASS)
def test_live1_lookalike_stays_out(expect, title, description, lang):
    expect.not_flagged(title, description, lang)


@pytest.fixture(scope="module")
def live1_set():
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_live1_set_floor(set_figures, live1_set):
    """Flagging F1 on the whole set and false flags on its look-alikes stay near the figure reached."""
    fig = set_figures(live1_set)
    assert len(live1_set) == 240
    assert fig.f1 >= 0.94, fig
    assert fig.fp <= 5, fig
