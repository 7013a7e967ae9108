"""Kinds found missed on tests/data/train_vi17.jsonl (a blind Vietnamese set: livestream and TikTok shop talk,
Zalo chats copied as posts, antique dealers, thuốc nam shops, cross-border supply, cage birds), fixed as lexicon
entries in config/keywords/vietnamese.yaml under the '# vi17:' lines:
- a dead hornbill sold whole, dried or stuffed (con hồng hoàng đã làm khô, hồng hoàng nhồi bông);
- a piece said to be carved on or made of the casque (khắc trên hồng hoàng, làm từ hồng hoàng);
- common cage birds said to be trapped in the wild and sold (chào mào bẫy rừng, chích chòe bẫy);
- a turtle plastron or shell sold as medicine with no species (yếm rùa, quy bản, cao quy bản).
Each FLAG line is new wording of the kind, not the set's text; PASS lines are the look-alikes beside each kind
(a hornbill figurine, the fiction word Hồng Hoang, cage birds bred at home, a bird-trap warning, brass turtles)."""
import pytest

FLAG = [
    ("Hồng hoàng khô nguyên con", "đầu mỏ còn đẹp, hàng bên Lào, ai lấy nhắn em"),
    ("Bán xác chim hồng hoàng", "đã phơi khô treo bếp 2 năm, để lại 8 củ"),
    ("hồng hoàng nhồi bông trưng phòng khách", "con to, mỏ đỏ vàng, ib giá"),
    ("Mặt quan âm khắc trên hồng hoàng", "màu đỏ cam tự nhiên, 3tr5, ship cod"),
    ("Nhẫn nam làm từ hồng hoàng", "hàng Indo, đeo mệnh Hỏa, zalo em"),
    ("Lô chích chòe bẫy rừng 15 con", "chim mới về, chưa thuần, bán sỉ"),
    ("chào mào bẫy mới về", "có 30 con cả trống cả mái, 120k/con"),
    ("Quy bản khô 1kg", "rùa đồng bắt ngoài ruộng, làm sạch, nấu cao"),
    ("Cao quy bản nhà nấu", "bánh 100g, bổ thận, ai cần ib"),
]

PASS = [
    ("Tượng chim hồng hoàng bằng gỗ", "gỗ hương đỏ, cao 40cm, để bàn làm việc"),
    ("Truyện Hồng Hoang tu tiên trọn bộ", "bộ 12 tập, sách như mới, 300k"),
    ("Chào mào nhà nở 6 tháng", "chim lồng, ăn cám, hót nhiều, kèm lồng 900k"),
    ("Lồng chích chòe than tre già", "lồng thủ công, đáy gỗ, 450k"),
    ("Tượng rùa đồng đội bia", "đồng vàng, cao 25cm, đúc Ý Yên"),
    ("Rùa tai đỏ con kèm bể", "hàng trại, 50k/con, giao nội thành"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_vi17_kind_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "vi")


@pytest.mark.parametrize("title,description", PASS)
def test_vi17_lookalike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "vi")
