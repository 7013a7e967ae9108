"""Kinds of misses found on tests/data/train_vi10.jsonl (a fresh hand-written Vietnamese set in voices
other than the shop listing: buyers' wanted posts, comment threads and group chats, livestream recaps,
classifieds, restaurant menus, medicine-wine recipes, 'rescue'/'release' posts, family stories,
household clear-outs, border shipping, hobby appraisal questions; scored held out before the lexicon
entries were added). The listings below are new wording for each kind, not copied from that set: the
product cut to a quoted everyday word on its form ('mật đen', scales of a 'mountain fish', a 'big cat's
claws, the 'hat bird', 'tê' after 'said to be'), the tiger's ông ba mươi as cụ ba mươi on its parts,
an honorific put inside the rhino-horn name, tê tê voice-typed as tết tết, the barn owl by its
northern name, the 'nanh móng' goods list, a tusk piece called 'Phi' and a white piece shown by its
grain must reach a reviewer; the
everyday words (molasses, a big pet cat, grandfather's height or reburial, numbness 'tê', a worker home
from Angola with household goods, a Tết sale), plastic tortoiseshell, Korean UDCA liver pills, a
printed decoration and white tiles with grain must stay out (guards on the new entries' reach)."""
import pytest


# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # the product cut to a quoted everyday word on its form
    ("Còn ít 'mật đen' trên bản", "hàng nhà lấy, ai đau dạ dày nhắn"),
    ("Bộ móng 'mèo to' bên Lào", "5 cái, gốc rỗng, làm mặt dây"),
    ("đầu 'chim mũ' treo nhà", "khô lâu năm, ai chơi thì hỏi"),
    ("Tẩu 'tê' xưa của cụ", "đen bóng, cầm nặng"),
    # nicknames and honorifics set inside the product names; voice typing
    ("xương cụ ba mươi nấu cao", "ai lấy báo sớm"),
    ("Tẩu sừng ông tê xưa", "đen bóng, cầm nặng tay"),
    ("Nhà còn ít vẩy con tết tết", "mẹ bỉm nào cần thì để lại"),
    # described: the raw tusk; a live owl by its northern name; the parts list; a tusk piece called 'Phi'
    ("Bé chim lợn non", "nuôi 2 tuần, để lại"),
    ("Có đủ nanh, móng, da", "bên bản gửi về"),
    ("khúc phi 2kg", "cắt theo yêu cầu"),
    ("bé nhà mình đeo vòng 'cá núi'", "ai cần mua ib"),
    ("Mặt dây trắng mịn có vân", "hàng cụ để lại, ib"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    ("Mật mía đen nguyên chất", "mật đen nấu chè, can 1kg"),
    ("Mèo Maine Coon to nhất đàn", "mèo to 8kg, tiêm đủ, tặng kèm cát"),
    ("Chiều cao cụ 30 năm trước", "ảnh gia đình chụp ở quê"),
    ("Bốc mộ xương cụ 30 năm", "nhà em làm lễ cải táng tháng sau"),
    ("Hỏi bác sĩ: chân cứ bị 'tê'", "bác sĩ bảo là 'tê' do thiếu canxi, uống thuốc gì ạ"),
    ("Thanh lý đồ đi Angola về", "đi angola về còn dư nồi cơm điện, quạt, bàn là"),
    ("Tết tết rộn ràng giảm giá", "sale tết 50% toàn bộ áo dài"),
    ("Kẹp tóc đồi mồi nhựa Hàn Quốc", "vòng đồi mồi nhựa, đồi mồi ép, 35k"),
    ("Thuốc bổ gan Ursa Hàn Quốc", "viên ursa Daewoong hộp 100 viên, có số đăng ký"),
    ("Cần tranh hổ treo phòng khách", "hàng in, không cần thật, khổ 60x90"),
    ("Gạch ốp trắng có vân đá", "60x60, bóng kiếng, vân marble"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_vi10_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "vi")


@pytest.mark.parametrize("title,description", PASS)
def test_vi10_look_alike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "vi")
