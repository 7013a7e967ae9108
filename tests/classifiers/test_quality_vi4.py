"""Kinds of misses and false flags found on tests/data/train_vi4.jsonl (a fresh hand-written
Vietnamese set scored held out before the lexicon entries were added). The listings below are new
wording for each kind, not copied from that set: white goods called "hàng trắng", amber and
buffalo horn sold as real, peaberry coffee, game accounts, travel vlogs that warn buyers (must stay
out), and rhino "hàng tê" lots, shortened pangolin TCM names, Telex leftovers, tortoises by their
Latin epithet, turtle-shell jewellery and "not like ordinary bone" winks (must reach a reviewer)."""
import pytest


# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # a "tê" lot: rhino horn by the trade word for the goods
    ("Lô hàng tê mới về", "cắt lát sẵn, khách sỉ nhắn riêng"),
    ("hàng tê phi còn 2 mẩu", "ai lấy thì nhắn zalo"),
    # pangolin scales by the shortened TCM name
    ("Xuyên giáp sao vàng 1 lạng", "dùng cho mẹ tắc sữa, ship toàn quốc"),
    ("vảy sao giòn loại đẹp", "tán bột uống thông sữa, ai cần ib"),
    # Telex leftovers (tone keys typed as letters)
    ("bán vongf ngaf 8 ly", "hàng chuẩn, ib"),
    ("cao hoor nấu tại bản", "bánh 100g, ai cần ib"),
    ("cần mua suwngf tee", "mua thật, trả giá cao"),
    # tortoises by the Latin epithet
    ("Bé rùa radiata 8cm", "mai sao vàng đẹp, ship toàn quốc"),
    ("Astrochelys radiata baby", "ăn rau khỏe, giá mềm"),
    # turtle-shell jewellery of an unnamed turtle
    ("Lược mai rùa của bà để lại", "màu nâu vàng trong, đồ cũ"),
    # "not like ordinary bone" and "those who understand will understand"
    ("Tượng Phật xương bò", "không giống xương thường, mịn và nặng tay, người hiểu sẽ hiểu"),
    # a horn carving whose animal the seller will not name, with the pitted base
    ("Chén sừng chạm rồng", "đáy rỗ tổ ong, không rõ loại sừng, ai chơi thì ib"),
    # pangolin named by 'tt' without the dot
    ("có 1 con tt sống", "4kg, ai lấy liên hệ"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    # white goods
    ("Siêu sale hàng trắng cuối năm", "tủ lạnh, máy giặt, điều hòa giảm đến 40%, trả góp 0%"),
    ("Thanh lý hàng trắng cũ", "máy lạnh Daikin 1HP và lò vi sóng Sharp, còn chạy tốt"),
    # amber sold as real, against copal
    ("Mặt dây hổ phách tự nhiên", "hổ phách Miến thật, không phải nhựa copal, có giấy kiểm định đá quý"),
    # peaberry coffee
    ("Culi rô rang mộc 1kg", "cà phê hạt culi nguyên chất, pha phin đậm vị"),
    # game accounts
    ("Bán acc game bắn cá", "full skin tê giác vàng, hổ trắng, chuyển nhượng acc qua email"),
    # travel vlog warning buyers
    ("Vlog chợ biên giới", "thấy bán vòng ngà voi giả đầy chợ, mọi người nhớ không mua, vừa phạm luật vừa bị lừa"),
    # buffalo horn declared by the comb makers
    ("Lược sừng trâu làng nghề", "100% sừng trâu từ lò mổ, xưởng lược sừng gia truyền, chải mượt tóc"),
]

# kinds the lexicon could not reach, now read by the code: letters of a Vietnamese name split by
# spaces or dots inside the syllables (Matcher._split_word_spans), and a legal material defended
# with "không phải nhựa" (features._honest_denial)
SPLIT_NAMES = [
    ("ng a v oi nhẫn bạc", "ai cần ib"),
]
HONEST_DENIALS = [
    ("vong ho phach that, khong phai nhua", "hang Baltic, ai can ib"),
]



@pytest.mark.parametrize("title,description", FLAG)
def test_vi4_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "vi")


@pytest.mark.parametrize("title,description", PASS)
def test_vi4_look_alike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "vi")


@pytest.mark.parametrize("title,description", SPLIT_NAMES)
def test_vi4_split_names_are_found(expect, title, description):
    expect.flagged(title, description, "vi")


@pytest.mark.parametrize("title,description", HONEST_DENIALS)
def test_vi4_honest_denials_stay_out(expect, title, description):
    expect.not_flagged(title, description, "vi")
