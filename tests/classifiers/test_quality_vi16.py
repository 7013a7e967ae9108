"""Kinds of misses and false flags found on tests/data/train_vi16.jsonl (a fresh hand-written Vietnamese set of
200 listings in the voices of Facebook groups, Zalo, Chợ Tốt, Shopee and TikTok shop; 9 mixed vi/zh or vi/en;
scored held out before the changes below: P 0.975, R 0.966, F1 0.970, 3 of 76 look-alikes flagged).

Kinds (config/keywords/vietnamese.yaml, '# vi16:' lines; classifiers/fake_comparisons.py, its own tests in
test_vi16_fake_comparisons.py):
- rhino horn by the initials ST before a whole-piece, quality or African-origin word (S.T nguyên khúc,
  S.T chuẩn Nam Phi), the other order of the q24/vi6 'khúc st' entries;
- shark fin named by cá nhám (the coastal and southern word for shark) or the hammerhead (vây cá nhám búa);
- a replica sold as simulating the grain or the material (mô phỏng vân ngà, nhái vân đồi mồi), whose 'vân ngà'
  is the copy's look, not the Schreger tell;
- a hatchery's breeding stock sold with its origin paper or farm licence (giấy xác nhận nguồn gốc giống, giấy
  phép cơ sở nuôi), as the 'giấy trại' entry; a bare origin paper stays the exemption claim.
The listings below are new wording of each kind. Guards: ST25 rice, a stamp collector's 'st', shark meat dishes,
phone cases and resin that simulate a grain."""
import json
from pathlib import Path

import pytest

SET = Path(__file__).resolve().parents[1] / "data" / "train_vi16.jsonl"

# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # ST initials before a piece, quality or origin word (vi16-0040, then new wording)
    ("S.T nguyên khối 2 lạng", "mài thử nước đục, ai cần nhắn"),
    ("st chuẩn châu phi khúc nhỏ", "hơ lửa mùi tóc cháy, zalo em"),
    ("Có ít S.T hàng Phi", "đầu sừng 1 lạng rưỡi, giá ib"),
    # shark fin by cá nhám (vi16-0194, then new wording)
    ("Vi cá nhám búa khô 1kg", "hàng tàu Phú Quốc, nhà hàng cần liên hệ"),
    ("vây nhám loại lớn", "phơi khô, 4tr/kg, giao Sài Gòn"),
    # farm papers do not clear an Appendix I primate or a wild-caught turtle with a bare origin paper
    ("Cu li con", "Cu li sinh sản tại trại, ai nuôi ib 2tr"),
    ("Rùa hộp bắt suối", "có giấy xác nhận nguồn gốc, inbox"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    ("Gạo ST25 túi 5kg", "gạo thơm Sóc Trăng, chuẩn hàng công ty, giao nhanh"),
    ("Bộ tem st hàng Pháp", "tem sưu tầm thời Pháp thuộc, 12 con, 300k"),
    ("Cá nhám nướng muối ớt", "quán hải sản Vũng Tàu, cá nhám tươi, gọi món giao tận nơi"),
    ("Vòng tay nhựa mô phỏng vân ngà", "resin đúc, hàng trang trí, 95k"),
    ("Ốp lưng iPhone 15", "nhựa dẻo TPU mô phỏng vân đồi mồi, 60k"),
    ("Kẹp tóc nhái vân đồi mồi", "nhựa cứng, combo 5 cái 49k"),
    # farm-bred stock with the hatchery's origin paper (vi16-0026, then new wording)
    ("Ba ba gai giống 50g", "Trại giống Hưng Yên, có giấy xác nhận nguồn gốc con giống, giao toàn quốc"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_vi16_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "vi")


@pytest.mark.parametrize("title,description", PASS)
def test_vi16_lookalike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "vi")


@pytest.fixture(scope="module")
def vi16_set():
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_vi16_set_floor(set_figures, vi16_set):
    """Flagging F1 on the whole set and false flags on its look-alikes stay near the figure reached."""
    fig = set_figures(vi16_set)
    assert len(vi16_set) == 200
    assert fig.f1 >= 0.97, fig
    assert fig.fp <= 3, fig
