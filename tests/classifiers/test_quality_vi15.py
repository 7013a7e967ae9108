"""Kinds of misses found on tests/data/train_vi15.jsonl (a fresh hand-written Vietnamese set of 200 listings in
the voices of Facebook groups, Zalo, Chợ Tốt, Shopee, TikTok shop comments and livestream captions; scored held
out before the entries below: P 1.000, R 0.905, F1 0.950, 0 of 84 look-alikes flagged).

Kinds (config/keywords/vietnamese.yaml, '# vi15:' lines; classifiers/feature_kinds.py _DENIERS):
- ivory sold as a block (ngà khối, khối ngà), which leetspeak and unmarked spellings reach (ng@ kh0i);
- the hornbill casque by its red colour code as a blank or carved piece (phôi hàng đỏ, hàng đỏ thô) or by the
  bill's initials (mỏ hh);
- tiger bone glue by its initials (cao hc), with cao học typed 'cao hc' kept out;
- the bahaba/totoaba maw written short (b.b sủ vàng) or as the fish's stomach (bao tử cá sủ vàng, where the food
  word 'bao tử cá' had covered the species);
- a replica material denied with the item's noun between (không bán móng nhựa, không phải vòng nhựa), read as
  'không phải nhựa' is: a wink beside a banned product, cleared beside buffalo horn as before;
- a legal material inlaid with the product (khảm xà cừ và ngà voi, rosewood inlaid with ivory, 镶嵌螺钿和象牙)
  is the piece's other material, not a cover (classifiers/inlay_materials.py).
The first listing of each kind is in the spirit of the set's miss, the rest are new wording; 11 of the 15 FLAG
listings were missed before these entries and the inlay rule. Guards: cao học in teencode, an ivory-white candle block, a shop's
red stock, basa and croaker maw, honest buffalo-horn sellers who deny plastic, a red envelope."""
import json
from pathlib import Path

import pytest

SET = Path(__file__).resolve().parents[1] / "data" / "train_vi15.jsonl"

# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # ivory block (vi15-0114, then new wording)
    ("nga khoi 900g hang phi", "inbox bao gia, giao HN"),
    ("Cần bán khối ngà 1kg2 cho thợ chạm", "hàng đặc, ai thật sự cần ib"),
    ("Ngà nguyên khối 2kg5", "vỏ còn, ruột trắng sữa, zalo em"),
    # hornbill red code and initials (vi15-0087, 0198, then new wording)
    ("phôi hàng đỏ 25gr", "1tr8/gr, zalo em gửi clip"),
    ("mặt quan âm mỏ h.h", "12gr, lớp vàng ngoài lõi đỏ, ai cần nhắn"),
    ("Hàng đỏ thô còn 3 miếng", "tính giá theo gram, ck trước"),
    # tiger glue initials (vi15-0182, then new wording)
    ("shop ơi còn bánh cao hc không", "lấy 5 bánh, gửi về Vinh"),
    ("cao hc 1 lạng", "nấu 100h, có clip, inbox"),
    # bahaba / totoaba maw short or as stomach (vi15-0085, 0156, then new wording)
    ("bb sủ vàng khô 3 lạng", "hàng hiếm, khách thiện chí ib"),
    ("Bao tử cá sủ vàng khô", "con đực, 5 lạng, zalo"),
    # replica denied with the item's noun between (vi15-0056, then new wording)
    ("Nanh hổ bọc vàng 18k", "nanh già, không bán nanh nhựa nha, 6tr"),
    ("Vòng đồi mồi bản to", "mai thật, không phải vòng nhựa đâu, 2tr2"),
    # a legal material inlaid with the product (vi15-0024, then new wording)
    ("Tủ chè cẩn ốc, ngà voi", "tủ chè gỗ gụ cẩn ốc, ngà voi hoa văn tùng cúc, đồ nhà cổ, 45tr"),
    ("Antique writing box", "Rosewood, inlaid with mother of pearl and ivory, a few ivory dots yellowed. $650 firm, DM"),
    ("Hộp gỗ trắc khảm ngà voi và xà cừ", "đồ xưa, dài 30cm, để lại 8tr, ai chơi đồ cổ ib"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    ("Tài liệu ôn thi cao hc kinh tế", "bộ đề 5 năm, 200k, ship toàn quốc"),
    ("Nến thơm màu trắng ngà khối vuông", "sáp đậu nành, 200g, mùi vani"),
    ("Áo khoác nữ hàng đỏ size M", "hàng đỏ còn 3 cái, hàng xanh hết, 250k"),
    ("Bao tử cá basa làm sạch", "bao tử cá basa 1kg, xào chua ngọt, 90k"),
    ("Lược sừng trâu thật 100%", "Lược sừng trâu làm tay, không bán hàng nhựa, 150k"),
    ("Vòng sừng trâu đen", "sừng trâu nước, không phải vòng nhựa, bao đốt thử, 200k"),
    ("Bong bóng cá đù khô", "bb cá đù loại 1, 500g, 300k"),
    ("Lì xì tết mỏ hồng", "bao lì xì màu đỏ hình chim, 20 cái 30k"),
    ("Tranh khảm xà cừ phong cảnh", "tranh gỗ khảm xà cừ Hạ Long, 60x40, 2tr"),
    ("Tượng khảm xà cừ", "khảm xà cừ, không phải ngà voi, gỗ mít, 1tr2"),
    ("Tranh khảm xà cừ và ngà giả", "khảm xà cừ và nhựa giả ngà, tranh treo tường, 900k"),
    ("Khay gỗ khảm xà cừ màu ngà", "khay trà gỗ khảm xà cừ màu trắng ngà, 400k"),
    ("Sập gụ khảm xà cừ", "sập gỗ gụ khảm xà cừ. Không bán ngà voi hay đồ cấm, 30tr"),
    ("Jewelry box inlaid with mother of pearl", "and abalone, lacquer, $45"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_vi15_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description)


@pytest.mark.parametrize("title,description", PASS)
def test_vi15_lookalike_stays_out(expect, title, description):
    expect.not_flagged(title, description)


@pytest.fixture(scope="module")
def vi15_set():
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_vi15_set_floor(set_figures, vi15_set):
    """Flagging F1 on the whole set and false flags on its look-alikes stay near the figure reached."""
    fig = set_figures(vi15_set)
    assert len(vi15_set) == 200
    assert fig.f1 >= 0.96, fig
    assert fig.fp <= 3, fig


def test_inlay_rule_drops_only_the_joined_material():
    """The unit: the legal material inlaid with the product goes, one inlaid alone stays."""
    from types import SimpleNamespace as H
    from classifiers.inlay_materials import drop_inlaid_materials

    t = "dĩa gỗ khảm xà cừ và ngà voi"
    mat = H(kind="benign_context", cue="legal_material", n_start=t.index("khảm"), n_end=t.index(" và"),
            negated=False, suppressed_by=None)
    ivory = H(kind="name", cue=None, n_start=t.index("ngà"), n_end=len(t), negated=False, suppressed_by=None)
    assert drop_inlaid_materials([mat, ivory], t) == [ivory]
    t2 = "tranh khảm xà cừ. ngà voi thì không bán"
    mat2 = H(kind="benign_context", cue="legal_material", n_start=t2.index("khảm"), n_end=t2.index("."),
             negated=False, suppressed_by=None)
    ivory2 = H(kind="name", cue=None, n_start=t2.index("ngà"), n_end=t2.index(" thì"), negated=False,
               suppressed_by=None)
    assert drop_inlaid_materials([mat2, ivory2], t2) == [mat2, ivory2]


@pytest.mark.parametrize("title,description", [
    ("Hộp gỗ gụ khảm xà cừ và ngà voi", "đồ xưa, 8tr, ib"),
    ("Tranh khảm xà cừ phong cảnh", "60x40, 2tr"),
])
def test_inlay_hook_gate_skips_nothing_it_would_change(both_ways, title, description):
    """hook_gates: the inlay hook gated by its words gives what calling it everywhere gives."""
    from classifiers import match_rules
    gated, ungated = both_ways({"title": title, "description": description}, match_rules._GATE)
    assert gated == ungated
