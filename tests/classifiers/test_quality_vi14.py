"""Kinds of misses found on tests/data/train_vi14.jsonl (a fresh hand-written Vietnamese set: Facebook groups,
Zalo, Chợ Tốt, shop boilerplate, live transcripts, otofun/voz/webtretho threads, border trade; scored held out
before the lexicon entries below were added). The giant yellow croaker's bladder named by the fish alone
(bóng sủ vàng, con sủ vàng, without 'cá'); bear bile cut to its initials MG beside the bottle or wine it is sold
in; a bear paw in wine described as 'the hand' (rượu ngâm bàn tay); a fang sold as wild boar with the tiger
fang's blood groove (rãnh máu); a forum buyer asking where to buy (mua ... ở đâu, có mối pm) and fearing a
plastic fake (sợ mua phải nhựa), whose 'nhựa' is no replica. The first listing of each kind is in the spirit
of the set's miss (vi14-0029, vi14-0034, vi14-0050, vi14-0084, vi14-0130), the rest are new wording.
Guards: the resin 'giả vân ngà' pattern (vi14-0083's kind), MG cars and milligram doses, a hand-shaped ginseng,
pure boar tusks, an honest buyer question about papers, wild honey and common croaker maw. The set-level
floor sits a little below the figure reached with the current model."""
import json
from pathlib import Path

import pytest

SET = Path(__file__).resolve().parents[1] / "data" / "train_vi14.jsonl"

# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # the croaker named by the fish alone (vi14-0029, then new wording)
    ("Bóng sủ vàng khô 380g", "Bóng sủ vàng phơi khô 380g, hàng ngư dân Cô Tô đánh được, ai cần liên hệ."),
    ("Có con sủ vàng 12kg mới lên bờ", "Con sủ vàng 12kg, bóng còn tươi, khách Trung Quốc hỏi rồi, ai trả cao bán."),
    ("bong bong su vang kho hang bien", "bong bong su vang kho, con 300g, ship kin"),
    # bear bile as MG beside its bottle or wine (vi14-0034, then new wording)
    ("Rượu MG 500ml", "Chai rượu MG ngâm 2 năm, xoa bóp bầm tím, đau lưng. Ship toàn quốc."),
    ("MG lọ 5ml loại đặc", "Lọ MG đặc, vàng sánh, nhỏ vào rượu thấy chỉ vàng. Inbox."),
    ("Túi MG khô nguyên túi", "Túi MG khô nguyên túi hàng rừng, ai biết hàng inbox"),
    # a bear paw in wine described as 'the hand' (vi14-0050, then new wording)
    ("Bình rượu ngâm bàn tay 10 lít", "Rượu ngâm bàn tay nguyên chiếc, ngâm 3 năm, bồi bổ gân cốt. Liên hệ."),
    ("Có 2 bàn tay ngâm rượu", "Hai bàn tay ngâm rượu từ năm ngoái, chưa mở, để lại cho ai cần."),
    # a fang sold as wild boar with the tiger fang's blood groove (vi14-0084, then new wording)
    ("Nanh rừng có rãnh máu dài 7cm", "Nanh vàng cũ, có rãnh máu chạy dọc, chân rỗng. Bọc bạc đeo trấn trạch."),
    ("Nanh heo rừng 8cm, có rãnh máu", "Bán nanh heo rừng cũ, có rãnh máu rõ, cong đều, thợ bảo hàng hiếm."),
    # a forum buyer: where to buy, who has a source, afraid of plastic (vi14-0130, then new wording)
    ("Hỏi mua vòng ngà ở đâu uy tín", "Em muốn mua 1 vòng ngà voi thật cho mẹ, sợ mua phải nhựa. Bác nào có mối pm em."),
    ("Mua tượng ngà voi ở đâu hả các bác", "Cần tượng ngà nhỏ để bàn thờ, ai có mối thì pm, em sợ mua phải xương trâu."),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    ("Vòng resin giả vân ngà", "Vòng nhựa resin màu trắng kem, giả vân ngà rất đẹp, nhẹ tay, giá rẻ."),
    ("Tượng Phật nhựa vân giả ngà 15cm", "Tượng đúc nhựa, sơn vân giả ngà, hàng sản xuất hàng loạt."),
    ("Xe MG ZS 2022 bản Lux", "MG ZS 2022, đi 3 vạn km, chính chủ, bao test hãng."),
    ("Vitamin C 500 mg lọ 100 viên", "Vitamin C 500 mg, lọ 100 viên, hàng nhà thuốc có số đăng ký."),
    ("Collagen 1000 mg khô dạng bột", "Collagen 1000 mg, túi 30 gói, hàng Nhật."),
    ("Dầu cá Omega 3 1000 mg đóng lọ", "Viên dầu cá 1000 mg đóng lọ 100 viên, hàng Mỹ."),
    ("Sâm ngọc linh hình bàn tay ngâm rượu", "Củ sâm hình bàn tay người ngâm rượu, sâm trồng có giấy nguồn gốc."),
    ("Nanh heo rừng bọc bạc", "Nanh heo rừng nhà nuôi thịt, bọc bạc làm móc khóa, cong nhỏ 5cm."),
    ("Hỏi: mua chó Poodle ở đâu uy tín", "Mình muốn mua 1 bé Poodle, sợ mua phải chó bệnh, bác nào có mối pm mình."),
    ("Dao găm lưỡi có rãnh máu", "Dao găm thép Damascus, lưỡi có rãnh máu chạy dọc, cán gỗ hương."),
    ("Mật ong rừng mua ở đâu uy tín", "Mình muốn mua mật ong rừng nguyên chất, sợ mua phải mật pha đường, ai có mối pm."),
    ("Bóng cá đù vàng khô 500g", "Bong bóng cá đù vàng trại nuôi, khô, nấu súp, có hóa đơn."),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_vi14_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "vi")


@pytest.mark.parametrize("title,description", PASS)
def test_vi14_lookalike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "vi")


@pytest.fixture(scope="module")
def vi14_set():
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_vi14_set_floor(set_figures, vi14_set):
    """Flagging F1 on the whole set and false flags on its look-alikes stay near the figure reached."""
    fig = set_figures(vi14_set)
    assert len(vi14_set) == 240
    assert fig.f1 >= 0.95, fig
    assert fig.fp <= 5, fig
