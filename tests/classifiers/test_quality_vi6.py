"""Kinds of misses and false flags found on tests/data/train_vi6.jsonl (a sixth hand-written
Vietnamese / Vietnamese+English/Chinese set, scored held out before these lexicon entries were
added). The listings below are new wording for each kind, not copied from that set. FLAG fail with
the lexicon before the vi6 entries and pass after: the tiger nickname with the number in digits
(ông 30), rhino horn as a cut or African 'tê', rhino horn told by its fibres and milky grindings,
product initials beside a raw-piece word (NV), totoaba maw by its Mexican origin (Mễ),
the slow loris by its eye rings, raised arms and night habits, giant clam by its Vietnamese
names, wild python products, a parrot taken from the nest, wild bovid horns, bird-trapping gear,
a legal-regime item whose paper names customs (read as seizure news before), 'ông' (the tiger) in quotes beside glue or bone, cobra wine and wild crocodile.
STAY_OUT fail before and pass after: a printed tiger rug, a game skin, a baby's nickname engraved
on silver, a papered captive-bred chameleon, product lines named after an animal part that say they hold no animal
material.
GUARD pass before and after: everyday phrases that share the new entries' words (a 30-year-old
man, the bundle-of-chopsticks fable, bullfighting, the giant gourami, a balloon, a motorbike, a
grandfather's story, cobra news and prints, a papered crocodile bag, lion's mane mushroom, good
cattle horn typed without marks, a pheasant farm registered with the forest rangers)."""
import pytest


# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # ông ba mươi (the tiger) with 30 in digits, beside the glue word
    ("Cao ông 30 loại 1", "bánh 100g, nấu ở Quỳ Châu, giá 3tr"),
    # rhino horn as a cut 'tê'
    ("Còn 1 chóp tê 150g", "hàng đẹp, ai cần nhắn riêng"),
    # rhino horn by its tells: fibres like a bundle of chopsticks, milky when ground
    ("Món đồ gia truyền bán lại", "mẩu sừng 200g, thớ như bó đũa, mài bát ra sữa, ib"),
    # ngà voi initials with a raw-piece word
    ("Khúc NV 3kg2", "trắng đều, cọc 30%, giao Đắk Lắk"),
    # totoaba maw by its Mexican origin
    ("bóng cá từ Mễ về, 1 cái 180g", "hàng hiếm, giá thương lượng"),
    # the slow loris described, not named
    ("Bé này bán gấp", "mắt viền nâu, giơ hai tay lên đầu khi sợ, đêm mới thức, ăn dế"),
    # giant clam by its Vietnamese names
    ("Vỏ ốc tai tượng 50cm", "để bể cá hoặc sân vườn, giá 3tr"),
    ("Trai khổng lồ nguyên vỏ", "ngư dân Khánh Hòa lặn được, nặng 25kg"),
    # wild python products
    ("Mật trăn phơi khô", "chữa đau mắt, hàng Tây Ninh, 300k/cái"),
    ("Cao trăn nấu thủ công 100g", "trăn rừng, bổ xương khớp"),
    # a parrot taken from the nest
    ("Vẹt đầu hồng non bắt tổ", "đút bột được 2 tuần, 600k"),
    # wild bovid horns, marked and unmarked
    ("Sừng trâu rừng cả sọ", "sải 90cm, treo phòng khách"),
    ("Sung trau rung ca so", "sai 90cm, treo phong khach"),
    # bird-trapping gear
    ("Bán lưới bắt chim 20m", "lưới dù bền, kèm cọc"),
    ("Loa chim mồi 200 bài", "loa bẫy chim pin 10 tiếng, ship cod"),
    # a legal-regime item whose papers name customs goes to review
    ("Vòng mamut có tờ khai hải quan", "ngà ma mút Nga, kèm tờ khai nhập khẩu"),
    # the tiger's honorific 'ông' in quotes beside what it was made into
    ("Bánh cao đặc biệt 100g", 'nấu từ "ông" ở Kỳ Sơn, khách quen nhắn'),
    ("xương 'ông' cả bộ", "nặng 10kg, giao tay"),
    # cobra wine (the 'hổ' in rắn hổ mang is no tiger, but Naja is CITES App II) and wild crocodile
    ("Rượu rắn hổ mang bành", "ngâm 3 năm, bình 5 lít"),
    ("Dây chuyền nanh cá sấu rừng", "cá sấu hoang"),
    # the glue word before the tiger emoji, as nanh/móng/xương 🐯 (generated_forms._PART_CHARS; lead)
    ("cao 🐯 nguyên chất 100g", "nấu 3 ngày, ib"),
]

# (title, description): must stay out (benign look-alikes), flagged before the vi6 entries
STAY_OUT = [
    ("Thảm in hình da hổ 2m", "vải nhung in, giặt máy được"),
    ("Skin súng Mammoth Ivory", "free fire, giao acc trong ngày"),
    ("Lắc bạc khắc tên bé Tê Tê", "tên ở nhà của bé, bạc 925"),
    ("Tắc kè hoa veiled sinh sản trại", "có giấy CITES nhập khẩu bố mẹ, hóa đơn đầy đủ"),
    # a product line named after an animal part that says it holds no animal material
    ("Dầu xả Sừng Tê Giác cho tóc khô",
     "dòng sản phẩm mang tên Sừng Tê Giác, keratin thủy phân, không chứa thành phần động vật"),
    ("Mặt nạ cao hổ cốt? không", "kem mang tên Hổ Cốt, chiết xuất thực vật, không chứa thành phần từ động vật"),
]

# (title, description): everyday phrases sharing the new entries' words; must stay out
GUARD = [
    ("Ông 30 tuổi cần tìm việc", "lái xe, có bằng B2"),
    ("Chuyện bó đũa cho bé", "truyện tranh bài học đoàn kết, 32 trang"),
    ("Đấu bò tót Tây Ban Nha - tour", "vé xem đấu bò tót Madrid, 2 người"),
    ("Cá tai tượng chiên xù", "món ăn nhà hàng, đặt bàn trước"),
    ("Bóng bay trang trí sinh nhật", "bong bóng kim tuyến, 50 cái"),
    ("Xe Honda Rhino 2008 zin", "xe số, đời xe 2008, giấy tờ đầy đủ, bán lại"),
    ("Ông nội mình kể chuyện", '"ông" ngày xưa đi rừng gặp hổ, nhà mình còn giữ tấm ảnh'),
    ("Cứu hộ rắn hổ mang vào nhà dân", "đội cứu hộ bắt rắn hổ mang thả về rừng, tin tức"),
    ("Áo thun hình rắn hổ mang", "cotton 100%, size M L XL"),
    ("Túi da cá sấu trại nuôi có giấy", "da cá sấu nuôi Long Xuyên, tem CITES"),
    ("Nấm đầu khỉ khô 500g", "nấm hầu thủ sấy, nấu canh gà"),
    # good cattle horn typed without marks (sung bo tot = sừng bò tốt), a ranger-registered farm
    ("luoc sung bo den", "sung bo tot ngam, hang lang nghe, chai toc em"),
    ("Gà lôi tía F2 trại có mã số", "trại đã đăng ký với kiểm lâm, có sổ theo dõi và giấy bán"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_vi6_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "vi")


@pytest.mark.parametrize("title,description", STAY_OUT + GUARD)
def test_vi6_look_alike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "vi")
