"""q20 (issue 12, kind 3: a rescue that asks money). A private 'rescue' of a protected animal handed
on for a fee (营养费, phí thuốc, tiền chuộc, rehoming fee) is a sale with a cover story: the
conservation words must not clear it. Real shelters' dogs and cats, rescue news, a found animal taken
to a centre, and charity adoptions (WWF, donations) stay out."""
import pytest

FLAG = [
    ("路边救助一只穿山甲", "开车路上救助了一只穿山甲，家里没法养，转给懂养的人，给点辛苦费就行，私聊。"),
    ("救了一只小懒猴 找人接", "朋友救下的小懒猴，会吃水果了，找人接手，随缘金 800 元。"),
    ("Cứu hộ tê tê con", "mình cứu được con tê tê 2kg, ai nhận nuôi gửi tiền thuốc 3 triệu, ib mình nhé"),
    ("Rescued pangolin needs a home", "We rescued a young pangolin from a snare, looking for someone to adopt him, "
                                      "small fee to cover food, DM."),
    ("Giải cứu đồi mồi", "giải cứu 1 con đồi mồi 5kg, ai muốn thả thì chuyển 2tr tiền xăng, còn ai cần mai thì ib"),
]
STAY_OUT = [
    ("猫咪救助 领养", "救助站的小橘猫已绝育打疫苗，找领养，需交 200 元押金，签领养协议。"),
    ("Dog rescue adoption", "Rescue dogs looking for forever homes, adoption fee $150 covers vaccines."),
    ("Cứu hộ chó mèo", "nhóm cứu hộ chó mèo tìm chủ cho 3 bé mèo, phí triệt sản 300k"),
    ("森林公安救助穿山甲", "村民发现一只受伤的穿山甲，已移交森林公安，送往救护中心治疗。"),
    ("Rescued pangolin released", "Rangers rescued a pangolin from a poacher's snare and released it after treatment."),
    ("Nhặt được tê tê", "đi rẫy cứu được con tê tê bị thương, mọi người cho hỏi giao cho trung tâm cứu hộ nào ạ"),
    ("认养大熊猫 公益", "公益认养一只大熊猫，捐款 300 元，获得电子证书和毛绒玩偶，支持救助。"),
    ("Bàn giao tê tê", "người dân cứu hộ con tê tê, đã bàn giao cho kiểm lâm, chi phí chăm sóc 4 triệu/tháng do trung tâm lo"),
    ("Giải cứu khỉ", "đoàn giải cứu 3 cá thể culi, giao cho vườn quốc gia, phí vận chuyển do quỹ tài trợ"),
    ("Symbolic rhino adoption", "Adopt a rescued rhino: a $50 donation to the sanctuary gets you a certificate."),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_rescue_with_fee_flags(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, (title, a.explanation)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_shelters_news_and_charity_stay_out(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, (title, a.explanation)
