"""Kinds of misses and false flags found on tests/data/train_vi8.jsonl (a fresh hand-written Vietnamese
set: border traders, Central Highlands hunters, Hà Nội antique shops, Sài Gòn pet markets, thuốc Bắc/
thuốc Nam, livestreams, Zalo voice typing, no diacritics, teencode; scored held out before the lexicon
entries were added). The listings below are new wording for each kind, not copied from that set: one
syllable of the product set in quotes as the cover ('tê', 'đồi', 'trắng', 'đen', 'bóng cá' Mễ), the
tiger's honorific ông after the glue word without quotes and hổ written h0, rhino horn by its
hair-fibre root, hornbills by other names (phượng hoàng đất, cao cát) or the casque as a hat on the
beak, roasted pangolin scales (trút sao cát), ivory named in Khmer,
an ivory object named by object and ngà with appraisal papers (a legal-regime piece), and a wild animal with no keeper's registration book must
reach a reviewer; grandparents' recipes, hair-removal cream, white clothes, martial-arts classes, land
for sale, a kitten without its vaccination book, teencode plush toys, film-prop horns, birdwatching
and arrest news must stay out (guards on the new entries' reach)."""
import pytest


# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # one syllable of the product in quotes as the cover
    ("Có 2 chỉ bột 'tê'", "mài nước uống giải nhiệt"),
    ("Kẹp 'đồi' cổ của mẹ", "màu vàng nâu trong, để lại cho ai thích"),
    ("hàng 'đen' 800g", "gốc còn chân lông, khách quen mới bán"),
    ("mấy món 'trắng' rừng lào", "mặt Phật, nhẫn, ai lấy ib"),
    ("bóng 'mễ' 3 lạng", "hàng tai dày, khách hồng kông đặt"),
    # the tiger's ông after its glue word, and hổ with a digit or a dot
    ("lạng cao ông nhà nấu", "ai đau xương khớp nhắn"),
    ("móng h0 bọc vàng", "dài 5 phân, có tủy"),
    # rhino horn by its root; hornbills by other names and the casque as a hat
    ("Còn 1 'đen' nguyên chiếc", "khách quen báo giá riêng"),
    ("Chim phượng hoàng đất non", "bắt tổ trên cây cao, ăn chuối"),
    ("Mỏ chim có mũ đỏ cam", "khô, nguyên khối, hàng lào"),
    # pharmacy scales; Khmer ivory; an object + ngà; papers of a legal-regime piece; no keeper's book
    ("trút sao cát 2 lạng", "nhà thuốc lấy sỉ"),
    ("កងភ្លុកដំរី vòng tay", "hàng qua cửa khẩu Xa Mát"),
    ("Hộp trầu chạm ngà thời Nguyễn", "có giấy giám định cổ vật của bảo tàng"),
    ("Trăn gấm con 1m", "vân lưới đẹp, chưa có sổ nuôi"),
    ("Bé trăn gấm", "chưa có sổ kiểm lâm, ăn chuột tốt"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    ("Nấu cao ông bà để lại", "công thức cao lá gắm gia truyền, tặng miễn phí"),
    ("Kem triệt lông tận gốc lông", "an toàn cho da nhạy cảm, tuýp 100ml"),
    ("Áo dài đồ 'trắng' đi lễ chùa", "size M, lụa mềm"),
    ("Lớp võ Hổ Hạc song hình cho bé", "võ đường quận 10, học phí 400k/tháng"),
    ("Bán đất vườn sổ đỏ chính chủ", "sát rừng, hay gặp khỉ và chim hồng hoàng bay qua, điện 3 pha"),
    ("Bé mèo mướp 2 tháng", "chưa có sổ tiêm, tặng kèm cát"),
    ("Gấu bôg tê tê 60cm", "quà sinh nhật cho bé, vải nhung"),
    ("Cần làm sừng tê giác giả", "đạo cụ sân khấu, bằng resin, ai làm được báo giá"),
    ("Sáng nay chụp được đàn voọc", "ngắm chim và quan sát linh trưởng ở Sơn Trà"),
    ("Bài báo: hải quan bắt 300kg vảy tê tê", "đề nghị mọi người không mua sản phẩm từ động vật hoang dã"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_vi8_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "vi")


@pytest.mark.parametrize("title,description", PASS)
def test_vi8_look_alike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "vi")
