"""Kinds of misses found on tests/data/train_vi11.jsonl (a fresh hand-written Vietnamese / vi+zh / vi+en
set: Zalo price lists, TikTok Shop / Shopee 'thông số' spec tables, Facebook livestream captions and
seller replies ('check ib', 'rep'), Chợ Tốt terse ads, Móng Cái / Lạng Sơn / Lào Cai border posts,
no-diacritics, teencode and VNI/Telex leftovers, reposts, OCR-like image text; scored held out before
the lexicon entries were added). Listings below are new wording for each kind, a few close to the set:
rhino horn by its initials (STG with a count, t.g beside a goods word) and as grinding slices, totoaba
as the Mexican croaker (cá đù Mexico), ivory as a quoted 'voi' on a bangle, a wild-picked turtle with
the verb after the animal, the hornbill casque as an unnamed 'precious' bird bill must reach a
reviewer; ivory-glazed ceramics, vegetarian mock dishes (tê tê chay, kỳ đà chay), 'như nanh hổ' said of
a child's teeth and camel-bone chopsticks must stay out (guards on the reach)."""
import pytest


# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # kind 1: rhino horn initials, counted or beside a goods word
    ("STG 2 khúc", "hàng Phi, giao tay Sài Gòn, ib"),
    ("stg 1 chiếc 900g", "khách quen ib báo giá, giao tay"),
    ("dạ còn sừng t.g", "c check ib e gửi clip mài nha"),
    ("hàng t.g Phi về", "lát nhỏ 5g, 10g, ai lấy cmt"),
    ("bột tg mài sẵn", "gói 5g, uống hạ sốt, nhắn riêng"),
    # kind 5: the grinding slice
    ("Lát mài 10g còn 3 lát", "hàng chuẩn, check ib báo giá"),
    ("rep cmt: lát mài hết chưa e", "dạ còn 2 lát mài uống nha a, ib e"),
    # kind 3: totoaba as the Mexican croaker
    ("Bong bóng cá đù Mexico 300g", "hàng tặng để dành, liên hệ"),
    ("Thông số sản phẩm", "Chất liệu: bóng cá đù vàng Mexico sấy\nXuất xứ: Mexico\nKhối lượng: 400g"),
    ("cá đù Mễ - bóng đực to", "hàng hiếm về SG, ib"),
    # kind 3: quoted 'voi' on a bangle, teencode
    ("e còn hàng 'voi' nha", "vòng trơn 1p4, ai cần ib e"),
    ("vòg 'voi' trơn", "hàg zin, gửi clip qua zalo"),
    # kind 2: wild-picked turtle, verb after the animal
    ("Bán 2 con rùa nhặt ngoài rẫy", "mai 20cm, không biết loại gì, ai nuôi thì lấy"),
    ("rùa nhặt được ở suối", "con to, mai có gờ, để lại cho ai thích"),
    # kind 1: hornbill casque described
    ("Mỏ chim quý để khắc", "màu cam đỏ, đặc, nặng tay, ai hiểu thì ib"),
    ("mỏ chim lạ, có lớp đặc bên trên", "cụ để lại, muốn bán"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    # kind 4: ivory-white glaze on ceramics
    ("Bình hoa gốm men ngà Bát Tràng", "cao 30cm, check ib chốt đơn nha"),
    ("LIVE xả chén bát sứ men trắng ngà", "ai cmt mã e check ib"),
    ("Ấm chén men ngà vẽ sen", "bộ 6 chén, giá sỉ"),
    # kind 4: vegetarian mock dishes named after the animal
    ("Thực đơn chay rằm tháng Chạp", "gà chay, tê tê chay làm từ nấm đùi gà, lẩu chay"),
    ("Kỳ đà chay ở quán nào ngon?", "đậu hũ cuốn lá lốt nướng, nhìn như kỳ đà thật"),
    ("Ba ba chay hầm thuốc bắc", "món chay cho người ăn kiêng, 120k/phần"),
    # kind 4: the simile
    ("Móng tay bé sắc như móng hổ", "các mẹ cắt móng cho bé sơ sinh thế nào ạ"),
    ("Răng nanh con nhọn như nanh hổ", "có cần đi nha sĩ không mọi người"),
    # kind 4: legal bone named as the material, with an ivory denial
    ("Đũa xương lạc đà 10 đôi", "Chất liệu: xương lạc đà\nKhông phải ngà, không phải nhựa"),
    ("Lược sừng dê khắc hoa", "hàng thủ công, sừng dê tự nhiên"),
    # guards close to the set
    ("Lược sừng trâu Thụy Ứng", "sừng trâu thật, không phải nhựa"),
    ("Vòng tay nhựa resin giả ngà", "hàng mỹ ký, không phải ngà thật"),
    ("Dầu cù là Con Hổ 19g", "trị nhức đầu, côn trùng cắn"),
    ("Bong bóng cá basa khô", "nấu súp, 1kg 350k"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_vi11_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "vi")


@pytest.mark.parametrize("title,description", PASS)
def test_vi11_lookalike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "vi")
