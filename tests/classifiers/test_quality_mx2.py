"""Kinds of misses found on tests/data/train_mx2.jsonl (a fresh hand-written set of 160 cross-border listings:
Vietnamese sellers writing Chinese product words, Chinese sellers in Lao/Myanmar/Cambodian border markets writing
zh+en+vi, Malaysian/Singaporean English with Chinese terms, Nigerian/Kenyan exporters writing pinyin; long stock
lists, broadcasts and livestreams, several currencies; scored held out before the entries below were added).

Kind 1 (mx2-0022, 0064, 0137): ivory named as 'teeth' in cargo and consolidation lists, in English (white teeth
cut pieces, long teeth raw), pinyin (ya chi = 牙齿) and Vietnamese (răng trắng thô / by the kilo / quoted),
config/keywords/ivory.yaml '# mx2'. Guards: teeth whitening, dentists' 'răng trắng', fossil shark teeth and
cow teeth sold by the kilo.
Kind 2 (mx2-0069): a courier's or cargo agent's refusal list ('Không nhận hàng cấm: ngà voi, sừng tê...',
违禁品不收：象牙、犀角..., 'we do not accept prohibited items: ivory...'), config/keywords/benign_context.yaml
'# mx2'. Guards the other way: a seller who says the post office or DHL will not take it and then ships anyway.
Kind 3 (mx2-0078): a traveller's own seizure story (买了个牙雕，回国被海关扣了，扣了还罚款; bị hải quan thu giữ),
config/keywords/benign_context.yaml '# mx2', the first-person counterpart of the 举报/查获 entry. Guard the other
way: a seller whose last lot was seized and who ships this one by another road.
Kind 4 (mx2-0065, whose own English wording is left): a traveller asking whether a thing seen in a border market
may be brought home (能带回国吗, 能过海关吗, mang về nước được không), config/keywords/benign_context.yaml '# mx2'.
English forms were tried and left out: an English seller's FAQ ('is it ok to buy? yes we pack well') fell
below the line with them. Guard: a seller asking and answering the question (能带回国吗？可以).

The first listing of each kind is in the spirit of the set's miss, the rest are new wording. The set-level floor
sits a little below the figure reached with the current model (F1 0.958, 6 of 66 benign flagged)."""
import json
from pathlib import Path

import pytest

SET = Path(__file__).resolve().parents[1] / "data" / "train_mx2.jsonl"

# (title, description, lang): must be flagged (illegal or suspicious)
FLAG = [
    # kind 1: ivory as 'teeth' in cargo lists
    ("cargo to Yiwu this week", "hibiscus, ginger, and white teeth cut pieces 6kg, same as last time", "en"),
    ("Lagos broadcast", "ya chi white pieces 5kg available, ship via Addis, pay USDT", "en"),
    ("Harare list for China friends", "white ya chi raw 2 pcs heavy, USD per kg", "en"),
    ("Dar es Salaam stock", "cloves 2t, cashew, raw white teeth 14kg for carvers in Fujian", "en"),
    ("Gom hàng đi Quảng Tây", "Nhận gom răng trắng nguyên khúc, ký nào cũng lấy, khách TQ trả NDT", "vi"),
    ("Hàng về Lạng Sơn", "hồ tiêu, quế, 5kg 'răng trắng' hàng châu Phi, ib", "vi"),
    # kind 2, the other way: the courier's refusal as the seller's excuse for another route
    ("Vảy tê tê sao sẵn 5tr/lạng", "Bưu điện không nhận hàng cấm nên mình gửi xe khách, kín đáo, ib", "vi"),
    ("顺丰违禁品不收，所以走私人物流", "穿山甲片 500克，炮制好的，懂的私聊，人民币或USDT", "zh"),
    ("DHL won't take it", "DHL do not accept prohibited items so the pangolin scales go by sea, 40kg, USDT", "en"),
    # kind 3, the other way: a seller whose last lot was seized ships this one another way
    ("上次被海关扣了一批，这次走边境小路", "象牙手镯 3 只，实心，懂的私聊，人民币或USDT", "zh"),
    ("Vòng ngà voi thật 100%", "Lô trước bị hải quan thu giữ nên lần này gửi xe khách, vòng ngà 65k/g, ib", "vi"),
    # kind 4, the other way: the seller asks the traveller's question and answers it
    ("老挝象牙手镯 实心 能带回国吗？可以", "56圈口，实心老料，懂的私聊，人民币", "zh"),
    ("Vòng ngà thật, có mang về được không? Được", "Vòng ngà voi 100%, giá theo gram, ib zalo", "vi"),
    ("象牙手镯 能过海关吗？能！", "实心老象牙手镯，包过海关，私聊，人民币", "zh"),
]

