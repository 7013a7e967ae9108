"""Kinds of misses found on tests/data/train_vi13.jsonl (a fresh hand-written Vietnamese set: Facebook
groups, Zalo, Chợ Tốt, Shopee/Lazada, TikTok comments; northern and southern speech, teencode, unmarked
text, emoji; scored held out before the lexicon entries below were added). The first listing of each kind
is from that set (it failed before), the rest are new wording for the same kind: rhino horn cut to 'tê'
beside a piece, front-horn or cup word; t.g initials on a cup or beads; horn promised 'not mixed with
buffalo horn'; an unnamed 'odd horn'; the southern két names of App I parrots (yellow-crested cockatoo,
African grey); a whole carved tusk counted with the classifier cây (which the houseplant cây ngà voi hid);
mammoth on its jewellery form, auction papers and Japan's bekko card (review, not illegal); the casque's
layers in other word orders; gấu as G; a python 'rừng'. Guards: the look-alikes the new words sit near
(makeup shades 'tone ngà tự nhiên', the oath 'đồ khỉ gió', numbness 'tê', the houseplant, buffalo-horn
combs, 'cắt lớn' as cutting, gel nails, high heels, plate auctions, a papered python)."""
import json
from pathlib import Path

import pytest

SET = Path(__file__).resolve().parents[2] / "tests" / "data" / "train_vi13.jsonl"

# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # 'tê' for short with a piece / front-horn / cup word (vi13-0008, then new)
    ("Nhận đặt cọc khúc tê mũi lớn, hàng Lào", "Hàng Lào sang, mũi lớn dài 28cm, chân rộng. Anh em đặt cọc 30% em gửi clip cân và test."),
    ("lát tê 5g", "lát tê mỏng, ngâm nước uống, ship kín"),
    ("mảnh tê vụn cho ae", "mảnh tê vụn 20g, ae mài uống giải độc"),
    ("Chén tê khắc tùng hạc", "chén nhỏ, đổ nước ngả vàng, khách quen lấy"),
    # t.g initials on a cup or beads (vi13-0062, then new)
    ("Chén T.G khắc rồng, hàng ae chơi", "Chén T.G khắc rồng, đáy có vân sợi như bó rơm. Ai chơi hiểu. ib"),
    ("tràng t.g 108 hạt", "hạt đen bóng, soi thấy sợi, zalo em"),
    # 'not mixed with buffalo horn' beside a named horn (vi13-0083, then new)
    ("Sừng tê xẻ lát mỏng 30g", "Sừng tê xẻ lát mỏng, mỗi lát 2-3g. Không pha trộn sừng trâu. 30g giá 9tr."),
    # a horn the seller will not name (vi13-0128, then new)
    ("Bộ sừng 'lạ' khắc thuyền, nước thơm", "Thuyền khắc từ sừng lạ, khi ngâm nước có mùi thơm nhẹ. Người bán không nói là sừng gì."),
    # a whole carved tusk counted with cây, which the houseplant name hid (new wording of vi13-0092)
    ("Cây ngà voi khắc 100 con voi", "cây ngà voi khắc dài 60cm, để phòng khách"),
    # southern két for the yellow-crested cockatoo (new wording of vi13-0057)
    ("Két mào vàng non", "két mào vàng 3 tháng, bón bột, không giấy"),
    ("két xám châu phi biết nói", "két xám nói giỏi, không có giấy tờ"),
    # the casque's two layers in other word orders (kind 1)
    ("mỏ chim sừng đỏ", "mỏ chim lớn, lớp đỏ ngoài, ruột vàng như sáp"),
    # gấu as its initial G beside bile or a part (kind 1)
    ("Mật G rừng", "mật G rừng nguyên túi, hàng Hà Giang"),
    # the python's species name before rừng (wild-taken)
    ("Trăn đất 5kg", "trăn đất rừng, làm thịt"),
    # the short tê forms without marks
    ("co khuc te mui lon 1kg", "hang lao, ib gia"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    # makeup shade (vi13-0237, then new)
    ("Phấn phủ tone ngà tự nhiên", "Phấn phủ kiềm dầu tone 02 ngà tự nhiên cho da châu Á."),
    ("Kem nền cushion tông ngà", "cushion che khuyết điểm, tông ngà cho da trắng ngà, 15g"),
    # the oath (vi13-0207, then new)
    ("Đồ khỉ gió, trả lại tiền cho tui!", "Ông shipper khỉ gió nào đó giao nhầm đơn mà không chịu đổi."),
    ("thằng khỉ gió lấy mất dép", "sáng ra mất đôi dép trước cửa, thằng khỉ gió nào lấy trả lại giùm"),
    # numbness, the houseplant, buffalo-horn combs, cutting
    ("tay chân tê tê về đêm", "mẹ mình bị tê tay, ai biết bác sĩ giỏi chỉ giúp"),
    ("Cây ngà voi để bàn 5 nhánh", "cây ngà voi dạng trụ, chậu xi măng, ít tưới"),
    ("Lược sừng trâu Thụy Ứng", "lược sừng trâu thật, đốt có mùi khét, không phải nhựa"),
    ("Vải cắt lớn nhỏ theo yêu cầu", "nhận cắt lớn cắt nhỏ vải rèm, giao tận nơi"),
    ("tay bi te mui nho", "bi te mui nho kho chiu, uong thuoc gi"),
    ("Sơn móng gel", "sơn móng gel 15 màu, bền 3 tuần"),
    ("Giày cao gót 7 phân", "giày cao gót mũi nhọn"),
    ("Đấu giá biển số xe", "đấu giá biển số đẹp, hồ sơ đấu giá"),
    ("Trăn đất con nhà nuôi có giấy", "trăn đất trại, có giấy kiểm lâm"),
]

