"""Kinds of misses and false flags found on tests/data/train_vi9.jsonl (a fresh hand-written Vietnamese
set: Miền Tây/Sài Gòn sellers in Southern dialect, Hà Nội and Nghệ An sellers, Facebook groups for đồ cổ,
phong thủy, thú cưng độc lạ, chim cảnh, bò sát; Shopee/TikTok shop boilerplate, Zalo OA and groups, pawn
shops, thuốc Nam, rượu ngâm, Tây Nguyên and Northwest hunters, diaspora sellers in Korea, Japan, Germany,
the US, Angola and Mozambique, Lao and Khmer border traders; scored held out before the lexicon entries
were added). The listings below are new wording for each kind, not copied from that set: the leopard by
its rosettes (da/nanh hoa mai), the tiger's 'ông' quoted on a paw, claw or skin, the colour codes 'đen'
and 'trắng' quoted on a powder, piece or inlay, customs promised as a friend (bao hải quan), hornbill
chicks (hồng hoàng non), box turtles by 'hộp' + species mark, muntjac (mễn), dried tokay geckos, a wild
animal not yet reported to the rangers, and the Khmer names typed with a space must reach a reviewer;
Tết apricot flowers, a grandfather's sore leg, black tapioca pearls, mother-of-pearl inlay, costume
horns, eagle figurines, dog-fang amulets, bear-faced Pomeranians, safari tours, an heir who will not
sell, and customs seizure news must stay out (guards on the new entries' reach)."""
import pytest


# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # kind 5: the leopard by its rosettes on a skin or part
    ("Tấm da hoa mai 1m4", "còn nguyên móng, treo tường trấn trạch"),
    ("nanh hoa mai bọc vàng", "dài 4 phân, hàng Tây Nguyên"),
    # kind 3: the tiger's 'ông' quoted on more parts
    ("Cặp vuốt 'ông' thật", "phơi khô rồi, làm mặt dây được"),
    ("da “ông” nguyên tấm", "hàng cũ, ai chơi thì nhắn"),
    # kind 3: colour codes quoted on a powder, a piece, an inlay; customs as the seller's friend
    ("bột 'đen' 2 chỉ", "mài sẵn, người nhà sốt cao dùng"),
    ("khúc 'trắng' 1kg2", "anh em bên Phi gửi về"),
    ("Khay trà khảm 'trắng'", "mặt khảm hoa cúc, đồ xưa nhà quan"),
    ("Hàng xách tay Nhật về", "có mấy món 'trắng' với 'đen', bao hải quan, ae yên tâm"),
    # kind 2/5: live animals by short or regional names, dried tokay, kept from the rangers
    ("Bé hồng hoàng non", "đã tự ăn chuối, ai chơi chim lớn nhắn"),
    ("Hộp ba vạch size 15", "bé khỏe, ăn tôm, giao Hà Nội"),
    ("con mễn đực", "dính bẫy sáng nay, còn khỏe, ai nuôi lấy"),
    ("Tắc kè sấy 5 cặp", "phơi nắng giòn, ai ngâm thì lấy"),
    ("khỉ vàng con", "bé bị lạc bầy, chưa báo kiểm lâm, ai nuôi liên hệ"),
    # kind 4: Khmer with a space between part and animal
    ("ក្រចក ខ្លា bọc bạc", "hàng bên kia biên giới, giao Xa Mát"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    ("Chậu hoa mai vàng chơi Tết", "mai ghép cao 1m2, nụ nhiều, giao nội thành"),
    ("Áo da nam thêu hoa mai", "da PU, size L, đi chơi Tết"),
    ("Chân 'ông' già đau nhức", "xin mọi người bài thuốc xoa bóp cho ông nội"),
    ("Trà sữa trân châu 'đen'", "ly size L, thêm thạch"),
    ("Tủ thờ khảm xà cừ", "gỗ gụ, mặt khảm ốc hoa sen, thợ Chuyên Mỹ"),
    ("Băng đô sừng tê giác hóa trang", "bằng xốp, đeo đầu dự tiệc halloween"),
    ("Tượng đại bàng gỗ hương", "cao 40cm, đặt bàn làm việc"),
    ("Nanh chó mực bọc bạc cho bé", "đeo cổ tay, bạc 925"),
    ("Chó phốc sóc mặt gấu teddy", "2 tháng, có giấy VKA, tiêm 2 mũi"),
    ("Tour safari Kenya 6 ngày", "xem tê giác trắng, sư tử, voi ở Masai Mara"),
    ("Cặp ngà của cụ cố nhà em", "muốn làm giấy tờ đăng ký chứ không bán, ai biết chỉ giúp"),
    ("Hải quan Nội Bài thu giữ 50kg sừng tê", "đối tượng mang theo trong vali từ châu Phi"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_vi9_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "vi")


@pytest.mark.parametrize("title,description", PASS)
def test_vi9_look_alike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "vi")
