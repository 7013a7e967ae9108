"""Kinds of misses found on tests/data/train_adv2.jsonl (a fresh hand-written zh/en/vi set of EVASIVE
sellers and LONG posts: shop boilerplate with the wildlife item on one line, forum threads with
bystanders warning, livestream transcripts, OCR'd price lists, photo-only posts, buyer requests; scored
held out before the adv2 lexicon entries were added). The set's listings that those entries fixed are
checked by id; the lists below are new wording for the same kinds: a Vietnamese customs or import paper
as the item's paper claim (giấy tờ hải quan, a legal-regime item for review, not customs news), the 🐢
emoji for 'rùa' in App I tortoise names, sừng tê (giác) cut to ST/STG beside its grinding bowl, slices or
a raw-piece word, the horn's legal label reported rather than claimed (说是牛角, 当牛角卖), the horn cup as 🦏🏆
and ivory beads as 🐘📿, the casque as 'đỏ đầu chim' (Vietnamese of 鸟头), a big cat's fang called its
canine, the slow loris as the big-eyed monkey or khỉ lù đù, and a buyer's 'no papers, no purchase'
condition. Guards: customs paperwork services, a yak-horn seller comparing his horn with ordinary horn, a
red-headed songbird, a rugby cup, a resin canine cast, a wooden log, elephant charm bracelets, a printed
or plush big-eyed monkey, cù lần as an insult."""
import json
from pathlib import Path

import pytest

SET = Path(__file__).resolve().parents[1] / "data" / "train_adv2.jsonl"

# listings of train_adv2 that were wrong held out and are right after the adv2 lexicon entries
FIXED_FLAGGED = ["adv2-0088", "adv2-0108", "adv2-0132", "adv2-0171", "adv2-0179", "adv2-0185", "adv2-0204"]
FIXED_NOT_FLAGGED = ["adv2-0238"]

# (title, description, lang): must be flagged (illegal or suspicious)
FLAG = [
    ("Bộ cờ tướng ngà cũ, có chứng từ hải quan", "mua từ năm 1985, đủ 32 quân", "vi"),
    ("Đàn nguyệt cũ phím ngà", "kèm giấy tờ hải quan thời trước, xem giấy tại nhà", "vi"),
    ("🐢 sao Ấn Độ 5 phân", "ăn rau khỏe, giao tay", "vi"),
    ("🐢 đầu to con, bắt suối", "ăn tép, ai nuôi ib", "vi"),
    ("lát st mỏng 2 chỉ", "ib", "vi"),
    ("bát mài st kèm 1 mẩu nhỏ", "hàng Nam Phi, giao tay", "vi"),
    ("老杯一只 黑色", "就当牛角卖了，很重，底部有砂眼，私聊", "zh"),
    ("老角雕 小摆件", "老人说是水牛角，很重，看图出价", "zh"),
    ("🏆🦏 small one, pm", "", "en"),
    ("Mặt dây đỏ đầu chim bọc bạc", "hàng hiếm, ib", "vi"),
    ("phôi đầu chim 50gr", "màu đỏ đẹp, giao Móng Cái", "vi"),
    ("Big cat canine, 6cm", "from an old hunter's collection, cash", "en"),
    ("s.t.g nguyên chóp", "ib", "vi"),
    ("mẩu stg nhỏ", "ib", "vi"),
    ("🐘📿 10mm x 17 hạt", "giá inbox", "vi"),
    ("Pass bé khỉ mắt to", "ban đêm mới chơi, ăn sâu", "vi"),
    ("khỉ lù đù", "", "vi"),
    ("🐘📿 108 hạt 8 ly", "ib giá", "vi"),
    ("🐘📿 12mm 老料", "私", "zh"),
]

# (title, description, lang): must stay out (benign look-alikes)
PASS = [
    ("Dịch vụ làm giấy tờ hải quan trọn gói", "Khai báo hải quan, giấy tờ nhập khẩu cho doanh nghiệp", "vi"),
    ("Xe máy nhập khẩu Honda, đầy đủ giấy tờ hải quan", "xe đẹp, chính chủ", "vi"),
    ("Cần mua vẹt Senegal có giấy CITES", "không có giấy tờ thì không mua nha, ai có trại hợp pháp ib", "vi"),
    ("牦牛角梳子 天然", "比一般牛角重，手感好，不掉齿", "zh"),
    ("水牛角手镯 黑色", "比普通牛角重一些，密度高，天然水牛角", "zh"),
    ("🦏🏆 Rhino Cup rugby final tickets x2", "Section B, row 12", "en"),
    ("Bán chim chào mào đầu đỏ", "hót hay, ăn cám", "vi"),
    ("Móc khoá rùa 🐢 bằng gỗ", "quà lưu niệm Hội An", "vi"),
    ("Big cat canine replica, resin cast", "museum quality cast of a lion canine, resin", "en"),
    ("STG khúc gỗ trang trí", "gỗ thông", "vi"),
    ("🐘📿 Lucky elephant charm bracelet", "alloy and glass beads, gift box", "en"),
    ("Vòng tay may mắn 🐘📿", "hạt gỗ, charm voi bằng hợp kim", "vi"),
    ("Áo thun in hình khỉ mắt to", "cotton 100%", "vi"),
    ("Gấu bông khỉ mắt to 40cm", "quà cho bé", "vi"),
    ("anh ấy cù lần quá, nói mãi không hiểu", "", "vi"),
]


@pytest.fixture(scope="module")
def adv2_set():
    return {d["id"]: d for d in map(json.loads, SET.read_text(encoding="utf-8").splitlines())}


@pytest.mark.parametrize("listing_id", FIXED_FLAGGED)
def test_adv2_fixed_listing_reaches_a_reviewer(expect, adv2_set, listing_id):
    d = adv2_set[listing_id]
    expect.flagged(d["title"], d["description"], d["lang"], note=listing_id)


@pytest.mark.parametrize("listing_id", FIXED_NOT_FLAGGED)
def test_adv2_fixed_lookalike_stays_out(expect, adv2_set, listing_id):
    d = adv2_set[listing_id]
    expect.not_flagged(d["title"], d["description"], d["lang"], note=listing_id)


@pytest.mark.parametrize("title,description,lang", FLAG)
def test_adv2_evasive_listing_reaches_a_reviewer(expect, title, description, lang):
    expect.flagged(title, description, lang)


@pytest.mark.parametrize("title,description,lang", PASS)
def test_adv2_lookalike_stays_out(expect, title, description, lang):
    expect.not_flagged(title, description, lang)


def test_adv2_set_floor(clf, adv2_set):
    """The whole set: flag recall 0.938 and 0/95 false flags after the adv2 entries (held out before: 0.890
    and 1/95). The floor sits a little below, since the model is retrained with this set included."""
    positives = [d for d in adv2_set.values() if d["label"] != "benign"]
    benign = [d for d in adv2_set.values() if d["label"] == "benign"]
    caught = sum(clf.assess(d).flagged for d in positives)
    false_flags = [d["id"] for d in benign if clf.assess(d).flagged]
    assert caught / len(positives) >= 0.89, f"flag recall {caught}/{len(positives)}"
    assert len(false_flags) <= 3, false_flags
