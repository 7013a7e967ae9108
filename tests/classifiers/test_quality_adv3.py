"""Kinds of misses found on tests/data/train_adv3.jsonl (200 listings by evasive sellers, more than half of them long:
shop pages with boilerplate, forum threads, live transcripts, group chats, auction catalogues and moving-sale lists
where one line carries the offer; zh/en/vi; scored held out before the lexicon entries below were added).
Products never named, told by a cover name: the piano-key material (钢琴键的料子, in quotes too), the Cantonese bare
white (白色嗰啲), 'the scaly ones', 'the striped one's bones', the Cantonese processed flakes (炮製過嘅片), the
Vietnamese big cat with a classifier between part and animal (nanh của con mèo to), the reduplicated whitish
goods (món trăng trắng) and the live host's 'can't say its name' (không nói tên được); at review level piqué work
(real tortoiseshell), giant clam jewellery by its short name (vòng tai tượng), the hornbill by the horn on its bill.
Guards: a piano, white T-shirts, a pet lizard, piqué polo shirts, a big kitten, the giant gourami fish, ebony
wood (gỗ mun sừng, 'hàng đen'), a museum guide, herb slices, a film review. Wording is new (not the set's lines).
The set-level floor sits a little below the figure reached with the current model (F1 0.992, 0 of 80 benign
flagged)."""
import json
from pathlib import Path

import pytest

SET = Path(__file__).resolve().parents[1] / "data" / "train_adv3.jsonl"

# (title, description, lang): must be flagged (illegal or suspicious)
FLAG = [
    # the piano-key material as the name of the stock
    ("茶具小店 茶则 茶针", "本店主营普洱。老客户要的钢琴键的料子做的茶则还有两把，价格看图，加微信。", "zh"),
    ("镇纸 一对", "“钢琴键”的料子做的镇纸，按克算，私聊", "zh"),
    # the Cantonese bare white sold by weight
    ("群組對話", "[群組] 阿華：白色嗰啲仲有冇\n[群組] 九叔：有，切片，幾錢一克照舊，私聊", "zh"),
    # the Cantonese processed flakes in a demand post
    ("【求】炮製好嘅片", "屋企人坐月要用，炮製好嘅片有冇人有？要真貨，PM", "zh"),
    # 'the scaly ones' in a chat
    ("family chat", "[8:12] rina: do you still have the scaly ones? roasted, for my cousin's milk\n[8:14] tom: 100g bags, DM me", "en"),
    # 'the striped one's bones' on a shop page
    ("Herbal supplier", "Ginseng and goji wholesale. The striped one's bones and the old tonic: WeChat only, not on this page.", "en"),
    # piqué work (real tortoiseshell inlaid with silver)
    ("Lot 22 — Georgian snuff box", "Georgian gold pique snuff box, c.1790, inlaid shell ground. Est. £400-600", "en"),
    ("antique card case", "Victorian silver piqué card case, some losses to the inlay", "en"),
    # the big cat with a classifier between part and animal
    ("Dọn nhà", "Bàn ghế 500k, quạt 100k, 2 cái móng của con mèo to ông để lại, ai biết hàng thì ib riêng", "vi"),
    ("Cao quý", "Cao con mèo lớn nấu 100 ngày, 1 lạng, như lần trước, nhắn riêng", "vi"),
    # the reduplicated whitish goods and the live host's wink
    ("Live vòng tay", "Chủ live: ai hỏi hàng trăng trắng như lần trước thì còn nha, live không nói tên được, tính theo gam, qua Zalo", "vi"),
    # giant clam jewellery by the short name
    ("Chuỗi tai tượng trắng", "Chuỗi tai tượng hạt 8mm, vân sóng, ship toàn quốc", "vi"),
    # the hornbill by the horn on its bill
    ("Tiêu bản chim", "Tiêu bản chim xưa, mỏ có sừng, ai sưu tầm ib", "vi"),
]

# (title, description, lang): must come out illegal
ILLEGAL = [
    ("group chat", "[7:02] ann: any of the scaly ones left, the roasted kind?\n[7:05] joe: yes, DM, don't name it here", "en"),
    ("Thanh lý", "Tủ lạnh 2tr, 1 cặp nanh của con mèo to của bố để lại, ib riêng", "vi"),
]

# (title, description, lang): must stay out (benign look-alikes)
PASS = [
    ("二手钢琴 雅马哈", "雅马哈立式钢琴，钢琴键完好，音准，搬家出", "zh"),
    ("衫 清貨", "白色嗰啲T恤仲有三件，M碼，每件五十蚊", "zh"),
    ("中药饮片", "党参片，炮制过的饮片，500克装，药店正规", "zh"),
    ("meet my pets", "The scaly one is Rex, my bearded dragon, and the fluffy one is Bella.", "en"),
    ("Men's polo shirt", "Classic pique polo shirt, 100% cotton, navy, size L", "en"),
    ("school supplies", "Spiral notebooks, the ones with the lines are college ruled, $2 each", "en"),
    ("Mèo Anh lông dài", "Bé mèo Anh lông dài, con mèo to nhất lứa, 3 tháng tuổi, tiêm phòng đủ", "vi"),
    ("Cá tai tượng chiên xù", "Cá tai tượng chiên xù đặc sản miền Tây, 1 con 250k", "vi"),
    ("Vòng gỗ mun sừng", "Vòng gỗ mun sừng hàng đen chuẩn, chìm nước, hạt 10mm, giao hàng toàn quốc", "vi"),
    ("Tham quan bảo tàng", "Khu trưng bày hiện vật chạm khắc ngà voi thuộc sở hữu nhà nước, chỉ trưng bày không mua bán. Vé 30.000đ", "vi"),
    ("Áo thun trắng", "Áo thun màu trăng trắng kem, cotton 100%, size M L XL", "vi"),
    ("Review phim", "Phim hay nhưng mình không nói tên được diễn viên vì sợ spoil", "vi"),
]


@pytest.mark.parametrize("title,description,lang", FLAG)
def test_adv3_evasive_offer_reaches_a_reviewer(expect, title, description, lang):
    expect.flagged(title, description, lang)


@pytest.mark.parametrize("title,description,lang", ILLEGAL)
def test_adv3_cover_name_offer_is_illegal(expect, title, description, lang):
    assert expect.flagged(title, description, lang).label == "illegal"


@pytest.mark.parametrize("title,description,lang", PASS)
def test_adv3_lookalike_stays_out(expect, title, description, lang):
    expect.not_flagged(title, description, lang)


@pytest.fixture(scope="module")
def adv3_set():
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_adv3_set_floor(set_figures, adv3_set):
    """Flagging F1 on the whole set and false flags on its benign listings stay near the figure reached."""
    fig = set_figures(adv3_set)
    assert len(adv3_set) == 200
    assert fig.f1 >= 0.96, fig
    assert fig.fp <= 3, fig
