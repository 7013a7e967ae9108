"""Kinds of misses and false flags found on tests/data/train_vi5.jsonl (a fresh hand-written
Vietnamese set scored held out before the lexicon entries were added). The listings below are new
wording for each kind, not copied from that set: teencode that drops the final -ng (hàg trắg,
sừg tê, hàg tt), the "four-legged", "striped" and "bird blood" code families, VNI digits, mammoth
spelled mamut, ivory tells on a "bone" carving and a turtle "picked up by the stream" (must reach a
reviewer); and animal shapes on stationery, scam warnings, legal questions and report posts that
quote the trade (must stay out). Each failed on main before the vi5 entries."""
import pytest


# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # teencode: the final -ng dropped (a Vietnamese syllable never ends in a bare g)
    ("vòg trắg 54 hàg lào", "nặg tay lắm, ai cần ib e"),
    ("có mẩu sừg tê nhỏ", "mài uốg rất tốt, ib"),
    ("ai có sừg đen zin k", "e cần 50g"),
    ("hàg tt sao vàg có sẵn", "mẹ nào cần thì ib"),
    # "the four-legged one": bone glue and forest meat without the animal's name
    ("cao bốn chân nấu tại bản", "bánh 1 lạng, ai cần liên hệ"),
    ("ai cần hàng rừng 4 chân thì ib", "có thịt, có mật, giao tận nơi"),
    # "the striped one": tiger skin and bone
    ("có ít món vằn", "da với xương, ai chơi ib"),
    ("ai cần mún vằn k", "có ít xương, ib"),
    # red = hornbill casque ("bird blood")
    ("Có cục máu chim chạm Phật", "ai chơi thì ib"),
    # VNI typing leftovers (the mark as a digit: nga2 = ngà)
    ("vong nga2 phi ni 56", "ai can ib"),
    # mammoth spelled mamut
    ("chuỗi hạt mamut 8 ly", "vân đẹp, giá mềm"),
    # a "bone" carving with the ivory tells (no bone pores, cobweb grain)
    ("Tượng xương cũ chạm Di Lặc", "trắng sữa, không có lỗ chân xương, vân như mạng nhện"),
    # a wild turtle picked up by a stream, species unnamed
    ("nhặt đc con rùa ở suối", "mai vàng đốm đen, ai nuôi để lại"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    # animal shapes on stationery
    ("Giấy note hình tê tê cute", "ai mua ib shop"),
    # a scam warning quoting the offer
    ("Cảnh báo lừa đảo: tài khoản bán mật gấu", "bắt ck trước rồi chặn, mình mất 2tr, mọi người cảnh giác"),
    # a legal question about an heirloom
    ("Hỏi về luật: giữ nanh hổ của ông có bị phạt không?", "nhà mình không bán, chỉ hỏi"),
    # a post denouncing a group
    ("Tố giác group bán móng hổ", "mình đã report group, ai có kênh báo ENV thì giúp"),
]



@pytest.mark.parametrize("title,description", FLAG)
def test_vi5_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "vi")


@pytest.mark.parametrize("title,description", PASS)
def test_vi5_look_alike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "vi")