# (title, description, lang): must stay out (benign look-alikes)
PASS = [
    ("Teeth whitening strips 28 pcs", "White teeth in 14 days, peroxide free, ship KL", "en"),
    ("Fossil shark teeth bulk 1kg", "Morocco fossil shark teeth, mixed sizes, 1kg bag for crafts", "en"),
    ("Cow teeth for dog chews 5kg", "dried cow teeth and bones, dog chew, 5kg bag", "en"),
    ("Răng sứ trắng trọn gói", "Bọc răng sứ trắng, bảo hành 10 năm, khách TQ có phiên dịch", "vi"),
    ("Dịch vụ tẩy trắng răng", "Tẩy trắng răng tại nhà, răng trắng sau 1 liệu trình", "vi"),
    # kind 2: shippers' refusal lists
    ("Ship đồ đi Đài Loan", "Nhận gửi trầm hương, cà phê. Không nhận hàng cấm: ngà voi, sừng tê, vảy tê tê.", "vi"),
    ("国际快递 代发越南", "可以寄衣服、食品、化妆品。违禁品不收：象牙、犀角、穿山甲片一律拒收。", "zh"),
    ("Cargo agent Lagos-Guangzhou", "We ship hair, shea, fabrics. We do not accept prohibited items: ivory, pangolin scales, rhino horn.", "en"),
    ("Gửi hàng đi Trung Quốc", "Nhận gửi quần áo, mỹ phẩm. Từ chối vận chuyển hàng cấm như ngà voi, sừng tê giác, vảy tê tê.", "vi"),
    # kind 3: a traveller's own seizure story
    ("泰国买的象牙手镯 过关被扣", "曼谷买的手镯，过关被扣，还被罚了两千，象牙早就禁了，大家别学我。", "zh"),
    ("Mua vòng ngà ở Lào, về bị hải quan thu giữ", "Mình mua vòng ngà voi ở chợ Viêng Chăn, về đến Cầu Treo bị hải quan thu giữ, mọi người đừng mua.", "vi"),
    # kind 4: a traveller's question whether it may be brought home
    ("清迈夜市看到象牙手镯，能带回国吗？", "摊主说是老的，便宜，想问问能不能过海关，会不会有事。", "zh"),
    ("Chợ Mường La có bán vòng ngà, mang về nước được không?", "Người bán nói ngà thật, giá rẻ. Mình chưa mua, hỏi trước.", "vi"),
]


@pytest.mark.parametrize("title,description,lang", FLAG)
def test_mx2_trade_listing_reaches_a_reviewer(expect, title, description, lang):
    expect.flagged(title, description, lang)


@pytest.mark.parametrize("title,description,lang", PASS)
def test_mx2_lookalike_stays_out(expect, title, description, lang):
    expect.not_flagged(title, description, lang)


@pytest.fixture(scope="module")
def mx2_set():
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_mx2_set_floor(set_figures, mx2_set):
    """Flagging F1 on the whole set and false flags on its look-alikes stay near the figure reached."""
    fig = set_figures(mx2_set)
    assert len(mx2_set) == 160
    assert fig.f1 >= 0.94, fig
    assert fig.fp <= 8, fig
