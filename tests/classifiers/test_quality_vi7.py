"""Kinds of misses and false flags found on tests/data/train_vi7.jsonl (a fresh hand-written Vietnamese
set: with and without tone marks, teencode, vi+zh for Chinese buyers and vi+en, a third of it long
moving-out, pass-đồ, shop-stock and TCM lists; scored held out before the lexicon entries were added).
The listings below are new wording for each kind, not copied from that set: a bird of prey by the
species word ưng with its qualifier or as a chick (ưng Ấn Độ non, chim ưng non, cú lợn con), the slow
loris spelled cu ly / culy, a wild spotted cat or a box turtle named by its looks (mèo đốm rừng, rùa
đầu vàng) (also typed without tone marks) or described (white spot behind the ear, black spots on tawny, 'not a house cat'; a
plastron that shuts like a box; eyes like longan seeds and slow climbing), ivory's grain by a simile
(vân đan lưới) beside other tells, a hornbill head by its big red-and-yellow bill, and shark fin
called vây cá must reach a reviewer; dishes named 'tiger skin', books of proverbs with ngà voi, childhood stories
of ông ba mươi, a betta's fins, imitation fin, agate beads and a wooden bird with
the grain and bill words, an everyday 'ai ưng', peaberry coffee culy and a Bengal
kitten with the same spots must stay out (guards on the new entries' reach)."""
import pytest


# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # birds of prey and owls by the Vietnamese species word with a qualifier, or as chicks
    ("Ưng Ấn Độ non 2 tháng", "Nhặt ở rừng keo, đang ăn thịt bò băm. Ai nuôi ib"),
    ("Ưng Nhật Bản 1 năm tuổi", "Bay về tay tốt, ăn chim sẻ, ae chơi chim săn ib"),
    ("Cú lợn con lông tơ", "Nhà nhặt được dưới mái đình, để lại 400k"),
    # the slow loris spelled with y
    ("Bé culy con ngoan", "Ăn chuối, bám tay, giao tận nơi 900k"),
    ("Bé cu ly nhỏ xinh", "Ăn sâu với chuối, để lại 1tr2"),
    # a wild spotted cat and a box turtle named by their looks
    ("Mèo đốm rừng con 1 tháng", "Bắt ngoài rẫy mì, hơi dữ, 700k"),
    ("Rùa đầu vàng 400g", "Bắt trên núi về, khỏe, ăn chuối, 2tr"),
    # described, not named: a leopard cat, a box turtle, a slow loris
    ("Bé mèo lạ bắt ở rẫy", "Sau tai có chấm trắng, lông vàng đốm đen, hơi dữ. Ai nuôi ib"),
    ("Con mèo con nhặt ở bìa rừng", "Đốm đen trên nền vàng, ko phải mèo nhà đâu nha, để lại 500k"),
    ("Con rùa lạ bắt ở suối", "Yếm gập được, đóng kín mai khi sợ, đầu vàng. Ai mua ib"),
    ("Bé thú lạ mắt như hạt nhãn", "Leo cây chậm rì, tối mới ăn, người quen trên núi cho, để lại 1tr"),
    # ivory's grain by a simile beside other tells; a hornbill head by its big red-and-yellow bill
    ("Vòng trắng cũ của bà", "Vân đan lưới, nặng tay, ngả vàng, ai cần ib"),
    ("Mỏ chim to treo tường", "Đồ cũ nhà để lại, màu vàng đỏ, ai mua ib"),
    # the same names typed without tone marks
    ("Can de lai meo dom rung", "2 thang tuoi, bat o ray mi, 600k"),
    ("Rua tran vang 500g", "bat o suoi, khoe, ai mua ib"),
    ("Ung an do non", "bat to tuan truoc, dang an thit bo, ai nuoi ib"),
    # shark fin called vây cá
    ("Vây cá khô loại to 1kg", "Hàng Hồng Kông, nấu súp đãi tiệc, ib giá"),
    ("Súp vây cá hầm sẵn hũ 500g", "Vây cá nguyên chiếc, đặt trước 2 ngày"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    # dishes named 'tiger skin' for their surface
    ("Chân gà da hổ hấp tàu xì", "Món dimsum nhà làm, 45k/phần, giao quận 5"),
    ("Bông lan cuộn da hổ nhân kem", "Bánh tươi mỗi ngày, 60k/hộp"),
    # proverbs and childhood stories
    ("Sách 1000 câu ca dao tục ngữ", "Có câu miệng chó không mọc được ngà voi, giải nghĩa dễ hiểu cho học sinh"),
    ("Nhớ hồi nhỏ nghe ông bà kể chuyện ông ba mươi", "Ai còn nhớ không, kể mọi người nghe với"),
    # fins that are no shark fin
    ("Cá betta halfmoon vây đẹp", "Vây cá dài xòe đỏ, 150k/con, bao sống"),
    ("Vi cá giả 500g làm súp", "Vi cá nhân tạo từ rau câu, chay, ăn kiêng"),
    # grain and bill words on stone beads and a wooden bird
    ("Vòng tay đá mã não vân như lưới", "Đá tự nhiên, nặng tay, hạt 10 ly, 250k"),
    ("Tượng gỗ chim mỏ to trang trí", "Chim gỗ sơn mỏ màu vàng đỏ, cao 30cm, 250k"),
    # unmarked phrases next to the unmarked names: ưng ăn đồ (likes eating), ưng nhất bản (likes this one best)
    ("Banh keo an vat cho be", "be nha minh ung an do ngot lam, 20k/goi"),
    ("Ao so mi trang cong so", "ai ung nhat ban nay ib, size M L"),
    # ưng (to like), peaberry coffee culy, a Bengal kitten with a leopard cat's coat words
    ("Áo khoác dạ nữ", "Ai ưng con này ib em, size M L, màu be"),
    ("Cà phê culy rang mộc 500g", "Hạt culy chọn lọc, pha phin đậm"),
    ("Mèo Bengal con 2 tháng", "Lông vàng đốm đen như báo, có giấy TICA, tiêm 2 mũi"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_vi7_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "vi")


@pytest.mark.parametrize("title,description", PASS)
def test_vi7_look_alike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "vi")
