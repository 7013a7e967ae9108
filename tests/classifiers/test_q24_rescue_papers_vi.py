"""q24 (issue 12): kinds left for code by the session 10 data helpers (vi9, vi10, zh10, en10, en11).

1. A rescue or find told without a conservation look-alike (#cuuho, nhặt về, 捡到) that asks a fee for
   the live animal (rescue_fee.mark_unframed); protected animals named in a rescue story (a hornbill with
   a broken wing, the red panda set apart from the giant panda).
2. Papered captive-bred App II animals are pet sales (house rule): an emoji beside the named species is
   that species (live_papers._papered), a named App II animal with its papers is not 'named outright'
   (model._named_outright), falconry hybrids and Vietnamese pet pythons carry their appendix, 'có giấy'
   is a paper. App I species, unpapered, 'no CITES' and 'rescued' animals still go to review.
3. Vietnamese look-alikes: 'bay' where the seller flies (flown_bay), perfume words as the item.
4. Vietnamese misses: ST initials with a raw-piece word without tone marks; a menu whose cobra dish
   covers its own 'hổ' does not clear a pangolin dish on the same menu (match_scope._covers_its_own).
All listings below are written for these tests, not copied from the training sets."""
import pytest

FLAG = [
    # 1. rescue or find with a fee, no conservation look-alike
    ("Cứu hộ hồng hoàng bị thương", "anh em đi rừng gặp con hồng hoàng bị thương ở cánh, ai muốn nhận thì gửi tiền "
                                   "thuốc 15tr, liên hệ zalo", "vi"),
    ("捡到一只小熊猫 找人接", "山上救下的小熊猫（不是大熊猫），尾巴一圈一圈的，我们养不了，找人接手，给点医药费就行。", "zh"),
    # 2. guards: App I, unpapered, no CITES, rescued
    ("Gyrfalcon for sale", "Pure gyrfalcon, white phase, captive bred, ring. No CITES needed if you collect.", "en"),
    ("Saker hybrid for sale", "Gyr x saker hybrid falcon, no papers, cash only, collect tonight.", "en"),
    ("Bán trăn gấm con", "trăn gấm con bắt rừng, không có giấy, giá rẻ, ib", "vi"),
    ("Macaw xanh vàng nhượng lại", "vẹt macaw cứu được từ người bẫy, không giấy tờ, nhượng lại 20tr", "vi"),
    ("Vẹt amazon bắt rừng", "vẹt amazon non bắt tổ, ko có giấy. ai lấy ib giá", "vi"),
    ("Trăn gấm có giấy?", "bé trăn gấm 2m mua lại nên không có giấy tờ gì, ai nuôi ib", "vi"),
    # 4. initials with a raw-piece word; a menu
    ("can tim gap", "ai co mau ST chau phi de lai minh, 30-50g, HCM", "vi"),
    ("Thực đơn quán Gió Núi", "Món khai vị: lạc rang, nem chua. Món chính: tê tê hầm thuốc bắc, gà đồi nướng, "
                             "rắn hổ mang xào sả ớt. Đồ uống: rượu tắc kè, bia hơi. Nhận đặt tiệc, giá theo kg.", "vi"),
]
STAY_OUT = [
    # 1. rescue news and handovers without a fee
    ("Cứu hộ hồng hoàng gãy cánh", "người dân phát hiện chim hồng hoàng gãy cánh, đã bàn giao cho kiểm lâm để "
                                  "chăm sóc và thả về rừng", "vi"),
    ("nhặt được khỉ con", "em nhặt được bé khỉ con lạc mẹ, đã gọi trung tâm cứu hộ đến đón, mọi người yên tâm", "vi"),
    # 2. papered captive-bred App II animals
    ("🦅 Harris hawk, captive bred", "Closed-ringed Harris hawk from a registered breeder, breeder's paperwork "
                                    "and receipt, parent reared. Collection only.", "en"),
    ("Lanner falcon with CITES", "Captive-bred lanner falcon, ring and chip, CITES certificate and falcon "
                                 "passport. Flown to the lure.", "en"),
    ("Hybrid falcon, ringed", "Captive bred gyr/peregrine hybrid, closed ring, microchip, breeder documents.", "en"),
    ("Vẹt Eclectus trống", "vẹt eclectus trống 1 năm, sinh sản tại trại Đồng Nai, có giấy CITES và vòng chân số", "vi"),
    ("Nhà thuốc Đông y Phúc An", "bốc thuốc theo đơn, có giấy phép hành nghề, không bán mật gấu, sừng tê hay các "
                                 "loại từ động vật hoang dã", "vi"),
    ("Nhượng bé trăn ball", "bé trăn ball 1 tuổi nhà nuôi, ăn chuột đông lạnh, bé từ trại, có giấy đầy đủ, "
                            "nhượng lại người yêu bò sát", "vi"),
    # 3. Vietnamese look-alikes
    ("Order hàng Hàn", "Tuần sau em bay sang Seoul, các chị đặt mỹ phẩm, kem dưỡng, vitamin, em mua tận tay "
                       "ở Olive Young. Chốt đơn trước thứ 6.", "vi"),
    ("Nanh Hổ Bá Đạo 🔥", "review nước hoa Tiger Fang EDP 50ml, mùi da thuộc và gỗ, lưu hương 6 tiếng, link ở bio", "vi"),
    # 4. ST as rice
    ("Gạo ST25 chính hãng", "gạo ST25 túi 5kg, gạo ST 5kg dẻo thơm, giao nhanh HCM", "vi"),
]