# gold 'illegal' vs 'suspicious' the lexicon entries above decided: mammoth on a bangle is review
# (vi13-0099), a whole carved tusk with no papers is illegal (vi13-0092, was review under the plant name)
LABELS = [
    ("Ngà voi khắc Bát Tiên 40cm", "Cây ngà voi khắc Bát Tiên dài 40cm, chân đế gỗ trắc. Không có giấy tờ, bán gấp.", "illegal"),
    ("Vòng tay ngà ma mút hóa thạch", "Vòng tay ngà mammoth hóa thạch, lớp vỏ ngoài nâu, ruột trắng ngả vàng.", "suspicious"),
    ("Nhẫn ngà ma mút bạc 925", "nhẫn ngà ma mút Siberia, có chứng nhận xưởng", "suspicious"),
    # papers a reviewer checks (kind 6): auction papers, Japan's bekko registration card (vi13-0114)
    ("tượng ngà mua tại phiên đấu giá", "tượng ngà Thanh, mua tại phiên đấu giá Christie's 2008, có chứng từ", "suspicious"),
    ("Đồi mồi Nhật có thẻ đăng ký", "trâm đồi mồi bekko, thẻ đăng ký Nhật", "suspicious"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_vi13_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "vi")


@pytest.mark.parametrize("title,description", PASS)
def test_vi13_lookalike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "vi")


@pytest.mark.parametrize("title,description,label", LABELS)
def test_vi13_label_decided_by_the_form(expect, title, description, label):
    assert expect.flagged(title, description, "vi").label == label


def test_vi13_set_floor(set_figures):
    """The whole set with the shipped model: flagging F1 and false flags on look-alikes stay near what
    they reach now (0.985 F1, 1 false flag in 91), a little below so the retrained model has room."""
    rows = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    keys = ("id", "title", "description", "price", "seller", "platform", "lang", "label")
    fig = set_figures({k: r[k] for k in keys} for r in rows)
    assert fig.f1 >= 0.96, fig
    assert fig.fp <= 4, fig