@pytest.mark.parametrize("title,description,lang", FLAG)
def test_q24_flags(expect, title, description, lang):
    expect.flagged(title, description, lang)


@pytest.mark.parametrize("title,description,lang", STAY_OUT)
def test_q24_stays_out(expect, title, description, lang):
    expect.not_flagged(title, description, lang)


def test_bay_as_sell_code_still_counts(clf):
    """'bay' with no person before it and no trip word after it is still the ✈ code for bán."""
    a = clf.assess({"title": "vòng ngà bay", "description": "hàng mới về, bay 2 vòng ngà voi trắng, ib giá"})
    assert a.flagged, a.explanation


def test_papered_app_one_stays_in_review(expect):
    """App I with papers still goes to a reviewer (by design)."""
    expect.flagged("Gyrfalcon with CITES", "Captive-bred gyrfalcon, closed ring, CITES certificate, falcon passport.",
                   "en")


FOUND_WITH_FEE = [
    ("đi rẫy nhặt được em này 🐒 #cuuho", "bé lông nâu, mắt tròn to, ban ngày ngủ suốt. nhà không nuôi được, ai "
                                        "nhận nuôi gửi phí 1tr5 rồi qua đón bé nha"),
    ("捡到一只小鹰", "在楼下捡到一只小鹰，养不了，找人接手，给点路费就行。"),
]


@pytest.mark.parametrize("title,description", FOUND_WITH_FEE)
def test_fee_of_a_find_is_a_price(clf, title, description):
    """A find or rescue told without a conservation look-alike: the fee asked for the handover is a price cue."""
    a = clf.assess({"title": title, "description": description})
    assert "price-hint" in a.cues and a.flagged, a.explanation


def test_find_handed_to_a_centre_has_no_price(clf):
    a = clf.assess({"title": "nhặt được em này 🐒", "description": "bé lông nâu, mắt tròn to, ban ngày ngủ suốt, "
                    "em đã bàn giao cho trung tâm cứu hộ, không tốn phí gì"})
    assert "price-hint" not in a.cues, a.explanation


@pytest.mark.parametrize("title,description", [
    ("Xách tay Đài Loan tháng 1", "Mình bay chuyến 15/1, nhận order bánh dứa, trà ô long, cao dán, viên mật gấu Ursa."),
    ("Pre-order Nhật", "em bay về 20/12, ai đặt collagen, dầu cá, mật gấu Hàn thì nhắn em"),
    ("Vé máy bay", "săn vé máy bay giá rẻ, tặng kèm móc khóa hổ"),
])
def test_flight_is_no_sell_code(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not any(m.canonical == "bay" for m in a.matches), a.explanation


def test_emoji_plane_is_still_the_code(clf):
    a = clf.assess({"title": "✈️ ngà voi", "description": "✈️ 2 vòng ngà, ib"})
    assert any(m.canonical == "bay" for m in a.matches), a.explanation
